/**
 * Table-driven rule tests in the manner of ESLint's RuleTester: `valid` inputs must produce no
 * finding; `invalid` inputs must produce exactly the findings listed. The tester refuses undeclared
 * message ids, unfilled placeholders, template placeholders without data, and duplicate cases; it
 * checks the final text of every finding (plain words: no "(none)", no "claim(s)", no stray
 * punctuation), compares it with `message` where a case gives one, and requires every message id of
 * the rule to appear in an invalid case.
 */
import { DEFAULT_CONFIG } from '../../src/core/config';
import { workerContext } from '../../src/core/check';
import { runRules } from '../../src/core/engine';
import { rawValue, REDACT } from '../../src/core/disclose';
import { findingText } from '../../src/core/findingText';
import { placeholdersOf } from '../../src/core/messages';
import type {
  DiagnosticsConfig,
  Finding,
  NotCheckedReasonId,
  Rule,
  Severity,
  TeamRuleContext,
  WorkerRuleContext,
  WorkerSnapshot,
} from '../../src/core/types';

export interface ExpectedFinding {
  messageId: string;
  severity?: Severity;
  path?: string;
  /** Checked as a subset of the raw data values: every key given must match. */
  data?: Record<string, unknown>;
  /** The final message text, exactly. */
  message?: string;
}

/** Words and marks a finished message must not contain: each is a template or data problem. */
const NOT_PLAIN: readonly [RegExp, string][] = [
  [/\{\{|\}\}/, 'an unfilled placeholder'],
  [/\(none\)|undefined|null(?! is| \()|\[object \w+\]|NaN/, 'a missing value shown as a word'],
  [/\w\(s\)/, 'a plural written as (s)'],
  [/ {2}| [.,;:](?!\w)|\.\.(?!\.)|,,/, 'stray spacing or punctuation'],
];

/** Checks a finished message reads as plain words; returns what is wrong, or undefined. */
export function plainWordsProblem(message: string): string | undefined {
  for (const [pattern, problem] of NOT_PLAIN) if (pattern.test(message)) return `${problem}: ${message}`;
  return undefined;
}

/** Finding data as raw values, for comparing with the expected data of a case. */
function rawData(data: Finding['data']): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, rawValue(v)]));
}

export interface RuleCase<I> {
  name?: string;
  input: I;
  expectations?: Partial<DiagnosticsConfig>;
  /** The reason id when the rule (or part of it) is expected to be "not checked". */
  notChecked?: NotCheckedReasonId;
}

export interface InvalidCase<I> extends RuleCase<I> {
  findings: ExpectedFinding[];
}

export interface RuleTable<I> {
  valid: RuleCase<I>[];
  invalid: InvalidCase<I>[];
}

function caseKey(c: RuleCase<unknown>): string {
  return JSON.stringify([c.input, c.expectations ?? null]);
}

function describeCase(c: RuleCase<unknown>): string {
  return c.name ?? JSON.stringify(c.input).slice(0, 120);
}

function checkFindingShape(rule: Rule<never>, finding: Finding): void {
  expect(finding.ruleId).toBe(rule.meta.id);
  const template = (rule.meta.messages as Record<string, string>)[finding.messageId];
  expect(template).toBeDefined();
  for (const name of placeholdersOf(template as string)) {
    expect(finding.data).toHaveProperty([name]);
  }
  // Judged on the redacted text: values are codes there, so only the template's own words are judged.
  expect(plainWordsProblem(findingText(finding, REDACT))).toBeUndefined();
}

export function testRule<C, I>(
  rule: Rule<C>,
  table: RuleTable<I>,
  toContext: (input: I, expectations: DiagnosticsConfig) => C,
): void {
  const seen = new Set<string>();
  for (const c of [...table.valid, ...table.invalid]) {
    const key = caseKey(c);
    if (seen.has(key)) throw new Error(`${rule.meta.id}: duplicate test case ${describeCase(c)}`);
    seen.add(key);
  }
  if (table.valid.length === 0 || table.invalid.length === 0) {
    throw new Error(`${rule.meta.id}: needs at least one valid and one invalid case`);
  }
  const covered = new Set(table.invalid.flatMap((c) => c.findings.map((f) => f.messageId)));
  const uncovered = Object.keys(rule.meta.messages).filter((id) => !covered.has(id));
  if (uncovered.length > 0) {
    throw new Error(`${rule.meta.id}: no invalid case shows the message ${uncovered.join(', ')}`);
  }
  const run = (c: RuleCase<I>) => {
    const expectations: DiagnosticsConfig = { ...DEFAULT_CONFIG, ...c.expectations };
    return runRules([rule as Rule<C>], toContext(c.input, expectations), expectations);
  };

  describe(rule.meta.id, () => {
    describe('valid', () => {
      it.each(table.valid.map((c) => [describeCase(c), c] as const))('%s', (_name, c) => {
        const result = run(c);
        expect(result.findings).toEqual([]);
        expect(result.notChecked.map((n) => n.reasonId)).toEqual(c.notChecked ? [c.notChecked] : []);
      });
    });
    describe('invalid', () => {
      it.each(table.invalid.map((c) => [describeCase(c), c] as const))('%s', (_name, c) => {
        const result = run(c);
        for (const f of result.findings) checkFindingShape(rule as Rule<never>, f);
        const actual = result.findings.map((f) => ({
          messageId: f.messageId,
          severity: f.severity,
          ...(f.path !== undefined ? { path: f.path } : {}),
        }));
        const expected = c.findings.map((e) => ({
          messageId: e.messageId,
          severity: e.severity ?? rule.meta.severity,
          ...(e.path !== undefined ? { path: e.path } : {}),
        }));
        expect(actual).toEqual(expected);
        c.findings.forEach((e, i) => {
          const found = result.findings[i] as Finding;
          if (e.data) expect(rawData(found.data)).toMatchObject(e.data);
          if (e.message !== undefined) expect(found.message).toEqual(e.message);
        });
        expect(result.notChecked.map((n) => n.reasonId)).toEqual(c.notChecked ? [c.notChecked] : []);
      });
    });
  });
}

/** Input of a worker-rule case: the attributes, and the token roles when the case needs them. */
export interface WorkerInput {
  attributes: Record<string, unknown>;
  tokenRoles?: string[];
}

export function testWorkerRule(rule: Rule<WorkerRuleContext>, table: RuleTable<WorkerInput>): void {
  testRule(rule, table, (input, expectations) => {
    const worker: WorkerSnapshot = {
      attributes: input.attributes,
      ...(input.tokenRoles ? { tokenRoles: input.tokenRoles } : {}),
    };
    return workerContext(worker, expectations);
  });
}

export function testTeamRule(rule: Rule<TeamRuleContext>, table: RuleTable<WorkerSnapshot[]>): void {
  testRule(rule, table, (workers, expectations) => ({ workers, expectations }));
}

/** A worker with every required attribute in order; spread and override in cases. */
export const GOOD_ATTRIBUTES = Object.freeze({
  email: 'ana.lima@example.com',
  full_name: 'Ana Lima',
  roles: ['agent'],
});
