import { defineRule } from '../../engine';
import { name, personal } from '../../disclose';
import type { SamlRuleContext } from '../../samlTypes';
import type { Report } from '../../types';
import { compareResponseWithWorker } from '../../workerComparison';

type M = 'overwritten';

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
    const comparison = compareResponseWithWorker(ctx);
    if (comparison.status === 'notChecked') return { notChecked: comparison.notChecked };
    const reports: Report<M>[] = [];
    for (const { key, current, sent, change } of comparison.changes) {
      if (change !== 'changed') continue;
      reports.push({
        messageId: 'overwritten',
        path: key,
        data: { key: name(key), current: personal(current, key), sent: personal(sent, key) },
      });
    }
    return reports;
  },
});
