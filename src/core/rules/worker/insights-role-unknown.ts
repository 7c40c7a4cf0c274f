import { fixed, role } from '../../disclose';
import { defineRule, PASS, withReport } from '../../engine';
import { canonicalRole, INSIGHTS_ROLES, isInsightsRole, isInsightsValue, rolesOf } from '../../roles';
import type { Report, WorkerRuleContext } from '../../types';

export default defineRule<WorkerRuleContext, 'unknown'>({
  meta: {
    id: 'insights-role-unknown',
    scope: 'worker',
    title: { pass: 'Insights roles are recognised', fail: 'An Insights role is not recognised' },
    description:
      'Flex Insights knows seven roles, matched exactly. A misspelt wfo. role probably gives the user no Insights access, or the default full access instead of the intended one.',
    severity: 'warning',
    messages: {
      unknown:
        'The Insights role "{{value}}" is not one of the documented Insights roles ({{known}}), so it probably grants nothing. Check its spelling and case in the identity provider.',
    },
    fixKey: 'F-ROLES',
  },
  detect: ({ worker }) => {
    const roles = rolesOf(worker.attributes);
    if (!roles) return PASS;
    let reports: Report<'unknown'>[] | undefined;
    for (const value of roles) {
      if (!isInsightsValue(value) || isInsightsRole(value)) continue;
      const meant = canonicalRole(value);
      reports = withReport(reports, {
        messageId: 'unknown',
        path: 'roles',
        data: { value: role(value), known: fixed(INSIGHTS_ROLES), ...(meant ? { suggestion: fixed(meant) } : {}) },
      });
    }
    return reports ?? PASS;
  },
});
