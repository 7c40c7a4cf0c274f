import rule from '../../../src/core/rules/worker/role-value-invalid';
import { GOOD_ATTRIBUTES, testWorkerRule } from '../ruleTester';

const withRoles = (roles: unknown) => ({ attributes: { ...GOOD_ATTRIBUTES, roles } });

testWorkerRule(rule, {
  valid: [
    { name: 'the three Flex roles', input: withRoles(['admin', 'supervisor', 'agent']) },
    { name: 'wfo. values are left to the Insights rules', input: withRoles(['agent', 'wfo.Team_Leader', 'wfo.bogus']) },
    { name: 'a roles string is left to roles-not-list', input: withRoles('Admin') },
  ],
  invalid: [
    {
      name: 'a capitalised role',
      input: withRoles(['Admin']),
      findings: [{ messageId: 'wrongCase', path: 'roles', data: { value: 'Admin', suggestion: 'admin', index: 0 } }],
    },
    {
      name: 'an upper-case Insights role is a case problem, not an Insights one',
      input: withRoles(['supervisor', 'WFO.FULL_ACCESS']),
      findings: [
        {
          messageId: 'wrongCase',
          path: 'roles',
          data: { value: 'WFO.FULL_ACCESS', suggestion: 'wfo.full_access', index: 1 },
        },
      ],
    },
    {
      name: 'a role with a leading space',
      input: withRoles([' agent']),
      findings: [{ messageId: 'padded', path: 'roles', data: { value: ' agent', suggestion: 'agent' } }],
    },
    {
      name: 'two roles joined by a comma in one value',
      input: withRoles(['agent,admin']),
      findings: [
        { messageId: 'joined', path: 'roles', data: { value: 'agent,admin', suggestion: ['agent', 'admin'] } },
      ],
    },
    {
      name: 'joined with spaces and capitals',
      input: withRoles(['Agent, Supervisor']),
      findings: [{ messageId: 'joined', path: 'roles', data: { suggestion: ['agent', 'supervisor'] } }],
    },
    {
      name: 'two roles separated only by a space',
      input: withRoles(['agent supervisor']),
      findings: [{ messageId: 'joined', path: 'roles', data: { suggestion: ['agent', 'supervisor'] } }],
    },
    {
      name: 'an Entra group object id',
      input: withRoles(['6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d']),
      findings: [
        { messageId: 'groupObjectId', path: 'roles', data: { value: '6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' } },
      ],
    },
    {
      name: 'an LDAP distinguished name (commas do not make it joined)',
      input: withRoles(['CN=Flex Agents,OU=Groups,DC=example,DC=com']),
      findings: [
        {
          messageId: 'distinguishedName',
          path: 'roles',
          data: { value: 'CN=Flex Agents,OU=Groups,DC=example,DC=com' },
        },
      ],
    },
    {
      name: "Entra's default access role",
      input: withRoles(['msiam_access']),
      findings: [{ messageId: 'defaultAppRole', path: 'roles', data: { value: 'msiam_access' } }],
    },
    {
      name: 'a name Flex does not know',
      input: withRoles(['Flex Agents']),
      findings: [{ messageId: 'unknown', path: 'roles', data: { value: 'Flex Agents' } }],
    },
    {
      name: 'one finding per bad value, good values untouched',
      input: withRoles(['agent', 'Supervisor', 'manager']),
      findings: [
        { messageId: 'wrongCase', path: 'roles', data: { value: 'Supervisor', index: 1 } },
        { messageId: 'unknown', path: 'roles', data: { value: 'manager', index: 2 } },
      ],
    },
  ],
});
