/**
 * Every `sso-diagnostics` command in the README's "Command line" section runs as written: the `--twilio`
 * ones against the local stand-in for Twilio's APIs (accepting the README's example credentials), the
 * rest on the files they name. The GitHub Actions step's shell script runs in bash with the command's
 * real output and exit status, so the job summary and the job's failure on errors are checked too.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { makeWorkers, startFakeTwilio, WORKSPACE_SID, type FakeTwilio } from './fakeTwilio';
import { cli, type CliRun } from './run';

jest.setTimeout(30000);

const ROOT = path.join(__dirname, '..', '..');
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const SECTION = README.slice(README.indexOf('\n## Command line\n'), README.indexOf('\n## Capturing a login\n'));

/** The fenced blocks of the section, with their language. */
function blocks(language: string): string[] {
  return [...SECTION.matchAll(/```(\w+)\n([\s\S]*?)```/g)].filter((m) => m[1] === language).map((m) => m[2] as string);
}

/** Shell words: quotes, and the operators these examples use (<, >, >>, ||, &&). */
function words(line: string): string[] {
  const out: string[] = [];
  const re = /\s*(?:"([^"]*)"|'([^']*)'|(>>|\|\||&&|[<>])|([^\s"'<>|&]+))/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) !== null && m[0].trim() !== '') out.push(m[1] ?? m[2] ?? m[3] ?? (m[4] as string));
  return out;
}

interface Command {
  readonly line: string;
  readonly env: Record<string, string>;
  readonly argv: string[];
  readonly stdin?: string;
}

/** `[VAR=value …] npx sso-diagnostics <args> [< file] [> file]`, from a line that may hold more (cd …, cron fields). */
function parseCommand(line: string): Command | undefined {
  const all = words(line.replace(/\s+#.*$/, ''));
  const at = all.findIndex((w, i) => w === 'npx' && all[i + 1] === 'sso-diagnostics');
  if (at < 0) return undefined;
  const env: Record<string, string> = {};
  for (let i = at - 1; i >= 0 && /^[A-Z_]+=/.test(all[i] as string); i -= 1) {
    const [k, ...v] = (all[i] as string).split('=');
    env[k as string] = v.join('=');
  }
  const argv: string[] = [];
  let stdin: string | undefined;
  for (let i = at + 2; i < all.length; i += 1) {
    const w = all[i] as string;
    if (w === '||' || w === '&&') break;
    if (w === '>' || w === '>>') i += 1;
    else if (w === '<') stdin = all[(i += 1)];
    else argv.push(w);
  }
  return { line, env, argv, ...(stdin !== undefined ? { stdin } : {}) };
}

/** `export A=1 B=2` lines of the sh blocks. */
function exported(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const block of blocks('sh')) {
    for (const line of block.split('\n')) {
      if (!line.startsWith('export ')) continue;
      for (const w of words(line).slice(1)) {
        const [k, ...v] = w.split('=');
        env[k as string] = v.join('=');
      }
    }
  }
  return env;
}

const ENV = exported();
let fake: FakeTwilio;
let dir: string;
const cwd = process.cwd();

beforeAll(async () => {
  expect(ENV['TWILIO_ACCOUNT_SID']).toMatch(/^AC[0-9a-f]{32}$/);
  expect(ENV['TWILIO_API_KEY']).toMatch(/^SK[0-9a-f]{32}$/);
  const workers = makeWorkers(1200, (i) => ({
    email: i === 700 ? 'nadia.okafor@owlbank.example' : `agent${i}@owlbank.example`,
    full_name: `Agent ${i}`,
    roles: i % 9 === 0 ? [] : ['agent'],
  }));
  fake = await startFakeTwilio({
    workers,
    uiAttributes: { sso_diagnostics: { idp: 'entra-id', email_domains: ['owlbank.example'] } },
    credentials: [[ENV['TWILIO_API_KEY'] as string, ENV['TWILIO_API_SECRET'] as string]],
  });
  // The commands' files, where the README runs them: the project folder, with what the Twilio CLI
  // would have written (its -o json: the library's camelCase records) and a ui_attributes export.
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sso-readme-'));
  fs.symlinkSync(path.join(ROOT, 'sandbox'), path.join(dir, 'sandbox'));
  fs.writeFileSync(
    path.join(dir, 'workers.json'),
    JSON.stringify(
      workers.map((w) => ({
        sid: w.sid,
        friendlyName: w.friendly_name,
        attributes: w.attributes,
        workspaceSid: WORKSPACE_SID,
      })),
    ),
  );
  fs.writeFileSync(path.join(dir, 'ui_attributes.json'), JSON.stringify({ sso_diagnostics: { idp: 'okta' } }));
  process.chdir(dir);
});

afterAll(async () => {
  process.chdir(cwd);
  await fake.close();
});

async function runCommand(command: Command): Promise<CliRun> {
  const env = { ...ENV, ...command.env };
  return cli(command.argv, {
    env,
    twilioEndpoint: fake.endpoint,
    ...(command.stdin !== undefined ? { stdin: fs.readFileSync(command.stdin, 'utf8') } : {}),
  });
}

const SH_COMMANDS = blocks('sh')
  .flatMap((b) => b.split('\n'))
  .map(parseCommand)
  .filter((c): c is Command => c !== undefined);

describe('the README "Command line" section', () => {
  it('has the --twilio commands first, the Twilio CLI with --limit, and a scheduled check', () => {
    expect(SH_COMMANDS[0]?.argv).toEqual(['check-team', '--twilio']);
    const twilioCli = blocks('sh')
      .flatMap((b) => b.split('\n'))
      .filter((l) => l.startsWith('twilio '));
    expect(twilioCli).toHaveLength(1);
    expect(twilioCli[0]).toMatch(/workers:list .*--limit 100000 .*-o json/);
    expect(SECTION).toMatch(/^0 6 \* \* \* .*npx sso-diagnostics check-team --twilio/m);
    expect(blocks('yaml')).toHaveLength(1);
  });

  it.each(SH_COMMANDS.map((c) => [c.line, c]))('runs as written: %s', async (_line, command) => {
    const run = await runCommand(command as Command);
    // Findings may fail the run (exit 1); a usage error or an unreadable account (exit 2) may not.
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.code);
    expect(run.stdout.length).toBeGreaterThan(0);
  });

  it('the --twilio team check reads every worker of the account', async () => {
    const run = await runCommand(parseCommand('npx sso-diagnostics check-team --twilio --format json') as Command);
    expect((run.json().workers as unknown[]).length).toBe(1200);
  });

  it('the GitHub Actions step writes the Markdown report as the job summary and fails on errors', async () => {
    const yaml = blocks('yaml')[0] as string;
    expect(yaml).toMatch(/schedule:\n\s+- cron: '0 6 \* \* \*'/);
    for (const name of ['TWILIO_ACCOUNT_SID', 'TWILIO_API_KEY', 'TWILIO_API_SECRET']) {
      expect(yaml).toContain(`${name}: \${{ secrets.${name} }}`);
    }
    const script = (/run: \|\n((?: {10}.*\n)+)/.exec(yaml)?.[1] as string).replace(/^ {10}/gm, '');
    const line = script.split('\n').find((l) => l.includes('npx sso-diagnostics')) as string;
    const command = parseCommand(line) as Command;
    expect(command.argv).toEqual(['check-team', '--twilio', '--format', 'markdown']);

    for (const roles of [true, false]) {
      // The real run against the account, then the step's own shell with that output and exit status.
      const run = roles
        ? await runCommand(command)
        : { code: 0, stdout: '# SSO diagnostics: team check\n\nNo errors.\n', stderr: '' };
      const out = path.join(dir, 'cli-out.md');
      fs.writeFileSync(out, run.stdout);
      const summary = path.join(dir, `summary-${roles}.md`);
      const bash = spawnSync('bash', ['-e', '-c', `npx() { cat "${out}"; return ${run.code}; }\n${script}`], {
        cwd: dir,
        env: { PATH: process.env['PATH'] ?? '', GITHUB_STEP_SUMMARY: summary },
        encoding: 'utf8',
      });
      expect(fs.readFileSync(summary, 'utf8')).toBe(run.stdout);
      expect(bash.status).toBe(run.code);
      if (roles) {
        expect(run.code).toBe(1);
        expect(run.stdout).toMatch(/^# SSO diagnostics: team check/);
      }
    }
  });
});
