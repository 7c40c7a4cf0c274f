import { fixed, mixed, personal, type DataValue } from '../../disclose';
import { defineGroupRule } from '../../engine';
import type { WorkerSnapshot } from '../../types';

/** How a worker is named in a finding: its sid, else its name (an identity: personal), else its position. */
function workerLabel(worker: WorkerSnapshot, index: number): DataValue {
  if (worker.sid !== undefined) return fixed(worker.sid);
  return worker.name !== undefined ? personal(worker.name, 'full_name') : fixed(`worker #${index + 1}`);
}

/** What two workers share when they share an email (trimmed, any case); undefined without one. */
export function emailKey(worker: WorkerSnapshot): string | undefined {
  return keyOf(worker.attributes['email']);
}

function keyOf(email: unknown): string | undefined {
  if (typeof email !== 'string') return undefined;
  const key = email.trim().toLowerCase();
  return key === '' ? undefined : key;
}

/**
 * Workers grouped by email (core/engine.ts groups a whole team, core/teamIndex.ts the live one): a group
 * of two or more is one finding.
 */
export default defineGroupRule<'duplicate'>({
  meta: {
    id: 'duplicate-worker-email',
    scope: 'team',
    title: { pass: 'Every worker has its own email', fail: 'Several workers share an email' },
    description:
      'One person should have one Flex user and one worker. Two workers with the same email usually mean a Console login beside an SSO login, or a NameID that changed; each is a separate, billed user.',
    severity: 'warning',
    messages: {
      duplicate:
        '{{count}} workers share the email {{email}}: {{workers}}. This usually means the person also logged in through the Console, or their NameID changed between logins; each creates a separate Flex user. Keep the worker that SSO logs in to and remove the others.',
    },
    fixKey: 'F-NAMEID',
  },
  group: {
    key: emailKey,
    minSize: 2,
    detect: (workers, positions) => {
      const first = workers[0];
      if (workers.length < 2 || first === undefined) return [];
      // The email as the first worker holds it: redaction codes it like that worker's email field.
      const email = String(first.attributes['email']).trim();
      const labels = workers.map((worker, i) => workerLabel(worker, positions[i] ?? i));
      return [
        {
          messageId: 'duplicate',
          path: 'email',
          data: { email: personal(email, 'email'), workers: mixed(labels, 20), count: workers.length },
        },
      ];
    },
  },
});
