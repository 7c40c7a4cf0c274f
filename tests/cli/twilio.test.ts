/**
 * `--twilio` end to end: the CLI runs the real `twilio` library (its paging, its 429 back-off, our 5xx
 * retries in the HTTP client it accepts) against a local server that answers like Twilio's APIs.
 */
import {
  ACCOUNT_SID,
  API_KEY,
  API_SECRET,
  AUTH_TOKEN,
  makeWorkers,
  startFakeTwilio,
  WORKSPACE_SID,
  type FakeTwilio,
  type FakeTwilioOptions,
} from './fakeTwilio';
import { cli, type CliOptions } from './run';

jest.setTimeout(30000);

const TOKEN_ENV = { TWILIO_ACCOUNT_SID: ACCOUNT_SID, TWILIO_AUTH_TOKEN: AUTH_TOKEN };
const KEY_ENV = { TWILIO_ACCOUNT_SID: ACCOUNT_SID, TWILIO_API_KEY: API_KEY, TWILIO_API_SECRET: API_SECRET };
const SECRETS = [
  AUTH_TOKEN,
  API_SECRET,
  Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString('base64'),
  Buffer.from(`${API_KEY}:${API_SECRET}`).toString('base64'),
];

/** Worker i: every 7th has an address outside the configured domain, every 10th no roles. */
function attributes(i: number): Record<string, unknown> {
  return {
    email: i % 7 === 0 ? `agent${i}@elsewhere.example` : `agent${i}@owlbank.example`,
    full_name: `Agent ${i}`,
    ...(i % 10 === 0 ? {} : { roles: ['agent'] }),
  };
}

const SSO_DIAGNOSTICS = { idp: 'okta', email_domains: ['owlbank.example'] };

let server: FakeTwilio | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function withServer(options: FakeTwilioOptions): Promise<FakeTwilio> {
  server = await startFakeTwilio(options);
  return server;
}

function run(argv: string[], fake: FakeTwilio, options: CliOptions = {}) {
  return cli(argv, { env: TOKEN_ENV, twilioEndpoint: fake.endpoint, ...options });
}

interface TeamJson {
  workers: { findings: { ruleId: string }[] }[];
  summary: Record<string, number>;
  idp: { id: string; source: string };
}

function expectNoSecret(...outputs: string[]) {
  for (const output of outputs) for (const secret of SECRETS) expect(output).not.toContain(secret);
}

describe('check-team --twilio', () => {
  it('checks all 2,500 workers across three pages, surviving a 429, a 500, a dropped connection and a slow answer', async () => {
    const workers = makeWorkers(2500, attributes);
    const fake = await withServer({
      workers,
      uiAttributes: { colorTheme: 'dark', sso_diagnostics: SSO_DIAGNOSTICS },
      faults: [
        { path: '/v1/Configuration', delayMs: 1500 },
        { path: '/v1/Workspaces', page: 1, status: 429 },
        { path: '/v1/Workspaces', page: 2, status: 500 },
        { path: '/v1/Workspaces', page: 2, drop: true },
      ],
    });
    const result = await run(['check-team', '--twilio', '--format', 'json'], fake);
    expect(result.stderr).toBe('');
    const out = result.json() as unknown as TeamJson;

    // Every worker, once: the library followed next_page_url to the end.
    expect(out.workers).toHaveLength(2500);
    const lists = fake.requests.filter((r) => r.path === `/v1/Workspaces/${WORKSPACE_SID}/Workers`);
    expect(lists.map((r) => [r.query.get('Page') ?? '0', r.status])).toEqual([
      ['0', 200],
      ['1', 429],
      ['1', 200],
      ['2', 500],
      ['2', 0],
      ['2', 200],
    ]);
    expect(lists.every((r) => r.query.get('PageSize') === '1000')).toBe(true);
    expect(lists.every((r) => r.host === 'taskrouter.twilio.com')).toBe(true);

    // The account's configuration applied: its IdP, its email domain, across every page.
    expect(out.idp).toEqual({ id: 'okta', source: 'config' });
    expect(out.summary['email-domain-unexpected']).toBe(Math.ceil(2500 / 7));
    expect(out.summary['required-attribute-missing']).toBe(2500 / 10);
    expect(result.code).toBe(1);
    expectNoSecret(result.stdout, result.stderr);
  });

  it('signs in with an API key and secret as well as with the auth token', async () => {
    const fake = await withServer({ workers: makeWorkers(3, attributes), uiAttributes: {} });
    const result = await run(['check-team', '--twilio', '--format', 'json'], fake, { env: KEY_ENV });
    expect(result.stderr).toBe('');
    expect((result.json() as unknown as TeamJson).workers).toHaveLength(3);
    expect(fake.requests[0]?.authorization).toBe(`Basic ${Buffer.from(`${API_KEY}:${API_SECRET}`).toString('base64')}`);
  });

  it('lets --config win over the account configuration', async () => {
    const fake = await withServer({
      workers: makeWorkers(14, attributes),
      uiAttributes: { sso_diagnostics: SSO_DIAGNOSTICS },
    });
    const fs = await import('fs');
    const os = await import('os');
    const path = await import('path');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sso-twilio-')), 'config.json');
    fs.writeFileSync(file, JSON.stringify({ idp: 'adfs' }));
    const out = (
      await run(['check-team', '--twilio', '--config', file, '--format', 'json'], fake)
    ).json() as unknown as TeamJson;
    expect(out.idp).toEqual({ id: 'adfs', source: 'config' });
    expect(out.summary['email-domain-unexpected']).toBeUndefined();
  });

  it('shows progress on stderr only when it is a terminal', async () => {
    const fake = await withServer({ workers: makeWorkers(1200, attributes) });
    const quiet = await run(['check-team', '--twilio', '--format', 'json'], fake);
    expect(quiet.stderr).toBe('');
    const shown = await run(['check-team', '--twilio', '--format', 'json'], fake, { stderrIsTTY: true });
    expect(shown.stderr).toContain('Reading workers from TaskRouter… 1000');
    expect(shown.stderr).toContain('Reading workers from TaskRouter… 1200');
    expect(shown.stderr.endsWith('\r\u001b[K')).toBe(true);
  });

  it('uses the region and edge from TWILIO_REGION and TWILIO_EDGE, as the library reads them', async () => {
    const fake = await withServer({ workers: makeWorkers(2, attributes) });
    await run(['check-team', '--twilio'], fake, { env: { ...TOKEN_ENV, TWILIO_REGION: 'au1', TWILIO_EDGE: 'sydney' } });
    expect(fake.requests.map((r) => r.host)).toEqual([
      'flex-api.sydney.au1.twilio.com',
      'taskrouter.sydney.au1.twilio.com',
    ]);
  });
});

describe('--twilio failures: one line, exit 2, no credential anywhere', () => {
  it('401: wrong credentials', async () => {
    const fake = await withServer({ workers: makeWorkers(5, attributes) });
    const env = { TWILIO_ACCOUNT_SID: ACCOUNT_SID, TWILIO_AUTH_TOKEN: 'wrong0123456789wrong0123456789ab' };
    for (const format of ['text', 'json']) {
      const result = await run(['check-team', '--twilio', '--format', format], fake, { env });
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        'sso-diagnostics: Twilio refused the credentials (401): check TWILIO_ACCOUNT_SID and TWILIO_API_KEY/TWILIO_API_SECRET or TWILIO_AUTH_TOKEN\n',
      );
      expect(result.stdout).not.toContain('wrong0123456789');
      expect(result.stderr).not.toContain('wrong0123456789');
      expectNoSecret(result.stdout, result.stderr);
    }
  });

  it('no credentials: names the variables', async () => {
    const fake = await withServer({ workers: [] });
    for (const env of [
      {},
      { TWILIO_ACCOUNT_SID: ACCOUNT_SID },
      { TWILIO_ACCOUNT_SID: ACCOUNT_SID, TWILIO_API_KEY: API_KEY },
    ]) {
      const result = await run(['check-team', '--twilio'], fake, { env });
      expect(result.code).toBe(2);
      expect(result.stderr.split('\n')).toHaveLength(2);
      expect(result.stderr).toMatch(/TWILIO_API_KEY|TWILIO_API_SECRET/);
      expectNoSecret(result.stderr);
    }
    expect(fake.requests).toHaveLength(0);
  });

  it('403: a key without access', async () => {
    const fake = await withServer({ workers: [], faults: [{ path: '/v1/Configuration', status: 403 }] });
    const result = await run(['check-team', '--twilio'], fake);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'sso-diagnostics: these credentials may not read the Flex configuration (403): use the auth token or a standard API key of this account\n',
    );
  });

  it('404: no Flex on this account', async () => {
    const fake = await withServer({ workers: [], noFlex: true });
    const result = await run(['check-team', '--twilio'], fake);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'sso-diagnostics: this account has no Flex configuration (404): is TWILIO_ACCOUNT_SID the Flex account?\n',
    );
  });

  it('the network: nothing listening', async () => {
    const fake = await withServer({ workers: [] });
    await fake.close();
    const result = await run(['check-team', '--twilio'], fake);
    server = undefined;
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'sso-diagnostics: cannot reach Twilio (ECONNREFUSED): check the network, HTTP_PROXY, and TWILIO_REGION / TWILIO_EDGE if set\n',
    );
  });

  it.each([
    [429, 'sso-diagnostics: Twilio kept answering 429 Too Many Requests after 4 retries; try again later\n'],
    [503, 'sso-diagnostics: Twilio answered 503 for the Flex configuration after 4 retries; try again later\n'],
  ])('retries a %i a bounded number of times, then gives up in one line', async (status, line) => {
    const fake = await withServer({ workers: [], faults: [{ path: '/v1/Configuration', status, times: 100 }] });
    const result = await run(['check-team', '--twilio'], fake);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(line);
    expect(fake.requests.map((r) => r.status)).toEqual([status, status, status, status, status]);
  });

  it('a file and --twilio together is a usage error', async () => {
    const fake = await withServer({ workers: [] });
    const result = await run(['check-team', 'workers.json', '--twilio'], fake);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('sso-diagnostics: check-team reads a file or the account (--twilio), not both\n');
  });
});

describe('check-worker --twilio', () => {
  const workers = makeWorkers(1500, attributes);

  it('checks one worker by SID, fetched directly', async () => {
    const fake = await withServer({ workers, uiAttributes: { sso_diagnostics: SSO_DIAGNOSTICS } });
    const sid = workers[10]?.sid as string;
    const result = await run(['check-worker', '--twilio', '--worker', sid, '--format', 'json'], fake);
    expect(result.stderr).toBe('');
    const out = result.json() as { findings: { ruleId: string; path?: string }[]; idp: unknown };
    expect(out.idp).toEqual({ id: 'okta', source: 'config' });
    expect(out.findings.map((f) => f.ruleId)).toContain('required-attribute-missing');
    expect(fake.requests.map((r) => r.path)).toEqual([
      '/v1/Configuration',
      `/v1/Workspaces/${WORKSPACE_SID}/Workers/${sid}`,
    ]);
  });

  it('finds one worker by email across pages, without repeating the address in an error', async () => {
    const fake = await withServer({ workers, uiAttributes: { sso_diagnostics: SSO_DIAGNOSTICS } });
    const found = await run(
      ['check-worker', '--twilio', '--email', 'AGENT1400@elsewhere.example', '--format', 'json'],
      fake,
    );
    expect(found.stderr).toBe('');
    expect((found.json() as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId)).toContain(
      'email-domain-unexpected',
    );
    const missing = await run(['check-worker', '--twilio', '--email', 'nobody@owlbank.example'], fake);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('sso-diagnostics: no worker in the Flex workspace has that email address\n');
  });

  it('an unknown SID is a 404 that says so', async () => {
    const fake = await withServer({ workers });
    const result = await run(['check-worker', '--twilio', '--worker', `WK${'f'.repeat(32)}`], fake);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('sso-diagnostics: the Flex workspace has no worker with that SID (404)\n');
  });

  it('needs --worker or --email', async () => {
    const fake = await withServer({ workers });
    const result = await run(['check-worker', '--twilio'], fake);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('needs --worker WK… or --email');
    const malformed = await run(['check-worker', '--twilio', '--worker', 'WK123'], fake);
    expect(malformed.stderr).toBe('sso-diagnostics: --worker must be WK followed by 32 hexadecimal digits\n');
    // Settled before anything is asked of the account.
    expect(fake.requests).toHaveLength(0);
  });
});

describe('config --twilio', () => {
  it("shows the account's sso_diagnostics block with its validation errors, exit 1", async () => {
    const block = { idp: 'okta', required_attributes: [{ name: 'agent_id', pattern: '(' }], rule_severty: {} };
    const fake = await withServer({ workers: [], uiAttributes: { sso_diagnostics: block } });
    const json = await run(['config', '--twilio', '--format', 'json'], fake);
    expect(json.code).toBe(1);
    const out = json.json() as { block: unknown; errors: { path: string }[]; inForce: Record<string, unknown> };
    expect(out.block).toEqual(block);
    expect(out.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['required_attributes[0]', 'rule_severty']));
    expect(out.inForce['idp']).toBe('okta');
    const text = await run(['config', '--twilio'], fake);
    expect(text.stdout).toContain("sso_diagnostics from the account's Flex configuration");
    expect(text.stdout).toMatch(/did you mean "rule_severity"\?/);
  });

  it('with no block, the defaults apply (exit 0)', async () => {
    const fake = await withServer({ workers: [], uiAttributes: { colorTheme: 'dark' } });
    const result = await run(['config', '--twilio'], fake);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('No sso_diagnostics block: the defaults apply.');
  });
});
