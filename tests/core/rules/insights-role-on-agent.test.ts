import rule from '../../../src/core/rules/worker/insights-role-on-agent';
import { GOOD_ATTRIBUTES, testWorkerRule } from '../ruleTester';

const withRoles = (roles: unknown) => ({ attributes: { ...GOOD_ATTRIBUTES, roles } });

testWorkerRule(rule, {
  valid: [
    { name: 'an agent without Insights roles', input: withRoles(['agent']) },
    { name: 'an agent who is also a supervisor', input: withRoles(['agent', 'supervisor', 'wfo.team_leader']) },
    { name: 'Insights roles without any base role (base-role-missing)', input: withRoles(['wfo.full_access']) },
  ],
  invalid: [
    {
      name: 'an agent with Insights roles',
      input: withRoles(['agent', 'wfo.dashboard_viewer', 'wfo.team_leader']),
      findings: [
        {
          messageId: 'agentOnly',
          path: 'roles',
          data: { insightsRoles: ['wfo.dashboard_viewer', 'wfo.team_leader'] },
        },
      ],
    },
  ],
});
