import rule from '../../../src/core/rules/saml/saml-signature-invalid';
import { CERT, OTHER_CERT, signature, testSamlRule } from './snapshot';

const noKeyInfo = { keyInfoCertificate: undefined, keyInfoResult: undefined };

testSamlRule(rule, {
  valid: [
    { name: 'both signatures verify', input: {} },
    {
      name: 'no KeyInfo, but the configured certificate verifies',
      input: { saml: { signatures: [signature('response', noKeyInfo), signature('assertion', noKeyInfo)] } },
    },
    {
      name: 'one of two configured certificates verifies (a rotation in progress)',
      input: {
        saml: {
          signatures: [
            signature('response', {
              ...noKeyInfo,
              configuredResults: [
                { sha256: OTHER_CERT.sha256, result: { status: 'invalid', reason: 'signature' } },
                { sha256: CERT.sha256, result: { status: 'valid' } },
              ],
            }),
            signature('assertion'),
          ],
        },
      },
    },
    {
      name: 'verification could not be attempted: not evidence, listed as not checked',
      input: {
        saml: {
          signatures: [
            signature('response', {
              keyInfoResult: { status: 'error', reason: 'unsupported algorithm' },
              configuredResults: [
                { sha256: CERT.sha256, result: { status: 'error', reason: 'unsupported algorithm' } },
              ],
            }),
            signature('assertion'),
          ],
        },
      },
      notChecked: 'notApplicable',
    },
    {
      name: 'no KeyInfo and nothing configured',
      input: {
        saml: { signatures: [signature('response', { ...noKeyInfo, configuredResults: [] })] },
        assertion: null,
      },
      notChecked: 'noConfiguredCertificate',
    },
    { name: 'no signature', input: { saml: { signatures: [] } }, notChecked: 'noSignature' },
    { name: 'an encrypted assertion', input: { encrypted: true }, notChecked: 'encrypted' },
  ],
  invalid: [
    {
      name: 'the Response was changed after signing (digest)',
      input: {
        saml: {
          signatures: [
            signature('response', { keyInfoResult: { status: 'invalid', reason: 'digest' } }),
            signature('assertion'),
          ],
        },
      },
      findings: [
        {
          messageId: 'invalid',
          path: 'Response/Signature',
          data: { against: 'the certificate in its KeyInfo', reason: expect.stringContaining('changed after signing') },
        },
      ],
    },
    {
      name: 'no KeyInfo, and the configured certificate does not verify',
      input: {
        saml: {
          signatures: [
            signature('response'),
            signature('assertion', {
              ...noKeyInfo,
              configuredResults: [{ sha256: CERT.sha256, result: { status: 'invalid', reason: 'signature' } }],
            }),
          ],
        },
      },
      findings: [
        {
          messageId: 'invalid',
          path: 'Assertion/Signature',
          data: { against: 'the configured certificate', reason: expect.stringContaining('another key') },
        },
      ],
    },
  ],
});
