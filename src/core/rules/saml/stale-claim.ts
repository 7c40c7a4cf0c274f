import { defineRule } from '../../engine';
import { name, personal } from '../../disclose';
import { workerComparisonBlocked } from '../../samlFacts';
import type { SamlRuleContext } from '../../samlTypes';
import type { Report } from '../../types';

type M = 'stale';

/**
 * Keys that are not custom claims: the required three (their absence in the response is
 * `required-attribute-missing`'s finding on the predicted attributes), `contact_uri` (Flex sets it
 * itself), and the skills TaskRouter and the Flex skills editor manage.
 */
const NOT_FROM_IDP: ReadonlySet<string> = new Set([
  'email',
  'full_name',
  'roles',
  'contact_uri',
  'routing',
  'disabled_skills',
]);

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
    const blocked = workerComparisonBlocked(ctx);
    if (blocked) return blocked;
    const sent = ctx.predicted.attributes;
    const reports: Report<M>[] = [];
    for (const [key, value] of Object.entries(ctx.worker?.attributes ?? {})) {
      if (NOT_FROM_IDP.has(key) || Object.prototype.hasOwnProperty.call(sent, key)) continue;
      reports.push({ messageId: 'stale', path: key, data: { key: name(key), value: personal(value, key) } });
    }
    return reports;
  },
});
