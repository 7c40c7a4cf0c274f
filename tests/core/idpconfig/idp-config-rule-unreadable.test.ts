import rule from '../../../src/core/rules/idp-config/idp-config-rule-unreadable';
import { testIdpConfigRule } from './snapshot';

testIdpConfigRule(rule, {
  valid: [
    { name: "every rule of the guide's policy was read", input: { preset: 'adfsTrust' } },
    { name: 'a claim-rules file', input: { preset: 'adfsTrust', idpConfig: { kind: 'adfs-claim-rules', name: null } } },
    { name: 'Okta has no claim rules', input: { preset: 'oktaApp' }, notChecked: 'notApplicable' },
  ],
  invalid: [
    {
      name: 'a named rule with a custom attribute store',
      input: {
        preset: 'adfsTrust',
        idpConfig: {
          unreadableRules: [{ name: 'Roles from SQL', position: 2, detail: 'attribute store "SQL" is not followed' }],
        },
      },
      findings: [{ messageId: 'unreadable', path: 'rules[2]', data: { rule: '"Roles from SQL" (rule 2)' } }],
    },
    {
      name: 'an unnamed rule, numbered from 1',
      input: { preset: 'adfsTrust', idpConfig: { kind: 'adfs-claim-rules', unreadableRules: [{ position: 1 }] } },
      findings: [{ messageId: 'unreadable', path: 'rules[1]', data: { rule: '1', detail: '' } }],
    },
  ],
});
