import { defineRule } from '../../engine';
import type { Report, TeamRule, TeamRuleContext, WorkerSnapshot } from '../../types';

/** How a worker is named in a finding: its sid, else its name, else its position in the list. */
function workerLabel(worker: WorkerSnapshot, index: number): string {
  return worker.sid ?? worker.name ?? `worker #${index + 1}`;
}

/** What two workers share when they share an email (trimmed, any case); undefined without one. */
export function emailKey(worker: WorkerSnapshot): string | undefined {
  const email = worker.attributes['email'];
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
    const byEmail = new Map<string, string[]>();
    workers.forEach((worker, index) => {
      const key = emailKey(worker);
      if (key === undefined) return;
      const labels = byEmail.get(key);
      if (labels) labels.push(workerLabel(worker, index));
      else byEmail.set(key, [workerLabel(worker, index)]);
    });
    const reports: Report<'duplicate'>[] = [];
    for (const [email, labels] of byEmail) {
      if (labels.length > 1) {
        reports.push({ messageId: 'duplicate', path: 'email', data: { email, workers: labels, count: labels.length } });
      }
    }
    return reports;
  },
});

/** Grouped by email: a live update re-runs the rule on the changed worker's old and new email only. */
const duplicateWorkerEmail: TeamRule<'duplicate'> = { ...rule, groupBy: emailKey };
export default duplicateWorkerEmail;
