import { hasAttribute, isBlankValue } from '../../attributes';
import { isPlausibleEmail } from '../../email';
import { fixed, personal } from '../../disclose';
import { defineRule, PASS } from '../../engine';
import type { WorkerRuleContext } from '../../types';

/** Which part of the message explains the value. */
function variant(value: unknown): 'several' | 'notText' | 'padded' | undefined {
  if (Array.isArray(value)) return 'several';
  if (typeof value !== 'string') return 'notText';
  if (value !== value.trim() && isPlausibleEmail(value.trim())) return 'padded';
  return undefined;
}

export default defineRule<WorkerRuleContext, 'invalid'>({
  meta: {
    id: 'email-invalid',
    scope: 'worker',
    title: {
      pass: 'email is a plausible address',
      fail: 'email is not a plausible address',
    },
    description:
      'Flex and Flex Insights use email to identify the user. A value that is not an address usually means the IdP ' +
      'maps email from the wrong field, and Twilio may reject the SSO login as an invalid required attribute (error 45050).',
    severity: 'warning',
    messages: {
      invalid:
        'The email attribute holds "{{value}}", which is not a plausible email address.' +
        '{{#several}} The IdP sends several values; send exactly one address.{{/several}}' +
        '{{#notText}} It is not text.{{/notText}}' +
        '{{#padded}} It has spaces around the address.{{/padded}}',
    },
    fixKey: 'F-CLAIMS',
  },
  detect: ({ worker }) => {
    const value = worker.attributes['email'];
    // Missing and empty values are the required-attribute rules' findings.
    if (!hasAttribute(worker.attributes, 'email') || isBlankValue(value)) return PASS;
    if (typeof value === 'string' && isPlausibleEmail(value)) return PASS;
    const part = variant(value);
    return [
      {
        messageId: 'invalid',
        path: 'email',
        data: { value: personal(value, 'email'), ...(part ? { [part]: fixed(true) } : {}) },
      },
    ];
  },
});
