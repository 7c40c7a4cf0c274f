import {
  IDP_IDS,
  type DocLink,
  type FixKey,
  type FixSteps,
  type IdpChoice,
  type IdpId,
  type IdpProfile,
  type ResolvedFix,
  type WorkerAttributes,
} from '../types';
import { adfs } from './adfs';
import { auth0 } from './auth0';
import { entraId } from './entra-id';
import { generic } from './generic';
import { googleWorkspace } from './google-workspace';
import { keycloak } from './keycloak';
import { okta } from './okta';
import { onelogin } from './onelogin';
import { pingIdentity } from './ping-identity';
import { salesforce } from './salesforce';
import { shibboleth } from './shibboleth';

export { ALLOWED_LINKS, LINKS } from './links';
export { FLEX_SP_PAGE, FLEX_SSO_SETTINGS } from './shared';

/** Every IdP profile, keyed by its public id. Adding an IdP = one module + one line here. */
export const IDP_PROFILES: Readonly<Record<IdpId, IdpProfile>> = Object.freeze({
  'entra-id': entraId,
  adfs,
  okta,
  'google-workspace': googleWorkspace,
  salesforce,
  auth0,
  onelogin,
  'ping-identity': pingIdentity,
  keycloak,
  shibboleth,
  generic,
});

/** Narrows untrusted text (CLI flag, configuration) to a known profile id. */
export function isIdpId(value: unknown): value is IdpId {
  return typeof value === 'string' && Object.hasOwn(IDP_PROFILES, value);
}

/** The product name admins know, e.g. "Microsoft Entra ID". */
export function idpName(id: IdpId): string {
  return (IDP_PROFILES[id] ?? generic).name;
}

/** Where a Flex attribute is mapped in this IdP; the generic wording when the profile has none. */
export function attributeSource(id: IdpId, attribute: string): string | undefined {
  const own = IDP_PROFILES[id]?.attributeSources;
  if (own !== undefined && Object.hasOwn(own, attribute)) return own[attribute];
  return generic.attributeSources !== undefined && Object.hasOwn(generic.attributeSources, attribute)
    ? generic.attributeSources[attribute]
    : undefined;
}

// ---------------------------------------------------------------------------------------------
// Detection. Built once at import: detection runs for every worker of a team (thousands), so a
// call allocates nothing but the occasional `key[]` string and tests precompiled patterns only.
// ---------------------------------------------------------------------------------------------

/** [profile id, pattern] in the Detection table's order: the first profile that matches wins. */
const ISSUER_MATCHERS: readonly (readonly [IdpId, RegExp])[] = IDP_IDS.flatMap((id) =>
  IDP_PROFILES[id].issuerPatterns.map((pattern) => [id, pattern] as const),
);

/** The IdP a SAML `Issuer` belongs to, or undefined when no profile recognises it. */
export function detectIdpFromIssuer(issuer: string): IdpId | undefined {
  if (typeof issuer !== 'string') return undefined;
  const value = issuer.trim();
  if (value === '') return undefined;
  for (const [id, pattern] of ISSUER_MATCHERS) {
    if (pattern.test(value)) return id;
  }
  return undefined;
}

/**
 * Which profile a claim fingerprint points to when several match, strongest first. Entra and Auth0
 * send claims in the same `http://schemas.xmlsoap.org/…` namespace as ADFS, so their own claims must
 * decide before ADFS's; Shibboleth's eduPerson OIDs before Keycloak's any-OID fingerprint.
 */
export const CLAIM_PRIORITY: readonly IdpId[] = [
  'entra-id',
  'auth0',
  'salesforce',
  'onelogin',
  'ping-identity',
  'shibboleth',
  'keycloak',
  'adfs',
];

/**
 * A list-valued attribute is also tested as `<name>[]`, so a profile can fingerprint a repeated SAML
 * attribute (which Flex stores as a list) with a pattern on the name alone, e.g. Keycloak's `Role[]`.
 */
export const LIST_SUFFIX = '[]';

/** [priority rank, pattern], sorted by rank so the first pattern that matches a key is its best. */
const CLAIM_MATCHERS: readonly (readonly [number, RegExp])[] = CLAIM_PRIORITY.flatMap((id, rank) =>
  IDP_PROFILES[id].claimFingerprints.map((pattern) => [rank, pattern] as const),
);

/**
 * One regex that any fingerprinted name matches: most worker keys (`email`, `routing`, …) match no
 * fingerprint, and this rejects them with a single test instead of one per pattern.
 */
const ANY_CLAIM_FINGERPRINT = new RegExp(
  CLAIM_MATCHERS.map(([, pattern]) => `(?:${pattern.source})`).join('|') || '(?!)',
  [...new Set(CLAIM_MATCHERS.flatMap(([, pattern]) => [...pattern.flags]))]
    .filter((f) => f !== 'g' && f !== 'y')
    .join(''),
);

const NO_MATCH = CLAIM_PRIORITY.length;

function claimRank(name: string, better: number): number {
  if (!ANY_CLAIM_FINGERPRINT.test(name)) return NO_MATCH;
  for (const [rank, pattern] of CLAIM_MATCHERS) {
    if (rank >= better) return NO_MATCH;
    if (pattern.test(name)) return rank;
  }
  return NO_MATCH;
}

/** The IdP that worker attributes (or attributes predicted from a response) come from, by claim names. */
export function detectIdpFromAttributes(attributes: WorkerAttributes): IdpId | undefined {
  if (attributes === null || typeof attributes !== 'object') return undefined;
  let best = NO_MATCH;
  for (const key in attributes) {
    if (!Object.hasOwn(attributes, key)) continue;
    best = Math.min(best, claimRank(key, best));
    if (Array.isArray(attributes[key])) best = Math.min(best, claimRank(key + LIST_SUFFIX, best));
    if (best === 0) break;
  }
  return best < NO_MATCH ? CLAIM_PRIORITY[best] : undefined;
}

export interface IdpChoiceInput {
  /** The admin's explicit choice (UI picker, `--idp`). */
  readonly override?: IdpId | undefined;
  /** `idp` from configuration; `'auto'` means detect. */
  readonly configured?: 'auto' | IdpId | undefined;
  /** The SAML response's Issuer, when a response is being analysed. */
  readonly issuer?: string | undefined;
  /** Worker attributes (live or predicted from a response). */
  readonly attributes?: WorkerAttributes | undefined;
}

/**
 * Which IdP's fix steps to show, and why: override > configuration (unless "auto") > Issuer >
 * claim names > generic. Unknown ids (untrusted configuration) are skipped, never trusted.
 */
export function chooseIdp(input: IdpChoiceInput): IdpChoice {
  if (isIdpId(input.override)) return { id: input.override, source: 'override' };
  if (input.configured !== 'auto' && isIdpId(input.configured)) return { id: input.configured, source: 'config' };
  if (input.issuer !== undefined) {
    const id = detectIdpFromIssuer(input.issuer);
    if (id !== undefined) return { id, source: 'issuer' };
  }
  if (input.attributes !== undefined) {
    const id = detectIdpFromAttributes(input.attributes);
    if (id !== undefined) return { id, source: 'claims' };
  }
  return { id: 'generic', source: 'default' };
}

/**
 * The IdP a team's fixes are shown for: the configured or chosen one when it is not a detection, else
 * the most common detection among the workers, else generic. The CLI's check-team and the Team tab
 * both use this; each worker keeps its own detection.
 */
export function teamIdp(choices: Iterable<IdpChoice | undefined>, fallback: IdpChoice): IdpChoice {
  if (fallback.source === 'override' || fallback.source === 'config') return fallback;
  const counts = new Map<IdpId, { choice: IdpChoice; n: number }>();
  for (const choice of choices) {
    if (choice === undefined || choice.source === 'default') continue;
    const entry = counts.get(choice.id) ?? { choice, n: 0 };
    entry.n += 1;
    counts.set(choice.id, entry);
  }
  let best: { choice: IdpChoice; n: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.n > best.n) best = entry;
  return best?.choice ?? fallback;
}

/**
 * The one rule for a team's IdPs, per worker and for the team: each worker's is `chooseIdp` over its
 * attributes (an override or configuration decides for all), the team's is `teamIdp` over those.
 */
export function teamIdps(
  workers: readonly { readonly attributes: WorkerAttributes }[],
  setting: Pick<IdpChoiceInput, 'override' | 'configured'>,
): { readonly workers: readonly IdpChoice[]; readonly team: IdpChoice } {
  const choices = workers.map((w) => chooseIdp({ ...setting, attributes: w.attributes }));
  return { workers: choices, team: teamIdp(choices, chooseIdp(setting)) };
}

// ---------------------------------------------------------------------------------------------
// Fix resolution
// ---------------------------------------------------------------------------------------------

export const RUNBOOK_TITLE = "Your organisation's runbook";

const NO_STEPS: FixSteps = { steps: [], links: [] };

/**
 * The steps for a fix key in this IdP, or the generic steps when the profile has none for it. With a
 * rule id, a refinement for that rule comes first: the profile's own, then — only when the profile
 * has no steps for the key either — the generic one. `idp` in the result names the profile whose
 * steps these are ("generic" after a fallback), so a report can say so. Links: the organisation's
 * runbook first (https only), then the fix's own links, then the chosen IdP's guides — each URL once.
 */
export function resolveFix(
  fixKey: FixKey,
  idp: IdpId,
  runbookLinks?: Readonly<Partial<Record<FixKey, string>>>,
  ruleId?: string,
): ResolvedFix {
  return withLinks(lookupFixSteps({ fixKey, ...(ruleId !== undefined ? { ruleId } : {}) }, idp), idp, runbookLinks);
}

/** What a finding is, for choosing its fix steps. */
export interface FixTarget {
  readonly fixKey: FixKey;
  readonly ruleId?: string;
  readonly messageId?: string;
}

/** Where a finding's steps came from: a refinement (`rule` or `rule/message`), or the fix key. */
export interface FixLookup {
  readonly steps: FixSteps;
  /** The profile whose steps these are: the chosen IdP, or "generic" after a fallback. */
  readonly from: IdpId;
  /** The fix key whose runbook applies: the finding's own, or the one a refinement sends it to. */
  readonly fixKey: FixKey;
  /** The refinement key used, when a rule or message refined the fix key's steps. */
  readonly refinement?: string;
}

/**
 * Generic refinements whose cause is the same in every IdP (a token older than an edit, Insights'
 * default, an encrypted assertion, an IdP that refused the user): they beat an IdP's own steps for the
 * fix key, which (app roles, SSO URL) would be the wrong advice. Step 2 of `lookupFixSteps`.
 */
const IDP_INDEPENDENT_REFINEMENTS: ReadonlySet<string> = new Set([
  'token-roles-mismatch',
  'insights-role-implicit',
  'saml-assertion-encrypted',
  'saml-status-not-success/authnFailed',
  'saml-status-not-success/other',
]);

/** Refinements for rules the plugin bundle does not carry, added by the code that loads those rules. */
const registered = new Map<IdpId, Readonly<Record<string, FixSteps>>>();

/** Makes refinements loaded with another rule scope (the idp-config ones, with check-idp) part of each profile's. */
export function registerRefinements(byIdp: Readonly<Partial<Record<IdpId, Readonly<Record<string, FixSteps>>>>>): void {
  for (const idp of IDP_IDS) {
    const refinements = byIdp[idp];
    if (refinements !== undefined) registered.set(idp, { ...registered.get(idp), ...refinements });
  }
}

/**
 * The steps for one finding in this IdP: the one order, the first that has steps wins. Each
 * refinement step tries the rule's message (`rule/message`) before the rule.
 * 1. The IdP's own refinement.
 * 2. A generic refinement in `IDP_INDEPENDENT_REFINEMENTS` (its cause is the same in every IdP).
 * 3. The IdP's steps for the fix key (a `FIX_KEY_REFINEMENTS` entry may send the finding to another key).
 * 4. Any other generic refinement (for IdPs with neither a refinement nor steps for the key).
 * 5. The generic steps for the fix key.
 * For the generic profile itself, 1–3 are skipped: its refinements come before its fix keys' steps.
 */
export function lookupFixSteps(target: FixTarget, idp: IdpId): FixLookup {
  const profile = IDP_PROFILES[idp] ?? generic;
  const keys =
    target.ruleId === undefined
      ? []
      : target.messageId === undefined
        ? [target.ruleId]
        : [`${target.ruleId}/${target.messageId}`, target.ruleId];
  const refined = (source: IdpProfile, only?: ReadonlySet<string>): FixLookup | undefined => {
    for (const refinements of [source.refinements, registered.get(source.id)]) {
      if (refinements === undefined) continue;
      for (const key of keys) {
        const steps = only === undefined || only.has(key) ? refinements[key] : undefined;
        if (steps !== undefined && Object.hasOwn(refinements, key)) {
          return { steps, from: source.id, fixKey: target.fixKey, refinement: key };
        }
      }
    }
    return undefined;
  };
  const redirect = keys.find((key) => Object.hasOwn(FIX_KEY_REFINEMENTS, key));
  const fixKey = (redirect !== undefined ? FIX_KEY_REFINEMENTS[redirect] : undefined) ?? target.fixKey;
  const via = redirect !== undefined ? { refinement: redirect } : {};
  const ownSteps = profile.fixes[fixKey];
  const specific =
    profile === generic
      ? undefined
      : (refined(profile) ??
        refined(generic, IDP_INDEPENDENT_REFINEMENTS) ??
        (ownSteps !== undefined ? { steps: ownSteps, from: profile.id, fixKey, ...via } : undefined));
  return specific ?? refined(generic) ?? { steps: generic.fixes[fixKey] ?? NO_STEPS, from: 'generic', fixKey, ...via };
}

/**
 * Rules or messages fixed by another fix key's steps in every IdP (their own key stays as the catalogue
 * publishes it): an IdP that denies a request has not assigned the user, whatever the SSO URL is.
 */
export const FIX_KEY_REFINEMENTS: Readonly<Record<string, FixKey>> = {
  'saml-status-not-success/requestDenied': 'F-ASSIGN',
};

/** A finding's fix: its rule's (or message's) refined steps where there are some, else its fix key's. */
export function resolveFindingFix(
  finding: FixTarget,
  idp: IdpId,
  runbookLinks?: Readonly<Partial<Record<FixKey, string>>>,
): ResolvedFix {
  return withLinks(lookupFixSteps(finding, idp), idp, runbookLinks);
}

function withLinks(
  lookup: FixLookup,
  idp: IdpId,
  runbookLinks?: Readonly<Partial<Record<FixKey, string>>>,
): ResolvedFix {
  const profile = IDP_PROFILES[idp] ?? generic;
  const chosen = lookup.steps;

  const links: DocLink[] = [];
  const seen = new Set<string>();
  const add = (link: DocLink): void => {
    if (seen.has(link.url)) return;
    seen.add(link.url);
    links.push(link);
  };
  const runbook = runbookLinks?.[lookup.fixKey];
  // Configuration is validated elsewhere; this keeps a non-https value from ever becoming a link.
  if (typeof runbook === 'string' && /^https:\/\/\S+$/i.test(runbook.trim())) {
    add({ title: RUNBOOK_TITLE, url: runbook.trim(), runbook: true });
  }
  chosen.links.forEach(add);
  profile.guides.forEach(add);

  return { idp: lookup.from, steps: chosen.steps, links };
}
