import rule from '../../../src/core/rules/worker/insights-role-implicit';
import { GOOD_ATTRIBUTES, testWorkerRule } from '../ruleTester';

const withRoles = (roles: unknown) => ({ attributes: { ...GOOD_ATTRIBUTES, roles } });

testWorkerRule(rule, {
  valid: [
    { name: 'an agent (agents never reach Insights)', input: withRoles(['agent']) },
    { name: 'a supervisor with an explicit Insights role', input: withRoles(['supervisor', 'wfo.team_leader']) },
  ],
  invalid: [
    {
      name: 'a supervisor with no Insights role',
      input: withRoles(['supervisor']),
      findings: [
        {
          messageId: 'implicitFullAccess',
          path: 'roles',
          data: { baseRoles: ['supervisor'] },
        },
      ],
    },
    {
      name: 'an admin who is also an agent',
      input: withRoles(['agent', 'admin']),
      findings: [{ messageId: 'implicitFullAccess', path: 'roles', data: { baseRoles: ['admin'] } }],
    },
  ],
});
