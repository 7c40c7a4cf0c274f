/**
 * The Team view's derived data, kept out of React so it can be tested and memoised. Each row's view
 * is cached by the row object's identity: when the adapter re-checks one worker and passes a new
 * row object for it only, only that row is recomputed.
 */
import { countBySeverity } from '../core/engine';
import { compareShownNames, personName } from '../core/identity';
import { isFlexRole, isInsightsRole, readRoles } from '../core/roles';
import { SEVERITY_ORDER, type Finding, type IdpId, type Severity } from '../core/types';
import { stringValue } from './format';
import type { TeamRow } from './types';

export interface TeamRowView {
  readonly row: TeamRow;
  /** Stable key: worker SID, else name. */
  readonly key: string;
  /** The shown name: full_name, else the email, else the decoded identity; '' when none. */
  readonly name: string;
  /** The identity as Flex holds it (the worker's friendly name), for a title. */
  readonly identity?: string;
  readonly email: string;
  /** The values of `roles` as sent (a string is one value), for showing and the Role filter. */
  readonly roles: readonly string[];
  /** Whether `roles` has a shape Flex reads (a list), so the filter never calls a string an agent. */
  readonly rolesValid: boolean;
  /** Lower-cased name, email and SID, for search. */
  readonly haystack: string;
  readonly errors: number;
  readonly warnings: number;
  readonly info: number;
  readonly ruleIds: ReadonlySet<string>;
  readonly top?: Finding;
  readonly idp?: IdpId;
}

const cache = new WeakMap<TeamRow, TeamRowView>();

export function rowView(row: TeamRow): TeamRowView {
  const cached = cache.get(row);
  if (cached) return cached;
  const attributes = row.worker.attributes;
  const person = personName({ attributes, ...(row.worker.name !== undefined ? { identity: row.worker.name } : {}) });
  const name = person.shown;
  const email = stringValue(attributes['email']) ?? '';
  const { error: errors, warning: warnings, info } = countBySeverity(row.result.findings);
  const roles = readRoles(attributes);
  const top = row.result.findings[0];
  const view: TeamRowView = {
    row,
    key: row.worker.sid ?? row.worker.name ?? name,
    name,
    ...(person.identity !== undefined ? { identity: person.identity } : {}),
    email,
    roles: roles.values,
    rolesValid: roles.valid,
    haystack: [name, email, row.worker.sid ?? '', row.worker.name ?? '', person.decoded ?? '']
      .join('\u0000')
      .toLowerCase(),
    errors,
    warnings,
    info,
    ruleIds: new Set(row.result.findings.map((f) => f.ruleId)),
    ...(top !== undefined ? { top } : {}),
    ...(row.idp !== undefined ? { idp: row.idp.id } : {}),
  };
  cache.set(row, view);
  return view;
}

export type SeverityFilter = 'any' | Severity | 'clean';
export const NO_ROLE = '\u0000none';

export interface TeamFilters {
  readonly query: string;
  readonly severity: SeverityFilter;
  /** Rule id, or '' for any. */
  readonly rule: string;
  /** Role name, NO_ROLE, or '' for any. */
  readonly role: string;
  /** IdP id, or '' for any. */
  readonly idp: string;
}

export const NO_FILTERS: TeamFilters = { query: '', severity: 'any', rule: '', role: '', idp: '' };

export function filterRows(views: readonly TeamRowView[], filters: TeamFilters): readonly TeamRowView[] {
  const query = filters.query.trim().toLowerCase();
  if (!query && filters.severity === 'any' && !filters.rule && !filters.role && !filters.idp) return views;
  return views.filter((v) => {
    if (query && !v.haystack.includes(query)) return false;
    switch (filters.severity) {
      case 'error':
        if (v.errors === 0) return false;
        break;
      case 'warning':
        if (v.warnings === 0) return false;
        break;
      case 'info':
        if (v.info === 0) return false;
        break;
      case 'clean':
        if (v.errors + v.warnings + v.info > 0) return false;
        break;
      default:
        break;
    }
    if (filters.rule && !v.ruleIds.has(filters.rule)) return false;
    if (filters.role && !matchesRole(v, filters.role)) return false;
    if (filters.idp && v.idp !== filters.idp) return false;
    return true;
  });
}

export const SORT_COLUMNS = ['name', 'email', 'roles', 'errors', 'warnings', 'top'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export interface TeamSort {
  readonly column: SortColumn;
  readonly direction: 'ascending' | 'descending';
}

export const DEFAULT_SORT: TeamSort = { column: 'errors', direction: 'descending' };

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function compare(a: TeamRowView, b: TeamRowView, column: SortColumn): number {
  switch (column) {
    case 'name':
      return compareShownNames(a.name, b.name);
    case 'email':
      return collator.compare(a.email, b.email);
    case 'roles':
      return collator.compare(a.roles.join(','), b.roles.join(','));
    case 'errors':
      return a.errors - b.errors || a.warnings - b.warnings;
    case 'warnings':
      return a.warnings - b.warnings || a.errors - b.errors;
    case 'top': {
      const sa = a.top ? SEVERITY_ORDER[a.top.severity] : 3;
      const sb = b.top ? SEVERITY_ORDER[b.top.severity] : 3;
      // Ascending = most severe first.
      return sa - sb || collator.compare(a.top?.ruleId ?? '', b.top?.ruleId ?? '');
    }
  }
}

/** Sorted copy; ties keep a stable order by name. */
export function sortRows(views: readonly TeamRowView[], sort: TeamSort): readonly TeamRowView[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...views].sort((a, b) => {
    // Empty names sort last in both directions: a nameless row is never the first thing to read.
    if (sort.column === 'name' && (a.name === '' || b.name === '')) return compareShownNames(a.name, b.name);
    return sign * compare(a, b, sort.column) || compareShownNames(a.name, b.name);
  });
}

/** A Flex or Insights role is granted only by a list (core's reading); any other value matches as sent. */
function grantsRole(value: string): boolean {
  return isFlexRole(value) || isInsightsRole(value);
}

export function matchesRole(v: TeamRowView, role: string): boolean {
  if (role === NO_ROLE) return v.roles.length === 0;
  if (role.startsWith(AS_SENT)) return !v.rolesValid && v.roles.includes(role.slice(AS_SENT.length));
  if (grantsRole(role)) return v.rolesValid && v.roles.includes(role);
  return v.roles.includes(role);
}

/** Prefix of a Role filter value for a Flex-role name held in a shape that grants nothing (the string "agent"). */
export const AS_SENT = '\u0000sent:';

export interface RoleOption {
  /** The filter value. */
  readonly value: string;
  /** The role as sent (shown with its invisible characters made visible). */
  readonly role: string;
  /** Workers that have it. */
  readonly count: number;
}

export interface RoleOptions {
  readonly flex: readonly RoleOption[];
  readonly insights: readonly RoleOption[];
  /** Everything that grants no role: unknown values, wrong case, padding, and values in a shape Flex cannot read. */
  readonly other: readonly RoleOption[];
}

/** The Role filter's choices: the Flex roles, then the Insights roles, then every other value, each with its count. */
export function roleOptions(views: readonly TeamRowView[]): RoleOptions {
  const counts = new Map<string, { role: string; count: number }>();
  for (const v of views) {
    for (const role of new Set(v.roles)) {
      const value = grantsRole(role) && !v.rolesValid ? AS_SENT + role : role;
      const entry = counts.get(value);
      if (entry) entry.count++;
      else counts.set(value, { role, count: 1 });
    }
  }
  const flex: RoleOption[] = [];
  const insights: RoleOption[] = [];
  const other: RoleOption[] = [];
  for (const [value, { role, count }] of counts) {
    const option = { value, role, count };
    if (value.startsWith(AS_SENT)) other.push(option);
    else if (isFlexRole(role)) flex.push(option);
    else if (isInsightsRole(role)) insights.push(option);
    else other.push(option);
  }
  const byRole = (a: RoleOption, b: RoleOption): number =>
    collator.compare(a.role, b.role) || a.value.localeCompare(b.value);
  return { flex: flex.sort(byRole), insights: insights.sort(byRole), other: other.sort(byRole) };
}

export function idpsSeen(views: readonly TeamRowView[]): IdpId[] {
  const ids = new Set<IdpId>();
  for (const v of views) if (v.idp) ids.add(v.idp);
  return [...ids].sort();
}

export interface Headline {
  readonly workers: number;
  readonly withErrors: number;
  readonly withWarnings: number;
}

/** "2,424 workers · 731 with errors · 412 with warnings". */
export function headline(views: readonly TeamRowView[]): Headline {
  let withErrors = 0;
  let withWarnings = 0;
  for (const v of views) {
    if (v.errors > 0) withErrors++;
    if (v.warnings > 0) withWarnings++;
  }
  return { workers: views.length, withErrors, withWarnings };
}

/** Whether any filter is set (the search included): where "Clear filters" is offered. */
export function hasFilters(filters: TeamFilters): boolean {
  return (
    filters.query.trim() !== '' ||
    filters.severity !== 'any' ||
    filters.rule !== '' ||
    filters.role !== '' ||
    filters.idp !== ''
  );
}
