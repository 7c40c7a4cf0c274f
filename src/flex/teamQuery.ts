/**
 * All workers of the workspace from Flex's live index (`tr-worker`), kept up to date, in a workspace of
 * any size. Pure over a structural client type: the real `manager.insightsClient`, the sandbox's
 * simulated index and the tests' fake all fit it.
 *
 * How a large workspace is split. The Live Query Language (https://www.twilio.com/docs/sync/live-query)
 * has only `and`, `or`, `in`, `not_in`, `eq` (`==`), `not_eq` (`!=`) and `contains`, on string values:
 * no `>`/`<` and no prefix operator, so "friendly_name from A to F" cannot be written. An expression must
 * stay under 30 operators (error 54509) and any array under 30 items (54510, which Flex's own enum calls
 * `TooManyItems`). Worker SIDs are `WK` + 32 lowercase hex digits and `W`/`K` are not hex digits, so
 * `data.worker_sid CONTAINS "WK3f"` matches exactly the SIDs that *start* with `3f`: a prefix query with
 * one operator and no array. Splitting a prefix into its 16 one-digit-longer children is a true
 * partition (every worker is in exactly one shard, whatever its SID), so merging is a plain union and a
 * live update or removal always comes from the one shard that owns the worker.
 *
 * What a live query does with a result set larger than the index allows is not documented
 * [inferred: it fails]. We treat an answer with code 54510 as "too many items: split and retry" — the
 * only reading under which it can happen to our expressions, which have one operator and no array —
 * and stop splitting at `maxDepth` or `maxQueries` (Sync allows 2,000 subscriptions per connection,
 * error 54419, shared with Flex itself), reporting the workers still missing as partial.
 */
import type { Manager } from '@twilio/flex-ui';

export const WORKER_INDEX = 'tr-worker';
export const TOO_MANY_ITEMS = 54510;
export const TOO_MANY_OPERATORS = 54509;
const HEX = '0123456789abcdef';

/** One worker as the `tr-worker` index holds it (Flex's `InsightsWorkerData`, which it does not export). */
export interface WorkerItem {
  readonly worker_sid: string;
  readonly friendly_name: string;
  readonly activity_name: string;
  /** An object in practice; a JSON string is tolerated. */
  readonly attributes: unknown;
  readonly date_updated: string;
  readonly date_activity_changed: string;
  readonly team_sid?: string;
  readonly queue_sids?: readonly string[];
}

export interface ItemUpdatedEvent {
  readonly key: string;
  readonly value: object;
}

export interface ItemRemovedEvent {
  readonly key: string;
}

/** The part of twilio-sync's `LiveQuery` this module uses. */
export interface LiveQueryLike {
  getItems(): Readonly<Record<string, object>>;
  on(event: 'itemUpdated', listener: (event: ItemUpdatedEvent) => void): unknown;
  on(event: 'itemRemoved', listener: (event: ItemRemovedEvent) => void): unknown;
  close(): void;
}

/** The part of `manager.insightsClient` (a twilio-sync `SyncClient`) this module uses. */
export interface InsightsClientLike {
  liveQuery(indexName: string, queryExpression: string): Promise<LiveQueryLike>;
}

// Fails the type check if twilio-sync's client (as Flex types it) stops fitting this module.
type RealInsightsClient = Manager['insightsClient'];
export const assertRealClientFits = (client: RealInsightsClient): InsightsClientLike => client;

/** The expression for one shard: every worker whose SID starts with `prefix` (all of them for ""). */
export function shardExpression(prefix: string): string {
  if (!/^[0-9a-f]*$/.test(prefix)) throw new Error(`Not a hex prefix: ${prefix}`);
  return `data.worker_sid CONTAINS "WK${prefix}"`;
}

/** The 16 shards a shard splits into. */
export function childPrefixes(prefix: string): string[] {
  return [...HEX].map((digit) => prefix + digit);
}

function errorCode(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, status } = error as { code?: unknown; status?: unknown };
  if (typeof code === 'number') return code;
  if (typeof code === 'string' && /^\d+$/.test(code)) return Number(code);
  return typeof status === 'number' && status >= 50000 ? status : undefined;
}

function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  return String(error);
}

/** Narrows an index value to a worker item; anything else is ignored. */
export function asWorkerItem(key: string, value: unknown): WorkerItem | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const text = (field: string): string => (typeof v[field] === 'string' ? (v[field] as string) : '');
  return {
    worker_sid: text('worker_sid') || key,
    friendly_name: text('friendly_name'),
    activity_name: text('activity_name'),
    attributes: v['attributes'],
    date_updated: text('date_updated'),
    date_activity_changed: text('date_activity_changed'),
    ...(typeof v['team_sid'] === 'string' ? { team_sid: v['team_sid'] } : {}),
    ...(Array.isArray(v['queue_sids']) ? { queue_sids: v['queue_sids'].filter((q) => typeof q === 'string') } : {}),
  };
}

export interface TeamQueryPartial {
  /** Plain words for people; shown in the Team view. */
  readonly reason: string;
  /** The Sync error code behind it, when there is one. */
  readonly code?: number;
  /** SID prefixes of the shards that could not be loaded ("" = everything). */
  readonly missingPrefixes: readonly string[];
}

export interface TeamQueryProgress {
  /** Workers loaded so far. */
  readonly loaded: number;
  /** Live queries open. */
  readonly queries: number;
  /** Shards still being asked for. */
  readonly pending: number;
  readonly done: boolean;
  readonly partial?: TeamQueryPartial;
}

export interface TeamQueryListener {
  /** A worker appeared or changed (initial load and live updates alike). */
  readonly onWorker?: (sid: string, item: WorkerItem) => void;
  readonly onRemoved?: (sid: string) => void;
  readonly onProgress?: (progress: TeamQueryProgress) => void;
}

export interface TeamQueryOptions extends TeamQueryListener {
  readonly client: InsightsClientLike;
  /** How many hex digits a shard prefix may have (each level × 16 shards). Default 3 (4,096 shards). */
  readonly maxDepth?: number;
  /** Live queries this module may open at most. Default 256, well under Sync's 2,000 per connection. */
  readonly maxQueries?: number;
  /** Queries asked for at the same time (Sync allows 20 live queries per second per identity). Default 4. */
  readonly concurrency?: number;
}

export interface TeamQuery {
  /** Current workers by SID. */
  readonly items: ReadonlyMap<string, WorkerItem>;
  progress(): TeamQueryProgress;
  /** Resolves when every shard has answered (loaded or given up). */
  readonly ready: Promise<TeamQueryProgress>;
  /** Closes every live query; late answers are closed as they arrive. */
  close(): void;
}

/**
 * Opens the live team query: the whole index first, then, if the index answers "too many items",
 * shards by SID prefix, splitting only the shards that are still too large.
 */
export function openTeamQuery(options: TeamQueryOptions): TeamQuery {
  const { client, onWorker, onRemoved, onProgress } = options;
  const maxDepth = options.maxDepth ?? 3;
  const maxQueries = options.maxQueries ?? 256;
  const concurrency = Math.max(1, options.concurrency ?? 4);

  const items = new Map<string, WorkerItem>();
  const owner = new Map<string, string>(); // sid → prefix of the shard that holds it
  const open: LiveQueryLike[] = [];
  const queue: string[] = [''];
  const missing: { prefix: string; code?: number; reason: string }[] = [];
  let inFlight = 0;
  let asked = 0;
  let closed = false;
  let resolveReady: (progress: TeamQueryProgress) => void = () => undefined;
  const ready = new Promise<TeamQueryProgress>((resolve) => (resolveReady = resolve));

  const progress = (): TeamQueryProgress => {
    const done = queue.length === 0 && inFlight === 0;
    return {
      loaded: items.size,
      queries: open.length,
      pending: queue.length + inFlight,
      done,
      ...(missing.length > 0 ? { partial: describePartial(missing) } : {}),
    };
  };
  const report = (): void => onProgress?.(progress());

  const accept = (prefix: string, key: string, value: unknown): void => {
    const item = asWorkerItem(key, value);
    if (!item) return;
    items.set(key, item);
    owner.set(key, prefix);
    onWorker?.(key, item);
  };

  const subscribe = (prefix: string, query: LiveQueryLike): void => {
    open.push(query);
    for (const [key, value] of Object.entries(query.getItems())) accept(prefix, key, value);
    query.on('itemUpdated', ({ key, value }) => {
      if (closed) return;
      accept(prefix, key, value);
    });
    query.on('itemRemoved', ({ key }) => {
      if (closed || owner.get(key) !== prefix) return;
      items.delete(key);
      owner.delete(key);
      onRemoved?.(key);
    });
  };

  const pump = (): void => {
    while (!closed && inFlight < concurrency && queue.length > 0) {
      const prefix = queue.shift() as string;
      if (asked >= maxQueries) {
        missing.push({ prefix, reason: `more than ${maxQueries} live queries would be needed` });
        continue;
      }
      asked += 1;
      inFlight += 1;
      client.liveQuery(WORKER_INDEX, shardExpression(prefix)).then(
        (query) => {
          inFlight -= 1;
          if (closed) query.close();
          else subscribe(prefix, query);
          settle();
        },
        (error: unknown) => {
          inFlight -= 1;
          const code = errorCode(error);
          if (code === TOO_MANY_ITEMS && prefix.length < maxDepth) queue.push(...childPrefixes(prefix));
          else missing.push({ prefix, ...(code !== undefined ? { code } : {}), reason: errorText(error) });
          settle();
        },
      );
    }
  };

  const settle = (): void => {
    if (closed) return;
    pump();
    report();
    if (queue.length === 0 && inFlight === 0) resolveReady(progress());
  };

  pump();
  report();

  return {
    items,
    progress,
    ready,
    close(): void {
      if (closed) return;
      closed = true;
      queue.length = 0;
      for (const query of open.splice(0)) query.close();
      resolveReady(progress());
    },
  };
}

function describePartial(missing: readonly { prefix: string; code?: number; reason: string }[]): TeamQueryPartial {
  const first = missing[0] as { prefix: string; code?: number; reason: string };
  const share = missing.reduce((sum, m) => sum + 16 ** -m.prefix.length, 0);
  const percent = share >= 1 ? 'all' : `about ${Math.max(1, Math.round(share * 100))}%`;
  const why =
    first.code === TOO_MANY_ITEMS
      ? 'the live index still answered "too many items" (54510) after splitting'
      : first.code === TOO_MANY_OPERATORS
        ? 'the live index refused the query (54509, too many operators)'
        : first.code !== undefined
          ? `the live index answered error ${first.code}: ${first.reason}`
          : first.reason;
  return {
    reason: `Workers are missing (${percent} of worker SIDs not loaded): ${why}.`,
    ...(first.code !== undefined ? { code: first.code } : {}),
    missingPrefixes: missing.map((m) => m.prefix),
  };
}
