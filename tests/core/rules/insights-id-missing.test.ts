import rule from '../../../src/core/rules/worker/insights-id-missing';
import { GOOD_ATTRIBUTES, testWorkerRule } from '../ruleTester';

const withInsights = (extra: Record<string, unknown>) => ({ attributes: { ...GOOD_ATTRIBUTES, ...extra } });

testWorkerRule(rule, {
  valid: [
    { name: 'no Insights names', input: withInsights({}) },
    {
      name: 'names with their ids',
      input: withInsights({ team_name: 'Sales', team_id: 'T1', department_name: 'Care', department_id: 'D1' }),
    },
    { name: 'an id without a name', input: withInsights({ team_id: 'T1' }) },
    { name: 'an empty name needs no id', input: withInsights({ team_name: ' ' }) },
  ],
  invalid: [
    {
      name: 'team_name without team_id',
      input: withInsights({ team_name: 'Sales' }),
      findings: [{ messageId: 'teamId', path: 'team_id', data: { names: ['team_name'] } }],
    },
    {
      name: 'department names with an empty department_id',
      input: withInsights({ department_name: 'Care', department_name_in_hierarchy: 'Ops > Care', department_id: '' }),
      findings: [
        {
          messageId: 'departmentId',
          path: 'department_id',
          data: { names: ['department_name', 'department_name_in_hierarchy'] },
        },
      ],
    },
  ],
});
