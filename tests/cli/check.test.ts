import fs from 'fs';
import os from 'os';
import path from 'path';
import { cli } from './run';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sso-cli-'));
function file(name: string, content: unknown): string {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
}

const good = { email: 'ana.lima@example.com', full_name: 'Ana Lima', roles: ['agent'] };
const entra = {
  'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress': 'ana.lima@example.com',
  'http://schemas.microsoft.com/identity/claims/tenantid': '7f0c2c1a-1111-2222-3333-444455556666',
  full_name: 'Ana Lima',
  roles: ['agent'],
};

interface JsonFinding {
  ruleId: string;
  severity: string;
  path?: string;
  fix: { idp: string; steps: string[]; links: { url: string }[] };
}

describe('sso-diagnostics check-worker', () => {
  it('exits 0 with no error finding and reports the IdP it chose', async () => {
    const run = await cli(['check-worker', file('good.json', good), '--format', 'json']);
    expect(run.code).toBe(0);
    const out = run.json();
    expect((out.findings as JsonFinding[]).filter((f) => f.severity === 'error')).toEqual([]);
    expect(out.idp).toEqual({ id: 'generic', source: 'default' });
  });

  it('exits 1 for a namespaced email claim, names `email` as intended, and gives Entra fix steps', async () => {
    const run = await cli(['check-worker', file('entra.json', entra), '--format', 'json']);
    expect(run.code).toBe(1);
    const out = run.json();
    expect(out.idp).toEqual({ id: 'entra-id', source: 'claims' });
    const findings = out.findings as JsonFinding[];
    const missing = findings.find((f) => f.ruleId === 'required-attribute-missing');
    expect(missing).toMatchObject({ severity: 'error', path: 'email' });
    expect(missing?.fix.idp).toBe('entra-id');
    expect(missing?.fix.steps.length).toBeGreaterThan(0);
    for (const f of findings) for (const link of f.fix.links) expect(link.url).toMatch(/^https:\/\//);
    expect(findings.map((f) => f.ruleId)).toContain('claim-name-namespaced');
    // Errors first.
    const firstNonError = findings.findIndex((f) => f.severity !== 'error');
    expect(findings.slice(firstNonError).some((f) => f.severity === 'error')).toBe(false);
  });

  it('lists token-roles-mismatch as not checked without --token-roles, and runs it with them', async () => {
    const p = file('good2.json', good);
    const without = (await cli(['check-worker', p, '--format', 'json'])).json();
    expect(without.notChecked).toContainEqual({ ruleId: 'token-roles-mismatch', reason: expect.any(String) });
    const withRoles = (await cli(['check-worker', p, '--format', 'json', '--token-roles', 'admin, agent'])).json();
    expect((withRoles.findings as JsonFinding[]).map((f) => f.ruleId)).toContain('token-roles-mismatch');
    expect((withRoles.notChecked as { ruleId: string }[]).map((n) => n.ruleId)).not.toContain('token-roles-mismatch');
  });

  it('reads standard input with -', async () => {
    const run = await cli(['check-worker', '-', '--format', 'json'], { stdin: JSON.stringify(good) });
    expect(run.code).toBe(0);
  });

  it('accepts the whole ui_attributes object or its sso_diagnostics block, and --idp overrides the configuration', async () => {
    const block = { idp: 'okta', email_domains: ['example.org'] };
    for (const config of [file('block.json', block), file('whole.json', { sso_diagnostics: block, other: 1 })]) {
      const out = (await cli(['check-worker', file('g.json', good), '--config', config, '--format', 'json'])).json();
      expect(out.idp).toEqual({ id: 'okta', source: 'config' });
      expect((out.findings as JsonFinding[]).map((f) => f.ruleId)).toContain('email-domain-unexpected');
      const overridden = (
        await cli(['check-worker', file('g.json', good), '--config', config, '--idp', 'adfs', '--format', 'json'])
      ).json();
      expect(overridden.idp).toEqual({ id: 'adfs', source: 'override' });
    }
  });

  it('writes Markdown for a support ticket with people data replaced by codes', async () => {
    const p = file('admin.json', { ...good, roles: ['Admin'] });
    const run = await cli(['check-worker', p, '--format', 'markdown']);
    expect(run.stdout).toMatch(/^# /);
    expect(run.stdout).toContain('role-value-invalid');
    expect(run.stdout).not.toContain('ana.lima@example.com');
    expect(run.stdout).not.toContain('Ana Lima');
    const kept = await cli(['check-worker', p, '--format', 'markdown', '--include-values']);
    expect(kept.stdout).toContain('ana.lima@example.com');
  });

  it('colours text only on a terminal', async () => {
    const p = file('e2.json', entra);
    expect((await cli(['check-worker', p])).stdout).not.toContain('\u001b[');
    expect((await cli(['check-worker', p], { isTTY: true })).stdout).toContain('\u001b[31m');
  });
});

describe('sso-diagnostics usage and unusable input', () => {
  it('prints help and exits 0', async () => {
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    for (const command of ['check-worker', 'check-team', 'config', 'analyze']) {
      expect(run.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    }
  });

  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [['check-worker'], /needs an input file/],
    [['check-worker', '/nonexistent/file.json'], /cannot read "\/nonexistent\/file.json": no such file/],
    [['check-worker', '-', '--format', 'yaml'], /--format must be one of/],
    [['check-worker', '-', '--idp', 'myidp'], /--idp must be one of/],
    [['check-worker', '-', '--bogus'], /unknown option "--bogus" \(see sso-diagnostics check-worker --help\)/],
  ])('exits 2 with a one-line reason: %j', async (argv, reason) => {
    const run = await cli(argv as string[], { stdin: '{}' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(reason);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for input that is not a JSON object, and answers in JSON when asked', async () => {
    const run = await cli(['check-worker', '-', '--format', 'json'], { stdin: '["not", "an object"]' });
    expect(run.code).toBe(2);
    expect(run.json()).toEqual({ error: { message: expect.stringContaining('JSON object') } });
    const broken = await cli(['check-worker', '-'], { stdin: '{"email": ' });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/not valid JSON/);
  });

  it('exits 2 naming the key for bad configuration', async () => {
    const config = file('bad.json', { idp: 'okta', rolez: [] });
    const run = await cli(['check-worker', file('g3.json', good), '--config', config]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/invalid configuration .*rolez/);
  });

  it('exits 2 when the configuration file holds no settings of this plugin', async () => {
    const run = await cli(['check-worker', file('g4.json', good), '--config', file('other.json', { theme: 'dark' })]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/holds no sso_diagnostics settings/);
  });
});

describe('sso-diagnostics check-team', () => {
  const workers = [
    { sid: 'WK1', friendly_name: 'ana', attributes: good },
    {
      sid: 'WK2',
      friendly_name: 'ana_console',
      attributes: JSON.stringify({ ...good, email: 'Ana.Lima@example.com' }),
    },
    { sid: 'WK3', friendly_name: 'bo', attributes: { email: 'bo@example.com', full_name: 'Bo', roles: 'agent' } },
  ];

  it('reports per worker, the team rules, and how many workers each rule hits', async () => {
    const run = await cli(['check-team', file('team.json', workers), '--format', 'json', '--include-values']);
    expect(run.code).toBe(1);
    const out = run.json() as {
      findings: JsonFinding[];
      workers: { sid: string; findings: JsonFinding[] }[];
      summary: Record<string, number>;
    };
    expect(out.findings.map((f) => f.ruleId)).toEqual(['duplicate-worker-email']);
    expect(out.workers.map((w) => w.sid)).toEqual(['WK1', 'WK2', 'WK3']);
    const wk3 = out.workers[2]?.findings.find((f) => f.ruleId === 'roles-not-list');
    expect(wk3?.fix.steps.length).toBeGreaterThan(0);
    expect(out.summary['roles-not-list']).toBe(1);
    expect(out.summary['duplicate-worker-email']).toBe(2);
  });

  it('exits 2 when the input is not an array of workers', async () => {
    const run = await cli(['check-team', file('obj.json', { workers })]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/JSON array of workers/);
  });
});
