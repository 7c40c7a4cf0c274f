import { fillTemplate, NOT_CHECKED_REASONS } from './messages';
import {
  SEVERITY_ORDER,
  type CheckResult,
  type DetectResult,
  type DiagnosticsConfig,
  type Finding,
  type FindingData,
  type NotChecked,
  type NotCheckedReasonId,
  type Report,
  type Rule,
  type RuleMeta,
  type Severity,
  type TeamRule,
  type WorkerGroups,
  type WorkerSnapshot,
} from './types';

/** Declares a rule with its message ids typed, so `detect` can only report a declared one. */
export function defineRule<C, M extends string>(rule: Rule<C, M>): Rule<C, M> {
  return rule;
}

/**
 * Declares a team rule over groups of workers that share a key. Its `detect` over a whole team groups
 * the workers in one pass and runs the group's `detect` on each group, in the order the team meets its
 * first worker; the live Team tab (core/teamIndex.ts) keeps the same groups as workers change and runs
 * the same group `detect` on the ones that changed. One grouping, one meaning of a group, both paths.
 */
export function defineGroupRule<M extends string>(rule: {
  readonly meta: RuleMeta<M>;
  readonly group: WorkerGroups<M>;
}): TeamRule<M> {
  const { key, detect, minSize = 1 } = rule.group;
  return {
    meta: rule.meta,
    group: rule.group,
    detect: ({ workers }) => {
      // Key → the positions of its workers: a number while the group has one (most have), then a list.
      const groups = new Map<string, number | number[]>();
      for (let i = 0; i < workers.length; i++) {
        const k = key(workers[i] as WorkerSnapshot);
        if (k === undefined) continue;
        const group = groups.get(k);
        if (group === undefined) groups.set(k, i);
        else if (typeof group === 'number') groups.set(k, [group, i]);
        else group.push(i);
      }
      const reports: Report<M>[] = [];
      for (const group of groups.values()) {
        if ((typeof group === 'number' ? 1 : group.length) < minSize) continue;
        const positions = typeof group === 'number' ? [group] : group;
        reports.push(
          ...detect(
            positions.map((i) => workers[i] as WorkerSnapshot),
            positions,
          ),
        );
      }
      return reports;
    },
  };
}

/**
 * A finding's `message` is filled the first time something reads it (a view, a report, an export): a team
 * check would otherwise fill 8,000 templates that no one may look at. It is an own, enumerable getter
 * where a plain `message` would be, so JSON, a spread and equality see the same finding with its keys in
 * the same order; the template and the data are the finding's own and immutable, so the text is the
 * one filling it at once gives, and it is filled once.
 */
function toFinding(meta: RuleMeta, report: Report, severity: Severity): Finding {
  const template = (meta.messages as Record<string, string>)[report.messageId];
  if (template === undefined) {
    throw new Error(`Rule ${meta.id} reported undeclared message id "${report.messageId}"`);
  }
  const { messageId, path } = report;
  const data = report.data ?? NO_DATA;
  const fixKey = (meta.messageFixKeys as Record<string, RuleMeta['fixKey']> | undefined)?.[messageId] ?? meta.fixKey;
  let filled: string | undefined;
  return {
    ruleId: meta.id,
    severity,
    messageId,
    get message(): string {
      if (filled === undefined) filled = fillTemplate(template, data);
      return filled;
    },
    // Spreading `{ path }` into the literal reads no getter, and keeps the keys in the order above.
    ...(path !== undefined ? { path } : {}),
    data,
    fixKey,
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

interface SharedNotChecked {
  readonly reasonId: NotCheckedReasonId;
  readonly detail: string | undefined;
  readonly list: readonly [NotChecked];
}

/** What a rule list runs as under one configuration, worked out once (a team check runs it 10,000 times). */
interface ActiveRules<C> {
  /** The rules not switched `off`. */
  readonly rules: readonly Rule<C>[];
  /** Each one's configured severity, or undefined for the rule's own. */
  readonly severities: readonly (Severity | undefined)[];
  /**
   * `passed` lists by which rules passed (bit i: rules[i]), shared and frozen: most workers pass the same
   * rules, and 10,000 copies of the same 25 ids are garbage. Only for lists of up to 30 rules.
   */
  readonly passedLists?: Map<number, readonly string[]>;
  /**
   * Per rule, the last `notChecked` list of one entry it gave, shared and frozen: a rule that cannot run
   * (no token roles in a team check) says the same for every worker. One per rule, so data cannot grow it.
   */
  readonly lastNotChecked: (SharedNotChecked | undefined)[];
}

const activeRules = new WeakMap<readonly Rule<never>[], WeakMap<DiagnosticsConfig, ActiveRules<never>>>();
/** Bits of a passed-mask: a small integer stays a small integer. */
const MASK_BITS = 30;
/** Distinct `passed` lists kept per rule list and configuration; hostile data cannot grow it further. */
const MAX_PASSED_LISTS = 1024;
const NONE: readonly never[] = Object.freeze([]);

/** What a rule returns when it has nothing to report: one frozen empty list, not a new one per worker. */
export const PASS: readonly never[] = NONE;

/**
 * `reports` with `report` added, the list made on the first one: most workers pass most rules, and an
 * empty list per rule per worker is 130,000 pieces of garbage in a team check.
 */
export function withReport<M extends string>(reports: Report<M>[] | undefined, report: Report<M>): Report<M>[] {
  if (reports === undefined) return [report];
  reports.push(report);
  return reports;
}
const NO_DATA: FindingData = Object.freeze({});

/** The last list and configuration asked for, and their answer: a team check asks 10,000 times in a row. */
let last: { rules: readonly Rule<never>[]; expectations: DiagnosticsConfig; active: ActiveRules<never> } | undefined;

function rulesToRun<C>(rules: readonly Rule<C>[], expectations: DiagnosticsConfig): ActiveRules<C> {
  const key = rules as readonly Rule<never>[];
  if (last !== undefined && last.rules === key && last.expectations === expectations) {
    return last.active as ActiveRules<C>;
  }
  let byConfig = activeRules.get(key);
  if (!byConfig) {
    byConfig = new WeakMap();
    activeRules.set(key, byConfig);
  }
  let active = byConfig.get(expectations);
  if (!active) {
    const on = key.filter((rule) => expectations.ruleSeverity[rule.meta.id] !== 'off');
    active = {
      rules: on,
      severities: on.map((rule) => {
        const setting = expectations.ruleSeverity[rule.meta.id];
        return setting === 'off' ? undefined : setting;
      }),
      ...(on.length <= MASK_BITS ? { passedLists: new Map() } : {}),
      lastNotChecked: on.map(() => undefined),
    };
    byConfig.set(expectations, active);
  }
  last = { rules: key, expectations, active };
  return active as ActiveRules<C>;
}

function passedList<C>(active: ActiveRules<C>, lists: Map<number, readonly string[]>, mask: number): readonly string[] {
  let list = lists.get(mask);
  if (list === undefined) {
    list = Object.freeze(active.rules.filter((_, i) => (mask & (1 << i)) !== 0).map((rule) => rule.meta.id));
    if (lists.size < MAX_PASSED_LISTS) lists.set(mask, list);
  }
  return list;
}

/**
 * Runs rules over one context: stamps rule ids, fills messages (when read), applies configured
 * severities, lists rules that could not run (and why), and sorts errors first. Pure: same input, same
 * output. Empty lists and `passed` lists are shared and frozen: a result is read, never changed.
 */
function notCheckedEntry(ruleId: string, reasonId: NotCheckedReasonId, detail?: string): NotChecked {
  const base = NOT_CHECKED_REASONS[reasonId];
  return { ruleId, reasonId, reason: detail ? `${base} ${detail}` : base };
}

/** Every rule that would run under `expectations`, as not checked for one reason (a response without attributes). */
export function notCheckedRules<C>(
  rules: readonly Rule<C>[],
  expectations: DiagnosticsConfig,
  reasonId: NotCheckedReasonId,
  detail?: string,
): NotChecked[] {
  return rulesToRun(rules, expectations).rules.map((rule) => notCheckedEntry(rule.meta.id, reasonId, detail));
}

export function runRules<C>(rules: readonly Rule<C>[], context: C, expectations: DiagnosticsConfig): CheckResult {
  const active = rulesToRun(rules, expectations);
  const { passedLists, lastNotChecked } = active;
  let findings: Finding[] | undefined;
  let notChecked: NotChecked[] | readonly [NotChecked] | undefined;
  const passed: string[] | undefined = passedLists ? undefined : [];
  let mask = 0;
  for (let i = 0; i < active.rules.length; i++) {
    const rule = active.rules[i] as Rule<C>;
    const result = rule.detect(context);
    let reports: readonly Report[];
    if (isNotChecked(result)) {
      const { reasonId, detail } = result.notChecked;
      let shared = lastNotChecked[i];
      if (shared === undefined || shared.reasonId !== reasonId || shared.detail !== detail) {
        const list = Object.freeze([Object.freeze(notCheckedEntry(rule.meta.id, reasonId, detail))] as const);
        shared = { reasonId, detail, list };
        lastNotChecked[i] = shared;
      }
      // Most results have at most one: share that rule's list; copy only to add a second.
      notChecked = notChecked === undefined ? shared.list : [...notChecked, shared.list[0]];
      reports = result.reports ?? NONE;
    } else {
      reports = result as readonly Report[];
      if (reports.length === 0) {
        if (passed) passed.push(rule.meta.id);
        else mask |= 1 << i;
        continue;
      }
    }
    const configured = active.severities[i];
    if (findings === undefined) findings = [];
    for (let r = 0; r < reports.length; r++) {
      const report = reports[r] as Report;
      findings.push(toFinding(rule.meta, report, configured ?? report.severity ?? rule.meta.severity));
    }
  }
  return {
    findings: findings === undefined ? NONE : findings.length > 1 ? sortFindings(findings) : findings,
    notChecked: notChecked ?? NONE,
    passed: passed ?? passedList(active, passedLists as Map<number, readonly string[]>, mask),
  };
}
