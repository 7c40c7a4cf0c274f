import { isBlankValue } from '../../attributes';
import { isPlausibleEmail } from '../../email';
import { personal } from '../../disclose';
import { defineRule, PASS } from '../../engine';
import type { WorkerRuleContext } from '../../types';

// A user principal name need not have a public domain (`ana@corp.local`): any "x@y" without spaces counts.
const ADDRESS_OR_UPN = /^[^\s@]+@[^\s@]+$/;
const GUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;
const TOKEN = /^[A-Za-z0-9_.-]{6,64}$/;
const DIGIT = /\d/g;

/**
 * A GUID, or one token of letters and digits with at least two digits (Okta `00u1ab2cd3`, Salesforce
 * `005xx000001Sv6e`, a user name like `jdoe01`). Names with spaces or without digits are left alone:
 * a single name (`Madonna`) is a plausible full name.
 */
function looksLikeId(text: string): boolean {
  if (GUID.test(text)) return true;
  return TOKEN.test(text) && (text.match(DIGIT)?.length ?? 0) >= 2;
}

export default defineRule<WorkerRuleContext, 'looksLikeEmail' | 'looksLikeId'>({
  meta: {
    id: 'full-name-suspicious',
    scope: 'worker',
    title: {
      pass: "full_name looks like a person's name",
      fail: "full_name does not look like a person's name",
    },
    description:
      "Flex shows full_name wherever the agent's name appears (Teams, tasks, reports). An address or an id there " +
      'usually means the IdP maps full_name from the wrong field.',
    severity: 'warning',
    messages: {
      looksLikeEmail:
        'full_name is "{{value}}", which looks like an email address or user principal name, not a person\'s name. ' +
        'The IdP probably maps full_name from the email or UPN field instead of the display name.',
      looksLikeId:
        'full_name is "{{value}}", which looks like an identifier, not a person\'s name. The IdP probably maps ' +
        'full_name from an id field instead of the display name.',
    },
    fixKey: 'F-CLAIMS',
  },
  detect: ({ worker }) => {
    const value = worker.attributes['full_name'];
    if (typeof value === 'number')
      return [{ messageId: 'looksLikeId', path: 'full_name', data: { value: personal(value, 'full_name') } }];
    // Other shapes and empty values belong to other rules.
    if (typeof value !== 'string' || isBlankValue(value) || value.length > 256) return PASS;
    const text = value.trim();
    const email = worker.attributes['email'];
    const sameAsEmail = typeof email === 'string' && email.trim().toLowerCase() === text.toLowerCase();
    if (sameAsEmail || ADDRESS_OR_UPN.test(text) || isPlausibleEmail(text)) {
      return [{ messageId: 'looksLikeEmail', path: 'full_name', data: { value: personal(text, 'full_name') } }];
    }
    if (looksLikeId(text))
      return [{ messageId: 'looksLikeId', path: 'full_name', data: { value: personal(text, 'full_name') } }];
    return PASS;
  },
});
