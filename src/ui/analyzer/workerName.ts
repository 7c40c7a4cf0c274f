import type { WorkerSnapshot } from '../../core/types';
import { valueText } from '../format';

/** The name a worker is shown by here: full name, else email, else the TaskRouter name or SID. */
export function workerShownName(worker: WorkerSnapshot): string {
  for (const value of [worker.attributes['full_name'], worker.attributes['email'], worker.name, worker.sid]) {
    const text = valueText(value).trim();
    if (text !== '') return text;
  }
  return '';
}
