/**
 * The pure IdP-configuration check: one snapshot (read from an export of the IdP's settings) and the
 * account's context in, the `idp-config` findings out — plus the IdP whose fix steps apply and the
 * attributes Flex is predicted to write from the claims the export emits ("`roles` ← Department").
 */
import { isFlexAttribute, isNamespacedClaim } from './attributes';
import { runRules } from './engine';
import { chooseIdp, isIdpId, registerRefinements } from './idp';
import { IDP_CONFIG_REFINEMENTS } from './idp/idpConfigRefinements';
import type { EmittedClaim, IdpConfigContext, IdpConfigRuleContext, IdpConfigSnapshot } from './idpConfigTypes';
import { CLAIM_TYPES, splitTypedClaim } from './predict';
import { registerRules } from './rules';
import { idpConfigRules } from './rules/idp-config';
import type { CheckResult, DiagnosticsConfig, IdpChoice, IdpId, Rule } from './types';

// Titles and descriptions of idp-config findings, for reports and the CLI, wherever this module is loaded.
registerRules(idpConfigRules as readonly Rule<never>[]);
registerRefinements(IDP_CONFIG_REFINEMENTS);

export interface IdpConfigCheckInput {
  readonly idpConfig: IdpConfigSnapshot;
  readonly context: IdpConfigContext;
  readonly expectations: DiagnosticsConfig;
  /** The admin's explicit choice of IdP (UI picker, `--idp`). */
  readonly override?: IdpId;
}

/** One emitted claim as Flex will receive it, and the worker attribute it is predicted to become. */
export interface PredictedClaim {
  /** The SAML Attribute Name exactly as the IdP will send it. */
  readonly claim: string;
  /** Where the IdP takes the value (LDAP attribute, Okta expression …), as the export says; null = not said. */
  readonly source: string | null;
  /** The worker attribute key Flex is predicted to write; absent when Flex likely rejects the claim. */
  readonly attribute?: string;
  /** The key is one Flex itself reads (email, full_name, roles, image_url, Insights and channel attributes). */
  readonly flexAttribute: boolean;
  /** Several Attribute elements of this name (Keycloak role list with "Single Role Attribute" off). */
  readonly repeated?: true;
  /**
   * Why the prediction needs a remark: `namespaced` (kept as is: Flex does not strip namespaces),
   * `typeCase` (a `.type` suffix in the wrong case: Flex likely rejects the whole update), `typed` (a
   * `<name>.<type>` claim, converted to that type under `<name>`).
   */
  readonly note?: 'namespaced' | 'typeCase' | 'typed';
}

export interface IdpConfigCheck {
  readonly result: CheckResult;
  /** Whose fix steps apply: the admin's choice, the configuration, else the IdP the export comes from. */
  readonly idp: IdpChoice;
  /** The emitted claims beside the worker attributes they become; absent when the export carries no claims. */
  readonly predicted?: readonly PredictedClaim[];
}

/** The IdP for fix steps: override > configuration (unless "auto") > the export's own IdP > generic. */
export function chooseIdpForConfig(
  snapshot: IdpConfigSnapshot,
  expectations: DiagnosticsConfig,
  override?: IdpId,
): IdpChoice {
  const chosen = chooseIdp({
    ...(override ? { override } : {}),
    configured: expectations.idp,
    ...(snapshot.kind === 'saml-metadata' && snapshot.entityId !== undefined ? { issuer: snapshot.entityId } : {}),
  });
  if (chosen.source !== 'default') return chosen;
  // Every kind but metadata says which IdP it comes from by its shape (an AD FS trust, an Okta app).
  return isIdpId(snapshot.idp) && snapshot.idp !== 'generic' ? { id: snapshot.idp, source: 'export' } : chosen;
}

/**
 * The claims as the SAML attributes Flex will receive, and the worker keys they become, by the same
 * rules as the prediction from a response (predict.ts): the Name is the key exactly as sent, a
 * `<name>.<type>` claim with a lower-case type lands under `<name>`, a wrong-case type is rejected.
 */
export function predictClaims(claims: readonly EmittedClaim[]): PredictedClaim[] {
  return claims.map((claim) => {
    const base = {
      claim: claim.name,
      source: claim.source,
      ...(claim.repeatedAttribute ? { repeated: true as const } : {}),
    };
    const typed = splitTypedClaim(claim.name);
    if (typed) {
      if (!(CLAIM_TYPES as readonly string[]).includes(typed.type)) {
        return { ...base, flexAttribute: false, note: 'typeCase' as const };
      }
      return { ...base, attribute: typed.base, flexAttribute: isFlexAttribute(typed.base), note: 'typed' as const };
    }
    return {
      ...base,
      attribute: claim.name,
      flexAttribute: isFlexAttribute(claim.name),
      ...(isNamespacedClaim(claim.name) ? { note: 'namespaced' as const } : {}),
    };
  });
}

export function checkIdpConfig(input: IdpConfigCheckInput): IdpConfigCheck {
  const { idpConfig, context, expectations, override } = input;
  const ruleContext: IdpConfigRuleContext = { idpConfig, context, expectations };
  const result = runRules(idpConfigRules, ruleContext, expectations);
  return {
    result,
    idp: chooseIdpForConfig(idpConfig, expectations, override),
    ...(idpConfig.claims !== undefined ? { predicted: predictClaims(idpConfig.claims) } : {}),
  };
}
