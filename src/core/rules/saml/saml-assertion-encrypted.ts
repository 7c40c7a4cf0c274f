import { defineRule } from '../../engine';
import type { SamlRuleContext } from '../../samlTypes';

type M = 'encrypted';

export default defineRule<SamlRuleContext, M>({
  meta: {
    id: 'saml-assertion-encrypted',
    scope: 'saml',
    title: { pass: 'The assertion is not encrypted', fail: 'The assertion is encrypted' },
    description: 'Flex does not support encrypted assertions: it cannot read one, and the login fails.',
    severity: 'error',
    messages: {
      encrypted:
        'The response carries {{count}} EncryptedAssertion {{count|element|elements}}; Flex does not support encrypted assertions. Turn off assertion encryption for the Flex application in the IdP.',
    },
    fixKey: 'F-SIGN',
  },
  detect: ({ saml }) =>
    saml.encryptedAssertionCount > 0
      ? [{ messageId: 'encrypted', path: 'EncryptedAssertion', data: { count: saml.encryptedAssertionCount } }]
      : [],
});
