import { personal } from '../../disclose';
import { defineRule } from '../../engine';
import { isNotCheckedReport, readableAssertion } from '../../samlFacts';
import type { SamlRuleContext } from '../../samlTypes';

type M = 'divergent';

const LOOKS_LIKE_ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export default defineRule<SamlRuleContext, M>({
  meta: {
    id: 'saml-nameid-email-divergence',
    scope: 'saml',
    title: { pass: 'The NameID and the email attribute agree', fail: 'The NameID and the email attribute differ' },
    description:
      "Flex identifies users by the NameID, people by their email; when the two differ (Entra's default UPN NameID beside email = user.mail), a later switch of either likely creates a second Flex user.",
    severity: 'warning',
    messages: {
      divergent:
        'The NameID {{nameId}} looks like an address but differs from the email attribute ({{email}}). Flex identifies the user by the NameID, so switching either later likely creates a second user; send the same value in both (e.g. the mail attribute as the NameID).',
    },
    fixKey: 'F-NAMEID',
  },
  detect: ({ saml, predicted }) => {
    const assertion = readableAssertion(saml);
    if (isNotCheckedReport(assertion)) return { notChecked: assertion };
    const nameId = assertion.nameId?.trim();
    const email = predicted.attributes['email'];
    // No address-like NameID, or no single email value: nothing to compare (other rules report those).
    if (!nameId || !LOOKS_LIKE_ADDRESS.test(nameId) || typeof email !== 'string' || email.trim() === '') return [];
    return nameId.toLowerCase() === email.trim().toLowerCase()
      ? []
      : [
          {
            messageId: 'divergent',
            path: 'Subject/NameID',
            data: { nameId: personal(nameId, 'email'), email: personal(email, 'email') },
          },
        ];
  },
});
