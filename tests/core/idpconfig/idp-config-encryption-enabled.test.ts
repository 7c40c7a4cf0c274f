import rule from '../../../src/core/rules/idp-config/idp-config-encryption-enabled';
import { testIdpConfigRule } from './snapshot';

testIdpConfigRule(rule, {
  valid: [
    { name: 'AD FS trust without an encryption certificate', input: { preset: 'adfsTrust' } },
    { name: 'Entra manifest without tokenEncryptionKeyId', input: { preset: 'entraManifest' } },
    { name: 'metadata says nothing about the app', input: { preset: 'adfsMetadata' }, notChecked: 'notInExport' },
  ],
  invalid: [
    {
      name: 'AD FS EncryptClaims with an encryption certificate',
      input: {
        preset: 'adfsTrust',
        idpConfig: { encryption: true, encryptionSetting: 'EncryptClaims with an EncryptionCertificate' },
      },
      findings: [
        {
          messageId: 'encrypted',
          path: 'encryption',
          data: { setting: 'EncryptClaims with an EncryptionCertificate' },
        },
      ],
    },
    {
      name: 'Entra tokenEncryptionKeyId naming no key in the export',
      input: { preset: 'entraManifest', idpConfig: { encryption: true, encryptionSetting: 'tokenEncryptionKeyId' } },
      findings: [{ messageId: 'encrypted', path: 'encryption' }],
    },
    {
      name: 'Keycloak saml.encrypt',
      input: { preset: 'keycloakClient', idpConfig: { encryption: true } },
      findings: [{ messageId: 'encrypted', path: 'encryption', data: { setting: 'assertion encryption on' } }],
    },
  ],
});
