import { role } from '../../disclose';
import { defineRule, PASS } from '../../engine';
import { isFlexRole, rolesOf } from '../../roles';
import type { WorkerRuleContext } from '../../types';

export default defineRule<WorkerRuleContext, 'noBaseRole'>({
  meta: {
    id: 'base-role-missing',
    scope: 'worker',
    title: { pass: 'The user has a Flex role', fail: 'The user has no Flex role' },
    description:
      'Every Flex user needs at least one of admin, supervisor or agent. Insights (wfo.) roles alone do not let anyone use Flex.',
    severity: 'error',
    messages: {
      noBaseRole:
        'The roles attribute holds {{roles}}, {{roles|which is not|none of which is}} a Flex role (admin, supervisor or agent). Without one the user probably cannot use Flex (the login may fail with error 45050). Add the Flex role this user needs.',
    },
    fixKey: 'F-ROLES',
  },
  detect: ({ worker }) => {
    const roles = rolesOf(worker.attributes);
    // Absent, empty or malformed roles are reported by the required-attribute and roles-not-list rules.
    if (!roles || roles.length === 0) return PASS;
    if (roles.some(isFlexRole)) return PASS;
    return [{ messageId: 'noBaseRole', path: 'roles', data: { roles: { ...role(roles), quote: true } } }];
  },
});
