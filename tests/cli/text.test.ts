/**
 * The text report, as a terminal shows it: one line per finding wrapped to the width, the fix plan
 * with each fix once, --verbose, grouped "not checked", colour rules, --fail-on, usage and --help.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { COMMAND_OPTIONS, COMMANDS } from '../../src/cli/args';
import { CORPUS_DIR, describeCorpus } from '../saml/fixtures/corpus';
import { makeKeyPair } from '../saml/fixtures/keys';
import { cli } from './run';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sso-text-'));
function file(name: string, content: unknown): string {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
}

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  fix: { steps: string[] };
}

const FINDING_LINE = /^(error|warning|info) +(\S+) {2}/;
const NOW = ['--now', '2026-12-01T12:00:00Z'];

/** The findings as printed: each one's first line and its continuation lines, joined. */
function printedFindings(text: string): { severity: string; ruleId: string; message: string }[] {
  const lines = text.split('\n');
  const found: { severity: string; ruleId: string; message: string }[] = [];
  lines.forEach((line, i) => {
    const m = FINDING_LINE.exec(line);
    if (!m) return;
    const parts = [line.slice(m[0].length)];
    for (let j = i + 1; j < lines.length && /^ {9,}\S/.test(lines[j] as string); j += 1) {
      if (/^ +(element|attribute|SAML attribute|Fix \()/.test(lines[j] as string)) break;
      parts.push((lines[j] as string).trim());
    }
    found.push({ severity: m[1] as string, ruleId: m[2] as string, message: parts.join(' ') });
  });
  return found;
}

describeCorpus('the text report of okta-gosaml2-1.xml', () => {
  const input = path.join(CORPUS_DIR ?? '', 'okta-gosaml2-1.xml');

  it('prints every finding on its own line, wrapped to the width, then each fix once', async () => {
    const json = (await cli(['analyze', input, ...NOW, '--format', 'json', '--include-values'])).json();
    const findings = json.findings as JsonFinding[];
    expect(findings.length).toBeGreaterThan(3);
    for (const columns of [100, 72]) {
      const text = (await cli(['analyze', input, ...NOW], { columns })).stdout;
      const printed = printedFindings(text);
      expect(printed).toEqual(
        findings.map((f) => ({ severity: f.severity, ruleId: f.ruleId, message: f.message.replace(/\s+/g, ' ') })),
      );
      // Wrapped to the width; only a word longer than a line (a URL) may stick out.
      for (const line of text.split('\n')) {
        if (line.length > columns) expect(line.trim().split(' ').pop()?.length).toBeGreaterThan(columns / 3);
      }
      // The fix plan: each distinct fix once, naming the findings it resolves.
      expect(text.match(/^Fix plan \(Okta\): \d+ fix(es)? for \d+ findings?$/gm)).toHaveLength(1);
      expect(text).not.toContain('Fix (Okta):');
      // Each distinct fix's steps, in full, appear exactly once (the text rewrapped into one line).
      const flat = text.replace(/\s+/g, ' ');
      const fixes = new Set(findings.map((f) => f.fix.steps.map((step, i) => `${i + 1}. ${step}`).join(' ')));
      for (const steps of fixes) expect(flat.split(steps).length - 1).toBe(1);
      const resolves = text.split('\n').filter((l) => /^ *\d+\. (error|warning|info): resolves /.test(l));
      expect(resolves).toHaveLength(fixes.size);
      for (const f of findings) expect(text).toMatch(new RegExp(`resolves [^\\n]*${f.ruleId}`));
    }
  });

  it('--verbose puts the steps and links under each finding instead', async () => {
    const json = (await cli(['analyze', input, ...NOW, '--format', 'json', '--include-values'])).json();
    const findings = json.findings as JsonFinding[];
    const text = (await cli(['analyze', input, ...NOW, '--verbose'])).stdout;
    expect(text.match(/^ +Fix \(Okta\):$/gm)).toHaveLength(findings.length);
    expect(text).not.toContain('Fix plan');
    const lines = text.split('\n');
    findings.forEach((f) => {
      const at = lines.findIndex((l) => l.startsWith(f.severity) && l.includes(` ${f.ruleId}  `));
      const fixAt = lines.findIndex((l, i) => i > at && /^ +Fix \(Okta\):$/.test(l));
      expect(lines.slice(fixAt + 1, fixAt + 3).join(' ')).toContain((f.fix.steps[0] as string).split(' ')[0]);
    });
    // The rule ids behind each "not checked" reason.
    expect(text).toMatch(/^ {4}saml-certificate-mismatch: /m);
  });

  it('says what each signature was verified against', async () => {
    const text = (await cli(['analyze', input, ...NOW])).stdout.replace(/\n +/g, ' ');
    expect(text).toContain(
      'on response: rsa-sha256, valid against the certificate in the response only; not trusted: compare it with the certificate configured in Flex (pass --cert)',
    );
    expect(text).not.toMatch(/, trusted/);
  });

  it('groups "not checked" by reason, one line each, with how to supply what is missing', async () => {
    const text = (await cli(['analyze', input, ...NOW])).stdout;
    const block = text.slice(text.indexOf('\nNot checked\n')).split('\n\n')[0] as string;
    const lines = block.split('\n').slice(2);
    expect(lines.length).toBeGreaterThan(2);
    expect(new Set(lines).size).toBe(lines.length);
    expect(block).toMatch(/pass --cert <pem file>.*\(1 rule\)/);
    expect(block).toMatch(/pass --worker <attributes.json> \(2 rules\)/);
    expect(block).toMatch(/check-worker --token-roles/);
    expect(block).not.toMatch(/saml-certificate-mismatch/);
  });
});

describe('colour', () => {
  const p = file('entra.json', { 'http://schemas.microsoft.com/identity/claims/tenantid': 'x', roles: ['agent'] });
  it.each([
    [{ isTTY: false, env: {} }, false],
    [{ isTTY: true, env: {} }, true],
    [{ isTTY: true, env: { NO_COLOR: '1' } }, false],
    [{ isTTY: true, env: { TERM: 'dumb' } }, false],
  ])('%j → colour %s', async (options, colour) => {
    const out = (await cli(['check-worker', p], options)).stdout;
    expect(out.includes('\u001b[')).toBe(colour);
  });
});

describe('--fail-on', () => {
  const worker = file('w.json', { email: 'ana.lima@example.com', full_name: 'Ana Lima', roles: ['agent'] });
  const config = file('c.json', { required_attributes: [{ name: 'department', severity: 'warning' }] });

  it('sets the exit-1 threshold: error by default, warning or info on request', async () => {
    const json = (await cli(['check-worker', worker, '--config', config, '--format', 'json'])).json();
    const severities = (json.findings as JsonFinding[]).map((f) => f.severity);
    expect(severities).toContain('warning');
    expect(severities).not.toContain('error');
    expect((await cli(['check-worker', worker, '--config', config])).code).toBe(0);
    expect((await cli(['check-worker', worker, '--config', config, '--fail-on', 'error'])).code).toBe(0);
    expect((await cli(['check-worker', worker, '--config', config, '--fail-on', 'warning'])).code).toBe(1);
    expect((await cli(['check-worker', worker, '--config', config, '--fail-on', 'info'])).code).toBe(1);
    expect((await cli(['check-worker', worker, '--fail-on', 'warning'])).code).toBe(0);
    const bad = await cli(['check-worker', worker, '--fail-on', 'warnings']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('sso-diagnostics: --fail-on must be error, warning or info\n');
  });
});

describe('usage', () => {
  it('with no command prints the usage on stderr and exits 2', async () => {
    const run = await cli([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Usage: sso-diagnostics <command> [options]');
  });

  it.each([
    [
      ['analyse', 'x.xml'],
      'sso-diagnostics: unknown command "analyse"; did you mean "analyze"? (see sso-diagnostics --help)',
    ],
    [
      ['chek-team'],
      'sso-diagnostics: unknown command "chek-team"; did you mean "check-team"? (see sso-diagnostics --help)',
    ],
    [
      ['check-team', '-', '--formt', 'json'],
      'sso-diagnostics: unknown option "--formt"; did you mean "--format"? (see sso-diagnostics check-team --help)',
    ],
    [
      ['analyze', '-', '--certs', 'a.pem'],
      'sso-diagnostics: unknown option "--certs"; did you mean "--cert"? (see sso-diagnostics analyze --help)',
    ],
    [
      ['check-team', '-', '--twilo'],
      'sso-diagnostics: unknown option "--twilo"; did you mean "--twilio"? (see sso-diagnostics check-team --help)',
    ],
    [['analyze', '-', '--format'], 'sso-diagnostics: --format needs a value (see sso-diagnostics analyze --help)'],
  ])('%j is answered in the tool’s words with the nearest valid name', async (argv, line) => {
    const run = await cli(argv, { stdin: '[]' });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${line}\n`);
  });

  it("describes an option by what it means in that command (analyze's --worker is a file)", async () => {
    expect((await cli(['analyze', '--help'])).stdout).toMatch(
      /^ {2}--worker <file\.json> +the worker's current attributes/m,
    );
    expect((await cli(['check-worker', '--help'])).stdout).toMatch(/^ {2}--worker <WK…> +with --twilio/m);
  });

  it('does not repeat something that is not a name', async () => {
    const run = await cli(['ana.lima@example.com']);
    expect(run.stderr).toBe('sso-diagnostics: unknown command (see sso-diagnostics --help)\n');
  });

  it.each(COMMANDS)('%s --help lists every option, aligned, with its default', async (command) => {
    const run = await cli([command, '--help']);
    expect(run.code).toBe(0);
    const text = run.stdout;
    const options = text
      .slice(text.indexOf('Options:\n') + 'Options:\n'.length)
      .trimEnd()
      .split('\n');
    const starts = new Set<number>();
    for (const line of options) {
      const m = /^( {2}(?:-\w, )?--[\w-]+(?: <[^>]+>)? +)\S/.exec(line);
      if (m) starts.add((m[1] as string).length);
      else expect(line).toMatch(/^ +\S/);
      expect(line.length).toBeLessThanOrEqual(100);
    }
    expect(starts.size).toBe(1);
    const column = [...starts][0] as number;
    for (const line of options) if (!/^ {2}-/.test(line)) expect(line.slice(0, column).trim()).toBe('');
    for (const name of Object.keys(COMMAND_OPTIONS[command])) {
      expect(text).toMatch(new RegExp(`^ {2}(-\\w, )?--${name}\\b`, 'm'));
    }
    // Each option's entry (its line and continuation lines) names its default, but help itself.
    const entries = options.join('\n').split(/\n(?= {2}-)/);
    expect(entries).toHaveLength(Object.keys(COMMAND_OPTIONS[command]).length);
    for (const entry of entries)
      if (!entry.includes('--help')) expect(entry.replace(/\s+/g, ' ')).toMatch(/\(default: [^)]+\)$/);
  });
});

describe('signatures against a configured certificate', () => {
  const har = path.join(__dirname, '..', '..', 'sandbox', 'examples', 'login.har');
  const cert = path.join(__dirname, '..', '..', 'sandbox', 'examples', 'idp-certificate.pem');

  it('are "trusted" only when they verify with the configured certificate', async () => {
    const trusted = (await cli(['analyze', har, '--cert', cert])).stdout.replace(/\n +/g, ' ');
    expect(trusted).toMatch(/on response: rsa-sha256, trusted \(matches the configured certificate\)/);
    expect(trusted).toMatch(/on assertion: rsa-sha256, trusted \(/);
  });

  it('are NOT trusted when they do not, even though the certificate inside verifies them', async () => {
    // A certificate made now with a fresh key: it signed nothing.
    const pem = (await makeKeyPair({ subject: 'CN=Another IdP' })).certificatePem;
    const text = (await cli(['analyze', har, '--cert', file('wrong.pem', pem)])).stdout.replace(/\n +/g, ' ');
    expect(text).toContain('on response: rsa-sha256, valid against the certificate in the response only; not trusted');
    expect(text).not.toMatch(/, trusted/);
  });
});

describe('config <file>', () => {
  it('shows the block with its validation errors (exit 1), or no errors (exit 0)', async () => {
    const bad = file('bad-config.json', { sso_diagnostics: { idp: 'okat', teams: 'Cards' } });
    const run = await cli(['config', bad]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^error +idp +must be one of/m);
    expect(run.stdout).toMatch(/^error +teams +must be a list/m);
    const good = await cli(['config', '-', '--format', 'json'], { stdin: JSON.stringify({ idp: 'okta' }) });
    expect(good.code).toBe(0);
    expect(good.json()).toEqual({
      source: 'standard input',
      block: { idp: 'okta' },
      errors: [],
      inForce: { idp: 'okta' },
    });
  });
});
