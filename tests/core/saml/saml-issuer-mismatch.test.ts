import rule from '../../../src/core/rules/saml/saml-issuer-mismatch';
import { ISSUER, testSamlRule } from './snapshot';

const ENTRA = 'https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/';

testSamlRule(rule, {
  valid: [
    { name: 'both issuers equal the configured one', input: {} },
    { name: 'no Response Issuer (optional in SAML)', input: { saml: { issuer: null } } },
    {
      name: 'no expected issuer: only consistency is checked',
      input: { context: { expectedIssuer: null } },
      notChecked: 'noExpectedIssuer',
    },
    { name: 'an encrypted assertion: only the Response Issuer', input: { encrypted: true }, notChecked: 'encrypted' },
  ],
  invalid: [
    {
      name: 'another issuer in both elements',
      input: { saml: { issuer: ENTRA }, assertion: { issuer: ENTRA } },
      findings: [
        { messageId: 'configured', path: 'Response/Issuer', data: { issuer: ENTRA, expected: ISSUER } },
        { messageId: 'configured', path: 'Assertion/Issuer', data: { issuer: ENTRA } },
      ],
    },
    {
      name: 'a trailing-slash difference is called out',
      input: {
        saml: { issuer: ENTRA, kind: 'assertion' },
        assertion: { issuer: ENTRA },
        context: { expectedIssuer: ENTRA.slice(0, -1) },
      },
      findings: [
        {
          messageId: 'configured',
          path: 'Assertion/Issuer',
          data: { slashOnly: true },
          message: expect.stringContaining('They differ only by a trailing slash, which is enough to fail.'),
        },
      ],
    },
    {
      name: 'Response and Assertion issuers differ, even with no expected issuer',
      input: { assertion: { issuer: ENTRA }, context: { expectedIssuer: null } },
      notChecked: 'noExpectedIssuer',
      findings: [
        {
          messageId: 'inconsistent',
          path: 'Assertion/Issuer',
          data: { responseIssuer: ISSUER, assertionIssuer: ENTRA },
        },
      ],
    },
    {
      name: 'no issuer anywhere',
      input: { saml: { issuer: null }, assertion: { issuer: null } },
      findings: [
        {
          messageId: 'configured',
          path: 'Response/Issuer',
          message:
            'The Response has no Issuer, but the Identity Provider Issuer configured in Flex is ' +
            '"http://www.okta.com/exk1a2b3c4d5e6f7g8h9"; they must be equal exactly.',
        },
      ],
    },
  ],
});
