import { role } from '../../disclose';
import { defineRule, PASS } from '../../engine';
import { rolesOf } from '../../roles';
import type { WorkerRuleContext } from '../../types';

function missingFrom(values: readonly string[], other: ReadonlySet<string>): string[] {
  return [...new Set(values)].filter((value) => !other.has(value));
}

/** Every worker of a team check (no token there): one answer, not 10,000 copies of it. */
const NO_TOKEN_ROLES = { notChecked: { reasonId: 'noTokenRoles' } } as const;

export default defineRule<WorkerRuleContext, 'mismatch'>({
  meta: {
    id: 'token-roles-mismatch',
    scope: 'worker',
    title: {
      pass: "The Flex token's roles match the worker's roles",
      fail: "The Flex token's roles differ from the worker's roles",
    },
    description:
      'Flex takes the roles of a session from the login, and writes the same roles onto the worker. When the two differ, what the user can do in Flex and what the worker shows are out of step until the next login.',
    severity: 'warning',
    messages: {
      mismatch:
        "The Flex token has {{#tokenRoles}}the {{tokenRoles|role|roles}} {{tokenRoles}}{{/tokenRoles}}{{^tokenRoles}}no roles{{/tokenRoles}}, but the worker's roles attribute has {{#workerRoles}}{{workerRoles}}{{/workerRoles}}{{^workerRoles}}none{{/workerRoles}}. The worker was probably edited after this login, or the identity provider now sends different roles; the next login rewrites the worker with what the identity provider sends.",
    },
    fixKey: 'F-ROLES',
  },
  detect: ({ worker }) => {
    const { tokenRoles } = worker;
    if (tokenRoles === undefined) return NO_TOKEN_ROLES;
    const workerRoles = rolesOf(worker.attributes);
    if (workerRoles === undefined) {
      return {
        notChecked: { reasonId: 'notApplicable', detail: "The worker's roles attribute is not a list of role names." },
      };
    }
    const onlyInToken = missingFrom(tokenRoles, new Set(workerRoles));
    const onlyOnWorker = missingFrom(workerRoles, new Set(tokenRoles));
    if (onlyInToken.length === 0 && onlyOnWorker.length === 0) return PASS;
    return [
      {
        messageId: 'mismatch',
        path: 'roles',
        data: {
          tokenRoles: { ...role(tokenRoles), quote: true },
          workerRoles: { ...role(workerRoles), quote: true },
          onlyInToken: role(onlyInToken),
          onlyOnWorker: role(onlyOnWorker),
        },
      },
    ];
  },
});
