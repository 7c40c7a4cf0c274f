import { generateWorkforce } from '../../sandbox/workforce';
import { parseExpression, SimulatedIndex } from '../../sandbox/simulatedIndex';
import {
  childPrefixes,
  openTeamQuery,
  shardExpression,
  TOO_MANY_ITEMS,
  type TeamQueryProgress,
  type WorkerItem,
} from '../../src/flex/teamQuery';

function workers(count: number, seed = 7): WorkerItem[] {
  return generateWorkforce({ seed, size: count });
}

describe('shard expressions', () => {
  it('uses one documented operator and no array, so no split can hit 54509 or the array limit', () => {
    const parsed = parseExpression(shardExpression('3f'));
    expect(parsed.operators).toBe(1);
    expect(parsed.largestArray).toBe(0);
    expect(shardExpression('')).toBe('data.worker_sid CONTAINS "WK"');
  });

  it('splits a prefix into a partition of 16 one-digit-longer prefixes', () => {
    expect(childPrefixes('a')).toEqual([...'0123456789abcdef'].map((d) => `a${d}`));
    expect(() => shardExpression('" OR 1')).toThrow();
  });
});

describe('openTeamQuery over a simulated index', () => {
  it('loads a small workspace with a single query', async () => {
    const index = new SimulatedIndex(workers(150), { cap: 200 });
    const query = openTeamQuery({ client: index });
    const progress = await query.ready;
    expect(progress).toMatchObject({ loaded: index.size, done: true, queries: 1 });
    expect(progress.partial).toBeUndefined();
    expect(index.log).toHaveLength(1);
    query.close();
    expect(index.openQueries).toBe(0);
  });

  it('splits by SID prefix when the index answers 54510 and merges every worker exactly once', async () => {
    const all = workers(2400);
    const index = new SimulatedIndex(all, { cap: 200 });
    const seen: string[] = [];
    const query = openTeamQuery({ client: index, onWorker: (sid) => seen.push(sid) });
    const progress = await query.ready;
    expect(index.log[0]).toMatchObject({ expression: shardExpression(''), outcome: TOO_MANY_ITEMS });
    expect(progress.partial).toBeUndefined();
    expect(progress.loaded).toBe(all.length);
    expect(new Set(query.items.keys())).toEqual(new Set(all.map((w) => w.worker_sid)));
    expect(seen).toHaveLength(all.length); // no worker delivered twice: the shards are a partition
    // Only the shards that were too large were split further; nothing over the cap was ever accepted.
    for (const entry of index.log) if (entry.outcome === 'ok') expect(entry.size).toBeLessThanOrEqual(200);
    expect(progress.queries).toBe(index.openQueries);
    query.close();
    expect(index.openQueries).toBe(0);
  });

  it('splits again, two levels deep, when shards are still too large', async () => {
    const index = new SimulatedIndex(workers(2400), { cap: 40 });
    const query = openTeamQuery({ client: index, maxQueries: 1000 });
    const progress = await query.ready;
    expect(progress.loaded).toBe(2400 + 24);
    expect(index.log.some((e) => e.expression.includes('"WK') && /WK[0-9a-f]{2}"/.test(e.expression))).toBe(true);
    query.close();
  });

  it('reports partial with the reason when a split still fails', async () => {
    const all = workers(2400);
    const index = new SimulatedIndex(all, { cap: 200, failPrefixes: { '7': 54007 } });
    const progress: TeamQueryProgress[] = [];
    const query = openTeamQuery({ client: index, onProgress: (p) => progress.push(p) });
    const final = await query.ready;
    const missing = all.filter((w) => w.worker_sid.startsWith('WK7')).length;
    expect(final.loaded).toBe(all.length - missing);
    expect(final.partial).toMatchObject({ code: 54007, missingPrefixes: ['7'] });
    expect(final.partial?.reason).toMatch(/about 6% of worker SIDs/);
    // Progress is reported while loading, with a growing count.
    const counts = progress.map((p) => p.loaded);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(progress.some((p) => !p.done && p.loaded > 0)).toBe(true);
    query.close();
  });

  it('gives up at the depth limit and says the index still answered 54510', async () => {
    const index = new SimulatedIndex(workers(600), { cap: 10 });
    const query = openTeamQuery({ client: index, maxDepth: 1 });
    const final = await query.ready;
    expect(final.partial?.code).toBe(TOO_MANY_ITEMS);
    expect(final.partial?.reason).toMatch(/too many items/);
    expect(final.loaded).toBeLessThan(600);
    query.close();
  });

  it('stops at maxQueries instead of opening thousands of subscriptions', async () => {
    const index = new SimulatedIndex(workers(2400), { cap: 5 });
    const query = openTeamQuery({ client: index, maxQueries: 20 });
    const final = await query.ready;
    expect(index.log.length).toBeLessThanOrEqual(20);
    expect(final.partial?.reason).toMatch(/more than 20 live queries/);
    query.close();
  });

  it('follows live updates and removals from the shard that owns the worker', async () => {
    const all = workers(2400);
    const index = new SimulatedIndex(all, { cap: 200 });
    const updated: string[] = [];
    const removed: string[] = [];
    const query = openTeamQuery({
      client: index,
      onWorker: (sid) => updated.push(sid),
      onRemoved: (sid) => removed.push(sid),
    });
    await query.ready;
    updated.length = 0;
    const target = all[100] as WorkerItem;
    index.upsert({ ...target, attributes: { ...(target.attributes as object), location: 'Lisbon' } });
    expect(updated).toEqual([target.worker_sid]);
    expect((query.items.get(target.worker_sid)?.attributes as { location: string }).location).toBe('Lisbon');
    index.remove(target.worker_sid);
    expect(removed).toEqual([target.worker_sid]);
    expect(query.items.has(target.worker_sid)).toBe(false);
    query.close();
  });

  it('closes answers that arrive after close()', async () => {
    const index = new SimulatedIndex(workers(100), { cap: 200, latencyMs: 5 });
    const query = openTeamQuery({ client: index });
    query.close();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(index.openQueries).toBe(0);
    expect(query.items.size).toBe(0);
  });
});
