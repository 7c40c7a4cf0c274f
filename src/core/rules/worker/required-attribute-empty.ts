import { fixed } from '../../disclose';
import { hasAttribute, isBlankValue, REQUIRED_ATTRIBUTES } from '../../attributes';
import { defineRule, PASS, withReport } from '../../engine';
import type { Report, WorkerRuleContext } from '../../types';

export default defineRule<WorkerRuleContext, 'empty'>({
  meta: {
    id: 'required-attribute-empty',
    scope: 'worker',
    title: {
      pass: 'email, full_name and roles have values',
      fail: 'A required attribute is empty',
    },
    description:
      'An empty email, full_name or roles is as good as a missing one: Twilio likely rejects the SSO login ' +
      'with error 45050, and Flex has no name, address or role to work with.',
    severity: 'error',
    messages: {
      empty:
        'The required attribute "{{attribute}}" is present but empty. The IdP likely has no value for this user in the ' +
        'field it maps to "{{attribute}}", and Twilio likely rejects SSO logins with an empty value (error 45050).',
    },
    fixKey: 'F-CLAIMS',
  },
  detect: ({ worker }) => {
    let reports: Report<'empty'>[] | undefined;
    for (const attribute of REQUIRED_ATTRIBUTES) {
      // A missing attribute is required-attribute-missing's finding, not this one.
      if (!hasAttribute(worker.attributes, attribute)) continue;
      if (isBlankValue(worker.attributes[attribute])) {
        reports = withReport(reports, { messageId: 'empty', path: attribute, data: { attribute: fixed(attribute) } });
      }
    }
    return reports ?? PASS;
  },
});
