/**
 * The Team view's results, kept per worker SID. A worker that appears or changes is re-checked alone
 * (one `checkWorker` call); the team rules, which are linear and cheap, run again over everyone.
 * Unchanged rows keep their object identity so the view re-renders only what changed.
 */
import { checkTeamRules, checkWorker, teamSummary } from '../core/check';
import { chooseIdp } from '../core/idp';
import type { CheckResult, Expectations, WorkerAttributes, WorkerSnapshot } from '../core/types';
import type { TeamRow } from '../ui/types';
import type { WorkerItem } from './teamQuery';

export interface Checkers {
  readonly checkWorker: typeof checkWorker;
  readonly checkTeamRules: typeof checkTeamRules;
}

const DEFAULT_CHECKERS: Checkers = { checkWorker, checkTeamRules };

/** Attributes as the index holds them: an object, or (tolerated) its JSON text. */
export function parseAttributes(raw: unknown): WorkerAttributes {
  let value = raw;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return {};
    }
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as WorkerAttributes) : {};
}

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
  private cached: TeamSnapshot | undefined;

  constructor(
    private readonly expectations: Expectations,
    private readonly checkers: Checkers = DEFAULT_CHECKERS,
  ) {}

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
    this.rows.set(sid, { worker, result, idp });
    this.cached = undefined;
  }

  remove(sid: string): void {
    this.items.delete(sid);
    if (this.rows.delete(sid)) this.cached = undefined;
  }

  row(sid: string): TeamRow | undefined {
    return this.rows.get(sid);
  }

  /** Rows, team rule results and the per-rule summary; the team rules run once per change batch. */
  snapshot(): TeamSnapshot {
    if (this.cached) return this.cached;
    const rows = [...this.rows.values()];
    const team = this.checkers.checkTeamRules(
      rows.map((row) => row.worker),
      this.expectations,
    );
    const summary = teamSummary(
      rows.map((row) => row.result),
      team,
    );
    this.cached = { rows, team, summary };
    return this.cached;
  }
}

/** The index re-sends a worker on any change (activity too); attributes are what the rules read. */
function sameItem(raw: WorkerItem, item: WorkerItem): boolean {
  if (raw.friendly_name !== item.friendly_name) return false;
  if (raw.attributes === item.attributes) return true;
  return JSON.stringify(raw.attributes) === JSON.stringify(item.attributes);
}
