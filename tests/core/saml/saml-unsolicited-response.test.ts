import rule from '../../../src/core/rules/saml/saml-unsolicited-response';
import { testSamlRule } from './snapshot';

const GOOGLE = 'https://accounts.google.com/o/saml2?idpid=C01abcdef';
const unsolicited = { saml: { inResponseTo: null }, assertion: { subjectConfirmation: {} } };

testSamlRule(rule, {
  valid: [
    { name: 'an answer to a Flex login', input: {} },
    {
      name: 'a bare Assertion whose SubjectConfirmationData answers a request',
      input: { saml: { kind: 'assertion', inResponseTo: null } },
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
  ],
});
