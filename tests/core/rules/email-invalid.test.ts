import rule from '../../../src/core/rules/worker/email-invalid';
import { GOOD_ATTRIBUTES, testWorkerRule } from '../ruleTester';

const withEmail = (email: unknown) => ({ attributes: { ...GOOD_ATTRIBUTES, email } });

testWorkerRule(rule, {
  valid: [
    { name: 'a plain address', input: withEmail('ana.lima@example.com') },
    {
      name: 'plus tag, subdomain and a long top-level domain',
      input: withEmail("o'brien+flex@eu.mail.example.museum"),
    },
    { name: 'an internationalised domain', input: withEmail('ana@exämple.de') },
    { name: 'absent: required-attribute-missing reports it', input: { attributes: { full_name: 'Ana Lima' } } },
    { name: 'empty: required-attribute-empty reports it', input: withEmail('  ') },
  ],
  invalid: [
    {
      name: 'a user name without a domain',
      input: withEmail('alima'),
      findings: [
        {
          messageId: 'invalid',
          path: 'email',
          data: { value: 'alima' },
          message: 'The email attribute holds "alima", which is not a plausible email address.',
        },
      ],
    },
    {
      name: 'a dotless domain',
      input: withEmail('ana@localhost'),
      findings: [{ messageId: 'invalid', path: 'email' }],
    },
    {
      name: 'two @ signs',
      input: withEmail('ana@lima@example.com'),
      findings: [{ messageId: 'invalid', path: 'email' }],
    },
    {
      name: 'a double dot in the local part',
      input: withEmail('ana..lima@example.com'),
      findings: [{ messageId: 'invalid', path: 'email' }],
    },
    {
      name: 'a numeric top-level domain',
      input: withEmail('ana@10.0.0.1'),
      findings: [{ messageId: 'invalid', path: 'email' }],
    },
    {
      name: 'spaces around an otherwise good address are called out',
      input: withEmail(' ana.lima@example.com '),
      findings: [{ messageId: 'invalid', path: 'email', data: { padded: true } }],
    },
    {
      name: 'several values (a multi-valued claim)',
      input: withEmail(['ana@example.com', 'ana.lima@example.com']),
      findings: [
        {
          messageId: 'invalid',
          path: 'email',
          data: {
            value: '["ana@example.com","ana.lima@example.com"]',
            several: true,
          },
        },
      ],
    },
    {
      name: 'a number',
      input: withEmail(42),
      findings: [
        {
          messageId: 'invalid',
          path: 'email',
          data: { value: 42, notText: true },
          message: 'The email attribute holds "42", which is not a plausible email address. It is not text.',
        },
      ],
    },
    {
      name: 'a 10 kB value is rejected quickly and quoted cut short',
      input: withEmail(`${'a'.repeat(10_000)}@example.com`),
      findings: [
        {
          messageId: 'invalid',
          path: 'email',
          message: `The email attribute holds "${'a'.repeat(79)}…", which is not a plausible email address.`,
        },
      ],
    },
  ],
});
