import { DEFAULT_CONFIG } from '../../../src/core/config';
import { workerContext } from '../../../src/core/check';
import { runRules } from '../../../src/core/engine';
import rule from '../../../src/core/rules/worker/claim-name-namespaced';
import { GOOD_ATTRIBUTES, testWorkerRule } from '../ruleTester';

const WS = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/';
const { email, full_name, roles } = GOOD_ATTRIBUTES;

testWorkerRule(rule, {
  valid: [
    { name: 'bare names only', input: { attributes: { ...GOOD_ATTRIBUTES, department: 'Sales' } } },
    {
      name: 'Entra default and Auth0 pass-through claims are left to unused-claims',
      input: {
        attributes: {
          ...GOOD_ATTRIBUTES,
          'http://schemas.microsoft.com/identity/claims/tenantid': 'f0e1d2c3-0000-0000-0000-000000000000',
          'http://schemas.auth0.com/nickname': 'ana',
        },
      },
    },
    {
      name: 'a URL as a value is not a namespaced name',
      input: { attributes: { ...GOOD_ATTRIBUTES, site: 'https://x.example' } },
    },
  ],
  invalid: [
    {
      name: 'flags a namespaced email claim and names email as the intended attribute (error: email is missing)',
      input: { attributes: { full_name, roles, [`${WS}emailaddress`]: email } },
      findings: [
        {
          messageId: 'namespaced',
          severity: 'error',
          path: `${WS}emailaddress`,
          data: { key: `${WS}emailaddress`, probablyMeant: 'email' },
        },
      ],
    },
    {
      name: 'stays a warning when the intended attribute is present too, and calls the claim redundant',
      input: { attributes: { ...GOOD_ATTRIBUTES, [`${WS}emailaddress`]: email } },
      findings: [
        {
          messageId: 'namespaced',
          path: `${WS}emailaddress`,
          data: {
            probablyMeant: 'email',
            redundant: true,
          },
        },
      ],
    },
    {
      name: 'a name half beside a present full_name gets no joining advice',
      input: { attributes: { ...GOOD_ATTRIBUTES, [`${WS}surname`]: 'Lima' } },
      findings: [
        {
          messageId: 'namespaced',
          path: `${WS}surname`,
          data: {
            redundant: true,
          },
        },
      ],
    },
    {
      name: 'a missing optional attribute gets the rename advice',
      input: { attributes: { ...GOOD_ATTRIBUTES, [`${WS}mobilephone`]: '+14155550100' } },
      findings: [
        {
          messageId: 'namespaced',
          path: `${WS}mobilephone`,
          data: {
            probablyMeant: 'phone',
            absent: true,
            rename: true,
          },
        },
      ],
    },
    {
      name: 'claims/name decides by its value: a person name means full_name',
      input: { attributes: { email, roles, [`${WS}name`]: 'Ana Lima' } },
      findings: [
        { messageId: 'namespaced', severity: 'error', path: `${WS}name`, data: { probablyMeant: 'full_name' } },
      ],
    },
    {
      name: 'claims/name holding an address (Entra UPN) means email',
      input: { attributes: { full_name, roles, [`${WS}name`]: 'ana.lima@example.com' } },
      findings: [{ messageId: 'namespaced', severity: 'error', path: `${WS}name`, data: { probablyMeant: 'email' } }],
    },
    {
      name: 'givenname and surname both point at full_name and ask for a joined claim',
      input: { attributes: { email, roles, [`${WS}givenname`]: 'Ana', [`${WS}surname`]: 'Lima' } },
      findings: [
        {
          messageId: 'namespaced',
          severity: 'error',
          path: `${WS}givenname`,
          data: { probablyMeant: 'full_name', joinNames: true },
        },
        { messageId: 'namespaced', severity: 'error', path: `${WS}surname`, data: { probablyMeant: 'full_name' } },
      ],
    },
    {
      name: 'Entra groups are roles, with the advice to send app roles instead',
      input: {
        attributes: {
          email,
          full_name,
          'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups': ['9f3c1e2a-1111-2222-3333-444455556666'],
        },
      },
      findings: [
        {
          messageId: 'namespaced',
          severity: 'error',
          path: 'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups',
          data: { probablyMeant: 'roles', absent: true, groupIds: true },
          message:
            'The attribute "http://schemas.microsoft.com/ws/2008/06/identity/claims/groups" has a namespaced name. ' +
            'Flex reads only bare names, so it does not use this value. It is probably meant as "roles", which is ' +
            'absent. It carries group object ids, which Flex cannot use as roles: send app role values (admin, ' +
            'supervisor, agent) as "roles" instead.',
        },
      ],
    },
    {
      name: 'an X.500 mail OID (Keycloak, Shibboleth) means email',
      input: { attributes: { full_name, roles, 'urn:oid:0.9.2342.19200300.100.1.3': email } },
      findings: [{ messageId: 'namespaced', severity: 'error', path: 'urn:oid:0.9.2342.19200300.100.1.3' }],
    },
    {
      name: 'employeeid is probably agent_id, a warning (not required)',
      input: { attributes: { ...GOOD_ATTRIBUTES, [`${WS}employeeid`]: 'E123' } },
      findings: [{ messageId: 'namespaced', path: `${WS}employeeid`, data: { probablyMeant: 'agent_id' } }],
    },
    {
      name: 'nameidentifier stands for no attribute: no probablyMeant, a NameID hint',
      input: { attributes: { ...GOOD_ATTRIBUTES, [`${WS}nameidentifier`]: 'auth0|123' } },
      findings: [
        {
          messageId: 'namespaced',
          path: `${WS}nameidentifier`,
          data: {
            key: `${WS}nameidentifier`,
            nameId: true,
          },
        },
      ],
    },
    {
      name: 'an unknown namespaced claim, upper-case scheme included, has an empty hint',
      input: { attributes: { ...GOOD_ATTRIBUTES, 'HTTPS://example.com/claims/costcentre': '42' } },
      findings: [
        {
          messageId: 'namespaced',
          path: 'HTTPS://example.com/claims/costcentre',
          data: { key: 'HTTPS://example.com/claims/costcentre' },
          message:
            'The attribute "HTTPS://example.com/claims/costcentre" has a namespaced name. Flex reads only bare names, so it does not use this value.',
        },
      ],
    },
  ],
});

it('gives no probablyMeant when the claim stands for nothing Flex reads', () => {
  const attributes = { ...GOOD_ATTRIBUTES, 'urn:example:costcentre': '42' };
  const { findings } = runRules([rule], workerContext({ attributes }, DEFAULT_CONFIG), DEFAULT_CONFIG);
  expect(findings).toHaveLength(1);
  expect(findings[0]?.data).not.toHaveProperty('probablyMeant');
});
