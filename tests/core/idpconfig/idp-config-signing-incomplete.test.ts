import rule from '../../../src/core/rules/idp-config/idp-config-signing-incomplete';
import { testIdpConfigRule } from './snapshot';

testIdpConfigRule(rule, {
  valid: [
    { name: "AD FS after the guide's PowerShell step: MessageAndAssertion", input: { preset: 'adfsTrust' } },
    { name: 'Okta: Response and Assertion signed', input: { preset: 'oktaApp' } },
    { name: 'Entra exports hold no signing option', input: { preset: 'entraManifest' }, notChecked: 'notInExport' },
    {
      name: 'PowerShell 5.1 wrote SamlResponseSignature as a number',
      input: {
        preset: 'adfsTrust',
        idpConfig: {
          signing: {
            response: { unreadable: 'adfsEnumNumber', raw: '0' },
            assertion: { unreadable: 'adfsEnumNumber', raw: '0' },
          },
        },
      },
      notChecked: 'unreadableInExport',
    },
  ],
  invalid: [
    {
      name: 'AD FS as the guide leaves it before its PowerShell step (AssertionOnly, the default)',
      input: {
        preset: 'adfsTrust',
        idpConfig: { signing: { response: false, assertion: true, raw: 'AssertionOnly' } },
      },
      findings: [{ messageId: 'assertionOnly', path: 'signing', data: { setting: 'AssertionOnly' } }],
    },
    {
      name: 'AD FS MessageOnly',
      input: { preset: 'adfsTrust', idpConfig: { signing: { response: true, assertion: false, raw: 'MessageOnly' } } },
      findings: [{ messageId: 'responseOnly', path: 'signing' }],
    },
    {
      name: 'Auth0 without signResponse (false by default)',
      input: {
        preset: 'auth0Client',
        idpConfig: { signing: { response: false, assertion: true }, defaulted: ['signing.response'] },
      },
      findings: [
        {
          messageId: 'assertionOnly',
          path: 'signing',
          data: { setting: 'response unsigned, assertion signed, the default' },
        },
      ],
    },
    {
      name: 'Keycloak with both signatures off',
      input: { preset: 'keycloakClient', idpConfig: { signing: { response: false, assertion: false } } },
      findings: [{ messageId: 'none', path: 'signing' }],
    },
  ],
});
