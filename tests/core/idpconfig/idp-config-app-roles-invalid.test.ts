import rule from '../../../src/core/rules/idp-config/idp-config-app-roles-invalid';
import { GUIDE_APP_ROLES, testIdpConfigRule } from './snapshot';

const [admin, supervisor, agent, user] = GUIDE_APP_ROLES;

testIdpConfigRule(rule, {
  valid: [
    { name: "the guide's three app roles (and Entra's default User role)", input: { preset: 'entraManifest' } },
    { name: 'the same roles in the service principal', input: { preset: 'entraServicePrincipal' } },
    {
      name: 'allowedMemberTypes with User and Application',
      input: {
        preset: 'entraManifest',
        idpConfig: { appRoles: [admin, supervisor, { ...agent, allowedMemberTypes: ['User', 'Application'] }] },
      },
    },
    { name: 'an AD FS trust has no app roles', input: { preset: 'adfsTrust' }, notChecked: 'notApplicable' },
  ],
  invalid: [
    {
      name: 'the admin role with value "Admin"',
      input: {
        preset: 'entraManifest',
        idpConfig: { appRoles: [{ ...admin, value: 'Admin' }, supervisor, agent, user] },
      },
      findings: [
        {
          messageId: 'wrongCase',
          severity: 'warning',
          path: 'appRoles.admin',
          data: { value: 'Admin', role: 'admin' },
        },
      ],
    },
    {
      name: 'the agent role for applications only',
      input: {
        preset: 'entraManifest',
        idpConfig: { appRoles: [admin, supervisor, { ...agent, allowedMemberTypes: ['Application'] }] },
      },
      findings: [
        {
          messageId: 'memberType',
          severity: 'warning',
          path: 'appRoles.agent',
          data: { memberTypes: ['Application'] },
        },
      ],
    },
    {
      name: 'a disabled supervisor role',
      input: { preset: 'entraManifest', idpConfig: { appRoles: [admin, { ...supervisor, isEnabled: false }, agent] } },
      findings: [{ messageId: 'disabled', severity: 'warning', path: 'appRoles.supervisor' }],
    },
    {
      name: 'only the default roles: no Flex role can be given (error)',
      input: {
        preset: 'entraServicePrincipal',
        idpConfig: {
          appRoles: [user, { ...user, displayName: 'msiam_access', id: 'b9632174-c057-4f7e-951b-be3adc52bfe6' }],
        },
      },
      findings: [
        { messageId: 'missing', severity: 'error', path: 'appRoles.admin' },
        { messageId: 'missing', severity: 'error', path: 'appRoles.supervisor' },
        { messageId: 'missing', severity: 'error', path: 'appRoles.agent' },
      ],
    },
  ],
});
