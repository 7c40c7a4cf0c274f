import rule from '../../../src/core/rules/saml/saml-relaystate-set';
import { testSamlRule } from './snapshot';

const idpInitiated = { saml: { inResponseTo: null }, assertion: { subjectConfirmation: {} } };

testSamlRule(rule, {
  valid: [
    {
      name: 'an SP-initiated POST with a RelayState (Flex set it)',
      input: { capture: { relayState: 'https://flex.twilio.com/x' } },
    },
    { name: 'an IdP-initiated POST without RelayState', input: idpInitiated },
    {
      name: 'an IdP-initiated POST with a blank RelayState',
      input: { ...idpInitiated, capture: { relayState: '  ' } },
    },
    {
      name: 'a pasted response carries no RelayState to judge',
      input: { ...idpInitiated, capture: { source: 'base64' } },
      notChecked: 'notApplicable',
    },
  ],
  invalid: [
    {
      name: "Okta's Default RelayState on an IdP-initiated SAML-tracer capture",
      input: { ...idpInitiated, capture: { source: 'saml-tracer', relayState: '/home' } },
      findings: [{ messageId: 'relayState', path: 'RelayState', data: { relayState: '/home' } }],
    },
  ],
});
