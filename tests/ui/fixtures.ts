import { responseIdp } from '../../src/core/samlEvidence';
import type { CertificateInfo, PredictedAttributes, SamlSnapshot } from '../../src/core/samlTypes';
import type { WorkerSnapshot } from '../../src/core/types';
import { compareResponseWithWorker } from '../../src/core/workerComparison';
import type { AnalyzedEvidence } from '../../src/ui/types';
import { finding, result } from './testUtils';

export const cert: CertificateInfo = {
  subject: 'CN=okta-signing, O=Example',
  issuer: 'CN=okta-signing, O=Example',
  notBefore: '2024-01-01T00:00:00Z',
  notAfter: '2034-01-01T00:00:00Z',
  sha1: 'AB'.repeat(20),
  sha256: 'CD'.repeat(32),
  serialNumber: '01',
  publicKey: 'RSA 2048',
};

export function snapshot(overrides: Partial<SamlSnapshot> = {}): SamlSnapshot {
  return {
    kind: 'response',
    responseId: '_r1',
    issuer: 'http://www.okta.com/exk123',
    destination: 'https://login.flex.us1.twilio.com/login/callback?connection=JQ00000000000000000000000000000000',
    issueInstant: '2025-05-01T10:00:00Z',
    status: { code: 'urn:oasis:names:tc:SAML:2.0:status:Success' },
    assertionCount: 1,
    encryptedAssertionCount: 0,
    assertion: {
      id: '_a1',
      issuer: 'http://www.okta.com/exk123',
      nameId: 'dana@example.com',
      nameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
      conditions: {
        notBefore: '2025-05-01T09:59:00Z',
        notOnOrAfter: '2025-05-01T10:05:00Z',
        audiences: ['urn:flex:JQ00000000000000000000000000000000'],
      },
      attributes: [
        { name: 'email', values: ['dana@example.com'] },
        { name: 'full_name', values: ['Dana Scully'] },
        { name: 'Role', values: ['agent'] },
      ],
    },
    signatures: [
      {
        on: 'response',
        location: 'Response',
        parentId: '_r1',
        referenceUris: ['#_r1'],
        referencesParent: true,
        signatureMethod: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
        digestMethods: ['http://www.w3.org/2001/04/xmlenc#sha256'],
        canonicalizationMethod: 'http://www.w3.org/2001/10/xml-exc-c14n#',
        keyInfoCertificate: cert,
        keyInfoResult: { status: 'valid' },
        configuredResults: [{ sha256: cert.sha256, result: { status: 'invalid', reason: 'signature' } }],
        verifiedAgainst: 'embedded',
      },
    ],
    configuredCertificates: [cert],
    ...overrides,
  };
}

/** The analysis time of the fixtures: 646 days after the fixture response's NotOnOrAfter. */
export const ANALYZED_AT = '2027-02-06T10:05:00Z';

/**
 * One analysed response. The findings are made up; what the core decides from the response (its
 * issuer and IdP, the comparison with `worker`) is computed by the core functions themselves.
 */
export function evidence(
  overrides: { capturedAt?: string; issuer?: string; nameId?: string; worker?: WorkerSnapshot } = {},
): AnalyzedEvidence {
  const base = snapshot();
  const saml = snapshot({
    ...(overrides.issuer !== undefined ? { issuer: overrides.issuer } : {}),
    assertion: {
      ...(base.assertion as NonNullable<SamlSnapshot['assertion']>),
      nameId: overrides.nameId ?? 'dana@example.com',
    },
  });
  const predicted: PredictedAttributes = {
    attributes: { email: 'dana@example.com', full_name: 'Dana Scully', Role: 'agent' },
    sources: { email: 'email', full_name: 'full_name', Role: 'Role' },
    typeErrors: [],
  };
  return {
    capture: { source: 'har', capturedAt: overrides.capturedAt ?? '2025-05-01T10:00:05Z', relayState: 'rs-123' },
    saml,
    analysis: {
      result: result([
        finding('required-attribute-missing', 'error', {
          path: 'roles',
          fixKey: 'F-CLAIMS',
          message: 'roles is missing; Role was probably meant',
        }),
      ]),
      predicted,
      ...(saml.issuer !== undefined ? { issuer: saml.issuer } : {}),
      idp: responseIdp(saml, predicted, 'auto'),
      comparison: compareResponseWithWorker({
        saml,
        predicted,
        ...(overrides.worker ? { worker: overrides.worker } : {}),
      }),
      analyzedAt: ANALYZED_AT,
    },
  };
}
