import { personal } from '../../disclose';
import { defineRule } from '../../engine';
import type { SamlRuleContext } from '../../samlTypes';

type M = 'relayState';

export default defineRule<SamlRuleContext, M>({
  meta: {
    id: 'saml-relaystate-set',
    scope: 'saml',
    title: { pass: 'No RelayState on an IdP-initiated login', fail: 'An IdP-initiated login carries a RelayState' },
    description:
      'On an IdP-initiated login Flex expects no RelayState; a default RelayState set in the IdP (Okta "Default RelayState") likely breaks the redirect into Flex.',
    severity: 'warning',
    messages: {
      relayState:
        'The IdP-initiated POST carries the RelayState "{{relayState}}"; Flex likely cannot use it, and the login fails or lands on the wrong page. Leave the IdP\'s default RelayState blank (Okta: "Default RelayState").',
    },
    fixKey: 'F-REDIRECT',
  },
  detect: ({ saml, capture }) => {
    // Only a capture shows the POST's RelayState; a pasted response carries none.
    if (capture.source !== 'har' && capture.source !== 'saml-tracer') {
      return {
        notChecked: {
          reasonId: 'notApplicable',
          detail: 'RelayState is only known from a HAR or SAML-tracer capture.',
        },
      };
    }
    const solicited = (saml.inResponseTo ?? saml.assertion?.subjectConfirmation?.inResponseTo)?.trim();
    const relayState = capture.relayState?.trim();
    return !solicited && relayState
      ? [{ messageId: 'relayState', path: 'RelayState', data: { relayState: personal(relayState) } }]
      : [];
  },
});
