import { DEFAULT_CONFIG } from '../../src/core/config';
import { workerContext } from '../../src/core/check';
import { defineRule, runRules } from '../../src/core/engine';
import type { DiagnosticsConfig, WorkerRuleContext } from '../../src/core/types';

const shout = defineRule<WorkerRuleContext, 'loud' | 'quiet'>({
  meta: {
    id: 'test-shout',
    scope: 'worker',
    title: { pass: 'Quiet', fail: 'Loud' },
    description: 'A rule for testing the engine.',
    severity: 'warning',
    messages: { loud: '{{key}} is loud', quiet: 'quiet {{key}}' },
    fixKey: 'F-CLAIMS',
    messageFixKeys: { quiet: 'F-ROLES' },
  },
  detect: ({ worker }) =>
    Object.keys(worker.attributes).map((key) =>
      key === key.toUpperCase()
        ? { messageId: 'loud' as const, data: { key }, path: key, severity: 'error' as const }
        : { messageId: 'quiet' as const, data: { key }, path: key, severity: 'info' as const },
    ),
});

const needsRoles = defineRule<WorkerRuleContext, 'x'>({
  meta: { ...shout.meta, id: 'test-needs-roles', messages: { x: 'x' }, messageFixKeys: {} },
  detect: ({ worker }) => (worker.tokenRoles ? [] : { notChecked: { reasonId: 'noTokenRoles' } }),
});

const run = (attributes: Record<string, unknown>, expectations: Partial<DiagnosticsConfig> = {}) => {
  const e = { ...DEFAULT_CONFIG, ...expectations };
  return runRules([needsRoles, shout], workerContext({ attributes }, e), e);
};

describe('runRules', () => {
  it('fills messages, stamps rule ids and per-message fix keys, and sorts errors first', () => {
    const { findings } = run({ low: 1, HIGH: 2 });
    expect(findings.map((f) => [f.ruleId, f.severity, f.message, f.fixKey])).toEqual([
      ['test-shout', 'error', 'HIGH is loud', 'F-CLAIMS'],
      ['test-shout', 'info', 'quiet low', 'F-ROLES'],
    ]);
  });

  it('lists a rule that cannot run under "not checked", never as a finding or a pass', () => {
    const result = run({});
    expect(result.notChecked).toEqual([
      { ruleId: 'test-needs-roles', reasonId: 'noTokenRoles', reason: expect.stringContaining('token') },
    ]);
    expect(result.passed).toEqual(['test-shout']);
  });

  it('applies a configured severity and turns a rule off', () => {
    expect(run({ HIGH: 1 }, { ruleSeverity: { 'test-shout': 'info' } }).findings[0]?.severity).toBe('info');
    const off = run({ HIGH: 1 }, { ruleSeverity: { 'test-shout': 'off', 'test-needs-roles': 'off' } });
    expect(off).toEqual({ findings: [], notChecked: [], passed: [] });
  });

  it('refuses a message id the rule did not declare', () => {
    const rogue = defineRule<WorkerRuleContext, string>({ meta: shout.meta, detect: () => [{ messageId: 'nope' }] });
    expect(() => runRules([rogue], workerContext({ attributes: {} }, DEFAULT_CONFIG), DEFAULT_CONFIG)).toThrow(
      /undeclared message id "nope"/,
    );
  });

  it('gives a finding that reads, serialises and compares as a plain one, its message filled when read', () => {
    const [finding] = run({ HIGH: 1 }).findings;
    const plain = {
      ruleId: 'test-shout',
      severity: 'error',
      messageId: 'loud',
      message: 'HIGH is loud',
      path: 'HIGH',
      data: { key: 'HIGH' },
      fixKey: 'F-CLAIMS',
    };
    // Same keys in the same order (reports are JSON), nothing hidden that equality or a spread would see.
    expect(JSON.stringify(finding)).toBe(JSON.stringify(plain));
    expect(finding).toStrictEqual(plain);
    expect({ ...finding }).toStrictEqual(plain);
    expect(Object.keys(finding as object)).toEqual(Object.keys(plain));
    // A finding frozen before its message was read still gives it.
    const frozen = Object.freeze(run({ LOUD: 1 }).findings[0]);
    expect(frozen?.message).toBe('LOUD is loud');
    expect(frozen?.message).toBe('LOUD is loud');
  });

  it('shares frozen lists between results that pass the same rules', () => {
    const rules = [needsRoles, shout];
    const e = { ...DEFAULT_CONFIG, ruleSeverity: {} };
    const check = (attributes: Record<string, unknown>) =>
      runRules(rules, workerContext({ attributes, tokenRoles: [] }, e), e);
    const first = check({});
    expect(first.passed).toEqual(['test-needs-roles', 'test-shout']);
    expect(check({}).passed).toBe(first.passed);
    expect(check({ low: 1 }).passed).toEqual(['test-needs-roles']);
    expect([first.passed, first.findings, first.notChecked].every((list) => Object.isFrozen(list))).toBe(true);
    expect(() => (first.passed as string[]).push('x')).toThrow(TypeError);
  });

  it('shares a rule\'s frozen "not checked" list while it says the same, and never changes a shared one', () => {
    const unsure = defineRule<WorkerRuleContext, 'x'>({
      meta: { ...needsRoles.meta, id: 'test-unsure' },
      detect: ({ worker }) => ({
        notChecked: { reasonId: 'notApplicable', ...(worker.attributes['why'] ? { detail: 'Because.' } : {}) },
      }),
    });
    const rules = [needsRoles, unsure];
    const e = { ...DEFAULT_CONFIG, ruleSeverity: {} };
    const check = (attributes: Record<string, unknown>, tokenRoles?: string[]) =>
      runRules(rules, workerContext({ attributes, ...(tokenRoles ? { tokenRoles } : {}) }, e), e);
    const one = check({}, []);
    expect(one.notChecked).toEqual([{ ruleId: 'test-unsure', reasonId: 'notApplicable', reason: expect.any(String) }]);
    expect(check({}, []).notChecked).toBe(one.notChecked);
    expect(Object.isFrozen(one.notChecked) && Object.isFrozen(one.notChecked[0])).toBe(true);
    // Another detail is another entry; the rule's last answer is what it shares next.
    const because = check({ why: 1 }, []).notChecked;
    expect(because[0]?.reason).toMatch(/ Because\.$/);
    expect(check({}, []).notChecked).not.toBe(one.notChecked);
    expect(check({}, []).notChecked).toEqual(one.notChecked);
    // Two rules not checked: a new list of both, the shared ones untouched.
    const both = check({});
    expect(both.notChecked.map((n) => n.ruleId)).toEqual(['test-needs-roles', 'test-unsure']);
    expect(check({}, []).notChecked).toHaveLength(1);
  });
});
