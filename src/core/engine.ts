import { fillTemplate, NOT_CHECKED_REASONS } from './messages';
import {
  SEVERITY_ORDER,
  type CheckResult,
  type DetectResult,
  type Expectations,
  type Finding,
  type NotChecked,
  type Report,
  type Rule,
  type RuleMeta,
} from './types';

/** Declares a rule with its message ids typed, so `detect` can only report a declared one. */
export function defineRule<C, M extends string>(rule: Rule<C, M>): Rule<C, M> {
  return rule;
}

function toFinding(meta: RuleMeta, report: Report, expectations: Expectations): Finding | undefined {
  const configured = expectations.ruleSeverity[meta.id];
  if (configured === 'off') return undefined;
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
const activeRules = new WeakMap<readonly Rule<never>[], WeakMap<Expectations, readonly Rule<never>[]>>();

function rulesToRun<C>(rules: readonly Rule<C>[], expectations: Expectations): readonly Rule<C>[] {
  const key = rules as readonly Rule<never>[];
  let byConfig = activeRules.get(key);
  if (!byConfig) {
    byConfig = new WeakMap();
    activeRules.set(key, byConfig);
  }
  let active = byConfig.get(expectations);
  if (!active) {
    active = key.filter((rule) => expectations.ruleSeverity[rule.meta.id] !== 'off');
    byConfig.set(expectations, active);
  }
  return active as readonly Rule<C>[];
}

/**
 * Runs rules over one context: stamps rule ids, fills messages, applies configured severities,
 * lists rules that could not run (and why), and sorts errors first. Pure: same input, same output.
 */
export function runRules<C>(rules: readonly Rule<C>[], context: C, expectations: Expectations): CheckResult {
  const findings: Finding[] = [];
  const notChecked: NotChecked[] = [];
  const passed: string[] = [];
  for (const rule of rulesToRun(rules, expectations)) {
    const result = rule.detect(context);
    let reports: readonly Report[];
    if (isNotChecked(result)) {
      const { reasonId, detail } = result.notChecked;
      const base = NOT_CHECKED_REASONS[reasonId];
      notChecked.push({ ruleId: rule.meta.id, reasonId, reason: detail ? `${base} ${detail}` : base });
      reports = result.reports ?? [];
    } else {
      reports = result as readonly Report[];
      if (reports.length === 0) {
        passed.push(rule.meta.id);
        continue;
      }
    }
    for (const report of reports) {
      const finding = toFinding(rule.meta, report, expectations);
      if (finding) findings.push(finding);
    }
  }
  return { findings: findings.length > 1 ? sortFindings(findings) : findings, notChecked, passed };
}
