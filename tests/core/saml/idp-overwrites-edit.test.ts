import rule from '../../../src/core/rules/saml/idp-overwrites-edit';
import { baseAssertion, testSamlRule } from './snapshot';

const WORKER = { email: 'ana.lima@example.com', full_name: 'Ana Lima', roles: ['agent'] };
const sending = (...extra: { name: string; values: string[] }[]) => ({
  assertion: { attributes: [...baseAssertion().attributes, ...extra] },
});

testSamlRule(rule, {
  valid: [
    { name: 'the worker matches the response', input: { worker: WORKER } },
    {
      name: 'the same roles in another order, sent as one comma-separated value',
      input: {
        worker: { ...WORKER, roles: ['supervisor', 'agent'] },
        assertion: {
          attributes: [...baseAssertion().attributes.slice(0, 2), { name: 'roles', values: ['agent, supervisor'] }],
        },
      },
    },
    {
      name: 'a key only on the worker is stale-claim’s business',
      input: { worker: { ...WORKER, department: 'Sales' } },
    },
    { name: 'no worker given', input: {}, notChecked: 'noWorker' },
    {
      name: "another person's login is never compared with this worker",
      input: { worker: { email: 'dana@example.com', full_name: 'Dana', roles: ['admin'], department: 'Ops' } },
      notChecked: 'otherPerson',
    },
    {
      name: 'a worker with no email or identity cannot be matched, so is not compared',
      input: { worker: { full_name: 'Ana Lima', roles: ['agent'], department: 'Ops' } },
      notChecked: 'subjectUnknown',
    },
  ],
  invalid: [
    {
      name: 'the same person with the email in other letter case is compared, and the case reverts',
      input: { worker: { ...WORKER, email: 'Ana.Lima@Example.com' } },
      findings: [{ messageId: 'overwritten', path: 'email', data: { current: 'Ana.Lima@Example.com' } }],
    },
    {
      name: 'a supervisor promoted in Flex reverts to agent at the next login',
      input: { worker: { ...WORKER, roles: ['agent', 'supervisor'] } },
      findings: [
        {
          messageId: 'overwritten',
          path: 'roles',
          data: { key: 'roles', current: '["agent","supervisor"]', sent: '["agent"]' },
        },
      ],
    },
    {
      name: 'a location edited by a plugin',
      input: { worker: { ...WORKER, location: 'Porto' }, ...sending({ name: 'location', values: ['Lisbon'] }) },
      findings: [
        {
          messageId: 'overwritten',
          path: 'location',
          data: { current: 'Porto', sent: 'Lisbon' },
          message:
            'The worker holds location = "Porto", but the response sends "Lisbon": the worker\'s value reverts to the IdP\'s at the next login. Make the change in the IdP instead.',
        },
      ],
    },
  ],
});
