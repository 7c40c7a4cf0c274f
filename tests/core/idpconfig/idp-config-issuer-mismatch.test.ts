import rule from '../../../src/core/rules/idp-config/idp-config-issuer-mismatch';
import { ADFS_ISSUER, ENTRA_ISSUER, testIdpConfigRule } from './snapshot';

testIdpConfigRule(rule, {
  valid: [
    { name: "AD FS metadata whose entityID is Flex's issuer", input: { preset: 'adfsMetadata' } },
    {
      name: 'surrounding whitespace in the configured issuer is trimmed',
      input: { preset: 'adfsMetadata', context: { configuredIssuer: `  ${ADFS_ISSUER}\n` } },
    },
    { name: 'an AD FS trust carries no issuer', input: { preset: 'adfsTrust' }, notChecked: 'notInExport' },
    { name: 'an Okta app export carries no issuer', input: { preset: 'oktaApp' }, notChecked: 'notInExport' },
    {
      name: 'no issuer configured in Flex',
      input: { preset: 'adfsMetadata', context: { configuredIssuer: null } },
      notChecked: 'noExpectedIssuer',
    },
  ],
  invalid: [
    {
      name: 'Flex holds the https form of the AD FS issuer',
      input: { preset: 'adfsMetadata', context: { configuredIssuer: 'https://adfs.contoso.com/adfs/services/trust' } },
      findings: [{ messageId: 'scheme', path: 'entityID', data: { entityId: ADFS_ISSUER } }],
    },
    {
      name: 'Entra issuer without its trailing slash',
      input: {
        preset: 'adfsMetadata',
        idpConfig: { idp: 'entra-id', entityId: ENTRA_ISSUER },
        context: { configuredIssuer: ENTRA_ISSUER.slice(0, -1) },
      },
      findings: [{ messageId: 'trailingSlash', path: 'entityID' }],
    },
    {
      name: 'another IdP altogether',
      input: { preset: 'adfsMetadata', context: { configuredIssuer: 'http://www.okta.com/exk1a2b3c4d5e6f7g8h9' } },
      findings: [
        { messageId: 'configured', path: 'entityID', data: { configured: 'http://www.okta.com/exk1a2b3c4d5e6f7g8h9' } },
      ],
    },
  ],
});
