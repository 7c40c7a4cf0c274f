import rule from '../../../src/core/rules/saml/saml-assertion-encrypted';
import { testSamlRule } from './snapshot';

testSamlRule(rule, {
  valid: [{ name: 'a plain assertion', input: {} }],
  invalid: [
    {
      name: 'an EncryptedAssertion',
      input: { encrypted: true },
      findings: [{ messageId: 'encrypted', path: 'EncryptedAssertion', data: { count: 1 } }],
    },
  ],
});
