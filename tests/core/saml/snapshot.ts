/**
 * A valid enhanced-SSO response as plain data — signed Response and Assertion that verify, an email
 * NameID, email / full_name / roles, times around a fixed "now" — and a way to override any part of
 * it per test case. Overrides are plain JSON (testRule compares cases by their JSON), and `null`
 * removes a field: `{ saml: { destination: null } }` is a response without a Destination.
 */
import type { Rule } from '../../../src/core/types';
import { withoutUndefined } from '../../../src/core/objects';
import { enhancedAcsUrl, enhancedEntityId } from '../../../src/core/flexUrls';
import { predictWorkerAttributes } from '../../../src/core/predict';
import type {
  CaptureInfo,
  CertificateInfo,
  SamlContext,
  SamlRuleContext,
  SamlSnapshot,
  SignatureInfo,
} from '../../../src/core/samlTypes';
import type { DiagnosticsConfig } from '../../../src/core/types';
import { testRule, type RuleTable } from '../ruleTester';

export const NOW = '2025-06-02T09:00:00.000Z';
export const ACCOUNT_SID = 'AC0123456789abcdef0123456789abcdef';
export const OTHER_ACCOUNT_SID = 'AC99999999999999999999999999999999';
export const CONNECTION_SID = 'JQfedcba9876543210fedcba9876543210';
export const OTHER_CONNECTION_SID = 'JQ11111111111111111111111111111111';
export const ISSUER = 'http://www.okta.com/exk1a2b3c4d5e6f7g8h9';
export const ACS_URL = enhancedAcsUrl(CONNECTION_SID);
export const ENTITY_ID = enhancedEntityId(CONNECTION_SID);

const RSA_SHA256 = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256';
const SHA256 = 'http://www.w3.org/2001/04/xmlenc#sha256';

/** Milliseconds relative to NOW, as ISO-8601. */
export function at(offsetMs: number): string {
  return new Date(Date.parse(NOW) + offsetMs).toISOString();
}
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export const CERT: CertificateInfo = {
  subject: 'CN=dev-123456.okta.com',
  issuer: 'CN=dev-123456.okta.com',
  notBefore: '2024-01-01T00:00:00.000Z',
  notAfter: '2030-01-01T00:00:00.000Z',
  sha1: 'AB'.repeat(20),
  sha256: 'A1'.repeat(32),
  serialNumber: '0189ABCDEF',
  publicKey: 'RSA 2048',
};

export const OTHER_CERT: CertificateInfo = { ...CERT, subject: 'CN=rotated.okta.com', sha256: 'B2'.repeat(32) };

/** Overrides for `signature`: a property given as `undefined` is left out (no KeyInfo, no result). */
type SignatureOverrides = Partial<Omit<SignatureInfo, 'keyInfoCertificate' | 'keyInfoResult'>> & {
  readonly keyInfoCertificate?: SignatureInfo['keyInfoCertificate'] | undefined;
  readonly keyInfoResult?: SignatureInfo['keyInfoResult'] | undefined;
};

/**
 * A signature on `on`; `verifiedAgainst` follows from the results given (as the verifier derives it)
 * unless it is given too.
 */
export function signature(on: SignatureInfo['on'], overrides: SignatureOverrides = {}): SignatureInfo {
  const parentId = on === 'response' ? '_resp' : '_assert';
  const base = withoutUndefined({
    on,
    location:
      on === 'response' ? 'Response' : on === 'assertion' ? 'Response/Assertion' : 'Response/Extensions/Response',
    parentId,
    referenceUris: [`#${parentId}`],
    referencesParent: true,
    signatureMethod: RSA_SHA256,
    digestMethods: [SHA256],
    canonicalizationMethod: 'http://www.w3.org/2001/10/xml-exc-c14n#',
    keyInfoCertificate: CERT,
    keyInfoResult: { status: 'valid' },
    configuredResults: [{ sha256: CERT.sha256, result: { status: 'valid' } }],
    ...overrides,
  } as const);
  const verifiedAgainst: SignatureInfo['verifiedAgainst'] = base.configuredResults.some(
    (c) => c.result.status === 'valid',
  )
    ? 'configured'
    : base.keyInfoResult?.status === 'valid'
      ? 'embedded'
      : 'nothing';
  return { verifiedAgainst, ...base };
}

type Assertion = NonNullable<SamlSnapshot['assertion']>;

export function baseAssertion(): Assertion {
  return {
    id: '_assert',
    issuer: ISSUER,
    issueInstant: at(-2000),
    nameId: 'ana.lima@example.com',
    nameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    subjectConfirmation: { recipient: ACS_URL, notOnOrAfter: at(5 * MINUTE), inResponseTo: '_req1' },
    conditions: { notBefore: at(-5 * MINUTE), notOnOrAfter: at(5 * MINUTE), audiences: [ENTITY_ID] },
    authnInstant: at(-3000),
    sessionNotOnOrAfter: at(10 * HOUR),
    attributes: [
      { name: 'email', values: ['ana.lima@example.com'] },
      { name: 'full_name', values: ['Ana Lima'] },
      { name: 'roles', values: ['agent'] },
    ],
  };
}

export function baseSnapshot(): SamlSnapshot {
  return {
    kind: 'response',
    responseId: '_resp',
    issuer: ISSUER,
    destination: ACS_URL,
    inResponseTo: '_req1',
    issueInstant: at(-2000),
    status: { code: 'urn:oasis:names:tc:SAML:2.0:status:Success' },
    assertionCount: 1,
    encryptedAssertionCount: 0,
    assertion: baseAssertion(),
    signatures: [signature('response'), signature('assertion')],
    configuredCertificates: [CERT],
  };
}

export function baseCapture(): CaptureInfo {
  return { source: 'har', capturedAt: NOW, postedTo: ACS_URL };
}

export function baseContext(): SamlContext {
  return {
    accountSid: ACCOUNT_SID,
    connectionSid: CONNECTION_SID,
    region: 'us1',
    expectedIssuer: ISSUER,
    hasConfiguredCertificates: true,
    analyzedAt: NOW,
  };
}

/** Every field optional; `null` removes it. */
export type Override<T> = { [K in keyof T]?: T[K] | null };

export interface SamlCase {
  saml?: Override<Omit<SamlSnapshot, 'assertion'>>;
  /** Overrides of the assertion's fields; `null` = no readable assertion. */
  assertion?: Override<Assertion> | null;
  /** The assertion is encrypted: no readable assertion, one EncryptedAssertion. */
  encrypted?: boolean;
  capture?: Override<CaptureInfo>;
  context?: Override<SamlContext>;
  /** The worker's current attributes (for saml+worker rules). */
  worker?: Record<string, unknown>;
}

function apply<T extends object>(base: T, overrides: Override<T> | undefined): T {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(overrides ?? {})) {
    if (value === null) delete out[key];
    else if (value !== undefined) out[key] = value;
  }
  return out as T;
}

export function buildSnapshot(input: SamlCase = {}): SamlSnapshot {
  const snapshot = apply<SamlSnapshot>(baseSnapshot(), input.saml as Override<SamlSnapshot>);
  if (input.encrypted) {
    const { assertion: _dropped, ...rest } = snapshot;
    return {
      ...rest,
      assertionCount: 0,
      encryptedAssertionCount: 1,
      signatures: snapshot.signatures.filter((s) => s.on !== 'assertion'),
    };
  }
  if (input.assertion === null) {
    const { assertion: _dropped, ...rest } = snapshot;
    return rest;
  }
  return { ...snapshot, assertion: apply(baseAssertion(), input.assertion) };
}

export function buildContext(input: SamlCase, expectations: DiagnosticsConfig): SamlRuleContext {
  const saml = buildSnapshot(input);
  return {
    saml,
    capture: apply(baseCapture(), input.capture),
    context: apply(baseContext(), input.context),
    expectations,
    predicted: predictWorkerAttributes(saml.assertion?.attributes ?? [], expectations.channels),
    ...(input.worker ? { worker: { attributes: input.worker } } : {}),
  };
}

/** `testRule` for a saml rule, with cases written as overrides of the valid baseline. */
export function testSamlRule(rule: Rule<SamlRuleContext>, table: RuleTable<SamlCase>): void {
  testRule(rule, table, buildContext);
}
