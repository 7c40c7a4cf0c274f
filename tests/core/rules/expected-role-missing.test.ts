import rule from '../../../src/core/rules/worker/expected-role-missing';
import type { RoleRule } from '../../../src/core/types';
import { GOOD_ATTRIBUTES, testWorkerRule } from '../ruleTester';

const roleRules: RoleRule[] = [
  { when: { attribute: 'department', equals: 'Quality' }, expectRoles: ['supervisor', 'wfo.quality_manager'] },
  { when: { attribute: 'groups', matches: '^flex-leads-' }, expectRoles: ['supervisor'] },
];
const worker = (extra: Record<string, unknown>) => ({ attributes: { ...GOOD_ATTRIBUTES, ...extra } });

testWorkerRule(rule, {
  valid: [
    { name: 'no role rules configured', input: worker({ department: 'Quality' }) },
    {
      name: 'the rule holds and the roles are there',
      input: worker({ department: 'Quality', roles: ['agent', 'supervisor', 'wfo.quality_manager'] }),
      expectations: { roleRules },
    },
    { name: 'equals is exact', input: worker({ department: 'quality' }), expectations: { roleRules } },
    { name: 'the attribute is absent', input: worker({}), expectations: { roleRules } },
    {
      name: 'a pattern that does not compile never matches',
      input: worker({ department: 'x' }),
      expectations: { roleRules: [{ when: { attribute: 'department', matches: '(' }, expectRoles: ['admin'] }] },
    },
  ],
  invalid: [
    {
      name: 'each missing role of a rule that holds',
      input: worker({ department: 'Quality' }),
      expectations: { roleRules },
      findings: [
        {
          messageId: 'missing',
          path: 'roles',
          data: { role: 'supervisor', attribute: 'department', value: 'Quality' },
        },
        { messageId: 'missing', path: 'roles', data: { role: 'wfo.quality_manager' } },
      ],
    },
    {
      name: 'a pattern matching any item of a list, each role reported once',
      input: worker({
        department: 'Quality',
        groups: ['everyone', 'flex-leads-emea'],
        roles: ['agent', 'wfo.quality_manager'],
      }),
      expectations: { roleRules },
      findings: [{ messageId: 'missing', path: 'roles', data: { role: 'supervisor', attribute: 'department' } }],
    },
    {
      name: 'a pattern on a text value',
      input: worker({ groups: 'flex-leads-us' }),
      expectations: { roleRules },
      findings: [
        {
          messageId: 'missing',
          path: 'roles',
          data: { role: 'supervisor', attribute: 'groups', value: 'flex-leads-us' },
        },
      ],
    },
  ],
});
