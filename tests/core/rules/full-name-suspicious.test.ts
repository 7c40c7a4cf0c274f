import rule from '../../../src/core/rules/worker/full-name-suspicious';
import { GOOD_ATTRIBUTES, testWorkerRule } from '../ruleTester';

const withName = (full_name: unknown) => ({ attributes: { ...GOOD_ATTRIBUTES, full_name } });

testWorkerRule(rule, {
  valid: [
    { name: 'a person name', input: withName('Ana Lima') },
    { name: 'a single name', input: withName('Madonna') },
    { name: 'a hyphenated name with an apostrophe', input: withName("Jean-Luc O'Neill") },
    { name: 'a name with a generation suffix', input: withName('John Smith III') },
    { name: 'a name with one digit', input: withName('Agent 7') },
    { name: 'empty: required-attribute-empty reports it', input: withName('') },
    { name: 'absent', input: { attributes: { email: 'ana@example.com' } } },
  ],
  invalid: [
    {
      name: 'an email address',
      input: withName('ana.lima@example.com'),
      findings: [{ messageId: 'looksLikeEmail', path: 'full_name', data: { value: 'ana.lima@example.com' } }],
    },
    {
      name: 'a UPN with a non-public domain',
      input: withName('alima@corp.local'),
      findings: [{ messageId: 'looksLikeEmail', path: 'full_name', data: { value: 'alima@corp.local' } }],
    },
    {
      name: 'the same text as email, whatever it is',
      input: { attributes: { ...GOOD_ATTRIBUTES, email: 'ALIMA', full_name: 'alima' } },
      findings: [{ messageId: 'looksLikeEmail', path: 'full_name' }],
    },
    {
      name: 'a GUID (an Entra object id)',
      input: withName('{9f3c1e2a-1111-2222-3333-444455556666}'),
      findings: [{ messageId: 'looksLikeId', path: 'full_name' }],
    },
    {
      name: 'an opaque id (Okta user id)',
      input: withName('00u1abcd2EFGH3ijk4x7'),
      findings: [{ messageId: 'looksLikeId', path: 'full_name', data: { value: '00u1abcd2EFGH3ijk4x7' } }],
    },
    {
      name: 'a user name with digits',
      input: withName('jdoe01'),
      findings: [{ messageId: 'looksLikeId', path: 'full_name' }],
    },
    {
      name: 'a number',
      input: withName(100234),
      findings: [{ messageId: 'looksLikeId', path: 'full_name', data: { value: 100234 } }],
    },
  ],
});
