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
            signature('response', {
              keyInfoResult: { status: 'invalid', reason: 'digest' },
              configuredResults: [{ sha256: CERT.sha256, result: { status: 'invalid', reason: 'digest' } }],
            }),
            signature('assertion'),
          ],
        },
      },
      findings: [
        {
          messageId: 'invalid',
          path: 'Response/Signature',
          data: {
            outcome: 'does not verify against',
            against: 'the certificate in its KeyInfo or the configured one',
            reason: expect.stringContaining('changed after signing'),
          },
        },
      ],
    },
    {
      name: 'the KeyInfo certificate does not verify and none is configured',
      input: {
        saml: {
          signatures: [
            signature('response', { keyInfoResult: { status: 'invalid', reason: 'signature' }, configuredResults: [] }),
            signature('assertion', { configuredResults: [] }),
          ],
        },
      },
      findings: [
        {
          messageId: 'invalid',
          path: 'Response/Signature',
          data: { against: 'the certificate in its KeyInfo', reason: expect.stringContaining('another key') },
        },
      ],
    },
    ...(
      [
        [
          'an unsupported signature method',
          'unsupported signature method RSA-PSS (http://www.w3.org/2007/05/xmldsig-more#rsa-pss)',
        ],
        ['an unsupported digest method', 'unsupported digest method MD5 (http://www.w3.org/2001/04/xmldsig-more#md5)'],
        ['an XPath transform', 'unsupported transform XPath (http://www.w3.org/TR/1999/REC-xpath-19991116)'],
        ['an unknown canonicalization', 'unsupported canonicalization method urn:nope'],
        ['a DigestValue that is not base64', 'malformed value: a DigestValue is not base64'],
        ['a SignatureValue that is not base64', 'malformed value: the SignatureValue is not base64'],
      ] as const
    ).map(([what, reason]) => ({
      name: `cannot be verified (${what}): an error naming why, never a pass or only "not checked"`,
      input: {
        saml: {
          signatures: [
            signature('response', {
              keyInfoResult: { status: 'error', reason },
              configuredResults: [{ sha256: CERT.sha256, result: { status: 'error', reason } }],
            }),
            signature('assertion'),
          ],
        },
      },
      findings: [
        {
          messageId: 'invalid',
          severity: 'error' as const,
          path: 'Response/Signature',
          data: { outcome: 'cannot be verified against', reason },
        },
      ],
    })),
    {
      name: 'a Success response with no assertion whose only signature cannot be verified',
      input: {
        saml: {
          signatures: [
            signature('response', {
              configuredResults: [],
              keyInfoResult: { status: 'error', reason: 'malformed value: the SignatureValue is empty' },
            }),
          ],
        },
        assertion: null,
      },
      findings: [
        {
          messageId: 'invalid',
          path: 'Response/Signature',
          data: { against: 'the certificate in its KeyInfo', reason: 'malformed value: the SignatureValue is empty' },
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
