import rule from '../../../src/core/rules/saml/saml-certificate-mismatch';
import { CERT, OTHER_CERT, signature, testSamlRule } from './snapshot';

testSamlRule(rule, {
  valid: [
    { name: 'KeyInfo holds the configured certificate', input: {} },
    {
      name: 'thumbprints compare regardless of case and separators',
      input: {
        saml: { configuredCertificates: [{ ...CERT, sha256: CERT.sha256.toLowerCase().replace(/(..)(?!$)/g, '$1:') }] },
      },
    },
    {
      name: 'one of two configured certificates matches',
      input: { saml: { configuredCertificates: [OTHER_CERT, CERT] } },
    },
    {
      name: 'nothing configured, and the signatures do not verify even against their own certificate (saml-signature-invalid says so)',
      input: {
        context: { hasConfiguredCertificates: false },
        saml: {
          configuredCertificates: [],
          signatures: [
            signature('response', { configuredResults: [], keyInfoResult: { status: 'invalid', reason: 'digest' } }),
          ],
        },
        assertion: null,
      },
      notChecked: 'noConfiguredCertificate',
    },
    { name: 'no signature', input: { saml: { signatures: [] } }, notChecked: 'noSignature' },
    { name: 'an encrypted assertion', input: { encrypted: true }, notChecked: 'encrypted' },
  ],
  invalid: [
    {
      name: 'nothing configured: valid only against the certificate the response brought is a warning, not silence',
      input: {
        context: { hasConfiguredCertificates: false },
        saml: {
          configuredCertificates: [],
          signatures: [
            signature('response', { configuredResults: [] }),
            signature('assertion', { configuredResults: [] }),
          ],
        },
      },
      notChecked: 'noConfiguredCertificate',
      findings: (['Response', 'Assertion'] as const).map((element) => ({
        messageId: 'mismatch',
        severity: 'warning' as const,
        path: `${element}/Signature`,
        data: {
          element,
          subject: CERT.subject,
          thumbprint: CERT.sha256,
          comparison: expect.stringContaining('it is not trusted'),
        },
      })),
    },
    {
      name: 'a configured certificate that could not be read is the same as none',
      input: {
        saml: {
          configuredCertificates: [],
          signatures: [signature('response', { configuredResults: [] })],
        },
        assertion: null,
      },
      notChecked: 'noConfiguredCertificate',
      findings: [{ messageId: 'mismatch', severity: 'warning', path: 'Response/Signature' }],
    },
    {
      name: 'the IdP rotated its certificate',
      input: {
        saml: { signatures: [signature('response', { keyInfoCertificate: OTHER_CERT }), signature('assertion')] },
      },
      findings: [
        {
          messageId: 'mismatch',
          path: 'Response/Signature',
          data: { subject: OTHER_CERT.subject, thumbprint: OTHER_CERT.sha256, configured: [CERT.sha256] },
        },
      ],
    },
    {
      name: 'no KeyInfo to compare is worth knowing, not an error',
      input: {
        saml: { signatures: [signature('response'), signature('assertion', { keyInfoCertificate: undefined })] },
      },
      findings: [
        { messageId: 'noKeyInfo', severity: 'info', path: 'Assertion/Signature', data: { element: 'Assertion' } },
      ],
    },
  ],
});
