import rule from '../../../src/core/rules/saml/saml-nameid-email-divergence';
import { baseAssertion, testSamlRule } from './snapshot';

const withEmail = (email: string) => ({
  attributes: baseAssertion().attributes.map((a) => (a.name === 'email' ? { ...a, values: [email] } : a)),
});

testSamlRule(rule, {
  valid: [
    { name: 'NameID equals the email', input: {} },
    { name: 'equal apart from case', input: { assertion: { nameId: 'Ana.Lima@Example.com' } } },
    { name: 'a NameID that is no address (a persistent id)', input: { assertion: { nameId: '00u1a2b3c4d5e6f7g8h9' } } },
    { name: 'no email attribute to compare', input: { assertion: { attributes: [] } } },
    { name: 'an encrypted assertion', input: { encrypted: true }, notChecked: 'encrypted' },
  ],
  invalid: [
    {
      name: "Entra's UPN NameID beside email = user.mail",
      input: { assertion: { nameId: 'alima@contoso.onmicrosoft.com', ...withEmail('ana.lima@contoso.com') } },
      findings: [
        {
          messageId: 'divergent',
          path: 'Subject/NameID',
          data: { nameId: 'alima@contoso.onmicrosoft.com', email: 'ana.lima@contoso.com' },
        },
      ],
    },
  ],
});
