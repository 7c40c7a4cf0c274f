import rule from '../../../src/core/rules/worker/expected-attribute-missing';
import type { RequiredAttribute } from '../../../src/core/types';
import { GOOD_ATTRIBUTES, testWorkerRule } from '../ruleTester';

const requiredAttributes: RequiredAttribute[] = [
  { name: 'department', severity: 'warning' },
  { name: 'team_member', severity: 'error' },
];

testWorkerRule(rule, {
  valid: [
    { name: 'nothing configured: passes (not "not checked")', input: { attributes: {} } },
    {
      name: 'every configured attribute has a value',
      input: { attributes: { ...GOOD_ATTRIBUTES, department: 'Sales', team_member: 'Blue' } },
      expectations: { requiredAttributes },
    },
  ],
  invalid: [
    {
      name: 'severity comes from each configuration entry (findings sort errors first)',
      input: { attributes: { ...GOOD_ATTRIBUTES } },
      expectations: { requiredAttributes },
      findings: [
        { messageId: 'missing', severity: 'error', path: 'team_member', data: { attribute: 'team_member' } },
        { messageId: 'missing', severity: 'warning', path: 'department', data: { attribute: 'department' } },
      ],
    },
    {
      name: 'empty and blank-list values count as missing',
      input: { attributes: { ...GOOD_ATTRIBUTES, department: ' ', team_member: [] } },
      expectations: { requiredAttributes },
      findings: [
        { messageId: 'missing', severity: 'error', path: 'team_member' },
        { messageId: 'missing', severity: 'warning', path: 'department' },
      ],
    },
    {
      name: 'a name that exists only on Object.prototype is missing',
      input: { attributes: { ...GOOD_ATTRIBUTES } },
      expectations: { requiredAttributes: [{ name: 'constructor', severity: 'info' }] },
      findings: [{ messageId: 'missing', severity: 'info', path: 'constructor' }],
    },
  ],
});
