import { defineRule } from '../../engine';
import { name, personal } from '../../disclose';
import type { SamlRuleContext } from '../../samlTypes';
import type { Report } from '../../types';
import { compareResponseWithWorker } from '../../workerComparison';

type M = 'stale';

export default defineRule<SamlRuleContext, M>({
  meta: {
    id: 'stale-claim',
    scope: 'saml+worker',
    title: { pass: 'The worker holds no stale claims', fail: 'The worker holds claims the IdP no longer sends' },
    description:
      'Flex never removes a claim the IdP stops sending: the old value stays on the worker forever, and routing or reports may still use it.',
    severity: 'warning',
    messages: {
      stale:
        'The worker holds {{key}} = "{{value}}", but the response no longer sends {{key}}: Flex keeps the old value forever. To clear it, keep sending the claim with an empty value, or remove it from the worker.',
    },
    fixKey: 'F-CLAIMS',
  },
  detect: (ctx) => {
    const comparison = compareResponseWithWorker(ctx);
    if (comparison.status === 'notChecked') return { notChecked: comparison.notChecked };
    const reports: Report<M>[] = [];
    for (const { key, current, change } of comparison.changes) {
      if (change === 'stale')
        reports.push({ messageId: 'stale', path: key, data: { key: name(key), value: personal(current, key) } });
    }
    return reports;
  },
});
