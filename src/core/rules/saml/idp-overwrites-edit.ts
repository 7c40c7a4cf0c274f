import { defineRule } from '../../engine';
import { name, personal } from '../../disclose';
import { workerComparisonBlocked } from '../../samlFacts';
import type { SamlRuleContext } from '../../samlTypes';
import type { Report } from '../../types';

type M = 'overwritten';

/** Lists of strings compare as sets: Flex rewriting `["agent","admin"]` as `["admin","agent"]` changes nothing. */
function normalise(value: unknown): unknown {
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return [...value].sort();
  return value;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}

export default defineRule<SamlRuleContext, M>({
  meta: {
    id: 'idp-overwrites-edit',
    scope: 'saml+worker',
    title: {
      pass: 'The worker matches what the IdP sends',
      fail: 'The worker was edited and the IdP will overwrite it',
    },
    description:
      'Flex rewrites every attribute the IdP sends at each login: an edit made in Flex, by a plugin or through the API reverts at the next login.',
    severity: 'info',
    messages: {
      overwritten:
        'The worker holds {{key}} = "{{current}}", but the response sends "{{sent}}": the worker\'s value reverts to the IdP\'s at the next login. Make the change in the IdP instead.',
    },
    fixKey: 'F-CLAIMS',
  },
  detect: (ctx) => {
    const blocked = workerComparisonBlocked(ctx);
    if (blocked) return blocked;
    const current = ctx.worker?.attributes ?? {};
    const reports: Report<M>[] = [];
    for (const [key, sent] of Object.entries(ctx.predicted.attributes)) {
      if (!Object.prototype.hasOwnProperty.call(current, key) || same(current[key], sent)) continue;
      reports.push({
        messageId: 'overwritten',
        path: key,
        data: { key: name(key), current: personal(current[key], key), sent: personal(sent, key) },
      });
    }
    return reports;
  },
});
