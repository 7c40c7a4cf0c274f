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
