import { hasAttribute, keysProbablyMeaning, REQUIRED_ATTRIBUTES } from '../../attributes';
import { defineRule } from '../../engine';
import type { Report, WorkerRuleContext } from '../../types';

/** Names at most three keys: the hint points the admin at the claim, it is not an inventory. */
function quoteAll(keys: readonly string[]): string {
  const quoted = keys.slice(0, 3).map((key) => `"${key}"`);
  if (keys.length > 3) quoted.push(`${keys.length - 3} more`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}` : (quoted[0] ?? '');
}

export default defineRule<WorkerRuleContext, 'missing'>({
  meta: {
    id: 'required-attribute-missing',
    scope: 'worker',
    title: {
      pass: 'email, full_name and roles are present',
      fail: 'A required attribute is missing',
    },
    description:
      'Flex needs the attributes email, full_name and roles under exactly these bare, case-sensitive names. ' +
      'When one is missing, Twilio rejects the SSO login with error 45050.',
    severity: 'error',
    messages: {
      missing:
        'The required attribute "{{attribute}}" is missing. Twilio rejects SSO logins without it (error 45050).{{hint}}',
    },
    fixKey: 'F-CLAIMS',
  },
  detect: ({ worker }) => {
    const attributes = worker.attributes;
    const reports: Report<'missing'>[] = [];
    for (const attribute of REQUIRED_ATTRIBUTES) {
      if (hasAttribute(attributes, attribute)) continue;
      const candidates = keysProbablyMeaning(attribute, attributes);
      const probablyMeant = candidates[0];
      reports.push({
        messageId: 'missing',
        path: attribute,
        data:
          probablyMeant === undefined
            ? { attribute, hint: '' }
            : {
                attribute,
                probablyMeant,
                hint: ` The attributes include ${quoteAll(candidates)}, which ${candidates.length > 1 ? 'are' : 'is'} probably meant as "${attribute}".`,
              },
      });
    }
    return reports;
  },
});
