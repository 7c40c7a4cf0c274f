import { DEFAULT_CONFIG } from '../../../src/core/config';
import { workerContext } from '../../../src/core/check';
import { runRules } from '../../../src/core/engine';
import { rawValue } from '../../../src/core/disclose';
import rule from '../../../src/core/rules/worker/attribute-value-unevaluated';
import { GOOD_ATTRIBUTES, testWorkerRule } from '../ruleTester';

const with_ = (extra: Record<string, unknown>) => ({ attributes: { ...GOOD_ATTRIBUTES, ...extra } });

testWorkerRule(rule, {
  valid: [
    { name: 'ordinary values', input: with_({ department: 'Sales', phone: '+14155550100' }) },
    {
      name: 'an address that starts like an expression is an address',
      input: with_({ email: 'user.mail@example.com' }),
    },
    { name: 'prices and braces in prose are not expressions', input: with_({ note: 'costs $5.00 {approx}' }) },
    { name: 'non-text values are ignored', input: with_({ n: 3, o: { a: 'user.mail' }, z: null }) },
    { name: 'a 10 kB value is data, not an expression', input: with_({ blob: `\${${'x'.repeat(10_000)}}` }) },
  ],
  invalid: [
    {
      name: 'Entra source attributes typed in as values',
      input: with_({ email: 'user.mail', full_name: 'user.displayname', roles: 'user.assignedroles' }),
      findings: [
        { messageId: 'literal', path: 'email', data: { key: 'email', value: 'user.mail' } },
        { messageId: 'literal', path: 'full_name', data: { value: 'user.displayname' } },
        { messageId: 'literal', path: 'roles', data: { value: 'user.assignedroles' } },
      ],
    },
    {
      name: 'Okta expressions: user.email, appuser.*, String.join and concatenation',
      input: with_({
        email: 'user.email',
        roles: ['appuser.flex_role'],
        full_name: 'String.join(" ", user.firstName, user.lastName)',
        title: 'user.firstName + " " + user.lastName',
      }),
      findings: [
        { messageId: 'literal', path: 'email' },
        { messageId: 'literal', path: 'full_name' },
        { messageId: 'literal', path: 'roles', data: { value: 'appuser.flex_role' } },
        { messageId: 'literal', path: 'title' },
      ],
    },
    {
      name: 'a Salesforce formula',
      input: with_({ full_name: '$User.FirstName + " " + $User.LastName' }),
      findings: [{ messageId: 'literal', path: 'full_name' }],
    },
    {
      name: 'a ${…} placeholder',
      input: with_({ a: '${user.email}' }),
      findings: [{ messageId: 'literal', path: 'a', data: { value: '${user.email}' } }],
    },
    {
      name: 'an expression among real list items is found',
      input: with_({ roles: ['agent', 'user.assignedroles'] }),
      findings: [{ messageId: 'literal', path: 'roles', data: { value: 'user.assignedroles' } }],
    },
  ],
});

// The table runner refuses any message containing "{{", so a {{…}} value is checked here directly.
// fillTemplate fills in one pass, so a quoted "{{name}}" is shown as text, never expanded.
it('flags a {{…}} placeholder and quotes it as it is', () => {
  const attributes = { ...GOOD_ATTRIBUTES, greeting: 'Hello {{name}}' };
  const { findings } = runRules([rule], workerContext({ attributes }, DEFAULT_CONFIG), DEFAULT_CONFIG);
  expect(findings.map((f) => [f.messageId, f.path, rawValue(f.data['value'] ?? '')])).toEqual([
    ['literal', 'greeting', 'Hello {{name}}'],
  ]);
  expect(findings[0]?.message).toContain('"Hello {{name}}"');
});
