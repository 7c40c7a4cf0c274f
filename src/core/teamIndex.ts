/**
 * The team rules kept current one worker at a time, for the live Team tab. A rule over groups
 * (`defineGroupRule`; duplicate-worker-email: by email) keeps an index from key to workers, and a change
 * re-runs the rule's group `detect` on the group the worker left and the group it joined only; a rule
 * without groups is a single group of everyone, re-run over all. The result is the one `checkTeamRules`
 * gives on the workers in insertion order (tests/core/teamIndex.test.ts compares the two), for workers
 * that have a sid.
 */
import { runRules, sortFindings } from './engine';
import { teamRules } from './rules';
import type { CheckResult, DiagnosticsConfig, Finding, NotChecked, Rule, TeamRule, WorkerSnapshot } from './types';

interface Member {
  readonly worker: WorkerSnapshot;
  /** Insertion order: where the worker stands in a full rescan. */
  readonly position: number;
}

interface Group {
  readonly members: Map<string, Member>;
  /** The rule's result on this group when last run; undefined while it needs a run. */
  result?: CheckResult;
}

const EVERYONE = () => '';

interface GroupContext {
  readonly workers: readonly WorkerSnapshot[];
  readonly positions: readonly number[];
}

class RuleIndex {
  private readonly groups = new Map<string, Group>();
  private readonly keyOf = new Map<string, string>();
  private readonly dirty = new Set<Group>();
  /** Groups whose last run found something (or could not run). */
  private readonly failing = new Set<Group>();

  private readonly groupBy: (worker: WorkerSnapshot) => string | undefined;
  /** Groups smaller than this cannot report: they are not run. */
  private readonly minSize: number;
  /** What runs on one group: the rule's group `detect`, or the rule itself on everyone. */
  private readonly run: (workers: readonly WorkerSnapshot[], positions: readonly number[]) => CheckResult;

  constructor(
    readonly rule: TeamRule,
    expectations: DiagnosticsConfig,
  ) {
    const { group } = rule;
    this.groupBy = group?.key ?? EVERYONE;
    this.minSize = group?.minSize ?? 1;
    if (group) {
      const rules: readonly Rule<GroupContext>[] = [
        { meta: rule.meta, detect: ({ workers, positions }) => group.detect(workers, positions) },
      ];
      this.run = (workers, positions) => runRules(rules, { workers, positions }, expectations);
    } else {
      const rules = [rule];
      this.run = (workers) => runRules(rules, { workers, expectations }, expectations);
    }
  }

  set(id: string, member: Member): void {
    this.leave(id);
    const key = this.groupBy(member.worker);
    if (key === undefined) return;
    let group = this.groups.get(key);
    if (!group) this.groups.set(key, (group = { members: new Map() }));
    group.members.set(id, member);
    this.keyOf.set(id, key);
    this.dirty.add(group);
  }

  leave(id: string): void {
    const key = this.keyOf.get(id);
    if (key === undefined) return;
    this.keyOf.delete(id);
    const group = this.groups.get(key) as Group;
    group.members.delete(id);
    if (group.members.size > 0) this.dirty.add(group);
    else {
      this.groups.delete(key);
      this.dirty.delete(group);
      this.failing.delete(group);
    }
  }

  /** Groups with something to say, in the order a full rescan meets their first worker. */
  results(): CheckResult[] {
    for (const group of this.dirty) {
      if (group.members.size < this.minSize) {
        this.failing.delete(group);
        continue;
      }
      const members = [...group.members.values()].sort((a, b) => a.position - b.position);
      group.result = this.run(
        members.map((m) => m.worker),
        members.map((m) => m.position),
      );
      if (group.result.passed.length === 0) this.failing.add(group);
      else this.failing.delete(group);
    }
    this.dirty.clear();
    const first = (group: Group) => Math.min(...[...group.members.values()].map((m) => m.position));
    return [...this.failing]
      .map((group) => ({ result: group.result as CheckResult, at: first(group) }))
      .sort((a, b) => a.at - b.at)
      .map(({ result }) => result);
  }
}

export class TeamRuleIndex {
  private readonly members = new Map<string, Member>();
  private readonly indexes: RuleIndex[];
  private next = 0;
  private cached: CheckResult | undefined;

  constructor(expectations: DiagnosticsConfig, rules: readonly TeamRule[] = teamRules) {
    this.indexes = rules
      .filter((rule) => expectations.ruleSeverity[rule.meta.id] !== 'off')
      .map((rule) => new RuleIndex(rule, expectations));
  }

  /** A worker appeared or changed (`id`: its sid). It keeps its place when it changes. */
  set(id: string, worker: WorkerSnapshot): void {
    const member = { worker, position: this.members.get(id)?.position ?? this.next++ };
    this.members.set(id, member);
    for (const index of this.indexes) index.set(id, member);
    this.cached = undefined;
  }

  delete(id: string): void {
    if (!this.members.delete(id)) return;
    for (const index of this.indexes) index.leave(id);
    this.cached = undefined;
  }

  /** The team rules' result, as `checkTeamRules` gives it over the workers in insertion order. */
  result(): CheckResult {
    if (this.cached) return this.cached;
    const findings: Finding[] = [];
    const notChecked: NotChecked[] = [];
    const passed: string[] = [];
    for (const index of this.indexes) {
      const results = index.results();
      if (results.length === 0) passed.push(index.rule.meta.id);
      for (const result of results) {
        findings.push(...result.findings);
        notChecked.push(...result.notChecked);
      }
    }
    this.cached = { findings: sortFindings(findings), notChecked, passed };
    return this.cached;
  }
}
