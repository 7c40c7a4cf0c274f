/**
 * The team rules kept current one worker at a time, for the live Team tab: a rule that declares
 * `groupBy` (duplicate-worker-email: the email) keeps an index from key to workers, and a change
 * re-runs it on the group the worker left and the group it joined only; any other team rule re-runs
 * over everyone. The result is the one `checkTeamRules` gives on the workers in insertion order
 * (tests/core/teamIndex.test.ts compares the two), for workers that have a sid.
 */
import { runRules, sortFindings } from './engine';
import { teamRules } from './rules';
import type { CheckResult, Expectations, Finding, NotChecked, TeamRule, WorkerSnapshot } from './types';

interface Member {
  readonly worker: WorkerSnapshot;
  /** Insertion order: where the worker stands in a full rescan. */
  readonly position: number;
}

interface Group {
  readonly members: Map<string, Member>;
  /** The group's findings when last run; undefined while it needs a run. */
  findings?: readonly Finding[];
}

class GroupedRule {
  private readonly groups = new Map<string, Group>();
  private readonly keyOf = new Map<string, string>();
  private readonly dirty = new Set<Group>();
  /** Groups that have findings, the order of their first member being the order of a full rescan. */
  private readonly failing = new Set<Group>();
  private cached: readonly Finding[] | undefined;

  constructor(
    private readonly rule: TeamRule,
    private readonly groupBy: NonNullable<TeamRule['groupBy']>,
    private readonly expectations: Expectations,
  ) {}

  isFor(rule: TeamRule): boolean {
    return rule === this.rule;
  }

  set(id: string, member: Member): void {
    this.leave(id);
    const key = this.groupBy(member.worker);
    if (key === undefined) return;
    let group = this.groups.get(key);
    if (!group) {
      group = { members: new Map() };
      this.groups.set(key, group);
    }
    group.members.set(id, member);
    this.keyOf.set(id, key);
    this.touch(group);
  }

  leave(id: string): void {
    const key = this.keyOf.get(id);
    if (key === undefined) return;
    this.keyOf.delete(id);
    const group = this.groups.get(key) as Group;
    group.members.delete(id);
    if (group.members.size === 0) {
      this.groups.delete(key);
      this.dirty.delete(group);
      if (this.failing.delete(group)) this.cached = undefined;
    } else {
      this.touch(group);
    }
  }

  private touch(group: Group): void {
    group.findings = undefined;
    this.dirty.add(group);
    this.cached = undefined;
  }

  findings(): readonly Finding[] {
    for (const group of this.dirty) {
      const workers = [...group.members.values()].sort((a, b) => a.position - b.position).map((m) => m.worker);
      group.findings = runRules([this.rule], { workers, expectations: this.expectations }, this.expectations).findings;
      if (group.findings.length > 0) this.failing.add(group);
      else this.failing.delete(group);
    }
    this.dirty.clear();
    if (!this.cached) {
      const first = (group: Group) => Math.min(...[...group.members.values()].map((m) => m.position));
      this.cached = [...this.failing]
        .map((group) => ({ group, at: first(group) }))
        .sort((a, b) => a.at - b.at)
        .flatMap(({ group }) => group.findings as readonly Finding[]);
    }
    return this.cached;
  }
}

export class TeamRuleIndex {
  private readonly members = new Map<string, Member>();
  private readonly grouped: GroupedRule[] = [];
  private readonly others: TeamRule[] = [];
  private next = 0;
  private cached: CheckResult | undefined;

  constructor(
    private readonly expectations: Expectations,
    private readonly rules: readonly TeamRule[] = teamRules,
  ) {
    for (const rule of rules) {
      if (expectations.ruleSeverity[rule.meta.id] === 'off') continue;
      if (rule.groupBy) this.grouped.push(new GroupedRule(rule, rule.groupBy, expectations));
      else this.others.push(rule);
    }
  }

  /** A worker appeared or changed (`id`: its sid). It keeps its place when it changes. */
  set(id: string, worker: WorkerSnapshot): void {
    const position = this.members.get(id)?.position ?? this.next++;
    const member = { worker, position };
    this.members.set(id, member);
    for (const rule of this.grouped) rule.set(id, member);
    this.cached = undefined;
  }

  delete(id: string): void {
    if (!this.members.delete(id)) return;
    for (const rule of this.grouped) rule.leave(id);
    this.cached = undefined;
  }

  /** The team rules' result, as `checkTeamRules` gives it over the workers in insertion order. */
  result(): CheckResult {
    if (this.cached) return this.cached;
    const findings: Finding[] = [];
    const notChecked: NotChecked[] = [];
    const passed: string[] = [];
    const others =
      this.others.length > 0
        ? runRules(
            this.others,
            { workers: [...this.members.values()].map((m) => m.worker), expectations: this.expectations },
            this.expectations,
          )
        : undefined;
    // Rule order, as runRules keeps it within a severity.
    for (const rule of this.rules) {
      const grouped = this.grouped.find((g) => g.isFor(rule));
      if (grouped) {
        const found = grouped.findings();
        if (found.length > 0) findings.push(...found);
        else passed.push(rule.meta.id);
      } else if (others) {
        const id = rule.meta.id;
        findings.push(...others.findings.filter((f) => f.ruleId === id));
        notChecked.push(...others.notChecked.filter((n) => n.ruleId === id));
        if (others.passed.includes(id)) passed.push(id);
      }
    }
    this.cached = { findings: sortFindings(findings), notChecked, passed };
    return this.cached;
  }
}
