import rule from '../../../src/core/rules/saml/saml-signature-algorithm-weak';
import { signature, testSamlRule } from './snapshot';

const RSA_SHA1 = 'http://www.w3.org/2000/09/xmldsig#rsa-sha1';
const SHA1 = 'http://www.w3.org/2000/09/xmldsig#sha1';

testSamlRule(rule, {
  valid: [
    { name: 'RSA-SHA256 with SHA-256 digests', input: {} },
    { name: 'no signature at all', input: { saml: { signatures: [] } }, notChecked: 'noSignature' },
  ],
  invalid: [
    {
      name: 'an RSA-SHA1 signature method on the Response',
      input: { saml: { signatures: [signature('response', { signatureMethod: RSA_SHA1 }), signature('assertion')] } },
      findings: [
        { messageId: 'sha1', path: 'Response/Signature', data: { element: 'Response', algorithms: [RSA_SHA1] } },
      ],
    },
    {
      name: 'a SHA-1 Reference digest on the Assertion',
      input: { saml: { signatures: [signature('response'), signature('assertion', { digestMethods: [SHA1] })] } },
      findings: [{ messageId: 'sha1', path: 'Assertion/Signature', data: { algorithms: [SHA1] } }],
    },
    {
      name: 'DSA-SHA1 and a SHA-1 digest together, named once each',
      input: {
        saml: {
          signatures: [
            signature('response', {
              signatureMethod: 'http://www.w3.org/2000/09/xmldsig#dsa-sha1',
              digestMethods: [SHA1, SHA1],
            }),
            signature('assertion'),
          ],
        },
      },
      findings: [
        {
          messageId: 'sha1',
          path: 'Response/Signature',
          data: { algorithms: ['http://www.w3.org/2000/09/xmldsig#dsa-sha1', SHA1] },
        },
      ],
    },
  ],
});
