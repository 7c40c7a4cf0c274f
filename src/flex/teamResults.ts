/**
 * The Team view's results, kept per worker SID. A worker that appears or changes is re-checked alone
 * (one `checkWorker` call); the team rules are updated for that worker only (an email index for
 * duplicate-worker-email, core/teamIndex.ts), and so is the per-rule summary. Unchanged rows keep
 * their object identity so the view re-renders only what changed.
 */
import { addTeamCounts, checkWorker, rulesHit } from '../core/check';
import { chooseIdp } from '../core/idp';
import { TeamRuleIndex } from '../core/teamIndex';
import type { CheckResult, DiagnosticsConfig, WorkerSnapshot } from '../core/types';
import type { TeamRow } from '../ui/types';
import { parseAttributes } from './manager';
import type { WorkerItem } from './teamQuery';

export interface Checkers {
  readonly checkWorker: typeof checkWorker;
  /** The team rules, updated one worker at a time. */
  readonly teamRules: (expectations: DiagnosticsConfig) => Pick<TeamRuleIndex, 'set' | 'delete' | 'result'>;
}

const DEFAULT_CHECKERS: Checkers = { checkWorker, teamRules: (expectations) => new TeamRuleIndex(expectations) };

export function snapshotOfItem(item: WorkerItem): WorkerSnapshot {
  return { sid: item.worker_sid, name: item.friendly_name, attributes: parseAttributes(item.attributes) };
}

export interface TeamSnapshot {
  readonly rows: readonly TeamRow[];
  readonly team: CheckResult;
  readonly summary: Readonly<Record<string, number>>;
}

export class TeamResults {
  private readonly rows = new Map<string, TeamRow>();
  private readonly items = new Map<string, WorkerItem>();
  private readonly team: Pick<TeamRuleIndex, 'set' | 'delete' | 'result'>;
  /** Rule id → workers its worker rules hit, kept as rows come and go (the team rules' counts are added on read). */
  private readonly workerSummary: Record<string, number> = {};
  /** The rows in insertion order, while no row was added or removed since (a change replaces one in a copy). */
  private list: TeamRow[] | undefined;
  private readonly at = new Map<string, number>();
  private cached: TeamSnapshot | undefined;

  constructor(
    private readonly expectations: DiagnosticsConfig,
    private readonly checkers: Checkers = DEFAULT_CHECKERS,
  ) {
    this.team = checkers.teamRules(expectations);
  }

  get size(): number {
    return this.rows.size;
  }

  /** A worker appeared or changed: re-check it, and only it. */
  upsert(sid: string, item: WorkerItem): void {
    const previous = this.items.get(sid);
    if (previous && sameItem(previous, item)) return;
    this.items.set(sid, item);
    const worker = snapshotOfItem(item);
    const result = this.checkers.checkWorker(worker, this.expectations);
    const idp = chooseIdp({ configured: this.expectations.idp, attributes: worker.attributes });
    const row = { worker, result, idp };
    const old = this.rows.get(sid);
    if (old) this.count(old.result, -1);
    this.count(result, 1);
    this.rows.set(sid, row);
    this.team.set(sid, worker);
    const index = this.at.get(sid);
    if (this.list && index !== undefined) {
      this.list = this.cached?.rows === this.list ? [...this.list] : this.list;
      this.list[index] = row;
    } else {
      this.list = undefined;
    }
    this.cached = undefined;
  }

  remove(sid: string): void {
    this.items.delete(sid);
    const old = this.rows.get(sid);
    if (!old) return;
    this.rows.delete(sid);
    this.count(old.result, -1);
    this.team.delete(sid);
    this.list = undefined;
    this.cached = undefined;
  }

  row(sid: string): TeamRow | undefined {
    return this.rows.get(sid);
  }

  /** Rows, team rule results and the per-rule summary, as of the last change. */
  snapshot(): TeamSnapshot {
    if (this.cached) return this.cached;
    if (!this.list) {
      this.list = [...this.rows.values()];
      this.at.clear();
      this.list.forEach((row, index) => this.at.set(row.worker.sid as string, index));
    }
    const team = this.team.result();
    const summary: Record<string, number> = {};
    for (const [ruleId, count] of Object.entries(this.workerSummary)) if (count > 0) summary[ruleId] = count;
    this.cached = { rows: this.list, team, summary: addTeamCounts(summary, team) };
    return this.cached;
  }

  private count(result: CheckResult, by: 1 | -1): void {
    for (const ruleId of rulesHit(result)) this.workerSummary[ruleId] = (this.workerSummary[ruleId] ?? 0) + by;
  }
}

/** The index re-sends a worker on any change (activity too); attributes are what the rules read. */
function sameItem(raw: WorkerItem, item: WorkerItem): boolean {
  if (raw.friendly_name !== item.friendly_name) return false;
  if (raw.attributes === item.attributes) return true;
  return JSON.stringify(raw.attributes) === JSON.stringify(item.attributes);
}
