import rule from '../../../src/core/rules/worker/base-role-missing';
import { GOOD_ATTRIBUTES, testWorkerRule } from '../ruleTester';

const withRoles = (roles: unknown) => ({ attributes: { ...GOOD_ATTRIBUTES, roles } });

testWorkerRule(rule, {
  valid: [
    { name: 'an agent', input: withRoles(['agent']) },
    { name: 'a supervisor with an Insights role', input: withRoles(['wfo.team_leader', 'supervisor']) },
    { name: 'roles absent (another rule)', input: { attributes: { email: 'a@example.com' } } },
    { name: 'roles a string (another rule)', input: withRoles('Agent') },
    { name: 'roles an empty list (another rule)', input: withRoles([]) },
  ],
  invalid: [
    {
      name: 'only Insights roles',
      input: withRoles(['wfo.full_access']),
      findings: [{ messageId: 'noBaseRole', path: 'roles', data: { roles: ['wfo.full_access'] } }],
    },
    {
      name: 'only wrongly written roles',
      input: withRoles(['Admin', 'agent,supervisor']),
      findings: [{ messageId: 'noBaseRole', path: 'roles', data: { roles: ['Admin', 'agent,supervisor'] } }],
    },
  ],
});
