import rule from '../../../src/core/rules/idp-config/idp-config-claim-namespaced';
import { XMLSOAP, testIdpConfigRule } from './snapshot';

testIdpConfigRule(rule, {
  valid: [
    { name: "the guide's E-Mail Address claim feeds its Name ID rule: not reported", input: { preset: 'adfsTrust' } },
    { name: 'Okta bare names', input: { preset: 'oktaApp' } },
    { name: 'Entra exports hold no claims', input: { preset: 'entraServicePrincipal' }, notChecked: 'notInExport' },
  ],
  invalid: [
    {
      name: 'AD FS predefined E-Mail Address type standing in for a missing email',
      input: {
        preset: 'adfsTrust',
        idpConfig: {
          claims: [
            { name: `${XMLSOAP}/emailaddress`, source: 'LDAP mail' },
            { name: 'full_name', source: 'LDAP displayName' },
            { name: 'roles', source: 'LDAP department' },
          ],
        },
      },
      findings: [
        {
          messageId: 'namespaced',
          severity: 'error',
          path: `${XMLSOAP}/emailaddress`,
          data: { probablyMeant: 'email' },
        },
      ],
    },
    {
      name: 'a redundant namespaced copy beside the bare name is a warning',
      input: {
        preset: 'keycloakClient',
        idpConfig: {
          claims: [
            { name: 'email', source: 'user property email' },
            { name: 'urn:oid:0.9.2342.19200300.100.1.3', source: 'user property email', friendlyName: 'email' },
            { name: 'full_name', source: null },
            { name: 'roles', source: null },
          ],
        },
      },
      findings: [{ messageId: 'namespaced', severity: 'warning', path: 'urn:oid:0.9.2342.19200300.100.1.3' }],
    },
    {
      name: 'Auth0 passthroughClaimsWithNoMapping (true when absent)',
      input: { preset: 'auth0Client', idpConfig: { claimsUnknown: { reason: 'passthroughUnmapped' } } },
      findings: [{ messageId: 'namespaced', severity: 'warning', path: 'http://schemas.auth0.com/' }],
    },
    {
      name: 'AD FS pass-through-all: the known namespaced claims are reported, the rest not checked',
      input: {
        preset: 'adfsTrust',
        idpConfig: {
          claims: [{ name: 'http://schemas.xmlsoap.org/claims/Group', source: 'LDAP tokenGroups' }],
          claimsUnknown: { reason: 'passThroughAll', rule: 'rule 2' },
        },
      },
      findings: [{ messageId: 'namespaced', severity: 'error', path: 'http://schemas.xmlsoap.org/claims/Group' }],
      notChecked: 'claimsUnknown',
    },
  ],
});
