/**
 * The section the plugin adds to the Teams view's worker panel (WorkerCanvas): the selected worker's
 * status and top findings, checked when the panel shows that worker (one worker: cheap).
 */
import * as React from 'react';
import type { IWorker } from '@twilio/flex-ui';
import { checkWorker } from '../core/check';
import type { DiagnosticsConfig, WorkerSnapshot } from '../core/types';
import { StringsProvider } from '../ui/StringsProvider';
import { fromFlexStrings } from '../ui/strings';
import { WorkerPanelSection } from '../ui/WorkerPanelSection';
import { flexStrings, type ManagerLike } from './manager';
import { parseAttributes } from './manager';

export interface WorkerPanelProps {
  /** Given by Flex's WorkerCanvas to each of its children. */
  readonly worker?: IWorker;
  readonly manager: ManagerLike;
  readonly expectations: DiagnosticsConfig;
  /** Opens the diagnostics view's Team tab on this worker. */
  readonly onOpen: (workerSid: string | undefined) => void;
}

export function WorkerPanel({ worker, manager, expectations, onOpen }: WorkerPanelProps): React.ReactElement | null {
  const sid = worker?.sid;
  const name = worker?.name;
  const attributes = worker?.attributes;
  const snapshot = React.useMemo<WorkerSnapshot | undefined>(
    () =>
      sid === undefined && attributes === undefined
        ? undefined
        : { ...(sid ? { sid } : {}), ...(name ? { name } : {}), attributes: parseAttributes(attributes) },
    [sid, name, attributes],
  );
  const result = React.useMemo(
    () => (snapshot ? checkWorker(snapshot, expectations) : undefined),
    [snapshot, expectations],
  );
  const strings = React.useMemo(() => fromFlexStrings(flexStrings(manager)), [manager]);
  if (!snapshot || !result) return null;
  return (
    <StringsProvider strings={strings}>
      <WorkerPanelSection worker={snapshot} result={result} onOpen={onOpen} />
    </StringsProvider>
  );
}
