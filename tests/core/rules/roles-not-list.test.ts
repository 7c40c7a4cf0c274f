import rule from '../../../src/core/rules/worker/roles-not-list';
import { GOOD_ATTRIBUTES, testWorkerRule } from '../ruleTester';

testWorkerRule(rule, {
  valid: [
    { name: 'a list of roles', input: { attributes: { ...GOOD_ATTRIBUTES, roles: ['agent', 'wfo.team_leader'] } } },
    {
      name: 'an empty list (left to required-attribute-empty)',
      input: { attributes: { ...GOOD_ATTRIBUTES, roles: [] } },
    },
    { name: 'no roles at all (left to required-attribute-missing)', input: { attributes: { email: 'a@example.com' } } },
  ],
  invalid: [
    {
      name: 'a comma-separated string on the worker',
      input: { attributes: { ...GOOD_ATTRIBUTES, roles: 'agent,supervisor' } },
      findings: [{ messageId: 'string', path: 'roles', data: { value: 'agent,supervisor' } }],
    },
    {
      name: 'a number',
      input: { attributes: { ...GOOD_ATTRIBUTES, roles: 3 } },
      findings: [{ messageId: 'other', path: 'roles', data: { shape: 'a number' } }],
    },
    {
      name: 'an object',
      input: { attributes: { ...GOOD_ATTRIBUTES, roles: { admin: true } } },
      findings: [{ messageId: 'other', path: 'roles', data: { shape: 'an object' } }],
    },
    {
      name: 'a list mixing text and other values',
      input: { attributes: { ...GOOD_ATTRIBUTES, roles: ['agent', 1] } },
      findings: [{ messageId: 'other', path: 'roles', data: { shape: 'a list with items that are not text' } }],
    },
    {
      name: 'null',
      input: { attributes: { ...GOOD_ATTRIBUTES, roles: null } },
      findings: [{ messageId: 'other', path: 'roles', data: { shape: 'null' } }],
    },
  ],
});
