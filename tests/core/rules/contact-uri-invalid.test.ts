import rule from '../../../src/core/rules/worker/contact-uri-invalid';
import { GOOD_ATTRIBUTES, testWorkerRule } from '../ruleTester';

const withUri = (contact_uri: unknown) => ({ attributes: { ...GOOD_ATTRIBUTES, contact_uri } });

testWorkerRule(rule, {
  valid: [
    { name: 'absent', input: { attributes: { ...GOOD_ATTRIBUTES } } },
    { name: 'what Flex sets: client:<identity>', input: withUri('client:ana_2Elima_40example_2Ecom') },
    { name: 'a SIP address', input: withUri('sip:ana@pbx.example.com') },
    { name: 'E.164 with 8 digits', input: withUri('+12345678') },
    { name: 'E.164 with 15 digits', input: withUri('+123456789012345') },
  ],
  invalid: [
    {
      name: 'a national number without +',
      input: withUri('4155550100'),
      findings: [{ messageId: 'invalid', path: 'contact_uri', data: { value: '4155550100' } }],
    },
    {
      name: 'E.164 with 7 digits',
      input: withUri('+1234567'),
      findings: [{ messageId: 'invalid', path: 'contact_uri' }],
    },
    {
      name: 'E.164 with 16 digits',
      input: withUri('+1234567890123456'),
      findings: [{ messageId: 'invalid', path: 'contact_uri' }],
    },
    {
      name: 'formatted with spaces',
      input: withUri('+1 415 555 0100'),
      findings: [{ messageId: 'invalid', path: 'contact_uri' }],
    },
    {
      name: 'client: without an identity',
      input: withUri('client:'),
      findings: [{ messageId: 'invalid', path: 'contact_uri' }],
    },
    {
      name: 'an email address',
      input: withUri('ana@example.com'),
      findings: [{ messageId: 'invalid', path: 'contact_uri' }],
    },
    {
      name: 'empty',
      input: withUri(''),
      findings: [{ messageId: 'invalid', path: 'contact_uri', data: { value: '' } }],
    },
    {
      name: 'a number',
      input: withUri(14155550100),
      findings: [{ messageId: 'invalid', path: 'contact_uri', data: { value: 14155550100 } }],
    },
  ],
});
