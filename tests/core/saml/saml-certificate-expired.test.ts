import rule from '../../../src/core/rules/saml/saml-certificate-expired';
import { CERT, DAY, NOW, at, signature, testSamlRule } from './snapshot';

const withKeyInfoCert = (cert: typeof CERT) => ({
  saml: {
    signatures: [
      signature('response', { keyInfoCertificate: cert }),
      signature('assertion', { keyInfoCertificate: cert }),
    ],
  },
});
const expired = { ...CERT, notAfter: at(-2 * DAY) };

testSamlRule(rule, {
  valid: [
    { name: 'valid for years', input: {} },
    {
      name: 'expired now, but valid when the response was captured',
      input: {
        ...withKeyInfoCert({ ...CERT, notAfter: at(40 * DAY) }),
        capture: { capturedAt: NOW },
        context: { analyzedAt: at(60 * DAY) },
      },
    },
    {
      name: 'no signature and nothing configured',
      input: { saml: { signatures: [], configuredCertificates: [] } },
      notChecked: 'noSignature',
    },
  ],
  invalid: [
    {
      name: 'expired at the capture time; one report for a certificate used twice',
      input: withKeyInfoCert(expired),
      findings: [
        { messageId: 'expired', data: { notAfter: expired.notAfter, when: 'the capture time', age: '2 days' } },
      ],
    },
    {
      name: 'judged at the analysis time when the capture time is unknown',
      input: {
        ...withKeyInfoCert({ ...CERT, notAfter: at(DAY) }),
        capture: { capturedAt: null },
        context: { analyzedAt: at(2 * DAY) },
      },
      findings: [{ messageId: 'expired', data: { when: 'the analysis time' } }],
    },
    {
      name: 'not yet valid',
      input: withKeyInfoCert({ ...CERT, notBefore: at(DAY) }),
      findings: [{ messageId: 'notYetValid', data: { notBefore: at(DAY) } }],
    },
    {
      name: 'expiring within 30 days is a warning',
      input: withKeyInfoCert({ ...CERT, notAfter: at(10 * DAY) }),
      findings: [{ messageId: 'expiring', severity: 'warning', data: { remaining: '10 days' } }],
    },
    {
      name: 'without KeyInfo, the configured certificate is judged',
      input: {
        saml: {
          signatures: [signature('response', { keyInfoCertificate: undefined })],
          configuredCertificates: [expired],
        },
      },
      findings: [{ messageId: 'expired', data: { thumbprint: CERT.sha256 } }],
    },
  ],
});
