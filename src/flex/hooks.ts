/**
 * React hooks that read Flex when a container mounts and follow its changes until it unmounts.
 */
import * as React from 'react';
import type { DiagnosticsConfig, WorkerSnapshot } from '../core/types';
import type { TeamViewProps } from '../ui/types';
import { readSignedInWorker, type ManagerLike } from './manager';
import type { Navigation, NavigationRequest } from './navigation';
import { openTeamQuery, type InsightsClientLike, type TeamQueryProgress } from './teamQuery';
import { TeamResults, type Checkers } from './teamResults';

/**
 * The signed-in user's worker, re-read on the worker client's `attributesUpdated` and on store changes
 * (before the worker client exists, Flex's store is the only source).
 */
export function useSignedInWorker(manager: ManagerLike): WorkerSnapshot | undefined {
  const [worker, setWorker] = React.useState(() => readSignedInWorker(manager));
  React.useEffect(() => {
    const refresh = (): void => setWorker(readSignedInWorker(manager));
    refresh();
    const client = manager.workerClient;
    client?.on('attributesUpdated', refresh);
    let unsubscribeStore: (() => void) | undefined;
    if (!client && manager.store) {
      let lastAttributes = manager.store.getState()?.flex?.worker?.attributes;
      unsubscribeStore = manager.store.subscribe(() => {
        const attributes = manager.store.getState()?.flex?.worker?.attributes;
        if (attributes === lastAttributes) return;
        lastAttributes = attributes;
        refresh();
      });
    }
    return () => {
      client?.removeListener('attributesUpdated', refresh);
      unsubscribeStore?.();
    };
  }, [manager]);
  return worker;
}

export type TeamState = Pick<TeamViewProps, 'rows' | 'team' | 'summary' | 'loading' | 'partial'>;

const EMPTY_TEAM: TeamState = {
  rows: [],
  team: { findings: [], notChecked: [], passed: [] },
  summary: {},
  loading: { loaded: 0 },
};

export interface UseTeamOptions {
  /** How long changes are gathered before the view re-renders (ms). */
  readonly batchMs?: number;
  readonly checkers?: Checkers;
}

/**
 * Every worker, checked, while the calling view is mounted: opens the live team query on mount,
 * re-checks each worker that changes (and only it), and closes the query on unmount.
 */
export function useTeam(
  client: InsightsClientLike | undefined,
  expectations: DiagnosticsConfig,
  enabled: boolean,
  options: UseTeamOptions = {},
): TeamState | undefined {
  const [state, setState] = React.useState<TeamState | undefined>(enabled ? EMPTY_TEAM : undefined);
  const { batchMs = 250, checkers } = options;
  React.useEffect(() => {
    if (!enabled || !client) {
      setState(undefined);
      return undefined;
    }
    const results = new TeamResults(expectations, checkers);
    let progress: TeamQueryProgress = { loaded: 0, queries: 0, pending: 1, done: false };
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const flush = (): void => {
      timer = undefined;
      if (stopped) return;
      const { rows, team, summary } = results.snapshot();
      setState({
        rows,
        team,
        summary,
        ...(progress.done ? {} : { loading: { loaded: progress.loaded } }),
        ...(progress.partial ? { partial: { reason: progress.partial.reason } } : {}),
      });
    };
    const schedule = (): void => {
      if (timer === undefined && !stopped) timer = setTimeout(flush, batchMs);
    };
    const query = openTeamQuery({
      client,
      onWorker: (sid, item) => {
        results.upsert(sid, item);
        schedule();
      },
      onRemoved: (sid) => {
        results.remove(sid);
        schedule();
      },
      onProgress: (next) => {
        progress = next;
        schedule();
      },
    });
    return () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      query.close();
    };
  }, [client, expectations, enabled, batchMs, checkers]);
  return state;
}

/** The latest navigation request (re-renders when a new one arrives). */
export function useNavigationRequest(navigation: Navigation): NavigationRequest | undefined {
  const [request, setRequest] = React.useState(() => navigation.current());
  React.useEffect(() => navigation.subscribe(setRequest), [navigation]);
  return request;
}
