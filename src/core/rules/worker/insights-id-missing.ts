import { fixed } from '../../disclose';
import { defineRule, PASS, withReport } from '../../engine';
import type { Report, WorkerAttributes, WorkerRuleContext } from '../../types';

type MessageId = 'teamId' | 'departmentId';

/** Each Insights id and the name attributes Insights shows only when that id is present. */
const ID_PAIRS: readonly { messageId: MessageId; id: string; names: readonly string[] }[] = [
  { messageId: 'teamId', id: 'team_id', names: ['team_name', 'team_name_in_hierarchy'] },
  { messageId: 'departmentId', id: 'department_id', names: ['department_name', 'department_name_in_hierarchy'] },
];

function isFilled(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  return value !== undefined && value !== null;
}

function anyFilled(attributes: WorkerAttributes, names: readonly string[]): boolean {
  for (const name of names) if (isFilled(attributes[name])) return true;
  return false;
}

export default defineRule<WorkerRuleContext, MessageId>({
  meta: {
    id: 'insights-id-missing',
    scope: 'worker',
    title: { pass: 'Insights names come with their ids', fail: 'An Insights name has no id' },
    description:
      'Flex Insights shows a team or department name only when the matching id is also present, so a name sent alone never appears in reports.',
    severity: 'warning',
    messages: {
      teamId:
        '{{names}} {{names|is|are}} set but team_id is missing. Flex Insights shows the team name only when team_id is present; send team_id as well.',
      departmentId:
        '{{names}} {{names|is|are}} set but department_id is missing. Flex Insights shows the department name only when department_id is present; send department_id as well.',
    },
    fixKey: 'F-CLAIMS',
  },
  detect: ({ worker }) => {
    const attributes: WorkerAttributes = worker.attributes;
    let reports: Report<MessageId>[] | undefined;
    for (const { messageId, id, names } of ID_PAIRS) {
      if (isFilled(attributes[id]) || !anyFilled(attributes, names)) continue;
      const present = names.filter((name) => isFilled(attributes[name]));
      reports = withReport(reports, { messageId, path: id, data: { names: fixed(present) } });
    }
    return reports ?? PASS;
  },
});
