import { fixed, name } from '../../disclose';
import { hasAttribute, REQUIRED_ATTRIBUTES } from '../../attributes';
import { keysProbablyMeaning } from '../../claims';
import { defineRule, PASS, withReport } from '../../engine';
import type { Report, WorkerRuleContext } from '../../types';

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
        'The required attribute "{{attribute}}" is missing. Twilio rejects SSO logins without it (error 45050).' +
        '{{#candidates}} The attributes include {{candidates}}, which {{candidates|is|are}} probably meant as ' +
        '"{{attribute}}".{{/candidates}}',
    },
    fixKey: 'F-CLAIMS',
  },
  detect: ({ worker }) => {
    const attributes = worker.attributes;
    let reports: Report<'missing'>[] | undefined;
    for (const attribute of REQUIRED_ATTRIBUTES) {
      if (hasAttribute(attributes, attribute)) continue;
      const candidates = keysProbablyMeaning(attribute, attributes);
      const probablyMeant = candidates[0];
      reports = withReport(reports, {
        messageId: 'missing',
        path: attribute,
        // At most three keys are named: the message points the admin at the claim, it is not an inventory.
        data:
          probablyMeant === undefined
            ? { attribute: fixed(attribute) }
            : {
                attribute: fixed(attribute),
                probablyMeant: name(probablyMeant),
                candidates: { ...name(candidates, 3), quote: true },
              },
      });
    }
    return reports ?? PASS;
  },
});
