import rule from '../../../src/core/rules/saml/saml-attribute-friendly-name-only';
import { baseAssertion, testSamlRule } from './snapshot';

const base = baseAssertion().attributes.filter((a) => a.name !== 'email');
const OID_MAIL = 'urn:oid:0.9.2342.19200300.100.1.3';

testSamlRule(rule, {
  valid: [
    { name: 'plain Flex names', input: {} },
    {
      name: 'a FriendlyName that is no Flex attribute',
      input: {
        assertion: { attributes: [...base, { name: OID_MAIL, friendlyName: 'mail', values: ['a@example.com'] }] },
      },
    },
    {
      name: 'a FriendlyName on a plain Name',
      input: {
        assertion: { attributes: [...base, { name: 'email', friendlyName: 'email', values: ['a@example.com'] }] },
      },
    },
    { name: 'an encrypted assertion', input: { encrypted: true }, notChecked: 'encrypted' },
  ],
  invalid: [
    {
      name: 'an OID Name with FriendlyName email (Shibboleth, Keycloak)',
      input: {
        assertion: { attributes: [...base, { name: OID_MAIL, friendlyName: 'email', values: ['a@example.com'] }] },
      },
      findings: [{ messageId: 'friendlyName', path: OID_MAIL, data: { name: OID_MAIL, friendlyName: 'email' } }],
    },
    {
      name: 'a bare dotted OID and a claim URI',
      input: {
        assertion: {
          attributes: [
            { name: '2.16.840.1.113730.3.1.241', friendlyName: 'full_name', values: ['Ana Lima'] },
            {
              name: 'http://schemas.microsoft.com/ws/2008/06/identity/claims/role',
              friendlyName: 'roles',
              values: ['agent'],
            },
          ],
        },
      },
      findings: [
        { messageId: 'friendlyName', path: '2.16.840.1.113730.3.1.241' },
        { messageId: 'friendlyName', path: 'http://schemas.microsoft.com/ws/2008/06/identity/claims/role' },
      ],
    },
  ],
});
