import { summarize } from '../../../src/core/check';
import { resolveFix } from '../../../src/core/idp';
import { escapeMarkdown, fnv1a, personCode, shortHash, toMarkdown, toReportJson } from '../../../src/core/report';
import type { CaptureInfo, PredictedAttributes, SamlSnapshot } from '../../../src/core/samlTypes';
import type { CheckResult, Finding, IdpChoice, WorkerSnapshot } from '../../../src/core/types';

const idp: IdpChoice = { id: 'okta', source: 'claims' };
const fixFor = (f: Finding) => resolveFix(f.fixKey, idp.id, { 'F-CLAIMS': 'https://runbook.example.com/sso' });

function finding(ruleId: string, message: string, path?: string, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId,
    severity: 'warning',
    messageId: 'm',
    message,
    ...(path ? { path } : {}),
    data: {},
    fixKey: 'F-CLAIMS',
    ...extra,
  };
}

const ana: WorkerSnapshot = {
  sid: 'WK11111111111111111111111111111111',
  name: 'ana_40example_2Ecom',
  tokenRoles: ['agent'],
  attributes: {
    email: 'Ana.Lima@example.com',
    full_name: 'Ana Lima',
    roles: ['agent', 'wfo.team_leader'],
    employee_number: 'E-99321',
    manager: { email: 'boss@example.com', name: 'Bo Ss' },
    contact_uri: 'client:ana_40example_2Ecom',
  },
};

const anaResult: CheckResult = {
  findings: [
    finding('full-name-suspicious', 'full_name "Ana Lima" equals the person behind Ana.Lima@example.com', 'full_name'),
    finding('attribute-value-unevaluated', 'employee_number holds E-99321, which looks like an id', 'employee_number'),
    finding('contact-uri-invalid', 'contact_uri client:ana_40example_2Ecom is odd', 'contact_uri'),
  ],
  notChecked: [
    { ruleId: 'token-roles-mismatch', reasonId: 'noTokenRoles', reason: "The Flex token's roles are not known here." },
  ],
  passed: ['email-invalid'],
};

const SECRETS = [
  'Ana.Lima@example.com',
  'ana.lima@example.com',
  'Ana Lima',
  'ana_40example_2Ecom',
  'E-99321',
  'boss@example.com',
  'Bo Ss',
];

function expectNoSecrets(value: unknown, secrets: readonly string[] = SECRETS): void {
  const text = JSON.stringify(value);
  for (const secret of secrets) expect(text.toLowerCase()).not.toContain(secret.toLowerCase());
  expect(text).not.toMatch(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/);
}

describe('report JSON', () => {
  it('matches the CLI contract: findings with fixes, notChecked, idp', () => {
    const report = toReportJson(
      { kind: 'worker', worker: ana, result: anaResult },
      { idp, fixFor, includeValues: true },
    );
    expect(report.idp).toEqual({ id: 'okta', source: 'claims' });
    expect(report.findings[0]).toEqual({
      ruleId: 'full-name-suspicious',
      severity: 'warning',
      messageId: 'm',
      message: anaResult.findings[0]?.message,
      path: 'full_name',
      fix: { idp: fixFor(anaResult.findings[0] as Finding).idp, steps: expect.any(Array), links: expect.any(Array) },
    });
    expect(report.findings[0]?.fix.links[0]).toEqual({
      title: expect.any(String),
      url: 'https://runbook.example.com/sso',
    });
    expect(report.notChecked).toEqual([
      { ruleId: 'token-roles-mismatch', reason: "The Flex token's roles are not known here." },
    ]);
    expect(report.redacted).toBe(false);
    expect(report.worker?.email).toBe('Ana.Lima@example.com');
  });

  it('redacts by default: no email, name, identity or identifying value survives, messages included', () => {
    const report = toReportJson(
      { kind: 'worker', worker: ana, identity: 'ana_40example_2Ecom', result: anaResult },
      { idp, fixFor },
    );
    expect(report.redacted).toBe(true);
    expectNoSecrets(report);
    expectNoSecrets(toMarkdown(report));
    // Roles, attribute names and rule ids stay: they are what is being diagnosed.
    expect(report.worker?.roles).toEqual(['agent', 'wfo.team_leader']);
    expect(report.worker?.attributes?.['roles']).toEqual(['agent', 'wfo.team_leader']);
    expect(report.findings.map((f) => f.path)).toEqual(['full_name', 'employee_number', 'contact_uri']);
    expect(report.findings[1]?.message).toMatch(/^employee_number holds value-[0-9a-f]{6}, which looks like an id$/);
  });

  it('uses stable short codes: the same person gets the same code everywhere', () => {
    const report = toReportJson({ kind: 'worker', worker: ana, result: anaResult }, { idp, fixFor });
    const code = personCode('Ana.Lima@example.com');
    expect(code).toMatch(/^user-[0-9a-f]{6}$/);
    expect(report.worker?.email).toBe(code);
    expect(report.findings[0]?.message).toContain(code);
    const again = toReportJson({ kind: 'worker', worker: ana, result: anaResult }, { idp, fixFor });
    expect(again).toEqual(report);
  });

  it('replaces values as whole words only', () => {
    const w: WorkerSnapshot = {
      attributes: { email: 'x@example.com', full_name: 'Al', roles: ['agent'], location: 'Also' },
    };
    const r: CheckResult = {
      findings: [finding('x', 'Also note Al and Also', 'location')],
      notChecked: [],
      passed: [],
    };
    const report = toReportJson({ kind: 'worker', worker: w, result: r }, { idp, fixFor });
    expect(report.findings[0]?.message).toMatch(/^value-[0-9a-f]{6} note user-[0-9a-f]{6} and value-[0-9a-f]{6}$/);
  });

  it('team reports: hashed workers, duplicate emails stay visible as the same code', () => {
    const bob: WorkerSnapshot = {
      sid: 'WK2',
      name: 'bob',
      attributes: { email: 'ana.lima@EXAMPLE.com', full_name: 'Bob Stone', roles: ['agent'] },
    };
    const rows = [
      { worker: ana, result: anaResult },
      {
        worker: bob,
        result: {
          findings: [finding('email-invalid', 'Bob Stone has ana.lima@EXAMPLE.com', 'email')],
          notChecked: [],
          passed: [],
        },
      },
    ];
    const team: CheckResult = {
      findings: [
        finding('duplicate-worker-email', '2 workers share ana.lima@example.com: Ana Lima, Bob Stone', undefined, {
          data: { workers: ['Ana Lima', 'Bob Stone'] },
        }),
      ],
      notChecked: [],
      passed: [],
    };
    const report = toReportJson(
      { kind: 'team', rows, team, summary: summarize(rows.map((r) => r.result)), partial: 'Loaded 2 of 5' },
      { idp, fixFor },
    );
    expectNoSecrets(report, [...SECRETS, 'Bob Stone']);
    expectNoSecrets(toMarkdown(report), [...SECRETS, 'Bob Stone']);
    expect(report.workers?.[0]?.email).toBe(report.workers?.[1]?.email);
    expect(report.workers?.[1]?.findings[0]?.message).toMatch(/^user-[0-9a-f]{6} has user-[0-9a-f]{6}$/);
    expect(report.rules?.map((r) => r.ruleId)).toContain('email-invalid');
    expect(report.rules?.[0]?.fix.steps.length).toBeGreaterThan(0);
    expect(report.partial).toBe('Loaded 2 of 5');
  });

  it('analyzer reports: NameID, attribute values and RelayState hashed; no certificate bodies or signature values', () => {
    const saml: SamlSnapshot = {
      kind: 'response',
      issuer: 'http://www.okta.com/exk1',
      assertionCount: 1,
      encryptedAssertionCount: 0,
      assertion: {
        nameId: 'dana@example.com',
        attributes: [
          { name: 'full_name', values: ['Dana Scully'] },
          { name: 'roles', values: ['agent'] },
        ],
      },
      signatures: [],
      configuredCertificates: [
        {
          subject: 'CN=dana@example.com',
          issuer: 'CN=CA',
          notBefore: 'a',
          notAfter: 'b',
          sha1: 'AA',
          sha256: 'BB',
          serialNumber: '1',
          publicKey: 'RSA 2048',
        },
      ],
    };
    const capture: CaptureInfo = { source: 'har', relayState: 'secret-state' };
    const predicted: PredictedAttributes = {
      attributes: { full_name: 'Dana Scully', roles: ['agent'] },
      sources: {},
      typeErrors: [],
    };
    const result: CheckResult = {
      findings: [finding('saml-nameid-email-divergence', 'NameID dana@example.com differs from Dana Scully')],
      notChecked: [],
      passed: [],
    };
    const report = toReportJson(
      { kind: 'saml', evidence: { capture, saml, analysis: { result, predicted } } },
      { idp, fixFor },
    );
    expectNoSecrets(report, ['dana@example.com', 'Dana Scully', 'secret-state']);
    expect(report.saml?.attributes.find((a) => a.name === 'roles')?.values).toEqual(['agent']);
    expect(report.saml?.issuer).toBe('http://www.okta.com/exk1');
    expect(Object.keys(report.saml?.certificates[0] ?? {})).toEqual([
      'subject',
      'issuer',
      'notBefore',
      'notAfter',
      'sha1',
      'sha256',
    ]);
    const full = toReportJson(
      { kind: 'saml', evidence: { capture, saml, analysis: { result, predicted } } },
      { idp, fixFor, includeValues: true },
    );
    expect(full.saml?.nameId).toBe('dana@example.com');
  });
});

describe('markdown', () => {
  it('escapes values so they render as text, and links only https', () => {
    const r: CheckResult = {
      findings: [finding('x', '<img src=x onerror=alert(1)> [click](javascript:alert(1)) *bold*')],
      notChecked: [],
      passed: [],
    };
    const md = toMarkdown(
      toReportJson(
        { kind: 'worker', result: r },
        {
          idp,
          fixFor: () => ({
            idp: 'generic',
            steps: ['Do it'],
            links: [
              { title: 'bad', url: 'javascript:alert(1)' },
              { title: 'good', url: 'https://www.twilio.com/docs' },
            ],
          }),
          includeValues: true,
        },
      ),
    );
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;img');
    expect(md).not.toMatch(/[^\\]\]\(javascript:/);
    expect(md).toContain('\\[click\\](javascript:alert(1))');
    expect(md).toContain('bad: javascript:alert(1)');
    expect(md).toContain('[good](<https://www.twilio.com/docs>)');
    expect(escapeMarkdown('a|b')).toBe('a\\|b');
  });
});

describe('hash', () => {
  it('is FNV-1a 32-bit', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(shortHash('a')).toBe('e40c29');
  });
});
