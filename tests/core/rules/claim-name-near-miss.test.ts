import rule from '../../../src/core/rules/worker/claim-name-near-miss';
import { GOOD_ATTRIBUTES, testWorkerRule } from '../ruleTester';

const { email, full_name, roles } = GOOD_ATTRIBUTES;

testWorkerRule(rule, {
  valid: [
    {
      name: 'synonyms beside the exact Flex names are custom attributes',
      input: {
        attributes: { ...GOOD_ATTRIBUTES, Email: email, displayName: full_name, firstName: 'Ana', groups: ['x'] },
      },
    },
    {
      name: 'role beside roles is the Insights attribute',
      input: { attributes: { ...GOOD_ATTRIBUTES, role: 'Tier 1' } },
    },
    {
      name: 'unrelated custom names',
      input: { attributes: { ...GOOD_ATTRIBUTES, costCentre: '42', PersonImmutableID: 'x' } },
    },
    {
      name: 'namespaced names are left to claim-name-namespaced',
      input: { attributes: { full_name, roles, 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/email': email } },
    },
  ],
  invalid: [
    {
      name: 'Email stands in for a missing email (error)',
      input: { attributes: { full_name, roles, Email: email } },
      findings: [
        { messageId: 'nearMiss', severity: 'error', path: 'Email', data: { key: 'Email', probablyMeant: 'email' } },
      ],
    },
    {
      name: 'User.email (OneLogin) and mail both stand in for email',
      input: { attributes: { full_name, roles, 'User.email': email, mail: email } },
      findings: [
        { messageId: 'nearMiss', severity: 'error', path: 'User.email', data: { probablyMeant: 'email' } },
        { messageId: 'nearMiss', severity: 'error', path: 'mail', data: { probablyMeant: 'email' } },
      ],
    },
    {
      name: 'firstName and lastName stand in for full_name and ask for a join',
      input: { attributes: { email, roles, firstName: 'Ana', lastName: 'Lima' } },
      findings: [
        {
          messageId: 'nearMiss',
          severity: 'error',
          path: 'firstName',
          data: { probablyMeant: 'full_name', joinNames: true },
        },
        { messageId: 'nearMiss', severity: 'error', path: 'lastName', data: { probablyMeant: 'full_name' } },
      ],
    },
    {
      name: 'User.FirstName / User.LastName (OneLogin) stand in for full_name',
      input: { attributes: { email, roles, 'User.FirstName': 'Ana', 'User.LastName': 'Lima' } },
      findings: [
        { messageId: 'nearMiss', severity: 'error', path: 'User.FirstName' },
        { messageId: 'nearMiss', severity: 'error', path: 'User.LastName' },
      ],
    },
    {
      name: 'role counts only when roles is missing',
      input: { attributes: { email, full_name, role: 'agent' } },
      findings: [
        {
          messageId: 'nearMiss',
          severity: 'error',
          path: 'role',
          data: { probablyMeant: 'roles', role: true, required: true },
          message:
            'The attribute "role" is probably meant as "roles", which is absent. Flex reads only the exact name ' +
            '"roles". ("role" without the s is a Flex Insights attribute.) "roles" is required, so SSO logins fail ' +
            'with error 45050 until the IdP sends it under that name.',
        },
      ],
    },
    {
      name: 'Role, memberOf and flex_role stand in for roles',
      input: { attributes: { email, full_name, Role: 'agent', memberOf: ['agent'], flex_role: 'agent' } },
      findings: [
        { messageId: 'nearMiss', severity: 'error', path: 'Role' },
        {
          messageId: 'nearMiss',
          severity: 'error',
          path: 'memberOf',
          data: { groupNames: true, required: true },
        },
        { messageId: 'nearMiss', severity: 'error', path: 'flex_role' },
      ],
    },
    {
      name: 'case and separator variants of a Flex name (FULL-NAME)',
      input: { attributes: { email, roles, 'FULL-NAME': full_name } },
      findings: [{ messageId: 'nearMiss', severity: 'error', path: 'FULL-NAME', data: { probablyMeant: 'full_name' } }],
    },
    {
      name: 'name holding an address stands in for email, not full_name',
      input: { attributes: { full_name, roles, name: 'ana.lima@example.com' } },
      findings: [{ messageId: 'nearMiss', severity: 'error', path: 'name', data: { probablyMeant: 'email' } }],
    },
    {
      name: 'a near-miss of an optional attribute is a warning without the 45050 remark',
      input: { attributes: { ...GOOD_ATTRIBUTES, imageUrl: 'https://x.example/a.png', Department: 'Sales' } },
      findings: [
        {
          messageId: 'nearMiss',
          path: 'imageUrl',
          data: { probablyMeant: 'image_url' },
          message:
            'The attribute "imageUrl" is probably meant as "image_url", which is absent. Flex reads only the exact name "image_url".',
        },
        { messageId: 'nearMiss', path: 'Department', data: { probablyMeant: 'department' } },
      ],
    },
  ],
});
