import rule from '../../../src/core/rules/idp-config/idp-config-acs-mismatch';
import { enhancedAcsUrl, legacyAcsUrl } from '../../../src/core/flexUrls';
import { ACCOUNT_SID, ACS_URL, CONNECTION_SID, testIdpConfigRule } from './snapshot';

const OTHER_CONNECTION = 'JQ11111111111111111111111111111111';
const LEGACY = legacyAcsUrl(ACCOUNT_SID);

testIdpConfigRule(rule, {
  valid: [
    { name: 'AD FS trust SamlEndpoints hold the Flex ACS', input: { preset: 'adfsTrust' } },
    { name: 'Okta: ACS, Recipient and Destination are the Flex ACS', input: { preset: 'oktaApp' } },
    { name: 'Entra manifest reply URL', input: { preset: 'entraManifest' } },
    {
      name: 'Keycloak: the ACS among other redirect URIs',
      input: { preset: 'keycloakClient', idpConfig: { acsUrls: ['https://flex.twilio.com/agent-desktop', ACS_URL] } },
    },
    {
      name: "metadata's own ACS are AD FS's, never the app's",
      input: { preset: 'adfsMetadata' },
      notChecked: 'notInExport',
    },
    {
      name: 'AD FS list text prints only a type name for SamlEndpoints',
      input: {
        preset: 'adfsTrust',
        idpConfig: {
          acsUrls: {
            unreadable: 'adfsListTypeName',
            raw: 'Microsoft.IdentityServer.Management.Resources.SamlEndpoint',
            detail: 'Run (Get-AdfsRelyingPartyTrust -Name "Twilio Flex").SamlEndpoints to see them.',
          },
        },
      },
      notChecked: 'unreadableInExport',
    },
    {
      name: 'no connection SID or account SID known',
      input: { preset: 'oktaApp', context: { connectionSid: null, accountSid: null, ssoType: null } },
      notChecked: 'noAccountContext',
    },
  ],
  invalid: [
    {
      name: 'AD FS list text with SamlEndpoints : {} has no ACS at all',
      input: { preset: 'adfsTrust', idpConfig: { acsUrls: [] } },
      findings: [{ messageId: 'missing', path: 'acsUrls', data: { expected: ACS_URL } }],
    },
    {
      name: 'Okta: the ACS of another connection',
      input: {
        preset: 'oktaApp',
        idpConfig: { acsUrls: [enhancedAcsUrl(OTHER_CONNECTION)], responseTargets: [] },
      },
      findings: [{ messageId: 'wrongConnection', path: 'acsUrls', data: { connectionSid: OTHER_CONNECTION } }],
    },
    {
      name: 'Entra reply URL in another region',
      input: { preset: 'entraManifest', idpConfig: { acsUrls: [enhancedAcsUrl(CONNECTION_SID, 'ie1')] } },
      findings: [{ messageId: 'wrongRegion', path: 'acsUrls', data: { region: 'ie1', expectedRegion: 'us1' } }],
    },
    {
      name: 'Keycloak ACS over plain http',
      input: { preset: 'keycloakClient', idpConfig: { acsUrls: [ACS_URL.replace('https:', 'http:')] } },
      findings: [{ messageId: 'insecure', path: 'acsUrls' }],
    },
    {
      name: 'a legacy ACS left in an enhanced account (before the deadline: warning)',
      input: { preset: 'adfsTrust', idpConfig: { acsUrls: [LEGACY] } },
      findings: [{ messageId: 'legacy', severity: 'warning', path: 'acsUrls', data: { url: LEGACY } }],
    },
    {
      name: 'a legacy ACS after the migration deadline is an error',
      input: {
        preset: 'adfsTrust',
        idpConfig: { acsUrls: [LEGACY] },
        context: { analyzedAt: '2026-04-02T00:00:00.000Z' },
      },
      findings: [{ messageId: 'legacy', severity: 'error', path: 'acsUrls' }],
    },
    {
      name: 'legacy context: the legacy ACS of another account',
      input: {
        preset: 'adfsTrust',
        idpConfig: { acsUrls: [legacyAcsUrl('AC99999999999999999999999999999999')] },
        context: { ssoType: 'legacy' },
      },
      findings: [
        { messageId: 'wrongAccount', path: 'acsUrls', data: { accountSid: 'AC99999999999999999999999999999999' } },
        { messageId: 'legacy', severity: 'warning', path: 'acsUrls' },
      ],
    },
    {
      name: 'Okta: Recipient and Destination copy a wrong ACS: one finding, for the one setting',
      input: {
        preset: 'oktaApp',
        idpConfig: {
          acsUrls: ['https://flex.example.com/sso'],
          responseTargets: [
            { field: 'settings.signOn.recipient', url: 'https://flex.example.com/sso' },
            { field: 'settings.signOn.destination', url: 'https://flex.example.com/sso' },
          ],
        },
      },
      findings: [{ messageId: 'missing', path: 'acsUrls', data: { found: ['https://flex.example.com/sso'] } }],
    },
    {
      name: 'Okta: the ACS is right but Recipient names another URL',
      input: {
        preset: 'oktaApp',
        idpConfig: {
          responseTargets: [
            { field: 'settings.signOn.recipient', url: 'https://flex.twilio.com/callback' },
            { field: 'settings.signOn.destination', url: ACS_URL },
          ],
        },
      },
      findings: [{ messageId: 'missing', path: 'settings.signOn.recipient' }],
    },
  ],
});
