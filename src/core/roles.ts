/**
 * What the diagnostics know about Flex and Flex Insights roles, and who may use the diagnostics.
 * Flex compares role names exactly (`roles.indexOf("supervisor") >= 0`), so everything here is
 * case-sensitive on purpose: a role that only matches after lower-casing does not work in Flex either.
 */
import type { DiagnosticsConfig, WorkerAttributes } from './types';

export const FLEX_ROLES = ['admin', 'supervisor', 'agent'] as const;
export type FlexRole = (typeof FLEX_ROLES)[number];

/** The Insights roles Twilio documents; anything else starting with `wfo.` is unknown to Insights. */
export const INSIGHTS_ROLES = [
  'wfo.full_access',
  'wfo.team_leader',
  'wfo.data_analyst',
  'wfo.data_auditor',
  'wfo.quality_manager',
  'wfo.quality_process_manager',
  'wfo.dashboard_viewer',
] as const;
export type InsightsRole = (typeof INSIGHTS_ROLES)[number];

export const INSIGHTS_ROLE_PREFIX = 'wfo.';

/** Entra ID's default access role, sent when a user is assigned to the app without an app role. */
const DEFAULT_APP_ROLES: readonly string[] = ['msiam_access'];

const GUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;
const DISTINGUISHED_NAME = /^\s*(?:cn|ou|dc|uid)\s*=/i;

export function isStringList(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** The shape `roles` has on a worker: only a list of strings is one Flex can read. */
export type RolesShape = 'list' | 'string' | 'absent' | 'other';

/**
 * The one reading of a worker's `roles` that the rules, the report and the Team table share. A login
 * writes roles as a list (Flex splits a comma-separated value from the IdP), so a string on the worker
 * was written later: it is one value as sent, and it grants no Flex role ("agent,supervisor" as a
 * string is not an agent), exactly as the rules report it.
 */
export interface RolesReading {
  readonly shape: RolesShape;
  /** Whether Flex can read roles from it: a list of strings. */
  readonly valid: boolean;
  /** The values as sent: a list's strings (non-strings dropped), a string as its one value, else none. */
  readonly values: readonly string[];
  /** The Flex roles (admin, supervisor, agent) the values grant, in their order; none unless valid. */
  readonly flexRoles: readonly FlexRole[];
  /** The documented Insights roles among them; none unless valid. */
  readonly insightsRoles: readonly InsightsRole[];
}

const ABSENT: RolesReading = { shape: 'absent', valid: false, values: [], flexRoles: [], insightsRoles: [] };

export function readRoles(attributes: WorkerAttributes): RolesReading {
  const roles: unknown = attributes['roles'];
  if (roles === undefined) return ABSENT;
  if (isStringList(roles)) {
    return {
      shape: 'list',
      valid: true,
      values: roles,
      flexRoles: roles.filter(isFlexRole),
      insightsRoles: roles.filter(isInsightsRole),
    };
  }
  if (typeof roles === 'string') return { ...ABSENT, shape: 'string', values: [roles] };
  const values = Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : [];
  return { ...ABSENT, shape: 'other', values };
}

/** The worker's roles when `roles` is a list of strings; undefined when absent or of another shape. */
export function rolesOf(attributes: WorkerAttributes): readonly string[] | undefined {
  // readRoles(attributes).values when valid, without building the reading: ten rules ask this of every worker.
  const roles: unknown = attributes['roles'];
  return isStringList(roles) ? roles : undefined;
}

export function isFlexRole(value: string): value is FlexRole {
  return (FLEX_ROLES as readonly string[]).includes(value);
}

export function isInsightsRole(value: string): value is InsightsRole {
  return (INSIGHTS_ROLES as readonly string[]).includes(value);
}

/** Any value in the Insights namespace, documented or not. */
export function isInsightsValue(value: string): boolean {
  return value.startsWith(INSIGHTS_ROLE_PREFIX);
}

/** The Flex roles (admin, supervisor, agent) among `roles`, in their order. */
export function baseRolesOf(roles: readonly string[]): FlexRole[] {
  return roles.filter(isFlexRole);
}

/** The role a value was probably meant to be, ignoring case; undefined when it resembles none. */
export function canonicalRole(value: string): FlexRole | InsightsRole | undefined {
  const lower = value.toLowerCase();
  return isFlexRole(lower) || isInsightsRole(lower) ? lower : undefined;
}

export type RoleValueProblem =
  'wrongCase' | 'padded' | 'joined' | 'groupObjectId' | 'distinguishedName' | 'defaultAppRole' | 'unknown';

export interface RoleValueDiagnosis {
  readonly problem: RoleValueProblem;
  /** What to send instead, when it can be told: one role, or the roles of a joined value. */
  readonly suggestion?: string | readonly string[];
}

/** Several roles typed into one value. Commas and semicolons always separate; spaces only between known roles. */
function splitJoined(value: string): string[] | undefined {
  const byMark = value
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (byMark.length >= 2 && byMark.some((part) => canonicalRole(part))) {
    return byMark.map((part) => canonicalRole(part) ?? part);
  }
  const bySpace = value.trim().split(/\s+/);
  if (bySpace.length >= 2 && bySpace.every((part) => canonicalRole(part))) {
    return bySpace.map((part) => canonicalRole(part) ?? part);
  }
  return undefined;
}

/**
 * Says what is wrong with one value of `roles`, or undefined when Flex (or Insights) knows it.
 * Checks run from the most specific shape to the least, so a distinguished name (which has commas)
 * is not mistaken for joined roles.
 */
export function classifyRoleValue(value: string): RoleValueDiagnosis | undefined {
  if (isFlexRole(value) || isInsightsRole(value)) return undefined;
  if (DISTINGUISHED_NAME.test(value)) return { problem: 'distinguishedName' };
  if (GUID.test(value.trim())) return { problem: 'groupObjectId' };
  if (DEFAULT_APP_ROLES.includes(value.trim().toLowerCase())) return { problem: 'defaultAppRole' };
  const joined = splitJoined(value);
  if (joined) return { problem: 'joined', suggestion: joined };
  const trimmed = value.trim();
  const meant = canonicalRole(trimmed);
  if (meant && trimmed !== value) return { problem: 'padded', suggestion: meant };
  if (meant) return { problem: 'wrongCase', suggestion: meant };
  return { problem: 'unknown' };
}

/** Exactly as Flex checks a role: case-sensitive membership. */
export function hasAnyRole(roles: readonly string[] | undefined, allowed: readonly string[]): boolean {
  if (!roles) return false;
  return roles.some((role) => allowed.indexOf(role) >= 0);
}

/** May open the diagnostics panel at all. */
export function canUseDiagnostics(roles: readonly string[] | undefined, expectations: DiagnosticsConfig): boolean {
  return expectations.enabled && hasAnyRole(roles, expectations.rolesAllowed);
}

/** May check the whole team. The team view lives inside the diagnostics, so it needs both gates. */
export function canViewTeam(roles: readonly string[] | undefined, expectations: DiagnosticsConfig): boolean {
  return canUseDiagnostics(roles, expectations) && hasAnyRole(roles, expectations.teamCheckRoles);
}

/** May open the SAML analyzer (also inside the diagnostics). */
export function canUseAnalyzer(roles: readonly string[] | undefined, expectations: DiagnosticsConfig): boolean {
  return canUseDiagnostics(roles, expectations) && hasAnyRole(roles, expectations.analyzerRoles);
}

/** The diagnostics view's tabs. */
export type DiagnosticsTab = 'mySignIn' | 'team' | 'analyzer' | 'setup';

/**
 * The tabs a user gets, in display order; none when the diagnostics are closed to them. Team and the
 * analyzer have their own role settings; My sign-in and Setup are for everyone let in.
 */
export function visibleTabs(roles: readonly string[] | undefined, expectations: DiagnosticsConfig): DiagnosticsTab[] {
  if (!canUseDiagnostics(roles, expectations)) return [];
  const tabs: DiagnosticsTab[] = ['mySignIn'];
  if (canViewTeam(roles, expectations)) tabs.push('team');
  if (canUseAnalyzer(roles, expectations)) tabs.push('analyzer');
  tabs.push('setup');
  return tabs;
}

/**
 * Admins see attribute values unmasked; everyone else sees findings and identity attributes only,
 * because attributes can carry personal data (phone, manager, employee ids) supervisors need not see.
 */
export function canSeeValues(roles: readonly string[] | undefined): boolean {
  return hasAnyRole(roles, ['admin']);
}
