import rule from '../../../src/core/rules/team/duplicate-worker-email';
import { DEFAULT_CONFIG } from '../../../src/core/config';
import { runRules } from '../../../src/core/engine';
import { rawValue } from '../../../src/core/disclose';
import type { WorkerSnapshot } from '../../../src/core/types';
import { testTeamRule } from '../ruleTester';

const w = (sid: string | undefined, email: unknown, name?: string): WorkerSnapshot => ({
  ...(sid ? { sid } : {}),
  ...(name ? { name } : {}),
  attributes: { email },
});

testTeamRule(rule, {
  valid: [
    { name: 'different emails', input: [w('WK1', 'ana@example.com'), w('WK2', 'bo@example.com')] },
    { name: 'workers without an email are not duplicates', input: [w('WK1', undefined), w('WK2', ''), w('WK3', 7)] },
    { name: 'no workers', input: [] },
  ],
  invalid: [
    {
      name: 'the same email in different case and padding',
      input: [w('WK1', 'Ana@Example.com'), w('WK2', 'bo@example.com'), w('WK3', ' ana@example.com ')],
      findings: [
        {
          messageId: 'duplicate',
          path: 'email',
          data: { email: 'Ana@Example.com', workers: ['WK1', 'WK3'], count: 2 },
        },
      ],
    },
    {
      name: 'one finding per shared address; names stand in for missing sids',
      input: [
        w('WK1', 'a@example.com'),
        w(undefined, 'b@example.com', 'b_40example_2Ecom'),
        w('WK3', 'a@example.com'),
        w('WK4', 'b@example.com'),
        w('WK5', 'a@example.com'),
      ],
      findings: [
        {
          messageId: 'duplicate',
          path: 'email',
          data: { email: 'a@example.com', workers: ['WK1', 'WK3', 'WK5'], count: 3 },
        },
        {
          messageId: 'duplicate',
          path: 'email',
          data: { email: 'b@example.com', workers: ['b_40example_2Ecom', 'WK4'], count: 2 },
        },
      ],
    },
  ],
});

describe('duplicate-worker-email at scale', () => {
  it('reads each worker once, and a shared email once more: linear in the number of workers', () => {
    let reads = 0;
    const workers = Array.from({ length: 10_000 }, (_, i): WorkerSnapshot => {
      const email = `user${i % 9_999}@example.com`;
      return {
        sid: `WK${i}`,
        attributes: {
          get email() {
            reads += 1;
            return email;
          },
        },
      };
    });
    const result = runRules([rule], { workers, expectations: DEFAULT_CONFIG }, DEFAULT_CONFIG);
    // One read per worker to group them, one for the shared address as its first worker holds it.
    expect(reads).toBe(10_001);
    expect(result.findings).toHaveLength(1);
    expect(rawValue(result.findings[0]?.data['workers'] ?? [])).toEqual(['WK0', 'WK9999']);
  });
});
