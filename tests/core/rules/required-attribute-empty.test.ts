import rule from '../../../src/core/rules/worker/required-attribute-empty';
import { GOOD_ATTRIBUTES, testWorkerRule } from '../ruleTester';

testWorkerRule(rule, {
  valid: [
    { name: 'all three have values', input: { attributes: { ...GOOD_ATTRIBUTES } } },
    { name: 'missing attributes are left to required-attribute-missing', input: { attributes: {} } },
    {
      name: 'a roles string or number is not empty (roles-not-list judges its shape)',
      input: { attributes: { ...GOOD_ATTRIBUTES, roles: 'agent', full_name: 0 } },
    },
  ],
  invalid: [
    {
      name: 'an empty string',
      input: { attributes: { ...GOOD_ATTRIBUTES, email: '' } },
      findings: [{ messageId: 'empty', path: 'email', data: { attribute: 'email' } }],
    },
    {
      name: 'whitespace only',
      input: { attributes: { ...GOOD_ATTRIBUTES, full_name: ' \t ' } },
      findings: [{ messageId: 'empty', path: 'full_name', data: { attribute: 'full_name' } }],
    },
    {
      name: 'an empty list',
      input: { attributes: { ...GOOD_ATTRIBUTES, roles: [] } },
      findings: [{ messageId: 'empty', path: 'roles', data: { attribute: 'roles' } }],
    },
    {
      name: 'a list of blank values, and null',
      input: { attributes: { email: null, full_name: 'Ana Lima', roles: ['', ' '] } },
      findings: [
        { messageId: 'empty', path: 'email' },
        { messageId: 'empty', path: 'roles' },
      ],
    },
  ],
});
