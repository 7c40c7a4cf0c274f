import { defineRule } from '../../engine';
import { GOOGLE_ISSUER, responseIssuer } from '../../samlFacts';
import type { SamlRuleContext } from '../../samlTypes';

type M = 'unsolicited' | 'google';

export default defineRule<SamlRuleContext, M>({
  meta: {
    id: 'saml-unsolicited-response',
    scope: 'saml',
    title: { pass: 'The login started in Flex', fail: 'The login started at the IdP' },
    description:
      'A response without InResponseTo comes from an IdP-initiated login (a tile in the IdP portal), which works only with a Default Redirect URL and never with Google Workspace.',
    severity: 'info',
    messages: {
      unsolicited:
        "The response has no InResponseTo: the login was started at the IdP (IdP-initiated), not from Flex. That works only when a Default Redirect URL is set in Flex's SSO settings.",
      google:
        'The response has no InResponseTo: an IdP-initiated login from Google Workspace, which Flex never supports. Start the login from Flex (SP-initiated) instead.',
    },
    fixKey: 'F-REDIRECT',
  },
  detect: ({ saml }) => {
    const inResponseTo = saml.inResponseTo ?? saml.assertion?.subjectConfirmation?.inResponseTo;
    if (inResponseTo?.trim()) return [];
    const issuer = responseIssuer(saml);
    const google = issuer !== undefined && GOOGLE_ISSUER.test(issuer);
    return [{ messageId: google ? 'google' : 'unsolicited', path: 'Response/@InResponseTo' }];
  },
});
