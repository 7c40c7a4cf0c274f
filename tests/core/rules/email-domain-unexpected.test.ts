import rule from '../../../src/core/rules/worker/email-domain-unexpected';
import { GOOD_ATTRIBUTES, testWorkerRule } from '../ruleTester';

const withEmail = (email: unknown) => ({ attributes: { ...GOOD_ATTRIBUTES, email } });
const emailDomains = ['example.com', 'Example.org'];

testWorkerRule(rule, {
  valid: [
    { name: 'no domains configured: nothing to compare', input: withEmail('ana@gmail.com') },
    { name: 'a configured domain', input: withEmail('ana@example.com'), expectations: { emailDomains } },
    { name: 'case-insensitive on both sides', input: withEmail('Ana@EXAMPLE.ORG'), expectations: { emailDomains } },
    {
      name: 'a configured domain written with a leading @',
      input: withEmail('ana@example.net'),
      expectations: { emailDomains: ['@example.net'] },
    },
    {
      name: 'no domain to compare (email-invalid reports it)',
      input: withEmail('alima'),
      expectations: { emailDomains },
    },
    { name: 'a non-text email', input: withEmail(['ana@gmail.com']), expectations: { emailDomains } },
  ],
  invalid: [
    {
      name: 'an address outside the configured domains',
      input: withEmail('ana@gmail.com'),
      expectations: { emailDomains },
      findings: [{ messageId: 'domain', path: 'email', data: { domain: 'gmail.com', allowed: emailDomains } }],
    },
    {
      name: 'a subdomain does not match unless listed',
      input: withEmail('ana@eu.example.com'),
      expectations: { emailDomains },
      findings: [{ messageId: 'domain', path: 'email', data: { domain: 'eu.example.com' } }],
    },
    {
      name: 'a look-alike that ends with a configured domain does not match',
      input: withEmail('ana@badexample.com'),
      expectations: { emailDomains },
      findings: [{ messageId: 'domain', path: 'email', data: { domain: 'badexample.com' } }],
    },
  ],
});
