import { role } from '../../disclose';
import { defineRule, PASS, withReport } from '../../engine';
import { classifyRoleValue, isInsightsValue, rolesOf, type RoleValueProblem } from '../../roles';
import type { FindingData, Report, WorkerRuleContext } from '../../types';

export default defineRule<WorkerRuleContext, RoleValueProblem>({
  meta: {
    id: 'role-value-invalid',
    scope: 'worker',
    title: { pass: 'Every role is a Flex role', fail: 'Some role values are not Flex roles' },
    description:
      'Flex grants access only for the exact, lower-case role names admin, supervisor and agent. Any other value grants nothing, which is why users log in but see only the Agent Desktop, or nothing at all.',
    severity: 'warning',
    messages: {
      unknown:
        'The role value "{{value}}" is not a Flex role. Flex knows only admin, supervisor and agent (and the wfo. Insights roles); this value grants nothing.',
      wrongCase:
        'The role value "{{value}}" differs from the Flex role "{{suggestion}}" only in case. Flex compares roles exactly, so it grants nothing; send "{{suggestion}}".',
      padded:
        'The role value "{{value}}" has spaces around it. Flex compares roles exactly, so it grants nothing; send "{{suggestion}}" without the spaces.',
      joined:
        'The role value "{{value}}" holds several roles in one value, which Flex reads as a single unknown role. Send each as its own value: {{suggestion}}.',
      groupObjectId:
        'The role value "{{value}}" is a GUID, most likely a Microsoft Entra group object id from a groups claim. Flex needs role names: send app roles (admin, supervisor, agent) instead of groups.',
      distinguishedName:
        'The role value "{{value}}" is a directory distinguished name (a group), not a role name. Map the group to a Flex role (admin, supervisor or agent) in the identity provider.',
      defaultAppRole:
        'The role value "{{value}}" is Microsoft Entra ID\'s default access role, sent when a user is assigned to the application without an app role. Create app roles with the values admin, supervisor and agent and assign one to the user.',
    },
    fixKey: 'F-ROLES',
  },
  detect: ({ worker }) => {
    const roles = rolesOf(worker.attributes);
    if (!roles) return PASS;
    let reports: Report<RoleValueProblem>[] | undefined;
    for (let index = 0; index < roles.length; index++) {
      const value = roles[index] as string;
      // wfo. values are judged by the Insights rules.
      if (isInsightsValue(value)) continue;
      const diagnosis = classifyRoleValue(value);
      if (!diagnosis) continue;
      const data: FindingData = {
        value: role(value),
        index,
        // Suggestions are Flex role names, or the parts of a joined value (kept only when they are role names).
        ...(diagnosis.suggestion !== undefined ? { suggestion: role(diagnosis.suggestion) } : {}),
      };
      reports = withReport(reports, { messageId: diagnosis.problem, path: 'roles', data });
    }
    return reports ?? PASS;
  },
});
