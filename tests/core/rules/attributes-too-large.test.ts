import rule from '../../../src/core/rules/worker/attributes-too-large';
import { GOOD_ATTRIBUTES, testWorkerRule } from '../ruleTester';

/** Attributes whose JSON is exactly `length` characters, with the padding under `groups`. */
function ofLength(length: number): Record<string, unknown> {
  const base = { ...GOOD_ATTRIBUTES, groups: '' };
  const padding = length - JSON.stringify(base).length;
  return { ...base, groups: 'g'.repeat(padding) };
}

it('builds attributes of the exact length asked for', () => {
  expect(JSON.stringify(ofLength(3686)).length).toBe(3686);
});

testWorkerRule(rule, {
  valid: [
    { name: 'a small worker', input: { attributes: { ...GOOD_ATTRIBUTES } } },
    { name: 'just under 90% (3686 characters)', input: { attributes: ofLength(3686) } },
  ],
  invalid: [
    {
      name: 'from 90% (3687 characters) a warning',
      input: { attributes: ofLength(3687) },
      findings: [{ messageId: 'nearLimit', severity: 'warning', data: { length: 3687, limit: 4096 } }],
    },
    {
      name: 'exactly at the limit is still only near it',
      input: { attributes: ofLength(4096) },
      findings: [{ messageId: 'nearLimit', severity: 'warning', data: { length: 4096 } }],
    },
    {
      name: 'over the limit an error naming the largest attributes first',
      input: { attributes: ofLength(4097) },
      findings: [
        { messageId: 'tooLarge', data: { length: 4097, limit: 4096, largest: ['groups', 'email', 'full_name'] } },
      ],
    },
  ],
});
