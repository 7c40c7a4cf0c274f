import rule from '../../../src/core/rules/saml/saml-type-suffix-invalid';
import { baseAssertion, testSamlRule } from './snapshot';

const base = baseAssertion().attributes;
const withClaim = (name: string, ...values: string[]) => ({ assertion: { attributes: [...base, { name, values }] } });

testSamlRule(rule, {
  valid: [
    { name: 'no typed claims', input: {} },
    { name: 'a valid int claim', input: withClaim('seniority.int', '3') },
    { name: 'a valid booleanarray claim', input: withClaim('flags.booleanarray', 'true', 'false') },
    { name: 'an encrypted assertion', input: { encrypted: true }, notChecked: 'encrypted' },
  ],
  invalid: [
    {
      name: 'a type in the wrong case',
      input: withClaim('seniority.Int', '3'),
      findings: [
        {
          messageId: 'typeCase',
          path: 'seniority.Int',
          data: { claim: 'seniority.Int', type: 'Int', expected: 'int' },
        },
      ],
    },
    {
      name: 'a value that is not an integer',
      input: withClaim('seniority.int', 'three'),
      findings: [{ messageId: 'value', path: 'seniority.int', data: { type: 'int', value: 'three' } }],
    },
    {
      name: 'a boolean that is no boolean',
      input: withClaim('is_lead.boolean', 'yes'),
      findings: [{ messageId: 'value', path: 'is_lead.boolean', data: { value: 'yes' } }],
    },
  ],
});

it('says that Flex then rejects the whole update', () => {
  expect(rule.meta.messages.typeCase).toMatch(/rejects the whole attribute update/);
  expect(rule.meta.messages.value).toMatch(/rejects the whole attribute update/);
});
