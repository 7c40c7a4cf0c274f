import rule from '../../../src/core/rules/worker/expected-attribute-mismatch';
import type { RequiredAttribute } from '../../../src/core/types';
import { GOOD_ATTRIBUTES, testWorkerRule } from '../ruleTester';

const requiredAttributes: RequiredAttribute[] = [
  { name: 'agent_id', severity: 'error', pattern: 'E\\d{4}' },
  { name: 'location', severity: 'warning', allowed: ['Lisbon', 'Porto'] },
];
const with_ = (extra: Record<string, unknown>) => ({ attributes: { ...GOOD_ATTRIBUTES, ...extra } });

testWorkerRule(rule, {
  valid: [
    { name: 'nothing configured: passes', input: with_({ agent_id: 'anything' }) },
    {
      name: 'values that match',
      input: with_({ agent_id: 'E1234', location: 'Porto' }),
      expectations: { requiredAttributes },
    },
    {
      name: 'absent or empty: expected-attribute-missing reports it',
      input: with_({ agent_id: '' }),
      expectations: { requiredAttributes },
    },
    {
      name: 'a number is compared as text',
      input: with_({ agent_id: 'E0001', location: 'Lisbon', n: 1 }),
      expectations: { requiredAttributes: [...requiredAttributes, { name: 'n', severity: 'info', pattern: '\\d' }] },
    },
    {
      name: 'a pattern that does not compile is skipped, never a crash',
      input: with_({ agent_id: 'x' }),
      expectations: { requiredAttributes: [{ name: 'agent_id', severity: 'error', pattern: '([' }] },
    },
  ],
  invalid: [
    {
      name: 'the whole value must match the pattern',
      input: with_({ agent_id: 'E12345' }),
      expectations: { requiredAttributes },
      findings: [
        {
          messageId: 'pattern',
          severity: 'error',
          path: 'agent_id',
          data: { attribute: 'agent_id', value: 'E12345', pattern: 'E\\d{4}' },
        },
      ],
    },
    {
      name: 'allowed values are exact and case-sensitive',
      input: with_({ location: 'lisbon' }),
      expectations: { requiredAttributes },
      findings: [
        {
          messageId: 'notAllowed',
          severity: 'warning',
          path: 'location',
          data: { attribute: 'location', value: 'lisbon', allowed: ['Lisbon', 'Porto'] },
        },
      ],
    },
    {
      name: 'each list item is checked; the first offending one is quoted',
      input: with_({ location: ['Lisbon', 'Madrid'] }),
      expectations: { requiredAttributes },
      findings: [{ messageId: 'notAllowed', severity: 'warning', path: 'location', data: { value: 'Madrid' } }],
    },
    {
      name: 'an object never matches a pattern',
      input: with_({ agent_id: { id: 'E1234' } }),
      expectations: { requiredAttributes },
      findings: [{ messageId: 'pattern', severity: 'error', path: 'agent_id', data: { value: '{"id":"E1234"}' } }],
    },
  ],
});
