import rule from '../../../src/core/rules/worker/insights-value-too-long';
import { GOOD_ATTRIBUTES, testWorkerRule } from '../ruleTester';

const withValue = (extra: Record<string, unknown>) => ({ attributes: { ...GOOD_ATTRIBUTES, ...extra } });

testWorkerRule(rule, {
  valid: [
    { name: 'exactly 128 characters', input: withValue({ manager: 'm'.repeat(128) }) },
    { name: '128 characters counted as people count them', input: withValue({ location: '🏢'.repeat(128) }) },
    { name: 'a long value outside Insights', input: withValue({ notes: 'n'.repeat(500) }) },
    { name: 'a long list is not a text value', input: withValue({ agent_attribute_1: ['x'.repeat(200)] }) },
  ],
  invalid: [
    {
      name: 'a 129-character team name',
      input: withValue({ team_name: 't'.repeat(129) }),
      findings: [
        {
          messageId: 'tooLong',
          path: 'team_name',
          data: { attribute: 'team_name', length: 129, limit: 128 },
        },
      ],
    },
    {
      name: 'each long Insights attribute',
      input: withValue({ full_name: 'f'.repeat(130), agent_label_3: 'l'.repeat(200) }),
      findings: [
        { messageId: 'tooLong', path: 'full_name', data: { length: 130 } },
        { messageId: 'tooLong', path: 'agent_label_3', data: { length: 200 } },
      ],
    },
  ],
});
