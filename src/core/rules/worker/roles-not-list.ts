import { fixed, role } from '../../disclose';
import { defineRule, PASS } from '../../engine';
import { isStringList } from '../../roles';
import type { WorkerRuleContext } from '../../types';

/** Names the shape of a value for people, e.g. "a number", "a list with items that are not text". */
function describeShape(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list with items that are not text';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'a boolean';
  return `a value of type ${typeof value}`;
}

export default defineRule<WorkerRuleContext, 'string' | 'other'>({
  meta: {
    id: 'roles-not-list',
    scope: 'worker',
    title: { pass: 'roles is a list of role names', fail: 'roles is not a list of role names' },
    description:
      "Flex reads the user's roles from the roles attribute as a list of names. Any other shape leaves Flex, and anything that reads the worker, unable to tell which roles the user has.",
    severity: 'error',
    messages: {
      string:
        'roles holds the single string "{{value}}" instead of a list of role names. A login writes roles as a list (Flex splits a comma-separated value from the identity provider), so this string was probably written later by the API or a plugin. Send roles from the identity provider and let the next login rewrite it, or store it as a list.',
      other:
        'roles holds {{shape}} instead of a list of role names. Flex cannot read roles from it; send roles from the identity provider as one value per role.',
    },
    fixKey: 'F-ROLES',
  },
  detect: ({ worker }) => {
    const roles = worker.attributes['roles'];
    // Absent roles belong to required-attribute-missing.
    if (roles === undefined || isStringList(roles)) return PASS;
    if (typeof roles === 'string') return [{ messageId: 'string', path: 'roles', data: { value: role(roles) } }];
    return [{ messageId: 'other', path: 'roles', data: { shape: fixed(describeShape(roles)) } }];
  },
});
