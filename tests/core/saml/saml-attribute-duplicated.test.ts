import rule from '../../../src/core/rules/saml/saml-attribute-duplicated';
import { baseAssertion, testSamlRule } from './snapshot';

const base = baseAssertion().attributes.filter((a) => a.name !== 'roles');

testSamlRule(rule, {
  valid: [
    { name: 'each attribute once', input: {} },
    { name: 'an encrypted assertion', input: { encrypted: true }, notChecked: 'encrypted' },
  ],
  invalid: [
    {
      name: "Keycloak's role list as one Attribute per role",
      input: {
        assertion: {
          attributes: [...base, { name: 'roles', values: ['agent'] }, { name: 'roles', values: ['supervisor'] }],
        },
      },
      findings: [{ messageId: 'duplicated', path: 'roles', data: { name: 'roles', count: 2 } }],
    },
  ],
});
