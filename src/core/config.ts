/**
 * The organisation's configuration: `ui_attributes.sso_diagnostics` (set through the Flex
 * Configuration API) or a CLI `--config` file. Admins type it by hand, so parsing never throws: each
 * bad key or entry is dropped with an error naming where it is, and everything else still applies.
 */
import { DEFAULT_REGION } from './flexUrls';
import { closestName } from './configSuggest';
import { isRecord } from './objects';
import { backtrackingProblem } from './regexSafety';
import { canonicalRole, isFlexRole, isInsightsRole, isStringList } from './roles';
import {
  FIX_KEYS,
  IDP_IDS,
  type DiagnosticsConfig,
  type FixKey,
  type IdpId,
  type RequiredAttribute,
  type RoleRule,
  type Severity,
  type SeveritySetting,
  type SsoType,
} from './types';

/** What an organisation gets without any configuration. */
export const DEFAULT_CONFIG: DiagnosticsConfig = {
  enabled: true,
  rolesAllowed: ['admin', 'supervisor'],
  teamCheckRoles: ['admin', 'supervisor'],
  analyzerRoles: ['admin'],
  idp: 'auto',
  region: DEFAULT_REGION,
  idpCertificates: [],
  emailDomains: [],
  requiredAttributes: [],
  roleRules: [],
  runbookLinks: {},
  ruleSeverity: {},
};

/** One problem in the configuration. `path` points into the block, e.g. `required_attributes[2].pattern`. */
export interface ConfigError {
  readonly path: string;
  readonly message: string;
}

export interface ParsedConfig {
  readonly expectations: DiagnosticsConfig;
  readonly errors: ConfigError[];
}

export interface ParseOptions {
  /** The registered rule ids; when given, `rule_severity` refuses ids that are not among them. */
  readonly ruleIds?: readonly string[];
}

/** The configuration block as JSON, snake_case as admins write it. */
export interface DiagnosticsConfigJson {
  enabled?: boolean;
  roles_allowed?: string[];
  team_check_roles?: string[];
  analyzer_roles?: string[];
  idp?: 'auto' | IdpId;
  sso_type?: SsoType;
  connection_sid?: string;
  region?: string;
  idp_issuer?: string;
  idp_certificates?: string[];
  idp_sso_url?: string;
  email_domains?: string[];
  teams?: string[];
  channels?: string[];
  required_attributes?: { name: string; severity: Severity; pattern?: string; allowed?: string[] }[];
  role_rules?: { when: { attribute: string; equals?: string; matches?: string }; expect_roles: string[] }[];
  runbook_links?: Partial<Record<FixKey, string>>;
  rule_severity?: Record<string, SeveritySetting>;
}

type ConfigKey = keyof DiagnosticsConfigJson;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Errors = ConfigError[];

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'info', 'off'];
const CONNECTION_SID = /^JQ[0-9a-fA-F]{32}$/;
const REGION = /^[a-z]+[0-9]+$/;
const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const PEM = /^-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----$/;
// DER certificates start with a SEQUENCE and a long length (30 81/30 82): "MI" in base64.
const CERTIFICATE_BODY = /^MI[A-Za-z0-9+/]+={0,2}$/;
/** Longer patterns are refused: they are almost always a paste error, and they bound matching cost. */
const MAX_PATTERN_LENGTH = 500;

// ---------------------------------------------------------------------------------------------- helpers

/** A value as error messages quote it: short, and never a whole certificate. */
function quote(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function unknownName(kind: string, name: string, known: readonly string[]): string {
  const meant = closestName(name, known);
  const ignored = `is not a known ${kind} and is ignored`;
  return meant ? `${ignored}; did you mean "${meant}"?` : `${ignored}.`;
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

function listed(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(', ');
}

/** An entry's verdict: the value to keep, or why it is dropped. */
type Checked<T> = { readonly ok: T } | { readonly error: string };

const ok = <T>(value: T): Checked<T> => ({ ok: value });
const fail = (error: string): { readonly error: string } => ({ error });

/**
 * Parses a list whose entries are checked one by one; a bad entry is dropped with an error at its
 * index. Returns undefined (with an error) when the value is not a list at all.
 */
function parseList<T>(
  value: unknown,
  path: string,
  errors: Errors,
  check: (entry: unknown, entryPath: string) => Checked<T>,
): T[] | undefined {
  if (!Array.isArray(value)) {
    errors.push({ path, message: `must be a list; got ${quote(value)}.` });
    return undefined;
  }
  const kept: T[] = [];
  value.forEach((entry, index) => {
    const entryPath = `${path}[${index}]`;
    const verdict = check(entry, entryPath);
    if ('ok' in verdict) kept.push(verdict.ok);
    else errors.push({ path: entryPath, message: `${verdict.error} This entry is ignored.` });
  });
  return kept;
}

function nonEmptyText(entry: unknown): Checked<string> {
  return typeof entry === 'string' && entry.trim() !== ''
    ? ok(entry)
    : fail(`must be non-empty text; got ${quote(entry)}.`);
}

// ---------------------------------------------------------------------------------------------- keys

function roleName(entry: unknown): Checked<string> {
  if (typeof entry !== 'string') return fail(`must be a role name; got ${quote(entry)}.`);
  if (isFlexRole(entry) || isInsightsRole(entry)) return ok(entry);
  const meant = canonicalRole(entry.trim());
  if (meant) return fail(`"${entry}" is not a role; roles are exact and case-sensitive: use "${meant}".`);
  return fail(`"${entry}" is not a Flex role (admin, supervisor, agent) or an Insights (wfo.) role.`);
}

/** A role list that gates access. Empty (or all invalid) falls back to the default, so no one is locked out by a typo. */
function parseRoleList(key: ConfigKey, fallback: readonly string[]) {
  return (value: unknown, errors: Errors): readonly string[] => {
    const roles = parseList(value, key, errors, roleName);
    if (roles === undefined) return fallback;
    if (roles.length === 0) {
      errors.push({ path: key, message: `names no usable role; using the default (${fallback.join(', ')}).` });
      return fallback;
    }
    return roles;
  };
}

function parseIdp(value: unknown, errors: Errors): DiagnosticsConfig['idp'] {
  const allowed = ['auto', ...IDP_IDS] as const;
  if (oneOf(allowed, value)) return value;
  errors.push({ path: 'idp', message: `must be one of ${listed(allowed)}; got ${quote(value)}. Using "auto".` });
  return 'auto';
}

function parseSsoType(value: unknown, errors: Errors): SsoType | undefined {
  if (oneOf<SsoType>(['enhanced', 'legacy'], value)) return value;
  errors.push({ path: 'sso_type', message: `must be "enhanced" or "legacy"; got ${quote(value)}.` });
  return undefined;
}

function parseConnectionSid(value: unknown, errors: Errors): string | undefined {
  if (typeof value === 'string' && CONNECTION_SID.test(value)) return value;
  errors.push({
    path: 'connection_sid',
    message: `must be a connection SID: "JQ" followed by 32 hexadecimal characters; got ${quote(value)}.`,
  });
  return undefined;
}

function parseRegion(value: unknown, errors: Errors): string {
  if (typeof value === 'string' && REGION.test(value)) return value;
  errors.push({
    path: 'region',
    message: `must be a lower-case region code such as us1, ie1 or au1; got ${quote(value)}. Using "${DEFAULT_REGION}".`,
  });
  return DEFAULT_CONFIG.region;
}

function parseIssuer(value: unknown, errors: Errors): string | undefined {
  // Kept exactly as written: Flex compares the issuer as an exact string, trailing slash included.
  if (typeof value === 'string' && value.trim() !== '') return value;
  errors.push({ path: 'idp_issuer', message: `must be the identity provider's Issuer as text; got ${quote(value)}.` });
  return undefined;
}

function certificate(entry: unknown): Checked<string> {
  if (typeof entry !== 'string') return fail(`must be a certificate as text; got ${quote(entry)}.`);
  const text = entry.trim();
  if (/PRIVATE KEY-----/.test(text)) {
    return fail('is a private key, not a certificate. Remove it: the diagnostics only need the public certificate.');
  }
  const pem = PEM.exec(text);
  const body = (pem ? (pem[1] ?? '') : text).replace(/\s+/g, '');
  if (CERTIFICATE_BODY.test(body) && body.length % 4 === 0) return ok(text);
  return fail(
    'is not a certificate: give the whole PEM (-----BEGIN CERTIFICATE----- … -----END CERTIFICATE-----) or its base64 body, one certificate per entry.',
  );
}

function emailDomain(entry: unknown): Checked<string> {
  if (typeof entry !== 'string') return fail(`must be a domain such as example.com; got ${quote(entry)}.`);
  // "@Example.com" is a common way to write a domain; compare the way mail does: case-insensitively.
  const domain = entry.trim().replace(/^@/, '').toLowerCase();
  return DOMAIN.test(domain) ? ok(domain) : fail(`must be a domain such as example.com; got ${quote(entry)}.`);
}

function compiles(pattern: string): string | undefined {
  if (pattern.length > MAX_PATTERN_LENGTH) return `is longer than ${MAX_PATTERN_LENGTH} characters.`;
  try {
    new RegExp(pattern);
  } catch (error) {
    return `is not a valid regular expression (${error instanceof Error ? error.message : String(error)}).`;
  }
  // It runs against every worker in every supervisor's browser: one that can backtrack without end is refused.
  const problem = backtrackingProblem(pattern);
  return problem === undefined
    ? undefined
    : `can take exponentially long on some values: ${problem}. Write it without nested or overlapping repetition.`;
}

/** Reports keys an entry does not know; the entry itself still counts. */
function checkEntryKeys(entry: Record<string, unknown>, path: string, known: readonly string[], errors: Errors): void {
  for (const key of Object.keys(entry)) {
    if (!known.includes(key)) errors.push({ path: `${path}.${key}`, message: unknownName('key', key, known) });
  }
}

function requiredAttribute(errors: Errors) {
  return (entry: unknown, path: string): Checked<RequiredAttribute> => {
    if (!isRecord(entry)) return fail(`must be an object such as {"name": "department"}; got ${quote(entry)}.`);
    checkEntryKeys(entry, path, ['name', 'severity', 'pattern', 'allowed'], errors);
    const { name, severity = 'warning', pattern, allowed } = entry;
    if (typeof name !== 'string' || name.trim() === '') return fail('needs a "name": the attribute to require.');
    if (!oneOf(SEVERITIES, severity)) {
      return fail(`severity must be one of ${listed(SEVERITIES)}; got ${quote(severity)}.`);
    }
    if (pattern !== undefined) {
      if (typeof pattern !== 'string')
        return fail(`pattern must be a regular expression as text; got ${quote(pattern)}.`);
      const problem = compiles(pattern);
      if (problem) return fail(`pattern ${problem}`);
    }
    if (allowed !== undefined && !isStringList(allowed)) {
      return fail(`allowed must be a list of values as text; got ${quote(allowed)}.`);
    }
    return ok({
      name,
      severity,
      ...(pattern !== undefined ? { pattern } : {}),
      ...(allowed !== undefined ? { allowed } : {}),
    });
  };
}

function roleRule(errors: Errors) {
  return (entry: unknown, path: string): Checked<RoleRule> => {
    if (!isRecord(entry)) return fail(`must be an object with "when" and "expect_roles"; got ${quote(entry)}.`);
    checkEntryKeys(entry, path, ['when', 'expect_roles'], errors);
    const { when, expect_roles: expectRoles } = entry;
    if (!isRecord(when)) return fail('needs "when": {"attribute": …, "equals" or "matches": …}.');
    checkEntryKeys(when, `${path}.when`, ['attribute', 'equals', 'matches'], errors);
    const { attribute, equals, matches } = when;
    if (typeof attribute !== 'string' || attribute.trim() === '') {
      return fail('when.attribute must name the attribute to test.');
    }
    if ((equals === undefined) === (matches === undefined)) {
      return fail('when needs exactly one of "equals" and "matches".');
    }
    let condition: { equals: string } | { matches: string };
    if (equals !== undefined) {
      if (typeof equals !== 'string') return fail(`when.equals must be text; got ${quote(equals)}.`);
      condition = { equals };
    } else {
      if (typeof matches !== 'string')
        return fail(`when.matches must be a regular expression as text; got ${quote(matches)}.`);
      const problem = compiles(matches);
      if (problem) return fail(`when.matches ${problem}`);
      condition = { matches };
    }
    const roleErrors: Errors = [];
    const roles = parseList(expectRoles, `${path}.expect_roles`, roleErrors, roleName);
    if (!roles || roles.length === 0 || roleErrors.length > 0) {
      errors.push(...roleErrors);
      return fail('expect_roles must be a non-empty list of roles.');
    }
    return ok({ when: { attribute, ...condition }, expectRoles: roles });
  };
}

function parseRunbookLinks(value: unknown, errors: Errors): DiagnosticsConfig['runbookLinks'] {
  if (!isRecord(value)) {
    errors.push({ path: 'runbook_links', message: `must be an object of fix key → https URL; got ${quote(value)}.` });
    return {};
  }
  const links: Partial<Record<FixKey, string>> = {};
  for (const [key, url] of Object.entries(value)) {
    const path = `runbook_links.${key}`;
    if (!oneOf(FIX_KEYS, key)) {
      errors.push({ path, message: unknownName('fix key', key, FIX_KEYS) });
      continue;
    }
    const verdict = httpsUrl(url);
    if ('ok' in verdict) links[key] = verdict.ok;
    else errors.push({ path, message: verdict.error });
  }
  return links;
}

/** Runbook links are rendered as links: anything but https (javascript:, data:, http) is refused. */
function httpsUrl(value: unknown): Checked<string> {
  if (typeof value !== 'string') return fail(`must be an https URL; got ${quote(value)}.`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail(`must be an https URL; got ${quote(value)}.`);
  }
  if (url.protocol === 'http:') return fail('uses http; only https links are allowed.');
  if (url.protocol !== 'https:') return fail(`uses "${url.protocol}"; only https links are allowed.`);
  return ok(value);
}

function parseRuleSeverity(
  value: unknown,
  errors: Errors,
  ruleIds?: readonly string[],
): DiagnosticsConfig['ruleSeverity'] {
  if (!isRecord(value)) {
    errors.push({ path: 'rule_severity', message: `must be an object of rule id → severity; got ${quote(value)}.` });
    return {};
  }
  const settings: Record<string, SeveritySetting> = {};
  for (const [id, setting] of Object.entries(value)) {
    const path = `rule_severity.${id}`;
    if (ruleIds ? !ruleIds.includes(id) : !RULE_ID.test(id)) {
      errors.push({ path, message: unknownName('rule id', id, ruleIds ?? []) });
    } else if (!oneOf(SEVERITY_SETTINGS, setting)) {
      errors.push({ path, message: `must be one of ${listed(SEVERITY_SETTINGS)}; got ${quote(setting)}.` });
    } else {
      settings[id] = setting;
    }
  }
  return settings;
}

type KeyParser = (value: unknown, errors: Errors, options: ParseOptions) => Partial<Mutable<DiagnosticsConfig>>;

/** One parser per configuration key; the order is the order of `toConfigJson`. */
const KEY_PARSERS: Readonly<Record<ConfigKey, KeyParser>> = {
  enabled: (value, errors) => {
    if (typeof value === 'boolean') return { enabled: value };
    errors.push({ path: 'enabled', message: `must be true or false; got ${quote(value)}. Using true.` });
    return {};
  },
  roles_allowed: (value, errors) => ({
    rolesAllowed: parseRoleList('roles_allowed', DEFAULT_CONFIG.rolesAllowed)(value, errors),
  }),
  team_check_roles: (value, errors) => ({
    teamCheckRoles: parseRoleList('team_check_roles', DEFAULT_CONFIG.teamCheckRoles)(value, errors),
  }),
  analyzer_roles: (value, errors) => ({
    analyzerRoles: parseRoleList('analyzer_roles', DEFAULT_CONFIG.analyzerRoles)(value, errors),
  }),
  idp: (value, errors) => ({ idp: parseIdp(value, errors) }),
  sso_type: (value, errors) => {
    const ssoType = parseSsoType(value, errors);
    return ssoType ? { ssoType } : {};
  },
  connection_sid: (value, errors) => {
    const connectionSid = parseConnectionSid(value, errors);
    return connectionSid ? { connectionSid } : {};
  },
  region: (value, errors) => ({ region: parseRegion(value, errors) }),
  idp_issuer: (value, errors) => {
    const idpIssuer = parseIssuer(value, errors);
    return idpIssuer ? { idpIssuer } : {};
  },
  idp_certificates: (value, errors) => ({
    idpCertificates: parseList(value, 'idp_certificates', errors, certificate) ?? [],
  }),
  idp_sso_url: (value, errors) => {
    // Flex's "Single Sign-On URL": the IdP endpoint Flex sends users to, always https.
    const verdict = httpsUrl(typeof value === 'string' ? value.trim() : value);
    if ('ok' in verdict) return { idpSsoUrl: verdict.ok };
    errors.push({ path: 'idp_sso_url', message: verdict.error });
    return {};
  },
  email_domains: (value, errors) => ({ emailDomains: parseList(value, 'email_domains', errors, emailDomain) ?? [] }),
  teams: (value, errors) => {
    // An unreadable list stays "not configured" so team names are "not checked" rather than all unknown.
    const teams = parseList(value, 'teams', errors, nonEmptyText);
    return teams ? { teams } : {};
  },
  channels: (value, errors) => {
    const channels = parseList(value, 'channels', errors, nonEmptyText);
    return channels ? { channels } : {};
  },
  required_attributes: (value, errors) => ({
    requiredAttributes: parseList(value, 'required_attributes', errors, requiredAttribute(errors)) ?? [],
  }),
  role_rules: (value, errors) => ({ roleRules: parseList(value, 'role_rules', errors, roleRule(errors)) ?? [] }),
  runbook_links: (value, errors) => ({ runbookLinks: parseRunbookLinks(value, errors) }),
  rule_severity: (value, errors, options) => ({ ruleSeverity: parseRuleSeverity(value, errors, options.ruleIds) }),
};

/** Every setting of the block, in the order they are parsed. */
export const CONFIG_KEYS = Object.keys(KEY_PARSERS) as ConfigKey[];

// ---------------------------------------------------------------------------------------------- API

/**
 * Validates the `sso_diagnostics` block and applies defaults. Never throws: an unknown key or a bad
 * entry is reported in `errors` and left out, and the rest of the configuration still applies.
 */
export function parseConfig(raw: unknown, options: ParseOptions = {}): ParsedConfig {
  const errors: Errors = [];
  if (raw === undefined || raw === null) return { expectations: DEFAULT_CONFIG, errors };
  if (!isRecord(raw)) {
    errors.push({ path: 'sso_diagnostics', message: `must be an object; got ${quote(raw)}. Using the defaults.` });
    return { expectations: DEFAULT_CONFIG, errors };
  }
  const expectations: Mutable<DiagnosticsConfig> = { ...DEFAULT_CONFIG };
  for (const [key, value] of Object.entries(raw)) {
    if (!oneOf(CONFIG_KEYS, key)) {
      errors.push({ path: key, message: unknownName('setting', key, CONFIG_KEYS) });
    } else if (value !== undefined) {
      Object.assign(expectations, KEY_PARSERS[key](value, errors, options));
    }
  }
  return { expectations, errors };
}
