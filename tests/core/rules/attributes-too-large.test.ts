import { workerContext } from '../../../src/core/check';
import { DEFAULT_CONFIG } from '../../../src/core/config';
import { runRules } from '../../../src/core/engine';
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

it.each(['é', '"', '\\', '\n', '\u0001', '\ud800', '\udc00x', '😀', '\u2028'])(
  'finds a worker at exactly 90 %% whose JSON escapes %j, in a value or a key (the bound never under-counts)',
  (piece) => {
    const check = (attributes: Record<string, unknown>) =>
      runRules([rule], workerContext({ attributes }, DEFAULT_CONFIG), DEFAULT_CONFIG).findings;
    const inValue = (padding: number) => ({ ...GOOD_ATTRIBUTES, groups: `${'g'.repeat(padding)}${piece}` });
    const inKey = (padding: number) => ({ ...GOOD_ATTRIBUTES, [`k${piece}`]: 'g'.repeat(padding) });
    for (const make of [inValue, inKey]) {
      const padding = 3687 - JSON.stringify(make(0)).length;
      expect(JSON.stringify(make(padding)).length).toBe(3687);
      expect(check(make(padding))).toHaveLength(1);
      expect(check(make(padding - 1))).toEqual([]);
    }
  },
);
