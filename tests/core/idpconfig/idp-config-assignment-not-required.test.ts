import rule from '../../../src/core/rules/idp-config/idp-config-assignment-not-required';
import { testIdpConfigRule } from './snapshot';

testIdpConfigRule(rule, {
  valid: [
    { name: 'the service principal requires assignment', input: { preset: 'entraServicePrincipal' } },
    { name: 'the manifest does not carry it', input: { preset: 'entraManifest' }, notChecked: 'notInExport' },
    { name: 'Okta is no Entra export', input: { preset: 'oktaApp' }, notChecked: 'notApplicable' },
  ],
  invalid: [
    {
      name: 'appRoleAssignmentRequired false',
      input: { preset: 'entraServicePrincipal', idpConfig: { appRoleAssignmentRequired: false } },
      findings: [{ messageId: 'notRequired', path: 'appRoleAssignmentRequired' }],
    },
  ],
});
