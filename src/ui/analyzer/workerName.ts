import { personName } from '../../core/identity';
import type { WorkerSnapshot } from '../../core/types';

/** The name a worker is shown by: full name, else email, else the decoded identity, else the SID. */
export function workerShownName(worker: WorkerSnapshot): string {
  const { shown } = personName({ attributes: worker.attributes, ...(worker.name ? { identity: worker.name } : {}) });
  return shown !== '' ? shown : (worker.sid ?? '');
}
