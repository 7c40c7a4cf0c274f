import { fixed } from '../../disclose';
import { hasAttribute, isBlankValue } from '../../attributes';
import { defineRule, PASS, withReport } from '../../engine';
import type { Report, WorkerRuleContext } from '../../types';

export default defineRule<WorkerRuleContext, 'missing'>({
  meta: {
    id: 'expected-attribute-missing',
    scope: 'worker',
    title: {
      pass: 'Attributes your configuration requires are present',
      fail: 'An attribute your configuration requires is missing',
    },
    description:
      'Your organisation marks some attributes as required (required_attributes), usually because routing, ' +
      'reporting or a plugin depends on them. A worker without one is likely routed or reported wrongly.',
    // The severity of each finding comes from its configuration entry; this is the documented default.
    severity: 'warning',
    messages: {
      missing:
        'The attribute "{{attribute}}", which your configuration requires, is missing or empty. Check that the IdP ' +
        'sends it under exactly this name and has a value for this user.',
    },
    fixKey: 'F-CLAIMS',
  },
  detect: ({ worker, expectations }) => {
    // Nothing configured: nothing to check, and the rule passes (it is not "not checked").
    let reports: Report<'missing'>[] | undefined;
    for (const entry of expectations.requiredAttributes) {
      if (!hasAttribute(worker.attributes, entry.name) || isBlankValue(worker.attributes[entry.name])) {
        reports = withReport(reports, {
          messageId: 'missing',
          path: entry.name,
          severity: entry.severity,
          data: { attribute: fixed(entry.name) },
        });
      }
    }
    return reports ?? PASS;
  },
});
