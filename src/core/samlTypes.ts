/**
 * A SAML Response (or bare Assertion) as plain data. `src/saml/` produces it from text — it is the
 * only code that touches XML or crypto — and the `saml` rules in `src/core/` judge it. Times are
 * ISO-8601 strings exactly as sent; signature verification has already happened and is recorded here.
 */
import type { DiagnosticsConfig, FindingData, Rule, SsoType, WorkerSnapshot } from './types';

export interface CertificateInfo {
  readonly subject: string;
  readonly issuer: string;
  /** ISO-8601. */
  readonly notBefore: string;
  readonly notAfter: string;
  /** Upper-case hex, no separators. */
  readonly sha1: string;
  readonly sha256: string;
  readonly serialNumber: string;
  /** Key algorithm and size, e.g. "RSA 2048". */
  readonly publicKey: string;
}

/**
 * Where a signature sits, by position from the root and never by name alone: `response` only as a
 * direct child of the root Response; `assertion` only as a direct child of the root Assertion or of
 * the root Response's own Assertion child. Anywhere else (inside a wrapper, in Extensions) is `other`.
 */
export type SignedElement = 'response' | 'assertion' | 'other';

export type VerificationResult =
  | { readonly status: 'valid' }
  | { readonly status: 'invalid'; readonly reason: 'digest' | 'signature' }
  /**
   * Could not be verified: an unsupported algorithm or transform (named in `reason`), a malformed
   * value, an unreadable key, a missing or ambiguous reference target. Flex cannot verify it either.
   */
  | { readonly status: 'error'; readonly reason: string };

/**
 * What a signature was shown to be valid against: a certificate configured in Flex (trusted); only
 * the certificate the response itself carries in KeyInfo (anyone can sign with a certificate of their
 * own, so that proves integrity, not origin); or nothing (it did not verify, or could not be checked).
 */
export type VerifiedAgainst = 'configured' | 'embedded' | 'nothing';

export interface SignatureInfo {
  /** Where the Signature sits (see SignedElement). */
  readonly on: SignedElement;
  /** The element path from the root to the element that carries it, e.g. "Response/Extensions/Response". */
  readonly location: string;
  /** The ID attribute of that element. */
  readonly parentId?: string;
  /** Every Reference URI in SignedInfo, as written (e.g. "#_abc"). */
  readonly referenceUris: readonly string[];
  /** True when the (single) Reference points at the element that carries the signature. */
  readonly referencesParent: boolean;
  readonly signatureMethod: string;
  readonly digestMethods: readonly string[];
  readonly canonicalizationMethod: string;
  /** The certificate in KeyInfo, when there is one that parses. */
  readonly keyInfoCertificate?: CertificateInfo;
  /** Verification against the KeyInfo certificate (absent when there is no KeyInfo certificate). */
  readonly keyInfoResult?: VerificationResult;
  /** Verification against each configured certificate, by its SHA-256 thumbprint. */
  readonly configuredResults: readonly { readonly sha256: string; readonly result: VerificationResult }[];
  /** What it verified against; see VerifiedAgainst. */
  readonly verifiedAgainst: VerifiedAgainst;
}

export interface SamlAttribute {
  readonly name: string;
  readonly friendlyName?: string;
  readonly nameFormat?: string;
  readonly values: readonly string[];
}

export interface SamlStatus {
  readonly code?: string;
  readonly subCode?: string;
  readonly message?: string;
}

export interface SamlSnapshot {
  /** What the document's root is. Flex expects a Response. */
  readonly kind: 'response' | 'assertion';
  readonly responseId?: string;
  readonly issuer?: string;
  readonly destination?: string;
  readonly inResponseTo?: string;
  readonly issueInstant?: string;
  readonly status?: SamlStatus;
  /** Number of plain `Assertion` elements anywhere in the document. */
  readonly assertionCount: number;
  readonly encryptedAssertionCount: number;
  /**
   * The content of the root Assertion, or of the root Response's own (first) Assertion child; never
   * an Assertion found anywhere else. Absent when there is none or the only one is encrypted.
   */
  readonly assertion?: {
    readonly id?: string;
    readonly issuer?: string;
    readonly issueInstant?: string;
    readonly nameId?: string;
    readonly nameIdFormat?: string;
    readonly subjectConfirmation?: {
      readonly recipient?: string;
      readonly notOnOrAfter?: string;
      readonly inResponseTo?: string;
    };
    readonly conditions?: {
      readonly notBefore?: string;
      readonly notOnOrAfter?: string;
      readonly audiences: readonly string[];
    };
    readonly authnInstant?: string;
    readonly sessionNotOnOrAfter?: string;
    readonly attributes: readonly SamlAttribute[];
  };
  readonly signatures: readonly SignatureInfo[];
  /** The configured certificates that were parsed, for reports (thumbprints, validity). */
  readonly configuredCertificates: readonly CertificateInfo[];
}

/** Where the evidence came from and when it was captured. */
export interface CaptureInfo {
  readonly source: 'xml' | 'base64' | 'deflate' | 'har' | 'saml-tracer';
  /** ISO-8601 capture time from a HAR entry or SAML-tracer export. */
  readonly capturedAt?: string;
  /** The capture gave a time that is not a readable date: the time is unknown, and the report says why. */
  readonly captureTimeUnreadable?: true;
  readonly relayState?: string;
  /** The URL the response was POSTed to, when the capture shows it. */
  readonly postedTo?: string;
}

/** What the saml rules know about the account. Anything absent makes dependent checks "not checked". */
export interface SamlContext {
  readonly accountSid?: string;
  readonly connectionSid?: string;
  readonly region: string;
  readonly ssoType?: SsoType;
  readonly expectedIssuer?: string;
  /** Configured certificates were given (their parse results are in the snapshot). */
  readonly hasConfiguredCertificates: boolean;
  /** ISO-8601 analysis time ("now", or `--now`). */
  readonly analyzedAt: string;
}

export interface SamlRuleContext {
  readonly saml: SamlSnapshot;
  readonly capture: CaptureInfo;
  readonly context: SamlContext;
  readonly expectations: DiagnosticsConfig;
  /** The same worker's current attributes, for `saml+worker` rules. */
  readonly worker?: WorkerSnapshot;
  /** The attributes Flex is predicted to write (see `predictWorkerAttributes`). */
  readonly predicted: PredictedAttributes;
}

export interface PredictedAttributes {
  readonly attributes: Readonly<Record<string, unknown>>;
  /** Predicted key → the SAML attribute Name it came from. */
  readonly sources: Readonly<Record<string, string>>;
  /** Typed claims that could not be converted (`saml-type-suffix-invalid` reports them). */
  readonly typeErrors: readonly {
    readonly claim: string;
    readonly messageId: 'typeCase' | 'value';
    readonly data: FindingData;
  }[];
}

export type SamlRule<M extends string = string> = Rule<SamlRuleContext, M>;
