import rule from '../../../src/core/rules/worker/token-roles-mismatch';
import { GOOD_ATTRIBUTES, testWorkerRule } from '../ruleTester';

testWorkerRule(rule, {
  valid: [
    {
      name: 'the same roles in another order, with a repeat',
      input: {
        attributes: { ...GOOD_ATTRIBUTES, roles: ['agent', 'supervisor'] },
        tokenRoles: ['supervisor', 'agent', 'agent'],
      },
    },
    {
      name: 'token roles unknown: not checked',
      input: { attributes: { ...GOOD_ATTRIBUTES, roles: ['agent'] } },
      notChecked: 'noTokenRoles',
    },
    {
      name: 'the worker roles are not a list: not applicable',
      input: { attributes: { ...GOOD_ATTRIBUTES, roles: 'agent' }, tokenRoles: ['agent'] },
      notChecked: 'notApplicable',
    },
  ],
  invalid: [
    {
      name: 'supervisor added to the worker after login',
      input: { attributes: { ...GOOD_ATTRIBUTES, roles: ['agent', 'supervisor'] }, tokenRoles: ['agent'] },
      findings: [
        {
          messageId: 'mismatch',
          path: 'roles',
          data: {
            onlyInToken: [],
            onlyOnWorker: ['supervisor'],
            tokenRoles: ['agent'],
            workerRoles: ['agent', 'supervisor'],
          },
        },
      ],
    },
    {
      name: 'different roles on both sides',
      input: { attributes: { ...GOOD_ATTRIBUTES, roles: ['agent'] }, tokenRoles: ['admin'] },
      findings: [{ messageId: 'mismatch', path: 'roles', data: { onlyInToken: ['admin'], onlyOnWorker: ['agent'] } }],
    },
    {
      name: 'roles compare exactly: case counts',
      input: { attributes: { ...GOOD_ATTRIBUTES, roles: ['Admin'] }, tokenRoles: ['admin'] },
      findings: [{ messageId: 'mismatch', path: 'roles', data: { onlyInToken: ['admin'], onlyOnWorker: ['Admin'] } }],
    },
  ],
});
