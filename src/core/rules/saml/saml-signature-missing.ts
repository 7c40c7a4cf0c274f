import { defineRule } from '../../engine';
import type { SamlRuleContext } from '../../samlTypes';

type M = 'responseUnsigned' | 'assertionUnsigned' | 'unsigned';

export default defineRule<SamlRuleContext, M>({
  meta: {
    id: 'saml-signature-missing',
    scope: 'saml',
    title: { pass: 'The Response and the Assertion are signed', fail: 'A signature is missing' },
    description:
      "Twilio's guides require both the Response (message) and the Assertion to be signed; an unsigned one is rejected.",
    severity: 'error',
    messages: {
      responseUnsigned:
        'The Response is not signed; Flex requires both the Response and the Assertion to be signed. Set the IdP to sign both (often "Sign SAML response and assertion").',
      assertionUnsigned:
        'The Assertion is not signed; Flex requires both the Response and the Assertion to be signed. Set the IdP to sign both (often "Sign SAML response and assertion").',
      unsigned:
        'Neither the Response nor the Assertion is signed; Flex requires both to be signed. Set the IdP to sign both (often "Sign SAML response and assertion").',
    },
    fixKey: 'F-SIGN',
  },
  detect: ({ saml }) => {
    const responseSigned = saml.signatures.some((s) => s.on === 'response');
    const assertionSigned = saml.signatures.some((s) => s.on === 'assertion');
    if (saml.kind === 'assertion') {
      return assertionSigned ? [] : [{ messageId: 'assertionUnsigned', path: 'Assertion/Signature' }];
    }
    if (!saml.assertion) {
      // The assertion's signature (if any) lives inside the encryption, or there is no assertion at
      // all: only the Response's own signature can be judged.
      const reports = responseSigned ? [] : [{ messageId: 'responseUnsigned' as const, path: 'Response/Signature' }];
      return saml.encryptedAssertionCount > 0
        ? { notChecked: { reasonId: 'encrypted', detail: "The Assertion's signature was not checked." }, reports }
        : { notChecked: { reasonId: 'notApplicable', detail: 'The response carries no assertion.' }, reports };
    }
    if (!responseSigned && !assertionSigned) return [{ messageId: 'unsigned', path: 'Response/Signature' }];
    if (!responseSigned) return [{ messageId: 'responseUnsigned', path: 'Response/Signature' }];
    if (!assertionSigned) return [{ messageId: 'assertionUnsigned', path: 'Assertion/Signature' }];
    return [];
  },
});
