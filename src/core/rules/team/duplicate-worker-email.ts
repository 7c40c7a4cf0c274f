import { fixed, mixed, personal, type DataValue } from '../../disclose';
import { defineRule } from '../../engine';
import type { Report, TeamRule, TeamRuleContext, WorkerSnapshot } from '../../types';

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

const rule = defineRule<TeamRuleContext, 'duplicate'>({
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
  detect: ({ workers }) => {
    // One pass with a Map (the CLI's check-team; the live Team tab updates by email group instead).
    const byEmail = new Map<string, { email: string; labels: DataValue[] }>();
    workers.forEach((worker, index) => {
      const email = worker.attributes['email'];
      const key = keyOf(email);
      if (key === undefined) return;
      const entry = byEmail.get(key);
      if (entry) entry.labels.push(workerLabel(worker, index));
      else byEmail.set(key, { email: String(email).trim(), labels: [workerLabel(worker, index)] });
    });
    const reports: Report<'duplicate'>[] = [];
    for (const { email, labels } of byEmail.values()) {
      if (labels.length > 1) {
        // The email as the first worker holds it: redaction codes it like that worker's email field.
        reports.push({
          messageId: 'duplicate',
          path: 'email',
          data: { email: personal(email, 'email'), workers: mixed(labels, 20), count: labels.length },
        });
      }
    }
    return reports;
  },
});

/** Grouped by email: a live update re-runs the rule on the changed worker's old and new email only. */
const duplicateWorkerEmail: TeamRule<'duplicate'> = { ...rule, groupBy: emailKey };
export default duplicateWorkerEmail;
