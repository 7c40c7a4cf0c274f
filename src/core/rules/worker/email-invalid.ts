import { hasAttribute, isBlankValue, isPlausibleEmail, showValue } from '../../attributes';
import { defineRule } from '../../engine';
import type { WorkerRuleContext } from '../../types';

function hintFor(value: unknown): string {
  if (Array.isArray(value)) return ' The IdP sends several values; send exactly one address.';
  if (typeof value !== 'string') return ' It is not text.';
  if (value !== value.trim() && isPlausibleEmail(value.trim())) return ' It has spaces around the address.';
  return '';
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
      invalid: 'The email attribute holds "{{value}}", which is not a plausible email address.{{hint}}',
    },
    fixKey: 'F-CLAIMS',
  },
  detect: ({ worker }) => {
    const value = worker.attributes['email'];
    // Missing and empty values are the required-attribute rules' findings.
    if (!hasAttribute(worker.attributes, 'email') || isBlankValue(value)) return [];
    if (typeof value === 'string' && isPlausibleEmail(value)) return [];
    return [{ messageId: 'invalid', path: 'email', data: { value: showValue(value), hint: hintFor(value) } }];
  },
});
