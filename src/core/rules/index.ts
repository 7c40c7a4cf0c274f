/**
 * The rule registry: every worker and team rule the engine runs (the saml rules are registered in
 * ./saml and listed here too, for lookups), in the catalogue's order (reports keep
 * this order within a severity). A rule file that is not imported here never runs;
 * tests/core/catalogue.test.ts checks that every catalogue id is registered and every rule file is.
 */
import type { Rule, TeamRule, WorkerRule } from '../types';
import requiredAttributeMissing from './worker/required-attribute-missing';
import requiredAttributeEmpty from './worker/required-attribute-empty';
import claimNameNamespaced from './worker/claim-name-namespaced';
import claimNameNearMiss from './worker/claim-name-near-miss';
import rolesNotList from './worker/roles-not-list';
import roleValueInvalid from './worker/role-value-invalid';
import baseRoleMissing from './worker/base-role-missing';
import insightsRoleUnknown from './worker/insights-role-unknown';
import insightsRoleOnAgent from './worker/insights-role-on-agent';
import insightsRoleImplicit from './worker/insights-role-implicit';
import tokenRolesMismatch from './worker/token-roles-mismatch';
import emailInvalid from './worker/email-invalid';
import emailDomainUnexpected from './worker/email-domain-unexpected';
import fullNameSuspicious from './worker/full-name-suspicious';
import attributeValueUnevaluated from './worker/attribute-value-unevaluated';
import imageUrlInvalid from './worker/image-url-invalid';
import contactUriInvalid from './worker/contact-uri-invalid';
import reservedAttributeMalformed from './worker/reserved-attribute-malformed';
import typeSuffixUnrecognized from './worker/type-suffix-unrecognized';
import attributesTooLarge from './worker/attributes-too-large';
import teamAttributeInvalid from './worker/team-attribute-invalid';
import insightsIdMissing from './worker/insights-id-missing';
import insightsValueTooLong from './worker/insights-value-too-long';
import unusedClaims from './worker/unused-claims';
import expectedAttributeMissing from './worker/expected-attribute-missing';
import expectedAttributeMismatch from './worker/expected-attribute-mismatch';
import expectedRoleMissing from './worker/expected-role-missing';
import duplicateWorkerEmail from './team/duplicate-worker-email';
import { samlRules, samlWorkerRules } from './saml';

export const workerRules: readonly WorkerRule[] = [
  requiredAttributeMissing,
  requiredAttributeEmpty,
  claimNameNamespaced,
  claimNameNearMiss,
  rolesNotList,
  roleValueInvalid,
  baseRoleMissing,
  insightsRoleUnknown,
  insightsRoleOnAgent,
  insightsRoleImplicit,
  tokenRolesMismatch,
  emailInvalid,
  emailDomainUnexpected,
  fullNameSuspicious,
  attributeValueUnevaluated,
  imageUrlInvalid,
  contactUriInvalid,
  reservedAttributeMalformed,
  typeSuffixUnrecognized,
  attributesTooLarge,
  teamAttributeInvalid,
  insightsIdMissing,
  insightsValueTooLong,
  unusedClaims,
  expectedAttributeMissing,
  expectedAttributeMismatch,
  expectedRoleMissing,
] as readonly WorkerRule[];

export const teamRules: readonly TeamRule[] = [duplicateWorkerEmail] as readonly TeamRule[];

/**
 * Every rule the plugin runs: what reports and views look titles and descriptions up in. The idp-config
 * rules are not here: the plugin bundle does not carry them (every agent downloads it); the code that
 * checks an IdP export (src/core/checkIdpConfig.ts, used by the CLI) adds them with `registerRules`.
 */
export const allRules: readonly Rule<never>[] = [
  ...workerRules,
  ...teamRules,
  ...samlRules,
  ...samlWorkerRules,
] as readonly Rule<never>[];

export { ALL_RULE_IDS } from './ruleIds';

const byId = new Map(allRules.map((rule) => [rule.meta.id, rule]));

/** Makes rules of a scope loaded on demand known to `ruleById` (titles in reports). */
export function registerRules(rules: readonly Rule<never>[]): void {
  for (const rule of rules) byId.set(rule.meta.id, rule);
}

export function ruleById(id: string): Rule<never> | undefined {
  return byId.get(id);
}
