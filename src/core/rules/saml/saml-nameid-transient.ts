import { texts } from '../../disclose';
import { defineRule } from '../../engine';
import { isNotCheckedReport, readableAssertion } from '../../samlFacts';
import type { SamlRuleContext } from '../../samlTypes';

type M = 'transient';

const TRANSIENT = 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient';

export default defineRule<SamlRuleContext, M>({
  meta: {
    id: 'saml-nameid-transient',
    scope: 'saml',
    title: { pass: 'The NameID is stable across logins', fail: 'The NameID is transient' },
    description:
      'A transient NameID changes at every login, and Flex identifies users by it: each login likely creates a new Flex user and worker (each billed).',
    severity: 'warning',
    messages: {
      transient:
        'The NameID format is transient ({{format}}): the NameID changes at every login, so Flex likely creates a new user and worker each time. Send a persistent identifier, usually the email address (emailAddress format).',
    },
    fixKey: 'F-NAMEID',
  },
  detect: ({ saml }) => {
    const assertion = readableAssertion(saml);
    if (isNotCheckedReport(assertion)) return { notChecked: assertion };
    return assertion.nameIdFormat?.trim() === TRANSIENT
      ? [{ messageId: 'transient', path: 'Subject/NameID/@Format', data: texts({ format: TRANSIENT }) }]
      : [];
  },
});
