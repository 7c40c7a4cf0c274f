import { defineRule } from '../../engine';
import { detectIdpFromIssuer } from '../../idp';
import { responseIssuer, signedContent } from '../../samlFacts';
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
        "The response has no InResponseTo in its signed content: the login was started at the IdP (IdP-initiated), not from Flex. That works only when a Default Redirect URL is set in Flex's SSO settings.",
      google:
        'The response has no InResponseTo in its signed content: an IdP-initiated login from Google Workspace, which Flex never supports. Start the login from Flex (SP-initiated) instead.',
    },
    fixKey: 'F-REDIRECT',
  },
  detect: ({ saml }) => {
    // Only signed content counts: an unsigned wrapper around a signed IdP-initiated response must not
    // hide that it is unsolicited by adding an InResponseTo of its own. A document with no signature at
    // all has nothing signed (saml-signature-missing says so), and its own fields are all there is.
    const signed = saml.signatures.length === 0 ? { response: true, assertion: true } : signedContent(saml);
    const inResponseTo =
      (signed.response ? saml.inResponseTo : undefined) ??
      (signed.assertion ? saml.assertion?.subjectConfirmation?.inResponseTo : undefined);
    if (inResponseTo?.trim()) return [];
    const issuer = responseIssuer(saml);
    const google = issuer !== undefined && detectIdpFromIssuer(issuer) === 'google-workspace';
    return [{ messageId: google ? 'google' : 'unsolicited', path: 'Response/@InResponseTo' }];
  },
});
