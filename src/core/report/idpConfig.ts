/**
 * The `idpConfig` section of a report (`check-idp --format json`, the Setup panel's exports): the
 * snapshot's facts in the public JSON shape of idp-config.md. Absent facts are null, never guessed;
 * certificates give identity and validity only (no body); thumbprints upper-case hex.
 */
import { isUnreadable, type IdpConfigSnapshot, type SigningFact } from '../idpConfigTypes';

export interface ReportIdpCertificate {
  readonly subject: string | null;
  readonly notBefore: string | null;
  readonly notAfter: string | null;
  readonly sha1: string | null;
  readonly sha256: string | null;
  readonly active?: boolean;
}

export interface ReportIdpConfig {
  readonly kind: IdpConfigSnapshot['kind'];
  readonly name: string | null;
  readonly entityId: string | null;
  readonly ssoServices: readonly { readonly binding: string; readonly location: string }[] | null;
  /** Signing certificates only (metadata `use="signing"` or no `use`; Entra `Verify`). */
  readonly certificates: readonly ReportIdpCertificate[] | null;
  /** null when the export does not carry them, or carries them in a form that could not be read. */
  readonly acsUrls: readonly string[] | null;
  readonly spEntityIds: readonly string[] | null;
  readonly signing: { readonly response: boolean | null; readonly assertion: boolean | null } | null;
  readonly signatureAlgorithm: string | null;
  readonly digestAlgorithm: string | null;
  readonly encryption: boolean | null;
  readonly nameId: { readonly format: string | null; readonly source: string | null } | null;
  readonly claims: readonly { readonly name: string; readonly source: string | null }[] | null;
  /** Entra: who is told before the signing certificate expires. Personal data: redacted by default. */
  readonly notificationEmailAddresses?: readonly string[];
}

function signingFact(fact: SigningFact): boolean | null {
  return isUnreadable(fact) ? null : fact;
}

export function idpConfigSection(snapshot: IdpConfigSnapshot): ReportIdpConfig {
  const acs = snapshot.acsUrls;
  return {
    kind: snapshot.kind,
    name: snapshot.name ?? null,
    entityId: snapshot.entityId ?? null,
    ssoServices: snapshot.ssoServices
      ? snapshot.ssoServices.map((s) => ({ binding: s.binding, location: s.location }))
      : null,
    certificates: snapshot.certificates
      ? snapshot.certificates
          .filter((c) => c.use !== 'encryption')
          .map((c) => ({
            subject: c.subject ?? null,
            notBefore: c.notBefore ?? null,
            notAfter: c.notAfter ?? null,
            sha1: c.sha1 ?? null,
            sha256: c.sha256 ?? null,
            ...(c.active !== undefined ? { active: c.active } : {}),
          }))
      : null,
    acsUrls: acs === undefined || isUnreadable(acs) ? null : [...acs],
    spEntityIds: snapshot.spEntityIds ? [...snapshot.spEntityIds] : null,
    signing: snapshot.signing
      ? { response: signingFact(snapshot.signing.response), assertion: signingFact(snapshot.signing.assertion) }
      : null,
    signatureAlgorithm: snapshot.signatureAlgorithm ?? null,
    digestAlgorithm: snapshot.digestAlgorithm ?? null,
    encryption: snapshot.encryption ?? null,
    nameId: snapshot.nameId ? { format: snapshot.nameId.format, source: snapshot.nameId.source } : null,
    claims: snapshot.claims ? snapshot.claims.map((c) => ({ name: c.name, source: c.source })) : null,
    ...(snapshot.notificationEmailAddresses
      ? { notificationEmailAddresses: [...snapshot.notificationEmailAddresses] }
      : {}),
  };
}
