import { role } from '../../disclose';
import { defineRule, PASS } from '../../engine';
import { isInsightsValue, rolesOf } from '../../roles';
import type { WorkerRuleContext } from '../../types';

export default defineRule<WorkerRuleContext, 'agentOnly'>({
  meta: {
    id: 'insights-role-on-agent',
    scope: 'worker',
    title: { pass: 'Insights roles go with supervisor or admin', fail: 'An agent has an Insights role' },
    description:
      'Agents cannot open Flex Insights whatever Insights role they carry, so a wfo. role on an agent-only user is either a mistake or a missing supervisor role.',
    severity: 'warning',
    messages: {
      agentOnly:
        'This user has the Insights {{insightsRoles|role|roles}} {{insightsRoles}} but only the Flex role agent, and agents cannot open Flex Insights. Add the supervisor or admin role if they should use Insights; otherwise remove the Insights {{insightsRoles|role|roles}}.',
    },
    fixKey: 'F-ROLES',
  },
  detect: ({ worker }) => {
    const roles = rolesOf(worker.attributes);
    if (!roles) return PASS;
    // Only an agent (no other Flex role) with an Insights role.
    if (!roles.includes('agent') || roles.includes('supervisor') || roles.includes('admin')) return PASS;
    const insightsRoles = roles.filter(isInsightsValue);
    if (insightsRoles.length === 0) return PASS;
    return [{ messageId: 'agentOnly', path: 'roles', data: { insightsRoles: role(insightsRoles) } }];
  },
});
