import rule from '../../../src/core/rules/idp-config/idp-config-nameid-not-email';
import { EMAIL_FORMAT, testIdpConfigRule } from './snapshot';

const UNSPECIFIED = 'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified';

testIdpConfigRule(rule, {
  valid: [
    { name: "the guide's Name ID transform: E-Mail Address → Name ID, format Email", input: { preset: 'adfsTrust' } },
    { name: 'Okta ${user.email}, EmailAddress', input: { preset: 'oktaApp' } },
    {
      name: 'Okta ${user.email} with Unspecified',
      input: { preset: 'oktaApp', idpConfig: { nameId: { format: UNSPECIFIED, source: '${user.email}' } } },
    },
    { name: 'Keycloak short form email', input: { preset: 'keycloakClient' } },
    { name: 'Entra exports hold no Name ID', input: { preset: 'entraManifest' }, notChecked: 'notInExport' },
    { name: 'metadata NameIDFormats are capabilities', input: { preset: 'adfsMetadata' }, notChecked: 'notInExport' },
    {
      name: 'Okta username is often, not always, the email',
      input: { preset: 'oktaApp', idpConfig: { nameId: { format: EMAIL_FORMAT, source: '${user.login}' } } },
      notChecked: 'notApplicable',
    },
  ],
  invalid: [
    {
      name: 'AD FS trust with no Name ID rule (InvalidNameIDPolicy): error',
      input: { preset: 'adfsTrust', idpConfig: { nameId: { format: null, source: null } } },
      findings: [{ messageId: 'missing', severity: 'error', path: 'nameId' }],
    },
    {
      name: 'AD FS NameID issued by an LDAP rule carries no format',
      input: { preset: 'adfsTrust', idpConfig: { nameId: { format: null, source: 'mail', rule: 'rule 1' } } },
      findings: [{ messageId: 'format', severity: 'error', path: 'nameId', data: { format: 'not set' } }],
    },
    {
      name: 'Okta with a custom template: warning',
      input: { preset: 'oktaApp', idpConfig: { nameId: { format: EMAIL_FORMAT, source: '${user.employeeNumber}' } } },
      findings: [{ messageId: 'missing', severity: 'warning', path: 'nameId' }],
    },
    {
      name: 'Keycloak persistent NameID',
      input: { preset: 'keycloakClient', idpConfig: { nameId: { format: 'persistent', source: 'email' } } },
      findings: [{ messageId: 'format', severity: 'warning', path: 'nameId', data: { format: 'persistent' } }],
    },
    {
      name: 'Auth0 default probes start with the user id',
      input: {
        preset: 'auth0Client',
        idpConfig: {
          nameId: {
            format: UNSPECIFIED,
            source: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/nameidentifier',
          },
        },
      },
      findings: [{ messageId: 'missing', severity: 'warning', path: 'nameId' }],
    },
  ],
});
