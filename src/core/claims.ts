/**
 * The claim names IdPs send instead of Flex's attribute names (namespaced URIs, OIDs, hand-typed
 * near-misses) and the Flex attribute each one was probably meant as. The mapping is inference, so
 * callers word it as likely, never certain. Source: ../shared/reference/flex-sso.md (the claim-name table).
 */
import type { WorkerAttributes } from './types';
import { FLEX_ATTRIBUTES, hasAttribute, isFlexAttribute, isNamespacedClaim } from './attributes';

/**
 * Why a claim name is worth a remark beyond "probably meant X":
 * - joinNames: one half of a name that the IdP should join into one `full_name`;
 * - groupIds: Entra group object ids, never usable as roles;
 * - groupNames: group names, usable as roles only if they are exactly Flex roles;
 * - nameId: the subject identifier, which belongs in the NameID rather than in an attribute;
 * - overage: Entra's pointer to a groups list that was too long to send;
 * - noise: a claim Flex never uses; it only adds personal data and size.
 */
export type ClaimNote = 'joinNames' | 'groupIds' | 'groupNames' | 'nameId' | 'overage' | 'noise';

export interface ClaimMapping {
  /** The Flex attribute the claim was probably meant as; absent when it stands for nothing Flex reads. */
  readonly intended?: string;
  /** The claim carries either an address or a person's name: decide by the value. */
  readonly byValue?: true;
  readonly note?: ClaimNote;
}

const MS_CLAIMS = 'http://schemas.microsoft.com/identity/claims/';
const MS_WS_CLAIMS = 'http://schemas.microsoft.com/ws/2008/06/identity/claims/';

/** Claims Entra ID adds by default; Flex never reads them. Exact names, lower-cased. */
export const ENTRA_DEFAULT_CLAIMS: readonly string[] = [
  `${MS_CLAIMS}objectidentifier`,
  `${MS_CLAIMS}tenantid`,
  `${MS_CLAIMS}identityprovider`,
  'http://schemas.microsoft.com/claims/authnmethodsreferences',
];

/** Auth0 passes every profile field through under this prefix unless told not to. */
export const AUTH0_PASSTHROUGH_PREFIX = 'http://schemas.auth0.com/';

const ENTRA_DEFAULT_SET: ReadonlySet<string> = new Set(ENTRA_DEFAULT_CLAIMS);

const HTTP_NAME = /^http:\/\//i;

/** A claim Flex never uses and that only adds personal data and size (see the `unused-claims` rule). */
export function isNoiseClaim(key: string): boolean {
  // Every noise claim is an http:// name: the rest are told apart without lower-casing them.
  if (!HTTP_NAME.test(key)) return false;
  const lower = key.toLowerCase();
  return ENTRA_DEFAULT_SET.has(lower) || lower.startsWith(AUTH0_PASSTHROUGH_PREFIX);
}

const EMAIL: ClaimMapping = { intended: 'email' };
const FULL_NAME: ClaimMapping = { intended: 'full_name' };
const NAME_PART: ClaimMapping = { intended: 'full_name', note: 'joinNames' };
const ROLES: ClaimMapping = { intended: 'roles' };
const BY_VALUE: ClaimMapping = { byValue: true };
const NOISE: ClaimMapping = { note: 'noise' };

/** Whole namespaced claim names from the claim-name table, lower-cased. */
const NAMESPACED_CLAIMS: ReadonlyMap<string, ClaimMapping> = new Map<string, ClaimMapping>([
  [`${MS_CLAIMS}displayname`, FULL_NAME],
  [`${MS_WS_CLAIMS}role`, ROLES],
  [`${MS_WS_CLAIMS}groups`, { intended: 'roles', note: 'groupIds' }],
  ['http://schemas.microsoft.com/claims/groups.link', { note: 'overage' }],
  ['http://schemas.xmlsoap.org/claims/group', { intended: 'roles', note: 'groupNames' }],
  [`${MS_CLAIMS}objectidentifier`, NOISE],
  [`${MS_CLAIMS}tenantid`, NOISE],
  [`${MS_CLAIMS}identityprovider`, NOISE],
  ['http://schemas.microsoft.com/claims/authnmethodsreferences', NOISE],
  // X.500 / eduPerson OIDs (Keycloak's X500 mapper, Shibboleth, Ping).
  ['urn:oid:0.9.2342.19200300.100.1.3', EMAIL],
  ['urn:oid:1.2.840.113549.1.9.1', EMAIL],
  ['urn:oid:2.16.840.1.113730.3.1.241', FULL_NAME],
  ['urn:oid:2.5.4.3', FULL_NAME],
  ['urn:oid:2.5.4.42', NAME_PART],
  ['urn:oid:2.5.4.4', NAME_PART],
]);

/**
 * The last segment of a namespaced claim (`…/claims/<segment>`), lower-cased. Covers both the
 * xmlsoap and the microsoft claim namespaces and hand-made namespaces that reuse the same names.
 */
const CLAIM_SEGMENTS: ReadonlyMap<string, ClaimMapping> = new Map<string, ClaimMapping>([
  ['emailaddress', EMAIL],
  ['email', EMAIL],
  ['upn', EMAIL],
  ['name', BY_VALUE],
  ['givenname', NAME_PART],
  ['surname', NAME_PART],
  ['displayname', FULL_NAME],
  ['nameidentifier', { note: 'nameId' }],
  ['role', ROLES],
  ['roles', ROLES],
  ['groups', ROLES],
  ['group', { intended: 'roles', note: 'groupNames' }],
  ['employeeid', { intended: 'agent_id' }],
  ['mobilephone', { intended: 'phone' }],
]);

const SEPARATORS = /[\s_.-]+/g;

function normalise(name: string): string {
  return name.toLowerCase().replace(SEPARATORS, '');
}

/**
 * Hand-typed names, normalised (lower case, no `_`, `-`, `.` or spaces), and the attribute each
 * probably stands for. The Flex names themselves are added below, so `Full_Name`, `FULL-NAME` and
 * `fullName` all land on `full_name`.
 */
const SYNONYMS: ReadonlyMap<string, ClaimMapping> = (() => {
  const map = new Map<string, ClaimMapping>([
    ['mail', EMAIL],
    ['emailaddress', EMAIL],
    ['useremail', EMAIL],
    ['usermail', EMAIL],
    ['name', BY_VALUE],
    ['displayname', FULL_NAME],
    ['userfullname', FULL_NAME],
    ['userdisplayname', FULL_NAME],
    ['firstname', NAME_PART],
    ['lastname', NAME_PART],
    ['givenname', NAME_PART],
    ['surname', NAME_PART],
    ['userfirstname', NAME_PART],
    ['userlastname', NAME_PART],
    ['role', ROLES],
    ['userroles', ROLES],
    ['groups', { intended: 'roles', note: 'groupNames' }],
    ['group', { intended: 'roles', note: 'groupNames' }],
    ['memberof', { intended: 'roles', note: 'groupNames' }],
    ['usertype', ROLES],
    ['flexrole', ROLES],
    ['flexroles', ROLES],
    ['imageurl', { intended: 'image_url' }],
    ['contacturi', { intended: 'contact_uri' }],
  ]);
  for (const name of FLEX_ATTRIBUTES) {
    const normalised = normalise(name);
    if (!map.has(normalised)) map.set(normalised, { intended: name });
  }
  return map;
})();

function lastSegment(lowerKey: string): string {
  const cut = Math.max(lowerKey.lastIndexOf('/'), lowerKey.lastIndexOf(':'), lowerKey.lastIndexOf('#'));
  return lowerKey.slice(cut + 1);
}

function lookupUncached(key: string): ClaimMapping | undefined {
  if (isFlexAttribute(key)) return { intended: key };
  if (isNamespacedClaim(key)) {
    const lower = key.toLowerCase();
    const exact = NAMESPACED_CLAIMS.get(lower);
    if (exact) return exact;
    if (lower.startsWith(AUTH0_PASSTHROUGH_PREFIX)) return NOISE;
    const segment = lastSegment(lower);
    return CLAIM_SEGMENTS.get(segment) ?? SYNONYMS.get(normalise(segment));
  }
  // Very long keys are never a synonym; skip normalising them.
  return key.length > 64 ? undefined : SYNONYMS.get(normalise(key));
}

// The same few dozen keys recur on every worker of an organisation, and several rules ask about each
// key: remember the answers. Bounded, so a stream of hostile keys cannot grow it without limit.
const LOOKUP_CACHE_SIZE = 4096;
const lookupCache = new Map<string, ClaimMapping | null>();

/**
 * What the claim-name table says about a key, before looking at values or at the other attributes.
 * Exact Flex names map to themselves; unknown custom names map to nothing (undefined).
 */
export function lookupClaim(key: string): ClaimMapping | undefined {
  const cached = lookupCache.get(key);
  if (cached !== undefined) return cached ?? undefined;
  const mapping = lookupUncached(key);
  if (lookupCache.size >= LOOKUP_CACHE_SIZE) lookupCache.clear();
  if (key.length <= 256) lookupCache.set(key, mapping ?? null);
  return mapping;
}

// Deliberately loose: it only decides whether a "name" claim holds an address or a person's name.
const LOOKS_LIKE_ADDRESS = /^[^\s@]+@[^\s@]+$/;

function firstString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return undefined;
}

/**
 * The Flex attribute a key was probably meant as, or undefined when it maps to nothing Flex reads.
 * An exact Flex name returns itself, except `role` (an Insights attribute) which stands for `roles`
 * while `roles` is missing. A `name` claim is `email` when its value is an address, else `full_name`.
 */
export function intendedAttribute(key: string, value: unknown, allAttributes: WorkerAttributes): string | undefined {
  if (key === 'role') return hasAttribute(allAttributes, 'roles') ? 'role' : 'roles';
  const mapping = lookupClaim(key);
  if (!mapping) return undefined;
  if (mapping.byValue) {
    const text = firstString(value)?.trim();
    return text !== undefined && text.length <= 320 && LOOKS_LIKE_ADDRESS.test(text) ? 'email' : 'full_name';
  }
  return mapping.intended;
}

/** How directly a key stands for an attribute: a plain synonym beats a value guess, a group list comes last. */
function closeness(key: string): number {
  if (key === 'role') return 0;
  const mapping = lookupClaim(key);
  if (!mapping || (!mapping.byValue && mapping.note === undefined)) return 0;
  return mapping.note === 'groupIds' || mapping.note === 'groupNames' ? 2 : 1;
}

/**
 * The keys, other than the attribute itself, that were probably meant as `attribute`: the most
 * direct stand-in first (`…/emailaddress` before `…/name`, `Role` before `groups`), then key order.
 */
export function keysProbablyMeaning(attribute: string, attributes: WorkerAttributes): string[] {
  const keys: string[] = [];
  for (const key of Object.keys(attributes)) {
    if (key !== attribute && intendedAttribute(key, attributes[key], attributes) === attribute) keys.push(key);
  }
  // Array.prototype.sort is stable: key order is kept among equally close keys.
  return keys.length > 1 ? keys.sort((a, b) => closeness(a) - closeness(b)) : keys;
}
