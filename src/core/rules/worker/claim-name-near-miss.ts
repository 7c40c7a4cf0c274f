import { fixed, name } from '../../disclose';
import { hasAttribute, isNamespacedClaim, isRequiredAttribute } from '../../attributes';
import { intendedAttribute, lookupClaim, type ClaimNote } from '../../claims';
import { defineRule, PASS, withReport } from '../../engine';
import type { Report, WorkerRuleContext } from '../../types';

/** Claim notes this rule's message has a part for. */
const NOTES: ReadonlySet<ClaimNote> = new Set(['joinNames', 'groupNames']);

export default defineRule<WorkerRuleContext, 'nearMiss'>({
  meta: {
    id: 'claim-name-near-miss',
    scope: 'worker',
    title: {
      pass: 'No misspelt Flex attribute names',
      fail: 'An attribute name is close to, but not, a Flex name',
    },
    description:
      'Flex attribute names are exact and case-sensitive: "Email", "mail" or "displayName" are custom attributes ' +
      'to Flex. When such a claim stands in for email, full_name or roles, Twilio rejects the SSO login with error 45050.',
    severity: 'warning',
    messages: {
      nearMiss:
        'The attribute "{{key}}" is probably meant as "{{probablyMeant}}", which is absent. Flex reads only the exact ' +
        'name "{{probablyMeant}}".' +
        '{{#role}} ("role" without the s is a Flex Insights attribute.){{/role}}' +
        '{{#required}} "{{probablyMeant}}" is required, so SSO logins fail with error 45050 until the IdP sends it ' +
        'under that name.{{/required}}' +
        '{{#joinNames}} Join the first and last name into one "full_name" claim in the IdP.{{/joinNames}}' +
        '{{#groupNames}} Group names work as roles only when they are exactly admin, supervisor or agent.{{/groupNames}}',
    },
    fixKey: 'F-CLAIMS',
  },
  detect: ({ worker, keys }) => {
    const attributes = worker.attributes;
    let reports: Report<'nearMiss'>[] | undefined;
    for (const key of keys) {
      // Namespaced names are claim-name-namespaced's finding.
      if (isNamespacedClaim(key)) continue;
      const probablyMeant = intendedAttribute(key, attributes[key], attributes);
      if (probablyMeant === undefined || probablyMeant === key || hasAttribute(attributes, probablyMeant)) continue;
      const required = isRequiredAttribute(probablyMeant);
      const note = lookupClaim(key)?.note;
      reports = withReport(reports, {
        messageId: 'nearMiss',
        path: key,
        data: {
          key: name(key),
          probablyMeant: fixed(probablyMeant),
          ...(key === 'role' ? { role: fixed(true) } : {}),
          ...(required ? { required: fixed(true) } : {}),
          ...(note && NOTES.has(note) ? { [note]: fixed(true) } : {}),
        },
        ...(required ? { severity: 'error' as const } : {}),
      });
    }
    return reports ?? PASS;
  },
});
