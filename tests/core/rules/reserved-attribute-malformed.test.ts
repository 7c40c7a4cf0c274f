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
      findings: [
        {
          messageId: 'routing',
          path: 'routing',
          data: { notObject: true, text: 'sales' },
          message: expect.stringContaining('routing has the wrong shape: it is the text "sales", not an object. Flex'),
        },
      ],
    },
    {
      name: 'skills as one string',
      input: with_({ routing: { skills: 'sales' } }),
      findings: [{ messageId: 'routing', path: 'routing', data: { skillsNotList: true, text: 'sales' } }],
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
          data: { levelNotNumber: true, skill: 'sales', text: '3' },
          message: expect.stringContaining('the level of "sales" is the text "3", not a number.'),
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
          data: { levelsNotObject: true, shape: 'a list' },
          message: expect.stringContaining('"levels" is a list, not an object of skill levels.'),
        },
      ],
    },
    {
      name: 'disabled_skills as a list, routing as null',
      input: with_({ routing: null, disabled_skills: ['sales'] }),
      findings: [
        { messageId: 'routing', path: 'routing', data: { notObject: true, shape: 'null' } },
        { messageId: 'disabledSkills', path: 'disabled_skills', data: { notObject: true, shape: 'a list' } },
      ],
    },
  ],
});
