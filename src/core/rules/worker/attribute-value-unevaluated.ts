import { name, personal } from '../../disclose';
import { defineRule, PASS } from '../../engine';
import type { Report, WorkerRuleContext } from '../../types';

/**
 * Mapping expressions as admins type them into an IdP's attribute field, where the IdP expected a
 * value source instead of a literal:
 * - Okta / Entra source paths: `user.mail`, `user.displayname`, `appuser.flex_role`, optionally
 *   followed by `+` (Okta concatenation). The path must end the value or meet `+`, so an address
 *   such as `user.mail@example.com` is not an expression.
 * - Salesforce formula fields: `$User.FirstName`, `$Profile.Name`.
 * - Okta Expression Language calls: `String.join(`, `String.toLowerCase(`, `Arrays.toCsvString(`.
 * - Entra transformations typed in as text: `Join(`, `ToLowercase(`, `ExtractMailPrefix(`.
 * - Template placeholders: `${…}`, `{{…}}`.
 */
const EXPRESSIONS: readonly RegExp[] = [
  /^(?:app)?user\.[a-z_]\w*(?:\.[a-z_]\w*)*\s*(?:$|\+)/i,
  /^\$[a-z]\w*\.[a-z_]\w*/i,
  /\$(?:User|Profile|UserRole|Organization)\.[A-Za-z_]/,
  /\b(?:String|Arrays|Groups|Convert)\.[a-z]\w*\(/,
  /^(?:Join|ToLowercase|ToUppercase|ExtractMailPrefix)\(/,
  /\$\{[^{}]*\}/,
  /\{\{[^{}]*\}\}/,
];

// Every pattern needs "user." or one of $ ( {: one cheap test rules out names, addresses and roles.
const MAYBE_EXPRESSION = /user\.|[$({]/i;

// An expression fits in a form field; longer values are data, and skipping them keeps 10 kB values cheap.
const MAX_EXPRESSION = 200;

function isExpression(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > MAX_EXPRESSION || !MAYBE_EXPRESSION.test(value)) return false;
  const text = value.trim();
  return EXPRESSIONS.some((pattern) => pattern.test(text));
}

function firstExpression(value: unknown): string | undefined {
  if (isExpression(value)) return value;
  if (Array.isArray(value)) return value.find(isExpression);
  return undefined;
}

export default defineRule<WorkerRuleContext, 'literal'>({
  meta: {
    id: 'attribute-value-unevaluated',
    scope: 'worker',
    title: {
      pass: 'No attribute holds an unevaluated IdP expression',
      fail: 'An attribute holds an IdP expression as literal text',
    },
    description:
      'An attribute whose value is "user.mail" or "String.join(…)" means the expression was typed in as a constant ' +
      'instead of being chosen as the source: every user gets the same meaningless text, and for email, full_name or ' +
      'roles Twilio may reject the SSO login (error 45050).',
    severity: 'warning',
    messages: {
      literal:
        'The attribute "{{key}}" holds "{{value}}", which looks like an IdP mapping expression typed in as literal ' +
        'text. The IdP probably sends it as a constant instead of evaluating it for each user.',
    },
    fixKey: 'F-CLAIMS',
  },
  detect: ({ worker, keys }) => {
    let reports: Report<'literal'>[] | undefined;
    for (const key of keys) {
      const expression = firstExpression(worker.attributes[key]);
      if (expression !== undefined) {
        if (reports === undefined) reports = [];
        reports.push({
          messageId: 'literal',
          path: key,
          data: { key: name(key), value: personal(expression.trim(), key) },
        });
      }
    }
    return reports ?? PASS;
  },
});
