import rule from '../../../src/core/rules/saml/stale-claim';
import { baseAssertion, testSamlRule } from './snapshot';

const WORKER = { email: 'ana.lima@example.com', full_name: 'Ana Lima', roles: ['agent'] };

testSamlRule(rule, {
  valid: [
    { name: 'the worker holds only what the response sends', input: { worker: WORKER } },
    {
      name: 'attributes Flex and TaskRouter set themselves are not claims',
      input: {
        worker: {
          ...WORKER,
          contact_uri: 'client:ana',
          routing: { skills: ['sales'] },
          disabled_skills: { skills: [] },
        },
      },
    },
    {
      name: 'a typed claim arrives under its base name',
      input: {
        worker: { ...WORKER, seniority: 3 },
        assertion: { attributes: [...baseAssertion().attributes, { name: 'seniority.int', values: ['3'] }] },
      },
    },
    { name: 'no worker given', input: {}, notChecked: 'noWorker' },
    {
      name: "another person's login is never compared with this worker",
      input: { worker: { email: 'dana@example.com', full_name: 'Dana', roles: ['admin'], department: 'Ops' } },
      notChecked: 'otherPerson',
    },
    {
      name: 'the same person in other letter case is compared',
      input: { worker: { ...WORKER, email: 'Ana.Lima@Example.com' } },
    },
    {
      name: 'a worker with no email or identity cannot be matched, so is not compared',
      input: { worker: { full_name: 'Ana Lima', roles: ['agent'], department: 'Ops' } },
      notChecked: 'subjectUnknown',
    },
    {
      name: 'an encrypted assertion',
      input: { worker: { ...WORKER, location: 'Lisbon' }, encrypted: true },
      notChecked: 'encrypted',
    },
    {
      name: 'a failing typed claim blocks the whole update, so nothing is compared',
      input: {
        worker: { ...WORKER, location: 'Lisbon' },
        assertion: { attributes: [...baseAssertion().attributes, { name: 'seniority.Int', values: ['3'] }] },
      },
      notChecked: 'notApplicable',
    },
  ],
  invalid: [
    {
      name: 'a department the IdP stopped sending',
      input: { worker: { ...WORKER, department: 'Sales' } },
      findings: [{ messageId: 'stale', path: 'department', data: { key: 'department', value: 'Sales' } }],
    },
  ],
});
