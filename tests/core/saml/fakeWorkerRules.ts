/** Stand-in worker rules for analyzeSaml.workerRules.test.ts. */
import { defineRule } from '../../../src/core/engine';
import type { WorkerRuleContext } from '../../../src/core/types';

const shouty = defineRule<WorkerRuleContext, 'upper'>({
  meta: {
    id: 'test-upper-key',
    scope: 'worker',
    title: { pass: 'No upper-case keys', fail: 'Upper-case keys' },
    description: 'A stand-in worker rule that flags keys containing upper-case letters.',
    severity: 'warning',
    messages: { upper: '{{key}} has upper case' },
    fixKey: 'F-CLAIMS',
  },
  detect: ({ worker }) =>
    Object.keys(worker.attributes)
      .filter((key) => key !== key.toLowerCase())
      .map((key) => ({ messageId: 'upper' as const, path: `${key}[0]`, data: { key }, severity: 'error' as const })),
});

const needsTokenRoles = defineRule<WorkerRuleContext, 'x'>({
  meta: { ...shouty.meta, id: 'test-needs-token-roles', messages: { x: 'x' }, messageFixKeys: {} },
  detect: ({ worker }) => (worker.tokenRoles ? [] : { notChecked: { reasonId: 'noTokenRoles' } }),
});

export const fakeWorkerRules = [shouty, needsTokenRoles];
