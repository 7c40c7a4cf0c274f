import rule from '../../../src/core/rules/idp-config/idp-config-relaystate-set';
import { NULL, testIdpConfigRule } from './snapshot';

testIdpConfigRule(rule, {
  valid: [
    { name: 'Okta defaultRelayState null', input: { preset: 'oktaApp' } },
    { name: 'Okta defaultRelayState ""', input: { preset: 'oktaApp', idpConfig: { relayState: '' } } },
    { name: 'Entra relayState null', input: { preset: 'entraServicePrincipal', idpConfig: { relayState: NULL } } },
    { name: 'an AD FS trust carries no default RelayState', input: { preset: 'adfsTrust' }, notChecked: 'notInExport' },
  ],
  invalid: [
    {
      name: 'Okta Default RelayState set',
      input: { preset: 'oktaApp', idpConfig: { relayState: 'https://flex.twilio.com/agent-desktop' } },
      findings: [
        { messageId: 'relayState', path: 'relayState', data: { relayState: 'https://flex.twilio.com/agent-desktop' } },
      ],
    },
    {
      name: 'Entra samlSingleSignOnSettings.relayState set',
      input: { preset: 'entraServicePrincipal', idpConfig: { relayState: '/home' } },
      findings: [{ messageId: 'relayState', path: 'relayState' }],
    },
  ],
});
