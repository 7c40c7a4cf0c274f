/**
 * Property: for any worker attributes, team or configuration, the CLI (in-process, the same code the
 * plugin runs) never throws, exits 0, 1 or 2 with the shapes the contract gives, fills every message,
 * stays within the time bound, and shows no personal value — nor an 8-character piece of one — in
 * redacted JSON, Markdown or an error.
 */
import fc from 'fast-check';
import {
  attributeName,
  checkContract,
  checkNoLeak,
  markersIn,
  markWord,
  params,
  personalNumber,
  personalValue,
  run,
  tempFile,
} from './support';

jest.setTimeout(300_000);

const leaf: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: personalValue },
  { weight: 1, arbitrary: personalNumber },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constantFrom('agent', 'admin', 'supervisor', 'wfo.full_access', 'Admin', ' agent ') },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.constant(null) },
);

const key = fc.oneof(
  { weight: 8, arbitrary: attributeName },
  { weight: 1, arbitrary: fc.tuple(markWord, markWord).map(([a, b]) => `${a}@${b}.example`) },
);

const { value } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(key, tie('value'), { maxKeys: 3 }),
  ),
}));

export const attributes = fc.dictionary(key, value, { maxKeys: 7 });
const format = fc.constantFrom('json' as const, 'markdown' as const);

describe('check-worker, for any attributes', () => {
  it('keeps the contract and leaks no personal value in redacted output', async () => {
    await fc.assert(
      fc.asyncProperty(attributes, format, fc.boolean(), async (attrs, fmt, withToken) => {
        const argv = ['check-worker', '-', '--format', fmt, ...(withToken ? ['--token-roles', 'admin,agent'] : [])];
        const r = await run(argv, JSON.stringify(attrs));
        checkContract(r, fmt);
        checkNoLeak(r, markersIn(attrs));
      }),
      params(3_000),
    );
  });

  it('says where a broken JSON file breaks, never what it holds', async () => {
    await fc.assert(
      fc.asyncProperty(attributes, fc.nat(), async (attrs, at) => {
        const text = JSON.stringify(attrs);
        const r = await run(['check-worker', '-', '--format', 'json'], text.slice(0, at % (text.length + 1)));
        checkContract(r, 'json');
        checkNoLeak(r, markersIn(attrs));
      }),
      params(3_000),
    );
  });

  it('handles any JSON and any text as input', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.string(),
        ),
        async (text) => {
          checkContract(await run(['check-worker', '-', '--format', 'json'], text), 'json');
        },
      ),
      params(10_000),
    );
  });
});

const worker = fc.record(
  {
    sid: fc.oneof(
      fc.integer({ min: 0, max: 99 }).map((n) => `WK${n}`),
      fc.constant(undefined),
    ),
    friendly_name: fc.oneof(personalValue, fc.constant(undefined)),
    attributes: fc.oneof(
      attributes,
      attributes.map((a) => JSON.stringify(a)),
    ),
  },
  { requiredKeys: ['attributes'] },
);

describe('check-team, for any workers', () => {
  it('keeps the contract and leaks no personal value in redacted output', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(worker, { maxLength: 5 }), format, async (workers, fmt) => {
        // Shared emails make the team rule fire with several workers' values in one finding.
        const shared = workers.map((w, i) =>
          i % 2 === 0 ? w : { ...w, attributes: { email: 'GHJKLMNPQR@x.example' } },
        );
        const r = await run(['check-team', '-', '--format', fmt], JSON.stringify(shared));
        checkContract(r, fmt);
        checkNoLeak(r, [...markersIn(shared), ...shared.flatMap((w) => markersIn(w.friendly_name ?? ''))]);
      }),
      params(400),
    );
  });
});

const configValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.string({ maxLength: 30 }),
  fc.constantFrom('(a+)+', '(a|ab)*', '^E[0-9]{6}$', '[', '\\d+\\d+', '.*'),
);
const requiredAttribute = fc.record(
  {
    name: attributeName,
    severity: fc.constantFrom('error', 'warning', 'info', 'fatal'),
    pattern: configValue,
    allowed: configValue,
  },
  { requiredKeys: [] },
);
const config = fc.record(
  {
    roles_allowed: configValue,
    idp: fc.oneof(fc.constantFrom('okta', 'entra-id', 'auto', 'nope'), configValue),
    email_domains: fc.oneof(fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 }), configValue),
    teams: configValue,
    required_attributes: fc.oneof(fc.array(requiredAttribute, { maxLength: 3 }), configValue),
    role_rules: fc.oneof(
      fc.array(
        fc.record({
          when: fc.record({ attribute: attributeName, matches: configValue }, { requiredKeys: [] }),
          expect_roles: configValue,
        }),
        { maxLength: 2 },
      ),
      configValue,
    ),
    rule_severity: fc.oneof(fc.dictionary(fc.string({ maxLength: 12 }), configValue, { maxKeys: 3 }), configValue),
    runbook_links: configValue,
    unknown_key: configValue,
  },
  { requiredKeys: [] },
);

describe('any configuration', () => {
  it('is read without throwing: bad entries are errors at their path, the rest applies', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          config.map((c) => ({ sso_diagnostics: c })),
          fc.jsonValue({ maxDepth: 3 }),
        ),
        attributes,
        async (c, attrs) => {
          const r = await run(
            ['check-worker', '-', '--config', tempFile(JSON.stringify(c)), '--format', 'json'],
            JSON.stringify(attrs),
          );
          checkContract(r, 'json');
          checkNoLeak(r, markersIn(attrs));
        },
      ),
      params(1_200),
    );
  });
});
