import rule from '../../../src/core/rules/idp-config/idp-config-signature-algorithm-weak';
import { testIdpConfigRule } from './snapshot';

testIdpConfigRule(rule, {
  valid: [
    { name: 'AD FS RSA-SHA256', input: { preset: 'adfsTrust' } },
    { name: 'Okta RSA_SHA256 / SHA256', input: { preset: 'oktaApp' } },
    { name: 'Auth0 rsa-sha256 / sha256', input: { preset: 'auth0Client' } },
    {
      name: 'SHA-512 is not SHA-1',
      input: { preset: 'keycloakClient', idpConfig: { signatureAlgorithm: 'RSA_SHA512' } },
    },
    { name: 'Entra exports carry no algorithm', input: { preset: 'entraManifest' }, notChecked: 'notInExport' },
  ],
  invalid: [
    {
      name: 'Auth0 without signatureAlgorithm / digestAlgorithm: SHA-1 by default',
      input: {
        preset: 'auth0Client',
        idpConfig: {
          signatureAlgorithm: 'rsa-sha1',
          digestAlgorithm: 'sha1',
          defaulted: ['signatureAlgorithm', 'digestAlgorithm'],
        },
      },
      findings: [
        {
          messageId: 'sha1',
          path: 'signatureAlgorithm',
          data: {
            algorithms: ['signature rsa-sha1, the default when not set', 'digest sha1, the default when not set'],
          },
        },
      ],
    },
    {
      name: 'AD FS trust set to SHA-1',
      input: { preset: 'adfsTrust', idpConfig: { signatureAlgorithm: 'http://www.w3.org/2000/09/xmldsig#rsa-sha1' } },
      findings: [{ messageId: 'sha1', path: 'signatureAlgorithm' }],
    },
    {
      name: 'Okta digest SHA1',
      input: { preset: 'oktaApp', idpConfig: { digestAlgorithm: 'SHA1' } },
      findings: [{ messageId: 'sha1', path: 'signatureAlgorithm', data: { algorithms: ['digest SHA1'] } }],
    },
  ],
});
