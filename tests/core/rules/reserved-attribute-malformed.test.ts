import rule from '../../../src/core/rules/worker/reserved-attribute-malformed';
import { GOOD_ATTRIBUTES, testWorkerRule } from '../ruleTester';

const with_ = (extra: Record<string, unknown>) => ({ attributes: { ...GOOD_ATTRIBUTES, ...extra } });

testWorkerRule(rule, {
  valid: [
    { name: 'absent', input: with_({}) },
    {
      name: 'skills and levels as Flex writes them',
      input: with_({ routing: { skills: ['sales', 'spanish'], levels: { sales: 3, spanish: 1 } } }),
    },
    {
      name: 'an empty routing object and extra keys',
      input: with_({ routing: {}, disabled_skills: { skills: [], note: 1 } }),
    },
  ],
  invalid: [
    {
      name: 'an IdP claim that overwrote routing with a string',
      input: with_({ routing: 'sales' }),
      findings: [{ messageId: 'routing', path: 'routing', data: { problem: 'it is the text "sales", not an object' } }],
    },
    {
      name: 'skills as one string',
      input: with_({ routing: { skills: 'sales' } }),
      findings: [
        { messageId: 'routing', path: 'routing', data: { problem: expect.stringContaining('"skills" is the text') } },
      ],
    },
    {
      name: 'a skill that is not text',
      input: with_({ routing: { skills: ['sales', 3] } }),
      findings: [{ messageId: 'routing', path: 'routing' }],
    },
    {
      name: 'a level as text',
      input: with_({ routing: { skills: ['sales'], levels: { sales: '3' } } }),
      findings: [
        {
          messageId: 'routing',
          path: 'routing',
          data: { problem: 'the level of "sales" is the text "3", not a number' },
        },
      ],
    },
    {
      name: 'levels as a list',
      input: with_({ routing: { levels: [3] } }),
      findings: [
        {
          messageId: 'routing',
          path: 'routing',
          data: { problem: '"levels" is a list, not an object of skill levels' },
        },
      ],
    },
    {
      name: 'disabled_skills as a list, routing as null',
      input: with_({ routing: null, disabled_skills: ['sales'] }),
      findings: [
        { messageId: 'routing', path: 'routing', data: { problem: 'it is null, not an object' } },
        { messageId: 'disabledSkills', path: 'disabled_skills', data: { problem: 'it is a list, not an object' } },
      ],
    },
  ],
});
