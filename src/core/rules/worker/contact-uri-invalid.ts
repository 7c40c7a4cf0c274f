import { hasAttribute } from '../../attributes';
import { personal } from '../../disclose';
import { defineRule, PASS } from '../../engine';
import type { WorkerRuleContext } from '../../types';

// `client:<identity>` (what Flex sets), `sip:`/`sips:` URIs, or E.164: "+", a non-zero digit, 8–15 digits in all.
const CONTACT_URI = /^(?:client:\S+|sips?:\S+|\+[1-9]\d{7,14})$/i;

export default defineRule<WorkerRuleContext, 'invalid'>({
  meta: {
    id: 'contact-uri-invalid',
    scope: 'worker',
    title: {
      pass: 'contact_uri is absent or routable',
      fail: 'contact_uri is not a routable address',
    },
    description:
      'TaskRouter and Flex use contact_uri to reach the agent with calls. Flex sets it to client:<identity>; an IdP ' +
      'claim that overrides it with anything other than client:, sip: or an E.164 number leaves calls with nowhere to go.',
    severity: 'error',
    messages: {
      invalid:
        'contact_uri is "{{value}}", which is neither client:<identity>, a sip: address nor an E.164 number ' +
        '(+ and 8 to 15 digits). Calls probably cannot reach this agent. If the IdP sends contact_uri, correct or ' +
        'remove that claim.',
    },
    fixKey: 'F-CLAIMS',
  },
  detect: ({ worker }) => {
    if (!hasAttribute(worker.attributes, 'contact_uri')) return PASS;
    const value = worker.attributes['contact_uri'];
    if (typeof value === 'string' && value.length <= 512 && CONTACT_URI.test(value)) return PASS;
    return [{ messageId: 'invalid', path: 'contact_uri', data: { value: personal(value, 'contact_uri') } }];
  },
});
