import rule from '../../../src/core/rules/saml/saml-unsolicited-response';
import { signature, testSamlRule } from './snapshot';

const GOOGLE = 'https://accounts.google.com/o/saml2?idpid=C01abcdef';
const unsolicited = { saml: { inResponseTo: null }, assertion: { subjectConfirmation: {} } };

testSamlRule(rule, {
  valid: [
    { name: 'an answer to a Flex login', input: {} },
    {
      name: 'a bare Assertion whose SubjectConfirmationData answers a request',
      input: { saml: { kind: 'assertion', inResponseTo: null } },
    },
    {
      name: 'an unsigned response (no signature anywhere): its own InResponseTo is all there is',
      input: { saml: { signatures: [] } },
    },
  ],
  invalid: [
    {
      name: 'IdP-initiated',
      input: unsolicited,
      findings: [{ messageId: 'unsolicited', path: 'Response/@InResponseTo' }],
    },
    {
      name: 'IdP-initiated from Google Workspace',
      input: { ...unsolicited, saml: { inResponseTo: null, issuer: GOOGLE } },
      findings: [{ messageId: 'google', path: 'Response/@InResponseTo' }],
    },
    {
      // The same Google issuer pattern the IdP detection uses: a look-alike host path is no Google.
      name: "IdP-initiated from an issuer that only starts like Google's",
      input: {
        ...unsolicited,
        saml: { inResponseTo: null, issuer: 'https://accounts.google.com/o/saml2evil.example' },
      },
      findings: [{ messageId: 'unsolicited', path: 'Response/@InResponseTo' }],
    },
    {
      name: 'an unsigned wrapper adds an InResponseTo around a signed IdP-initiated response: still unsolicited',
      input: {
        saml: { inResponseTo: '_attacker-request', signatures: [signature('other'), signature('other')] },
        assertion: { subjectConfirmation: {} },
      },
      findings: [{ messageId: 'unsolicited', path: 'Response/@InResponseTo' }],
    },
    {
      name: "the Response's own signature references another element: its InResponseTo is not signed content",
      input: {
        saml: {
          inResponseTo: '_attacker-request',
          signatures: [signature('response', { referencesParent: false, referenceUris: ['#_other'] })],
        },
        assertion: { subjectConfirmation: {} },
      },
      findings: [{ messageId: 'unsolicited', path: 'Response/@InResponseTo' }],
    },
  ],
});
