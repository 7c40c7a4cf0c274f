import { defineRule } from '../../engine';
import { isNotCheckedReport, readableAssertion } from '../../samlFacts';
import type { SamlRuleContext } from '../../samlTypes';

type M = 'missing';

export default defineRule<SamlRuleContext, M>({
  meta: {
    id: 'saml-nameid-missing',
    scope: 'saml',
    title: { pass: 'The assertion names the user (NameID)', fail: 'The assertion has no NameID' },
    description:
      "Flex identifies the user by the Subject's NameID (it becomes the Flex identity); without one there is no user to log in.",
    severity: 'error',
    messages: {
      missing:
        "The assertion has no Subject NameID, or it is empty. Flex needs it as the user's unique, stable identifier: set the IdP's NameID to the user's email address.",
    },
    fixKey: 'F-NAMEID',
  },
  detect: ({ saml }) => {
    const assertion = readableAssertion(saml);
    if (isNotCheckedReport(assertion)) return { notChecked: assertion };
    return assertion.nameId?.trim() ? [] : [{ messageId: 'missing', path: 'Subject/NameID' }];
  },
});
