/**
 * Small facts the `idp-config` rules share: which export carries what (for "not checked" reasons),
 * certificate matching and dates, URL comparisons. Kept out of the rule folder so every file there is a rule.
 */
import { idpName } from './idp';
import type { IdpCertificate, IdpConfigKind, IdpConfigRuleContext, IdpConfigSnapshot } from './idpConfigTypes';
import { isUnreadable } from './idpConfigTypes';
import type { CertificateInfo } from './samlTypes';
import type { NotCheckedReport } from './types';

const METADATA =
  "the IdP's SAML metadata (AD FS: https://<fs-host>/FederationMetadata/2007-06/FederationMetadata.xml; Entra ID: Single sign-on › SAML Certificates › Federation Metadata XML)";
const APP_EXPORT =
  "the app's own export (AD FS relying party trust, Entra app manifest, Okta app, Keycloak client or Auth0 application)";
const SAML_ANALYZER = 'a captured SAML response in the SAML analyzer';

/** The facts rules read, by name, for "which export would carry it". */
export type IdpFact =
  | 'issuer'
  | 'ssoServices'
  | 'certificates'
  | 'acs'
  | 'entityIds'
  | 'signing'
  | 'algorithm'
  | 'encryption'
  | 'claims'
  | 'nameId'
  | 'relayState'
  | 'entraServicePrincipal';

const ENTRA: readonly IdpConfigKind[] = ['entra-manifest', 'entra-service-principal'];

export function isEntraKind(kind: IdpConfigKind): boolean {
  return ENTRA.includes(kind);
}

export function isAdfsKind(kind: IdpConfigKind): boolean {
  return kind === 'adfs-trust' || kind === 'adfs-claim-rules';
}

/** Where the fact lives instead, for this export kind: the detail of a `notInExport` reason. */
export function carriedElsewhere(fact: IdpFact, kind: IdpConfigKind): string {
  switch (fact) {
    case 'issuer':
    case 'ssoServices':
      return `Only ${METADATA} carries it.`;
    case 'certificates':
      return `Check ${METADATA}${isEntraKind(kind) ? ' or the Entra service principal (keyCredentials)' : ''}.`;
    case 'claims':
      if (isEntraKind(kind)) return `Entra exports hold no Attributes & Claims: check ${SAML_ANALYZER}.`;
      if (kind === 'auth0-client')
        return `Auth0 claims are mostly set by Actions, which the client export does not hold: check ${SAML_ANALYZER}.`;
      if (kind === 'saml-metadata')
        return `Metadata lists what the IdP can send, not what it sends: check ${APP_EXPORT}.`;
      return `Check ${SAML_ANALYZER}.`;
    case 'nameId':
      if (isEntraKind(kind)) return `Entra exports hold no Name ID setting: check ${SAML_ANALYZER}.`;
      if (kind === 'saml-metadata')
        return `Metadata's NameIDFormats are capabilities, not the setting: check ${APP_EXPORT}.`;
      return `Check ${SAML_ANALYZER}.`;
    case 'signing':
    case 'algorithm':
    case 'encryption':
      if (isEntraKind(kind)) return `Entra exports hold no signing option: check ${SAML_ANALYZER}.`;
      return `Check ${APP_EXPORT}, or ${SAML_ANALYZER}.`;
    case 'acs':
    case 'entityIds':
      if (kind === 'saml-metadata')
        return `Metadata describes the IdP; any ACS in it is the IdP's own. Check ${APP_EXPORT}.`;
      return `Check ${APP_EXPORT}.`;
    case 'relayState':
      return 'Only the Okta app and the Entra service principal carry a default RelayState.';
    case 'entraServicePrincipal':
      return 'Only the Entra service principal (GET /servicePrincipals/{id}) carries it.';
  }
}

export function notInExport(fact: IdpFact, kind: IdpConfigKind): { readonly notChecked: NotCheckedReport } {
  return { notChecked: { reasonId: 'notInExport', detail: carriedElsewhere(fact, kind) } };
}

/** For the Entra-only rules on another kind of export. */
export function entraOnly(): { readonly notChecked: NotCheckedReport } {
  return {
    notChecked: { reasonId: 'notApplicable', detail: 'Entra ID app settings exist only in Entra exports.' },
  };
}

export function isTruncated(snapshot: IdpConfigSnapshot, fact: NonNullable<IdpConfigSnapshot['truncated']>[number]) {
  return snapshot.truncated?.includes(fact) === true;
}

/** The profile name for messages ("Microsoft AD FS"). */
export function idpLabel(ctx: IdpConfigRuleContext): string {
  return idpName(ctx.idpConfig.idp);
}

// ------------------------------------------------------------------------------------- comparisons

/**
 * How two URLs or issuers differ, for the "called out" cases of idp-config.md: exact after trimming;
 * otherwise only by a trailing slash, only by http/https, or otherwise.
 */
export function compareExact(actual: string, expected: string): 'same' | 'trailingSlash' | 'scheme' | 'different' {
  const a = actual.trim();
  const b = expected.trim();
  if (a === b) return 'same';
  const noSlash = (s: string) => s.replace(/\/+$/, '');
  if (noSlash(a) === noSlash(b)) return 'trailingSlash';
  const noScheme = (s: string) => s.replace(/^https?:\/\//i, '');
  if (/^https?:\/\//i.test(a) && /^https?:\/\//i.test(b) && noScheme(a) === noScheme(b)) return 'scheme';
  return 'different';
}

/** The closest of `candidates` to `expected`, with how it differs, or undefined when none is close. */
export function nearMiss(
  candidates: readonly string[],
  expected: string,
): { readonly value: string; readonly how: 'trailingSlash' | 'scheme' } | undefined {
  for (const value of candidates) {
    const how = compareExact(value, expected);
    if (how === 'trailingSlash' || how === 'scheme') return { value, how };
  }
  return undefined;
}

/** Completes "… differs from it only by …". */
export const DIFFERENCE_TEXT = {
  trailingSlash: 'a trailing slash, which is still a mismatch',
  scheme: 'http / https, which is still a mismatch',
} as const;

// ------------------------------------------------------------------------------------- certificates

export const normaliseThumbprint = (t: string) => t.replace(/[^0-9a-f]/gi, '').toUpperCase();

type Thumbprints = Pick<Partial<CertificateInfo>, 'sha1' | 'sha256'>;

/** The same certificate: by SHA-256 when both have one, else by SHA-1 (Entra key credentials without `key`). */
export function sameCertificate(a: Thumbprints, b: Thumbprints): boolean {
  if (a.sha256 && b.sha256) return normaliseThumbprint(a.sha256) === normaliseThumbprint(b.sha256);
  if (a.sha1 && b.sha1) return normaliseThumbprint(a.sha1) === normaliseThumbprint(b.sha1);
  return false;
}

/** The IdP's signing certificates (a KeyDescriptor without `use` signs too), each once. */
export function signingCertificates(snapshot: IdpConfigSnapshot): IdpCertificate[] {
  const out: IdpCertificate[] = [];
  for (const certificate of snapshot.certificates ?? []) {
    if (certificate.use === 'encryption') continue;
    if (out.some((seen) => sameCertificate(seen, certificate))) continue;
    out.push(certificate);
  }
  return out;
}

/** The certificate's best thumbprint for messages: SHA-1 (what AD FS and Entra show) with SHA-256 beside it. */
export function thumbprintText(certificate: Thumbprints): string {
  const parts: string[] = [];
  if (certificate.sha1) parts.push(`SHA-1 ${normaliseThumbprint(certificate.sha1)}`);
  if (certificate.sha256) parts.push(`SHA-256 ${normaliseThumbprint(certificate.sha256)}`);
  return parts.join(', ') || 'no thumbprint';
}

export function certificateLabel(certificate: Partial<CertificateInfo> & { readonly position?: number }): string {
  if (certificate.subject) return `"${certificate.subject}"`;
  return certificate.position !== undefined ? `certificate ${certificate.position}` : 'a certificate';
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "15 Nov 2026": a date as admins read it, in UTC (the data keeps the ISO time). */
export function formatDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

export const DAY_MS = 86_400_000;

/**
 * AD FS promotes a new (secondary) token-signing certificate to primary `CertificatePromotionThreshold`
 * days after it creates it; the default is 5 days.
 */
export const ADFS_PROMOTION_DAYS = 5;

export function unreadableSigning(snapshot: IdpConfigSnapshot): boolean {
  const signing = snapshot.signing;
  return signing !== undefined && (isUnreadable(signing.response) || isUnreadable(signing.assertion));
}

// ------------------------------------------------------------------------------------- claims

/** The bare and namespaced names the IdP emits. */
export function claimNames(snapshot: IdpConfigSnapshot): ReadonlySet<string> {
  return new Set((snapshot.claims ?? []).map((c) => c.name));
}

/**
 * The emitted claims as attribute keys with empty values, for the claim-name table
 * (`keysProbablyMeaning`, `intendedAttribute`). Claims a Name ID rule consumes are left out.
 */
export function claimsAsAttributes(snapshot: IdpConfigSnapshot): Readonly<Record<string, string>> {
  // No prototype: a claim named "__proto__" or "constructor" is just a name.
  const out = Object.create(null) as Record<string, string>;
  for (const claim of snapshot.claims ?? []) if (!claim.consumedByNameId) out[claim.name] = '';
  return out;
}

/** "Rule 3 and "Send groups" could not be read …", or '' when every rule was read. */
export function unreadableRulesText(snapshot: IdpConfigSnapshot): string {
  const rules = snapshot.unreadableRules ?? [];
  if (rules.length === 0) return '';
  const names = rules.map((r) => (r.name ? `"${r.name}"` : `rule ${r.position}`)).join(', ');
  return `The claim rule${rules.length > 1 ? 's' : ''} ${names} could not be read and may emit it.`;
}

/** "not checked" for the IdP's signing certificates the reader could not parse, by position; undefined when none. */
export function unreadableCertificatesReport(snapshot: IdpConfigSnapshot): NotCheckedReport | undefined {
  const unreadable = (snapshot.unreadableCertificates ?? []).filter((u) => u.use !== 'encryption');
  if (unreadable.length === 0) return undefined;
  return {
    reasonId: 'unreadableInExport',
    detail: `The IdP's certificate ${unreadable.map((u) => u.position).join(', ')} could not be read and was skipped.`,
  };
}
