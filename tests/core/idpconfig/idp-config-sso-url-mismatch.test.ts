import rule from '../../../src/core/rules/idp-config/idp-config-sso-url-mismatch';
import { ADFS_SSO, testIdpConfigRule } from './snapshot';

testIdpConfigRule(rule, {
  valid: [
    { name: "Flex's SSO URL is AD FS's /adfs/ls/ endpoint", input: { preset: 'adfsMetadata' } },
    {
      name: 'the POST location also counts',
      input: {
        preset: 'adfsMetadata',
        idpConfig: {
          ssoServices: [
            { binding: 'Redirect', location: 'https://idp.example.com/sso/redirect' },
            { binding: 'POST', location: 'https://idp.example.com/sso/post' },
          ],
        },
        context: { configuredSsoUrl: 'https://idp.example.com/sso/post' },
      },
    },
    { name: 'an Entra manifest carries no SSO URL', input: { preset: 'entraManifest' }, notChecked: 'notInExport' },
    {
      name: 'no Single Sign-On URL configured',
      input: { preset: 'adfsMetadata', context: { configuredSsoUrl: null } },
      notChecked: 'noConfiguredSsoUrl',
    },
  ],
  invalid: [
    {
      name: 'the configured URL lacks the trailing slash',
      input: { preset: 'adfsMetadata', context: { configuredSsoUrl: ADFS_SSO.slice(0, -1) } },
      findings: [
        {
          messageId: 'mismatch',
          path: 'SingleSignOnService',
          data: {
            locations: [ADFS_SSO, ADFS_SSO],
            difference: ` The closest, ${ADFS_SSO}, differs from it only by a trailing slash, which is still a mismatch.`,
          },
        },
      ],
    },
    {
      name: 'the configured URL is the IdP-initiated sign-on page',
      input: {
        preset: 'adfsMetadata',
        context: { configuredSsoUrl: 'https://adfs.contoso.com/adfs/ls/idpinitiatedsignon.aspx' },
      },
      findings: [{ messageId: 'mismatch', path: 'SingleSignOnService', data: { difference: '' } }],
    },
  ],
});
