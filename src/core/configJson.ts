/** The parsed configuration back to the snake_case block admins write (`config --format json`, the Setup editor). */
import { CONFIG_KEYS, DEFAULT_CONFIG, type DiagnosticsConfigJson } from './config';
import type { DiagnosticsConfig } from './types';

export interface ToConfigJsonOptions {
  /** Leave out settings equal to their defaults: the smallest block that configures the same. */
  readonly onlyChanges?: boolean;
}

/** DiagnosticsConfig back to the snake_case block admins write; `parseConfig` reads it back unchanged. */
export function toConfigJson(
  expectations: DiagnosticsConfig,
  options: ToConfigJsonOptions = {},
): DiagnosticsConfigJson {
  const e = expectations;
  const json: DiagnosticsConfigJson = {
    enabled: e.enabled,
    roles_allowed: [...e.rolesAllowed],
    team_check_roles: [...e.teamCheckRoles],
    analyzer_roles: [...e.analyzerRoles],
    idp: e.idp,
    ...(e.ssoType !== undefined ? { sso_type: e.ssoType } : {}),
    ...(e.connectionSid !== undefined ? { connection_sid: e.connectionSid } : {}),
    region: e.region,
    ...(e.idpIssuer !== undefined ? { idp_issuer: e.idpIssuer } : {}),
    idp_certificates: [...e.idpCertificates],
    ...(e.idpSsoUrl !== undefined ? { idp_sso_url: e.idpSsoUrl } : {}),
    email_domains: [...e.emailDomains],
    ...(e.teams !== undefined ? { teams: [...e.teams] } : {}),
    ...(e.channels !== undefined ? { channels: [...e.channels] } : {}),
    required_attributes: e.requiredAttributes.map((a) => ({
      name: a.name,
      severity: a.severity,
      ...(a.pattern !== undefined ? { pattern: a.pattern } : {}),
      ...(a.allowed !== undefined ? { allowed: [...a.allowed] } : {}),
    })),
    role_rules: e.roleRules.map((r) => ({
      when: {
        attribute: r.when.attribute,
        ...(r.when.equals !== undefined ? { equals: r.when.equals } : {}),
        ...(r.when.matches !== undefined ? { matches: r.when.matches } : {}),
      },
      expect_roles: [...r.expectRoles],
    })),
    runbook_links: { ...e.runbookLinks },
    rule_severity: { ...e.ruleSeverity },
  };
  if (!options.onlyChanges) return json;
  const defaults = toConfigJson(DEFAULT_CONFIG);
  const changed: Record<string, unknown> = {};
  for (const key of CONFIG_KEYS) {
    if (json[key] !== undefined && JSON.stringify(json[key]) !== JSON.stringify(defaults[key]))
      changed[key] = json[key];
  }
  return changed as DiagnosticsConfigJson;
}
