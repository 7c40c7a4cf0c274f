import rule from '../../../src/core/rules/saml/saml-nameid-transient';
import { testSamlRule } from './snapshot';

testSamlRule(rule, {
  valid: [
    { name: 'emailAddress format', input: {} },
    {
      name: 'persistent format',
      input: { assertion: { nameIdFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent' } },
    },
    { name: 'no format', input: { assertion: { nameIdFormat: null } } },
    { name: 'an encrypted assertion', input: { encrypted: true }, notChecked: 'encrypted' },
  ],
  invalid: [
    {
      name: 'transient format',
      input: { assertion: { nameIdFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient' } },
      findings: [{ messageId: 'transient', path: 'Subject/NameID/@Format' }],
    },
  ],
});
