import rule from '../../../src/core/rules/saml/saml-nameid-missing';
import { testSamlRule } from './snapshot';

testSamlRule(rule, {
  valid: [
    { name: 'an email NameID', input: {} },
    { name: 'an encrypted assertion', input: { encrypted: true }, notChecked: 'encrypted' },
    { name: 'no assertion at all (a failed status)', input: { assertion: null }, notChecked: 'notApplicable' },
  ],
  invalid: [
    {
      name: 'no NameID',
      input: { assertion: { nameId: null } },
      findings: [{ messageId: 'missing', path: 'Subject/NameID' }],
    },
    {
      name: 'a blank NameID',
      input: { assertion: { nameId: '  ' } },
      findings: [{ messageId: 'missing', path: 'Subject/NameID' }],
    },
  ],
});
