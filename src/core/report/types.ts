/**
 * The report format shared by the plugin's "Download JSON" / "Copy report" and the CLI's JSON and
 * Markdown output. Field names are a public contract: other tools read them.
 */
import type { CertificateInfo } from '../samlTypes';
import type { ReportIdpConfig } from './idpConfig';
import type { DocLink, IdpChoice, IdpId, Severity } from '../types';

export interface ReportFix {
  readonly idp: IdpId;
  readonly steps: readonly string[];
  readonly links: readonly DocLink[];
}

export interface ReportFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly messageId: string;
  readonly message: string;
  readonly path?: string;
  /** For findings on attributes predicted from a SAML response: the SAML attribute it came from. */
  readonly samlAttribute?: string;
  readonly fix: ReportFix;
}

export interface ReportNotChecked {
  readonly ruleId: string;
  readonly reason: string;
}

/** A worker's finding in a team report: the fix is given once per rule, in `rules`. */
export interface ReportWorkerFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly messageId: string;
  readonly message: string;
  readonly path?: string;
}

/** The worker a report is about (My sign-in, or the worker a SAML response is compared with). */
export interface ReportSubject {
  readonly sid?: string;
  readonly name?: string;
  readonly identity?: string;
  readonly email?: string;
  readonly roles?: readonly string[];
  readonly tokenRoles?: readonly string[];
  /** Attribute values; redacted ones are replaced by short stable codes. */
  readonly attributes?: Readonly<Record<string, unknown>>;
}

export interface ReportWorker {
  readonly sid?: string;
  /** The IdP detected for this worker (the report's `idp` is the team's). */
  readonly idp?: IdpId;
  readonly name?: string;
  readonly email?: string;
  readonly roles: readonly string[];
  readonly errors: number;
  readonly warnings: number;
  readonly info: number;
  readonly findings: readonly ReportWorkerFinding[];
}

export interface ReportRuleSummary {
  readonly ruleId: string;
  /** Workers the rule hits. */
  readonly workers: number;
  readonly fix: ReportFix;
}

export interface ReportSignature {
  readonly on: string;
  readonly signatureMethod: string;
  readonly digestMethods: readonly string[];
  /** SHA-256 thumbprint of the certificate in KeyInfo, when there is one. */
  readonly keyInfoSha256?: string;
  readonly keyInfoResult?: string;
  readonly configuredResults: readonly { readonly sha256: string; readonly result: string }[];
  /** What it verified against: `configured` (trusted), `embedded` (only the response's own certificate), `nothing`. */
  readonly verifiedAgainst: string;
  /** The same in words: "trusted (matches the configured certificate)", "valid against the certificate in the response only; …". */
  readonly verdict: string;
}

/** A certificate as reports show it: its identity and validity, never its body. */
export type ReportCertificate = Pick<
  CertificateInfo,
  'subject' | 'issuer' | 'notBefore' | 'notAfter' | 'sha1' | 'sha256'
>;

export interface ReportSaml {
  readonly source: string;
  readonly capturedAt?: string;
  readonly postedTo?: string;
  readonly relayState?: string;
  readonly kind: 'response' | 'assertion';
  /**
   * Whether the root Response and its Assertion are covered by a signature placed on them (verified or
   * not; see the signatures): when false, that part's fields are the sender's word only.
   */
  readonly signedContent: { readonly response: boolean; readonly assertion: boolean };
  readonly issuer?: string;
  readonly destination?: string;
  readonly inResponseTo?: string;
  readonly issueInstant?: string;
  readonly status?: { readonly code?: string; readonly subCode?: string; readonly message?: string };
  readonly nameId?: string;
  readonly nameIdFormat?: string;
  readonly audiences: readonly string[];
  readonly notBefore?: string;
  readonly notOnOrAfter?: string;
  readonly sessionNotOnOrAfter?: string;
  readonly assertionCount: number;
  readonly encryptedAssertionCount: number;
  readonly attributes: readonly { readonly name: string; readonly values: readonly string[] }[];
  /** The worker attributes Flex is predicted to write. */
  readonly predicted: Readonly<Record<string, unknown>>;
  /**
   * With a worker to compare: what the next sign-in changes on it (the analyzer's "difference from the
   * worker" table, from the comparison `idp-overwrites-edit` and `stale-claim` report), keys only.
   */
  readonly workerChanges?: readonly { readonly key: string; readonly change: 'changed' | 'added' | 'stale' }[];
  /** Signature values and certificate bodies are never included. */
  readonly signatures: readonly ReportSignature[];
  readonly certificates: readonly ReportCertificate[];
}

export interface ReportJson {
  readonly findings: readonly ReportFinding[];
  readonly notChecked: readonly ReportNotChecked[];
  readonly idp: IdpChoice;
  /** True when people's data was replaced by short codes (the default). */
  readonly redacted: boolean;
  /** My sign-in, and the worker a SAML response is compared with. */
  readonly worker?: ReportSubject;
  /** Team reports. */
  readonly workers?: readonly ReportWorker[];
  /** Team reports: every rule that hits workers, with the count and the fix (once per rule). */
  readonly rules?: readonly ReportRuleSummary[];
  /** Team reports: why the list is incomplete. */
  readonly partial?: string;
  /** Analyzer reports. */
  readonly saml?: ReportSaml;
  /** IdP configuration checks (Setup, `check-idp`). */
  readonly idpConfig?: ReportIdpConfig;
}
