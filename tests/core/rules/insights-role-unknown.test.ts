import rule from '../../../src/core/rules/worker/insights-role-unknown';
import { GOOD_ATTRIBUTES, testWorkerRule } from '../ruleTester';

const withRoles = (roles: unknown) => ({ attributes: { ...GOOD_ATTRIBUTES, roles } });

testWorkerRule(rule, {
  valid: [
    {
      name: 'every documented Insights role',
      input: withRoles([
        'supervisor',
        'wfo.full_access',
        'wfo.team_leader',
        'wfo.data_analyst',
        'wfo.data_auditor',
        'wfo.quality_manager',
        'wfo.quality_process_manager',
        'wfo.dashboard_viewer',
      ]),
    },
    { name: 'non-wfo values are left to role-value-invalid', input: withRoles(['Admin', 'WFO.full_access']) },
  ],
  invalid: [
    {
      name: 'a misspelt Insights role',
      input: withRoles(['supervisor', 'wfo.teamleader']),
      findings: [{ messageId: 'unknown', path: 'roles', data: { value: 'wfo.teamleader' } }],
    },
    {
      name: 'an Insights role in the wrong case names the intended role',
      input: withRoles(['admin', 'wfo.Full_Access', 'wfo.']),
      findings: [
        { messageId: 'unknown', path: 'roles', data: { value: 'wfo.Full_Access', suggestion: 'wfo.full_access' } },
        { messageId: 'unknown', path: 'roles', data: { value: 'wfo.' } },
      ],
    },
  ],
});
