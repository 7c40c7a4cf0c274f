import { countOf } from './disclose';
import { runRules } from './engine';
import { ruleById, teamRules, workerRules } from './rules';
import {
  SEVERITY_ORDER,
  type CheckResult,
  type DiagnosticsConfig,
  type Finding,
  type Severity,
  type WorkerRuleContext,
  type WorkerSnapshot,
} from './types';

/** What a worker rule runs on: the worker, the configuration, and the worker's attribute names listed once. */
export function workerContext(worker: WorkerSnapshot, expectations: DiagnosticsConfig): WorkerRuleContext {
  return { worker, expectations, keys: Object.keys(worker.attributes) };
}

/** Runs every worker rule on one worker. */
export function checkWorker(worker: WorkerSnapshot, expectations: DiagnosticsConfig): CheckResult {
  return runRules(workerRules, workerContext(worker, expectations), expectations);
}

export interface TeamCheck {
  readonly workers: readonly { readonly worker: WorkerSnapshot; readonly result: CheckResult }[];
  /** Findings of the team rules (across workers). */
  readonly team: CheckResult;
  /** Rule id → number of workers it hits, from the worker rules; team rules count the workers they name. */
  readonly summary: Readonly<Record<string, number>>;
}

/** Runs the team rules over all workers (cheap: linear), without re-checking any worker. */
export function checkTeamRules(workers: readonly WorkerSnapshot[], expectations: DiagnosticsConfig): CheckResult {
  return runRules(teamRules, { workers, expectations }, expectations);
}

/** The rule ids a worker's findings name, each once. */
export function rulesHit(result: CheckResult): string[] {
  const ids: string[] = [];
  for (const { ruleId } of result.findings) if (!ids.includes(ruleId)) ids.push(ruleId);
  return ids;
}

/** Counts, for each rule, how many workers it hits. */
export function summarize(results: readonly CheckResult[]): Record<string, number> {
  const summary: Record<string, number> = {};
  for (const result of results) {
    if (result.findings.length === 0) continue; // most workers
    for (const ruleId of rulesHit(result)) summary[ruleId] = (summary[ruleId] ?? 0) + 1;
  }
  return summary;
}

/** Adds to a worker-rule summary the workers each team rule's findings name. */
export function addTeamCounts(summary: Record<string, number>, team: CheckResult): Record<string, number> {
  for (const finding of team.findings) {
    const named = finding.data['workers'];
    summary[finding.ruleId] = (summary[finding.ruleId] ?? 0) + (named !== undefined ? countOf(named) : 1);
  }
  return summary;
}

/**
 * Rule id → workers hit: each worker rule counts the workers it fires on, each team rule the workers
 * its findings name. The CLI's check-team and the live Team tab both count this way.
 */
export function teamSummary(results: readonly CheckResult[], team: CheckResult): Record<string, number> {
  return addTeamCounts(summarize(results), team);
}

export interface RankedRule {
  readonly ruleId: string;
  /** Workers hit (team rules: the workers their findings name). */
  readonly count: number;
  /** The most severe finding of the rule in the team (a rule can report errors and warnings). */
  readonly severity: Severity;
}

/**
 * The rules that hit workers, in the one order the Team tab, the export and the CLI list them: errors
 * first, then by how many workers each hits, then by id.
 */
export function rankRules(
  summary: Readonly<Record<string, number>>,
  findings: Iterable<readonly Finding[]> = [],
): RankedRule[] {
  const worst = new Map<string, Severity>();
  for (const list of findings) {
    for (const f of list) {
      const seen = worst.get(f.ruleId);
      if (seen === undefined || SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[seen]) worst.set(f.ruleId, f.severity);
    }
  }
  return Object.entries(summary)
    .filter(([, count]) => count > 0)
    .map(([ruleId, count]) => ({
      ruleId,
      count,
      severity: worst.get(ruleId) ?? ruleById(ruleId)?.meta.severity ?? 'info',
    }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        b.count - a.count ||
        a.ruleId.localeCompare(b.ruleId),
    );
}

/** Checks a whole team: every worker, then the team rules. */
export function checkTeam(workers: readonly WorkerSnapshot[], expectations: DiagnosticsConfig): TeamCheck {
  const checked = workers.map((worker) => ({ worker, result: checkWorker(worker, expectations) }));
  const team = checkTeamRules(workers, expectations);
  return {
    workers: checked,
    team,
    summary: teamSummary(
      checked.map((c) => c.result),
      team,
    ),
  };
}
