import rule from '../../../src/core/rules/idp-config/idp-config-notification-email-missing';
import { testIdpConfigRule } from './snapshot';

testIdpConfigRule(rule, {
  valid: [
    { name: 'the service principal notifies IT before expiry', input: { preset: 'entraServicePrincipal' } },
    { name: 'the manifest does not carry it', input: { preset: 'entraManifest' }, notChecked: 'notInExport' },
    { name: 'AD FS metadata is no Entra export', input: { preset: 'adfsMetadata' }, notChecked: 'notApplicable' },
  ],
  invalid: [
    {
      name: 'notificationEmailAddresses empty',
      input: { preset: 'entraServicePrincipal', idpConfig: { notificationEmailAddresses: [] } },
      findings: [{ messageId: 'missing', path: 'notificationEmailAddresses' }],
    },
    {
      name: 'only blank addresses',
      input: { preset: 'entraServicePrincipal', idpConfig: { notificationEmailAddresses: [' '] } },
      findings: [{ messageId: 'missing', path: 'notificationEmailAddresses' }],
    },
  ],
});
