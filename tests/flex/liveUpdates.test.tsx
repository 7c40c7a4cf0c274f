import * as React from 'react';
import { act, render } from '@testing-library/react';
import { checkTeamRules, checkWorker, teamSummary } from '../../src/core/check';
import { TeamRuleIndex } from '../../src/core/teamIndex';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { useTeam, type TeamState } from '../../src/flex/hooks';
import { openTeamQuery, type WorkerItem } from '../../src/flex/teamQuery';
import { TeamResults, type Checkers } from '../../src/flex/teamResults';
import type { WorkerSnapshot } from '../../src/core/types';
import { SimulatedIndex } from '../../sandbox/simulatedIndex';
import { generateWorkforce } from '../../sandbox/workforce';

function spies(): Checkers & { worker: jest.Mock; team: jest.Mock } {
  const worker = jest.fn(checkWorker);
  // Counts the workers handed to the team rules.
  const team = jest.fn();
  const teamRules = (expectations: typeof DEFAULT_CONFIG) => {
    const index = new TeamRuleIndex(expectations);
    return {
      set: (sid: string, snapshot: WorkerSnapshot) => {
        team(sid);
        index.set(sid, snapshot);
      },
      delete: (sid: string) => index.delete(sid),
      result: () => index.result(),
    };
  };
  return { checkWorker: worker, teamRules, worker, team };
}

function changed(item: WorkerItem, location: string): WorkerItem {
  return { ...item, attributes: { ...(item.attributes as object), location } };
}

describe('TeamResults', () => {
  it('re-checks only the worker that changed, and updates the team rules for it alone', async () => {
    const all = generateWorkforce({ seed: 3, size: 800 });
    const index = new SimulatedIndex(all, { cap: 200 });
    const checkers = spies();
    const results = new TeamResults(DEFAULT_CONFIG, checkers);
    const query = openTeamQuery({
      client: index,
      onWorker: (sid, item) => results.upsert(sid, item),
      onRemoved: (sid) => results.remove(sid),
    });
    await query.ready;
    const before = results.snapshot();
    expect(checkers.worker).toHaveBeenCalledTimes(all.length);
    expect(checkers.team).toHaveBeenCalledTimes(all.length);
    checkers.worker.mockClear();
    checkers.team.mockClear();

    const target = all[42] as WorkerItem;
    index.upsert(changed(target, 'Manila'));
    const after = results.snapshot();

    expect(checkers.worker).toHaveBeenCalledTimes(1);
    expect(checkers.worker.mock.calls[0]?.[0]).toMatchObject({ sid: target.worker_sid });
    expect(checkers.team).toHaveBeenCalledTimes(1);
    expect(checkers.team).toHaveBeenCalledWith(target.worker_sid);
    // The same results as checking everyone again from scratch.
    const workers = after.rows.map((row) => row.worker);
    const fresh = checkTeamRules(workers, DEFAULT_CONFIG);
    expect(after.team).toEqual(fresh);
    expect(after.summary).toEqual(
      teamSummary(
        workers.map((w) => checkWorker(w, DEFAULT_CONFIG)),
        fresh,
      ),
    );
    expect(after.rows.find((row) => row.worker.sid === target.worker_sid)?.worker.attributes['location']).toBe(
      'Manila',
    );
    // Rows of unchanged workers keep their identity, so the view re-renders only the changed row.
    const i = before.rows.findIndex((row) => row.worker.sid === target.worker_sid);
    expect(after.rows[i]).not.toBe(before.rows[i]);
    expect(after.rows[i + 1]).toBe(before.rows[i + 1]);
    query.close();
  });

  it('does not re-check a worker whose attributes did not change (an activity change)', () => {
    const checkers = spies();
    const results = new TeamResults(DEFAULT_CONFIG, checkers);
    const item = generateWorkforce({ seed: 4, size: 50 })[0] as WorkerItem;
    results.upsert(item.worker_sid, item);
    results.upsert(item.worker_sid, {
      ...item,
      activity_name: 'Break',
      attributes: { ...(item.attributes as object) },
    });
    expect(checkers.worker).toHaveBeenCalledTimes(1);
  });

  it('forgets removed workers', () => {
    const results = new TeamResults(DEFAULT_CONFIG);
    const [a, b] = generateWorkforce({ seed: 5, size: 50 }) as WorkerItem[] as [WorkerItem, WorkerItem];
    results.upsert(a.worker_sid, a);
    results.upsert(b.worker_sid, b);
    results.remove(a.worker_sid);
    expect(results.snapshot().rows.map((r) => r.worker.sid)).toEqual([b.worker_sid]);
  });
});

describe('useTeam', () => {
  it('loads while the view is mounted, re-checks one changed worker once, and closes on unmount', async () => {
    jest.useFakeTimers();
    const all = generateWorkforce({ seed: 6, size: 600 });
    const index = new SimulatedIndex(all, { cap: 200 });
    const checkers = spies();
    const states: TeamState[] = [];
    function Probe(): null {
      const state = useTeam(index, DEFAULT_CONFIG, true, { batchMs: 10, checkers });
      if (state) states.push(state);
      return null;
    }
    const view = render(<Probe />);
    await act(async () => {
      for (let i = 0; i < 20; i += 1) {
        await Promise.resolve();
        jest.advanceTimersByTime(10);
      }
    });
    const loaded = states[states.length - 1] as TeamState;
    expect(loaded.rows).toHaveLength(all.length);
    expect(loaded.loading).toBeUndefined();
    expect(index.openQueries).toBeGreaterThan(1);

    checkers.worker.mockClear();
    await act(async () => {
      index.upsert(changed(all[7] as WorkerItem, 'Austin'));
      jest.advanceTimersByTime(10);
    });
    expect(checkers.worker).toHaveBeenCalledTimes(1);
    const latest = states[states.length - 1] as TeamState;
    expect(latest.rows.find((r) => r.worker.sid === all[7]?.worker_sid)?.worker.attributes['location']).toBe('Austin');

    view.unmount();
    expect(index.openQueries).toBe(0);
    jest.useRealTimers();
  });
});
