import { fillTemplate, NOT_CHECKED_REASONS } from './messages';
import {
  SEVERITY_ORDER,
  type CheckResult,
  type DetectResult,
  type Expectations,
  type Finding,
  type NotChecked,
  type NotCheckedReasonId,
  type Report,
  type Rule,
  type RuleMeta,
  type Severity,
} from './types';

/** Declares a rule with its message ids typed, so `detect` can only report a declared one. */
export function defineRule<C, M extends string>(rule: Rule<C, M>): Rule<C, M> {
  return rule;
}

/** A report as a finding; `configured` is the organisation's severity for the rule (a rule switched off never runs). */
function toFinding(meta: RuleMeta, report: Report, configured: Severity | undefined): Finding {
  const severity = configured ?? report.severity ?? meta.severity;
  const template = (meta.messages as Record<string, string>)[report.messageId];
  if (template === undefined) {
    throw new Error(`Rule ${meta.id} reported undeclared message id "${report.messageId}"`);
  }
  const data = report.data ?? {};
  return {
    ruleId: meta.id,
    severity,
    messageId: report.messageId,
    message: fillTemplate(template, data),
    ...(report.path !== undefined ? { path: report.path } : {}),
    data,
    fixKey: (meta.messageFixKeys as Record<string, RuleMeta['fixKey']> | undefined)?.[report.messageId] ?? meta.fixKey,
  };
}

export interface SeverityCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

/** How many findings of each severity: the one count every summary, badge, export and CLI line shows. */
export function countBySeverity(findings: readonly Pick<Finding, 'severity'>[]): SeverityCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export function sortFindings(findings: Finding[]): Finding[] {
  // Array.prototype.sort is stable: rule order is kept within a severity.
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

function isNotChecked<M extends string>(
  result: DetectResult<M>,
): result is Extract<DetectResult<M>, { notChecked: unknown }> {
  return !Array.isArray(result);
}

/**
 * The rules that run under `expectations` (those not switched `off`), worked out once per rule list and
 * configuration rather than once per worker: a team check runs the same list 10,000 times.
 */
interface ActiveRule<C> {
  readonly rule: Rule<C>;
  /** The configured severity, when the organisation set one. */
  readonly configured: Severity | undefined;
}

const activeRules = new WeakMap<readonly Rule<never>[], WeakMap<Expectations, readonly ActiveRule<never>[]>>();

function rulesToRun<C>(rules: readonly Rule<C>[], expectations: Expectations): readonly ActiveRule<C>[] {
  const key = rules as readonly Rule<never>[];
  let byConfig = activeRules.get(key);
  if (!byConfig) {
    byConfig = new WeakMap();
    activeRules.set(key, byConfig);
  }
  let active = byConfig.get(expectations);
  if (!active) {
    const list: ActiveRule<never>[] = [];
    for (const rule of key) {
      const configured = expectations.ruleSeverity[rule.meta.id];
      if (configured !== 'off') list.push({ rule, configured });
    }
    active = list;
    byConfig.set(expectations, active);
  }
  return active as readonly ActiveRule<C>[];
}

function notCheckedEntry(ruleId: string, reasonId: NotCheckedReasonId, detail?: string): NotChecked {
  const base = NOT_CHECKED_REASONS[reasonId];
  return { ruleId, reasonId, reason: detail ? `${base} ${detail}` : base };
}

/** Every rule that would run under `expectations`, as not checked for one reason (a response without attributes). */
export function notCheckedRules<C>(
  rules: readonly Rule<C>[],
  expectations: Expectations,
  reasonId: NotCheckedReasonId,
  detail?: string,
): NotChecked[] {
  return rulesToRun(rules, expectations).map(({ rule }) => notCheckedEntry(rule.meta.id, reasonId, detail));
}

/**
 * Runs rules over one context: stamps rule ids, fills messages, applies configured severities,
 * lists rules that could not run (and why), and sorts errors first. Pure: same input, same output.
 */
export function runRules<C>(rules: readonly Rule<C>[], context: C, expectations: Expectations): CheckResult {
  const findings: Finding[] = [];
  const notChecked: NotChecked[] = [];
  const passed: string[] = [];
  for (const { rule, configured } of rulesToRun(rules, expectations)) {
    const result = rule.detect(context);
    let reports: readonly Report[];
    if (isNotChecked(result)) {
      const { reasonId, detail } = result.notChecked;
      notChecked.push(notCheckedEntry(rule.meta.id, reasonId, detail));
      reports = result.reports ?? [];
    } else {
      reports = result as readonly Report[];
      if (reports.length === 0) {
        passed.push(rule.meta.id);
        continue;
      }
    }
    for (const report of reports) findings.push(toFinding(rule.meta, report, configured));
  }
  return { findings: findings.length > 1 ? sortFindings(findings) : findings, notChecked, passed };
}
