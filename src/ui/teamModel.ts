/**
 * The Team view's derived data, kept out of React so it can be tested and memoised. Each row's view
 * is cached by the row object's identity: when the adapter re-checks one worker and passes a new
 * row object for it only, only that row is recomputed.
 */
import { countBySeverity } from '../core/engine';
import { compareShownNames, personName } from '../core/identity';
import { readRoles } from '../core/roles';
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
    top: row.result.findings[0],
    idp: row.idp?.id,
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
    if (filters.role === NO_ROLE ? v.roles.length > 0 : filters.role && !v.roles.includes(filters.role)) return false;
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

/** Every role seen on any worker, sorted. */
export function rolesSeen(views: readonly TeamRowView[]): string[] {
  const roles = new Set<string>();
  for (const v of views) for (const r of v.roles) roles.add(r);
  return [...roles].sort(collator.compare);
}

export function idpsSeen(views: readonly TeamRowView[]): IdpId[] {
  const ids = new Set<IdpId>();
  for (const v of views) if (v.idp) ids.add(v.idp);
  return [...ids].sort();
}

/** Rules that hit workers, most workers first. */
export function ruleSummary(summary: Readonly<Record<string, number>>): { ruleId: string; count: number }[] {
  return Object.entries(summary)
    .filter(([, count]) => count > 0)
    .map(([ruleId, count]) => ({ ruleId, count }))
    .sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId));
}
