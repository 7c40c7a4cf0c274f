import rule from '../../../src/core/rules/saml/saml-signature-reference-mismatch';
import { signature, testSamlRule } from './snapshot';

testSamlRule(rule, {
  valid: [
    { name: 'each signature references its own element', input: {} },
    { name: 'no signature at all', input: { saml: { signatures: [] } }, notChecked: 'noSignature' },
  ],
  invalid: [
    {
      name: 'the Response signature references the assertion (wrapping shape)',
      input: {
        saml: {
          signatures: [
            signature('response', { referenceUris: ['#_assert'], referencesParent: false }),
            signature('assertion'),
          ],
        },
      },
      findings: [
        {
          messageId: 'reference',
          path: 'Response/Signature',
          data: {
            element: 'Response',
            references: '#_assert',
            parentId: '#_resp',
            problem: 'references #_assert, not the element that carries it (#_resp at Response)',
          },
        },
      ],
    },
    {
      name: 'a signed Response nested in an unsigned one: both signatures sign their own element, where Flex does not look',
      input: {
        saml: {
          signatures: [
            signature('other', { parentId: '_resp', referenceUris: ['#_resp'] }),
            signature('other', { location: 'Response/Extensions/Response/Assertion' }),
          ],
        },
      },
      findings: [
        {
          messageId: 'reference',
          path: 'Signature',
          data: {
            problem:
              'signs the element at Response/Extensions/Response (#_resp), which is not the root Response or its own Assertion',
          },
        },
        {
          messageId: 'reference',
          path: 'Signature',
          data: { problem: expect.stringContaining('Response/Extensions/Response/Assertion') },
        },
      ],
    },
    {
      name: 'two assertions in one response',
      input: { saml: { assertionCount: 2 } },
      findings: [{ messageId: 'multipleAssertions', path: 'Assertion', data: { count: 2 } }],
    },
    {
      name: 'a plain and an encrypted assertion together',
      input: { saml: { encryptedAssertionCount: 1 } },
      findings: [{ messageId: 'multipleAssertions', path: 'Assertion', data: { count: 2 } }],
    },
  ],
});
