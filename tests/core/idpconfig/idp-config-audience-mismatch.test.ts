import rule from '../../../src/core/rules/idp-config/idp-config-audience-mismatch';
import { legacyAcsUrl, legacyEntityId } from '../../../src/core/flexUrls';
import { ACCOUNT_SID, ENTITY_ID, ENTRA_APP_ID, testIdpConfigRule } from './snapshot';

testIdpConfigRule(rule, {
  valid: [
    { name: 'AD FS trust identifier is the Flex Entity ID', input: { preset: 'adfsTrust' } },
    {
      name: 'Entra service principal names hold the app id GUID beside it',
      input: { preset: 'entraServicePrincipal' },
    },
    { name: 'Keycloak clientId', input: { preset: 'keycloakClient' } },
    {
      name: 'legacy account with the /metadata Entity ID',
      input: {
        preset: 'oktaApp',
        idpConfig: { spEntityIds: [legacyEntityId(ACCOUNT_SID)] },
        context: { ssoType: 'legacy' },
      },
    },
    { name: 'metadata describes the IdP, not the app', input: { preset: 'adfsMetadata' }, notChecked: 'notInExport' },
    {
      name: 'no connection SID known',
      input: { preset: 'oktaApp', context: { connectionSid: null, ssoType: null } },
      notChecked: 'noAccountContext',
    },
  ],
  invalid: [
    {
      name: "Entra's default api:// identifier left beside the Flex Entity ID",
      input: { preset: 'entraManifest', idpConfig: { spEntityIds: [`api://${ENTRA_APP_ID}`, ENTITY_ID] } },
      findings: [{ messageId: 'defaultIdentifier', severity: 'warning', path: 'spEntityIds' }],
    },
    {
      name: 'Entra: only the default identifier',
      input: { preset: 'entraManifest', idpConfig: { spEntityIds: [`api://${ENTRA_APP_ID}`] } },
      findings: [
        { messageId: 'missing', path: 'spEntityIds', data: { expected: ENTITY_ID } },
        { messageId: 'defaultIdentifier', severity: 'warning', path: 'spEntityIds' },
      ],
    },
    {
      name: 'legacy account: the ACS without /metadata as identifier',
      input: {
        preset: 'adfsTrust',
        idpConfig: { spEntityIds: [legacyAcsUrl(ACCOUNT_SID)] },
        context: { ssoType: 'legacy' },
      },
      findings: [
        { messageId: 'missingMetadataSuffix', path: 'spEntityIds', data: { expected: legacyEntityId(ACCOUNT_SID) } },
      ],
    },
    {
      name: 'enhanced account: a legacy identifier without /metadata is simply missing',
      input: { preset: 'adfsTrust', idpConfig: { spEntityIds: [legacyAcsUrl(ACCOUNT_SID)] } },
      findings: [{ messageId: 'missing', path: 'spEntityIds' }],
    },
    {
      name: 'Auth0 audience is the ACS instead of the Entity ID',
      input: {
        preset: 'auth0Client',
        idpConfig: { spEntityIds: ['https://login.flex.us1.twilio.com/login/callback'] },
      },
      findings: [{ messageId: 'missing', path: 'spEntityIds' }],
    },
  ],
});
