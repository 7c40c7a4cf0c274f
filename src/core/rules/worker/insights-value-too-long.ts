import { fixed } from '../../disclose';
import { INSIGHTS_ATTRIBUTES } from '../../attributes';
import { defineRule, PASS, withReport } from '../../engine';
import type { Report, WorkerRuleContext } from '../../types';

/** Flex Insights loads only this many characters of an attribute value. */
export const INSIGHTS_VALUE_LIMIT = 128;

/** The worker attributes Flex Insights reads: the required identity attributes and the Insights ones. */
const INSIGHTS_VALUE_ATTRIBUTES: readonly string[] = ['email', 'full_name', ...INSIGHTS_ATTRIBUTES];
const INSIGHTS_VALUE_SET: ReadonlySet<string> = new Set(INSIGHTS_VALUE_ATTRIBUTES);

/** Whether any Insights attribute holds text longer than the limit in UTF-16 units: a few own keys, not 21 look-ups. */
function anyLongValue(attributes: Readonly<Record<string, unknown>>, keys: readonly string[]): boolean {
  for (const key of keys) {
    const value = attributes[key];
    if (typeof value === 'string' && value.length > INSIGHTS_VALUE_LIMIT && INSIGHTS_VALUE_SET.has(key)) return true;
  }
  return false;
}

export default defineRule<WorkerRuleContext, 'tooLong'>({
  meta: {
    id: 'insights-value-too-long',
    scope: 'worker',
    title: { pass: 'Insights values fit', fail: 'An Insights value will be cut off' },
    description: `Flex Insights loads only the first ${INSIGHTS_VALUE_LIMIT} characters of an attribute value, so a longer value appears cut off in reports and filters.`,
    severity: 'info',
    messages: {
      tooLong:
        '{{attribute}} is {{length}} characters long; Flex Insights loads only the first {{limit}}, so reports show it cut off. Shorten it in the identity provider if the full value matters.',
    },
    fixKey: 'F-CLAIMS',
  },
  detect: ({ worker, keys }) => {
    if (!anyLongValue(worker.attributes, keys)) return PASS;
    let reports: Report<'tooLong'>[] | undefined;
    for (const attribute of INSIGHTS_VALUE_ATTRIBUTES) {
      const value = worker.attributes[attribute];
      if (typeof value !== 'string') continue;
      // Count characters as people do (code points), not UTF-16 units; a value of at most the limit in
      // UTF-16 units has no more code points than that, so only a long one is counted.
      if (value.length <= INSIGHTS_VALUE_LIMIT) continue;
      const length = [...value].length;
      if (length > INSIGHTS_VALUE_LIMIT) {
        reports = withReport(reports, {
          messageId: 'tooLong',
          path: attribute,
          data: { attribute: fixed(attribute), length, limit: INSIGHTS_VALUE_LIMIT },
        });
      }
    }
    return reports ?? PASS;
  },
});
