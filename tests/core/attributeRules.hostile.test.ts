/**
 * Worker attributes come from an IdP and from anything that can write to TaskRouter: the claim and
 * attribute-value rules must survive any JSON shape (and shapes JSON cannot even hold) without throwing.
 */
import { DEFAULT_CONFIG } from '../../src/core/config';
import { workerContext } from '../../src/core/check';
import { runRules } from '../../src/core/engine';
import attributeValueUnevaluated from '../../src/core/rules/worker/attribute-value-unevaluated';
import attributesTooLarge from '../../src/core/rules/worker/attributes-too-large';
import claimNameNamespaced from '../../src/core/rules/worker/claim-name-namespaced';
import claimNameNearMiss from '../../src/core/rules/worker/claim-name-near-miss';
import contactUriInvalid from '../../src/core/rules/worker/contact-uri-invalid';
import emailDomainUnexpected from '../../src/core/rules/worker/email-domain-unexpected';
import emailInvalid from '../../src/core/rules/worker/email-invalid';
import expectedAttributeMismatch from '../../src/core/rules/worker/expected-attribute-mismatch';
import expectedAttributeMissing from '../../src/core/rules/worker/expected-attribute-missing';
import fullNameSuspicious from '../../src/core/rules/worker/full-name-suspicious';
import imageUrlInvalid from '../../src/core/rules/worker/image-url-invalid';
import requiredAttributeEmpty from '../../src/core/rules/worker/required-attribute-empty';
import requiredAttributeMissing from '../../src/core/rules/worker/required-attribute-missing';
import reservedAttributeMalformed from '../../src/core/rules/worker/reserved-attribute-malformed';
import typeSuffixUnrecognized from '../../src/core/rules/worker/type-suffix-unrecognized';
import unusedClaims from '../../src/core/rules/worker/unused-claims';
import type { DiagnosticsConfig, Rule, WorkerRuleContext } from '../../src/core/types';

const RULES: Rule<WorkerRuleContext>[] = [
  requiredAttributeMissing,
  requiredAttributeEmpty,
  claimNameNamespaced,
  claimNameNearMiss,
  emailInvalid,
  emailDomainUnexpected,
  fullNameSuspicious,
  attributeValueUnevaluated,
  imageUrlInvalid,
  contactUriInvalid,
  reservedAttributeMalformed,
  typeSuffixUnrecognized,
  attributesTooLarge,
  unusedClaims,
  expectedAttributeMissing,
  expectedAttributeMismatch,
];

const expectations: DiagnosticsConfig = {
  ...DEFAULT_CONFIG,
  emailDomains: ['example.com'],
  requiredAttributes: [
    { name: 'email', severity: 'warning', pattern: '.+@example\\.com' },
    { name: 'roles', severity: 'warning', allowed: ['agent'] },
    { name: 'routing', severity: 'info', pattern: '(a+)+$' },
    { name: '__proto__', severity: 'info', pattern: '[' },
  ],
};

const big = 'x'.repeat(10_000);
const cyclic: Record<string, unknown> = { a: 1 };
cyclic['self'] = cyclic;

const HOSTILE: Record<string, unknown>[] = [
  {},
  {
    email: null,
    full_name: null,
    roles: null,
    image_url: null,
    contact_uri: null,
    routing: null,
    disabled_skills: null,
  },
  { email: 1, full_name: {}, roles: { admin: true }, image_url: 3, contact_uri: [], routing: 'x', disabled_skills: 7 },
  { email: big, full_name: big, roles: [big], image_url: big, contact_uri: big, [big]: big, [`${big}.int`]: 1 },
  { email: [[['a@example.com']]], full_name: [null, 1, {}], roles: [undefined, null, 1, ['agent']] },
  { routing: { skills: [{}], levels: null }, disabled_skills: { levels: { x: Infinity } } },
  { email: `${'a@'.repeat(5000)}`, image_url: `https://${'a.'.repeat(5000)}`, contact_uri: `+${'1'.repeat(5000)}` },
  { big: BigInt(1), sym: Symbol('s'), fn: () => 1, cyclic },
  Object.assign(Object.create(null) as Record<string, unknown>, { email: 'a@example.com', constructor: 'x' }),
  JSON.parse('{"__proto__": {"email": "x"}, "toString": 1, "hasOwnProperty": 2}') as Record<string, unknown>,
  { [`${'{{'.repeat(2000)}`]: '${'.repeat(3000), '': '', '.int': 'x', 'a.': 'y' },
];

describe('the claim and attribute-value rules on hostile attributes', () => {
  it.each(HOSTILE.map((attributes, i) => [i, attributes] as const))('case %i: never throws', (_i, attributes) => {
    const started = Date.now();
    expect(() => runRules(RULES, workerContext({ attributes }, expectations), expectations)).not.toThrow();
    // Generous: a linear pass over 10 kB values takes well under a millisecond; quadratic work would not.
    expect(Date.now() - started).toBeLessThan(500);
  });
});

describe('on many workers', () => {
  it('checks 10,000 ordinary workers in linear time', () => {
    const workers = Array.from({ length: 10_000 }, (_, i) => ({
      email: `agent${i}@example.com`,
      full_name: `Agent Number ${i}`,
      roles: ['agent'],
      department: 'Sales',
      routing: { skills: ['sales'], levels: { sales: 1 } },
      'http://schemas.microsoft.com/identity/claims/tenantid': 't',
    }));
    const started = Date.now();
    for (const attributes of workers) runRules(RULES, workerContext({ attributes }, expectations), expectations);
    // Shared 2-core machines are slow and noisy: the bound only catches gross regressions.
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
