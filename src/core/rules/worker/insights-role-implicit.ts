import { fixed } from '../../disclose';
import { defineRule, PASS } from '../../engine';
import { baseRolesOf, isInsightsValue, rolesOf } from '../../roles';
import type { WorkerRuleContext } from '../../types';

export default defineRule<WorkerRuleContext, 'implicitFullAccess'>({
  meta: {
    id: 'insights-role-implicit',
    scope: 'worker',
    title: { pass: 'Insights access is explicit', fail: 'Insights grants full access by default' },
    description:
      'An admin or supervisor with no wfo. role gets wfo.full_access in Flex Insights by default, which may be more than intended.',
    severity: 'info',
    messages: {
      implicitFullAccess:
        'This user has the {{baseRoles|role|roles}} {{baseRoles}} and no Insights (wfo.) role, so Flex Insights grants wfo.full_access by default. If that is more than intended, send a narrower Insights role such as wfo.team_leader or wfo.dashboard_viewer.',
    },
    fixKey: 'F-ROLES',
  },
  detect: ({ worker }) => {
    const roles = rolesOf(worker.attributes);
    if (!roles || roles.some(isInsightsValue)) return PASS;
    if (!roles.includes('supervisor') && !roles.includes('admin')) return PASS;
    const baseRoles = baseRolesOf(roles).filter((role) => role !== 'agent');
    return [{ messageId: 'implicitFullAccess', path: 'roles', data: { baseRoles: fixed(baseRoles) } }];
  },
});
