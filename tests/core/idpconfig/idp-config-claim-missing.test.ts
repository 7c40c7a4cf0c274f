import rule from '../../../src/core/rules/idp-config/idp-config-claim-missing';
import { ADFS_GUIDE_CLAIMS, XMLSOAP, testIdpConfigRule } from './snapshot';

testIdpConfigRule(rule, {
  valid: [
    { name: "the guide's LDAP rule + Name ID transform", input: { preset: 'adfsTrust' } },
    { name: 'Okta attribute statements with bare names', input: { preset: 'oktaApp' } },
    { name: 'Keycloak mappers', input: { preset: 'keycloakClient' } },
    {
      name: 'Entra exports hold no Attributes & Claims',
      input: { preset: 'entraManifest' },
      notChecked: 'notInExport',
    },
    {
      name: 'Auth0 claims are set by Actions',
      input: { preset: 'auth0Client', idpConfig: { claims: null } },
      notChecked: 'notInExport',
    },
    {
      name: 'a pass-through-all rule makes the emitted set unknown',
      input: {
        preset: 'adfsTrust',
        idpConfig: { claims: [], claimsUnknown: { reason: 'passThroughAll', rule: 'Pass through all claims' } },
      },
      notChecked: 'claimsUnknown',
    },
  ],
  invalid: [
    {
      name: 'hostile claim names are names, nothing more',
      input: {
        preset: 'oktaApp',
        idpConfig: {
          claims: [
            { name: '__proto__', source: null },
            { name: 'constructor', source: null },
            { name: 'email', source: 'user.email' },
            { name: 'full_name', source: null },
          ],
        },
      },
      findings: [{ messageId: 'missing', path: 'roles', data: { standsInText: '' } }],
    },
    {
      name: 'AD FS with predefined claim types instead of typed names',
      input: {
        preset: 'adfsTrust',
        idpConfig: {
          claims: [
            { name: `${XMLSOAP}/emailaddress`, source: 'LDAP mail' },
            { name: `${XMLSOAP}/name`, source: 'LDAP displayName' },
            { name: 'roles', source: 'LDAP department' },
          ],
        },
      },
      findings: [
        { messageId: 'missing', path: 'email', data: { standsIn: `${XMLSOAP}/emailaddress` } },
        { messageId: 'missing', path: 'full_name', data: { standsIn: `${XMLSOAP}/name` } },
      ],
    },
    {
      name: 'Okta sends Role instead of roles',
      input: {
        preset: 'oktaApp',
        idpConfig: {
          claims: [
            { name: 'email', source: 'user.email' },
            { name: 'full_name', source: null },
            { name: 'Role', source: 'user.userType' },
          ],
        },
      },
      findings: [{ messageId: 'missing', path: 'roles', data: { attribute: 'roles', standsIn: 'Role' } }],
    },
    {
      name: 'an unreadable rule may emit the missing claim: the message says so',
      input: {
        preset: 'adfsTrust',
        idpConfig: {
          claims: ADFS_GUIDE_CLAIMS.filter((c) => c.name !== 'roles'),
          unreadableRules: [{ name: 'Send groups as roles', position: 3 }],
        },
      },
      findings: [
        {
          messageId: 'missing',
          path: 'roles',
          data: { unknown: ' The claim rule "Send groups as roles" could not be read and may emit it.' },
        },
      ],
    },
  ],
});
