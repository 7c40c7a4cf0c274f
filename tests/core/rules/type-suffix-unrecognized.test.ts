import rule from '../../../src/core/rules/worker/type-suffix-unrecognized';
import { GOOD_ATTRIBUTES, testWorkerRule } from '../ruleTester';

const with_ = (extra: Record<string, unknown>) => ({ attributes: { ...GOOD_ATTRIBUTES, ...extra } });

testWorkerRule(rule, {
  valid: [
    { name: 'no dotted keys', input: with_({ level: '3' }) },
    {
      name: 'channel settings are not type suffixes',
      input: with_({ 'channel.voice.capacity': 1, 'channel.chat.availability': true }),
    },
    { name: 'dotted names that end in no type word', input: with_({ 'User.FirstName': 'Ana', 'team.name': 'x' }) },
    {
      name: 'OIDs and URIs are dotted for other reasons',
      input: with_({ 'urn:oid:2.5.4.3': 'Ana', 'http://x.example/a.list': 'y' }),
    },
  ],
  invalid: [
    {
      name: 'a suffix that is no Flex type (.number)',
      input: with_({ 'level.number': '3' }),
      findings: [
        {
          messageId: 'unrecognized',
          path: 'level.number',
          data: {
            key: 'level.number',
            suffix: 'number',
            name: 'level',
            other: true,
          },
        },
      ],
    },
    {
      name: 'a Flex type in the wrong case (.Int) explains the rejected update and the lowercase fix',
      input: with_({ 'level.Int': '3' }),
      findings: [
        {
          messageId: 'unrecognized',
          path: 'level.Int',
          data: {
            suffix: 'Int',
            wrongCase: true,
            lower: 'int',
          },
        },
      ],
    },
    {
      name: 'a documented lowercase type still on the worker was probably not written by SSO',
      input: with_({ 'skills.stringarray': 'a,b' }),
      findings: [
        {
          messageId: 'unrecognized',
          path: 'skills.stringarray',
          data: { converted: true },
        },
      ],
    },
    {
      name: 'several type-like words',
      input: with_({
        'a.bool': 'true',
        'b.array': 'x',
        'c.list': 'y',
        'd.String': 'z',
        'e.integer': '1',
        'f.float': '1.5',
        'g.date': 'x',
      }),
      findings: ['a.bool', 'b.array', 'c.list', 'd.String', 'e.integer', 'f.float', 'g.date'].map((path) => ({
        messageId: 'unrecognized',
        path,
      })),
    },
  ],
});
