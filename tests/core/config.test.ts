import { DEFAULT_CONFIG, parseConfig, type ConfigError } from '../../src/core/config';
import { toConfigJson } from '../../src/core/configJson';
import { selectDiagnosticsConfig } from '../../src/core/configLocate';
import type { DiagnosticsConfig } from '../../src/core/types';

/** A certificate-shaped base64 body (DER starts with "MI"); its content does not matter to the parser. */
const BODY = `MIIC${'QUJD'.repeat(40)}`;
const PEM = `-----BEGIN CERTIFICATE-----\n${BODY.slice(0, 64)}\n${BODY.slice(64)}\n-----END CERTIFICATE-----`;
const SID = `JQ${'0123456789abcdef'.repeat(2)}`;

const parse = (raw: unknown, options?: Parameters<typeof parseConfig>[1]) => parseConfig(raw, options);
const paths = (errors: readonly ConfigError[]) => errors.map((e) => e.path);

/** Parses one key and returns what it became, with the errors. */
function parseKey<K extends keyof DiagnosticsConfig>(key: string, value: unknown, field: K) {
  const { expectations, errors } = parse({ [key]: value });
  return { value: expectations[field], errors };
}

describe('parseConfig: defaults', () => {
  it.each([undefined, null, {}])('gives the defaults without errors for %p', (raw) => {
    expect(parse(raw)).toEqual({ expectations: DEFAULT_CONFIG, errors: [] });
  });

  it('refuses a block that is not an object, and keeps the defaults', () => {
    const { expectations, errors } = parse(['admin']);
    expect(expectations).toEqual(DEFAULT_CONFIG);
    expect(errors).toEqual([{ path: 'sso_diagnostics', message: expect.stringContaining('must be an object') }]);
  });

  it('does not let one bad key spoil the others', () => {
    const { expectations, errors } = parse({ region: 'US-1', idp: 'okta', rolse_allowed: ['admin'] });
    expect(expectations.idp).toBe('okta');
    expect(expectations.region).toBe('us1');
    expect(paths(errors)).toEqual(['region', 'rolse_allowed']);
  });
});

describe('parseConfig: unknown keys', () => {
  it('names a typo and the setting it probably meant', () => {
    expect(parse({ rolse_allowed: ['admin'] }).errors).toEqual([
      { path: 'rolse_allowed', message: 'is not a known setting and is ignored; did you mean "roles_allowed"?' },
    ]);
  });

  it('recognises camelCase for snake_case', () => {
    expect(parse({ rolesAllowed: ['admin'] }).errors[0]?.message).toContain('"roles_allowed"');
  });

  it('says only "ignored" when nothing is close', () => {
    expect(parse({ colour: 'blue' }).errors).toEqual([
      { path: 'colour', message: 'is not a known setting and is ignored.' },
    ]);
  });
});

describe('parseConfig: each key', () => {
  it('enabled: a boolean', () => {
    expect(parseKey('enabled', false, 'enabled')).toEqual({ value: false, errors: [] });
    const bad = parseKey('enabled', 'no', 'enabled');
    expect(bad.value).toBe(true);
    expect(paths(bad.errors)).toEqual(['enabled']);
  });

  describe.each([
    ['roles_allowed', 'rolesAllowed'],
    ['team_check_roles', 'teamCheckRoles'],
    ['analyzer_roles', 'analyzerRoles'],
  ] as const)('%s', (key, field) => {
    it('accepts Flex and Insights roles', () => {
      expect(parseKey(key, ['supervisor', 'wfo.team_leader'], field)).toEqual({
        value: ['supervisor', 'wfo.team_leader'],
        errors: [],
      });
    });

    it('drops a wrongly cased role with the exact spelling to use', () => {
      const { value, errors } = parseKey(key, ['Admin', 'supervisor'], field);
      expect(value).toEqual(['supervisor']);
      expect(errors).toEqual([{ path: `${key}[0]`, message: expect.stringContaining('use "admin"') }]);
    });

    it('falls back to the default rather than lock everyone out', () => {
      for (const raw of [[], ['owner'], 'admin']) {
        const { value, errors } = parseKey(key, raw, field);
        expect(value).toEqual(DEFAULT_CONFIG[field]);
        expect(errors.length).toBeGreaterThan(0);
      }
    });
  });

  it('idp: "auto" or a profile id', () => {
    expect(parseKey('idp', 'entra-id', 'idp')).toEqual({ value: 'entra-id', errors: [] });
    expect(parseKey('idp', 'auto', 'idp')).toEqual({ value: 'auto', errors: [] });
    const bad = parseKey('idp', 'azure', 'idp');
    expect(bad.value).toBe('auto');
    expect(bad.errors[0]?.message).toContain('"entra-id"');
  });

  it('sso_type: enhanced or legacy', () => {
    expect(parseKey('sso_type', 'legacy', 'ssoType')).toEqual({ value: 'legacy', errors: [] });
    const bad = parseKey('sso_type', 'Enhanced', 'ssoType');
    expect(bad.value).toBeUndefined();
    expect(paths(bad.errors)).toEqual(['sso_type']);
  });

  it('connection_sid: JQ and 32 hex characters', () => {
    expect(parseKey('connection_sid', SID, 'connectionSid')).toEqual({ value: SID, errors: [] });
    for (const bad of [`AC${SID.slice(2)}`, SID.slice(0, -1), `${SID.slice(0, -1)}g`, 42]) {
      const result = parseKey('connection_sid', bad, 'connectionSid');
      expect(result.value).toBeUndefined();
      expect(paths(result.errors)).toEqual(['connection_sid']);
    }
  });

  it('region: a lower-case code such as ie1', () => {
    expect(parseKey('region', 'ie1', 'region')).toEqual({ value: 'ie1', errors: [] });
    for (const bad of ['IE1', 'ie', 'ie-1', '']) {
      expect(parseKey('region', bad, 'region')).toEqual({
        value: 'us1',
        errors: [expect.objectContaining({ path: 'region' })],
      });
    }
  });

  it('idp_issuer: kept exactly, trailing slash included', () => {
    const issuer = 'https://sts.windows.net/0a1b2c3d-0000-4000-8000-000000000000/';
    expect(parseKey('idp_issuer', issuer, 'idpIssuer')).toEqual({ value: issuer, errors: [] });
    expect(paths(parseKey('idp_issuer', ' ', 'idpIssuer').errors)).toEqual(['idp_issuer']);
  });

  it('idp_sso_url: an https URL, trimmed; http, other schemes and non-URLs dropped', () => {
    const url = 'https://adfs.contoso.com/adfs/ls/';
    expect(parseKey('idp_sso_url', url, 'idpSsoUrl')).toEqual({ value: url, errors: [] });
    expect(parseKey('idp_sso_url', `  ${url}\n`, 'idpSsoUrl')).toEqual({ value: url, errors: [] });
    for (const bad of ['http://adfs.contoso.com/adfs/ls/', 'javascript:alert(1)', 'adfs.contoso.com/adfs/ls', 42]) {
      const parsed = parseKey('idp_sso_url', bad, 'idpSsoUrl');
      expect(parsed.value).toBeUndefined();
      expect(paths(parsed.errors)).toEqual(['idp_sso_url']);
    }
  });

  it('idp_certificates: PEM or base64 body; anything else dropped', () => {
    const { value, errors } = parseKey(
      'idp_certificates',
      [
        PEM,
        `  ${BODY}\n`,
        'hello',
        '-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----',
        `${PEM}\n${PEM}`,
      ],
      'idpCertificates',
    );
    expect(value).toEqual([PEM, BODY]);
    expect(paths(errors)).toEqual(['idp_certificates[2]', 'idp_certificates[3]', 'idp_certificates[4]']);
    expect(errors[1]?.message).toContain('private key');
  });

  it('email_domains: domains, compared case-insensitively', () => {
    const { value, errors } = parseKey(
      'email_domains',
      ['Example.com', '@corp.example.org', 'not a domain'],
      'emailDomains',
    );
    expect(value).toEqual(['example.com', 'corp.example.org']);
    expect(paths(errors)).toEqual(['email_domains[2]']);
  });

  it('teams: kept exactly; an unreadable list stays "not configured"', () => {
    expect(parseKey('teams', ['Support EU', 'sales'], 'teams')).toEqual({ value: ['Support EU', 'sales'], errors: [] });
    expect(parseKey('teams', [], 'teams')).toEqual({ value: [], errors: [] });
    expect(parseKey('teams', 'Sales', 'teams').value).toBeUndefined();
    const mixed = parseKey('teams', ['Sales', ''], 'teams');
    expect(mixed.value).toEqual(['Sales']);
    expect(paths(mixed.errors)).toEqual(['teams[1]']);
  });

  it('channels: a list of names', () => {
    expect(parseKey('channels', ['voice', 'chat'], 'channels')).toEqual({ value: ['voice', 'chat'], errors: [] });
    expect(paths(parseKey('channels', [3], 'channels').errors)).toEqual(['channels[0]']);
  });

  describe('required_attributes', () => {
    it('applies severity "warning" by default and keeps pattern and allowed values', () => {
      const { value, errors } = parseKey(
        'required_attributes',
        [
          { name: 'department' },
          { name: 'agent_id', severity: 'error', pattern: '^E\\d+$' },
          { name: 'location', allowed: ['Lisbon', 'Porto'] },
        ],
        'requiredAttributes',
      );
      expect(errors).toEqual([]);
      expect(value).toEqual([
        { name: 'department', severity: 'warning' },
        { name: 'agent_id', severity: 'error', pattern: '^E\\d+$' },
        { name: 'location', severity: 'warning', allowed: ['Lisbon', 'Porto'] },
      ]);
    });

    it('drops a bad entry and says where; the good ones still apply', () => {
      const { value, errors } = parseKey(
        'required_attributes',
        [
          { name: 'department' },
          { name: 'agent_id', pattern: '([' },
          { severity: 'error' },
          { name: 'x', severity: 'fatal' },
          { name: 'y', allowed: 'a' },
          'location',
        ],
        'requiredAttributes',
      );
      expect(value).toEqual([{ name: 'department', severity: 'warning' }]);
      expect(paths(errors)).toEqual([
        'required_attributes[1]',
        'required_attributes[2]',
        'required_attributes[3]',
        'required_attributes[4]',
        'required_attributes[5]',
      ]);
      expect(errors[0]?.message).toMatch(/^pattern is not a valid regular expression/);
    });

    it('names an unknown key in an entry but keeps the entry', () => {
      const { value, errors } = parseKey('required_attributes', [{ name: 'phone', patern: 'x' }], 'requiredAttributes');
      expect(value).toEqual([{ name: 'phone', severity: 'warning' }]);
      expect(errors).toEqual([
        { path: 'required_attributes[0].patern', message: expect.stringContaining('"pattern"') },
      ]);
    });
  });

  describe('role_rules', () => {
    it('reads equals and matches rules', () => {
      const { value, errors } = parseKey(
        'role_rules',
        [
          { when: { attribute: 'department', equals: 'Quality' }, expect_roles: ['supervisor'] },
          { when: { attribute: 'groups', matches: '^leads-' }, expect_roles: ['supervisor', 'wfo.team_leader'] },
        ],
        'roleRules',
      );
      expect(errors).toEqual([]);
      expect(value).toEqual([
        { when: { attribute: 'department', equals: 'Quality' }, expectRoles: ['supervisor'] },
        { when: { attribute: 'groups', matches: '^leads-' }, expectRoles: ['supervisor', 'wfo.team_leader'] },
      ]);
    });

    it.each([
      ['both equals and matches', { when: { attribute: 'a', equals: 'x', matches: 'x' }, expect_roles: ['agent'] }],
      ['neither equals nor matches', { when: { attribute: 'a' }, expect_roles: ['agent'] }],
      ['a pattern that does not compile', { when: { attribute: 'a', matches: '(' }, expect_roles: ['agent'] }],
      ['no attribute', { when: { equals: 'x' }, expect_roles: ['agent'] }],
      ['no expected roles', { when: { attribute: 'a', equals: 'x' }, expect_roles: [] }],
      ['no when', { expect_roles: ['agent'] }],
    ])('drops a rule with %s', (_name, entry) => {
      const { value, errors } = parseKey('role_rules', [entry], 'roleRules');
      expect(value).toEqual([]);
      expect(paths(errors)).toContain('role_rules[0]');
    });

    it('drops a rule expecting a role that is not one, naming the role', () => {
      const { value, errors } = parseKey(
        'role_rules',
        [{ when: { attribute: 'a', equals: 'x' }, expect_roles: ['agent', 'Supervisor'] }],
        'roleRules',
      );
      expect(value).toEqual([]);
      expect(paths(errors)).toEqual(['role_rules[0].expect_roles[1]', 'role_rules[0]']);
    });
  });

  describe('runbook_links', () => {
    it('keeps https links for known fix keys', () => {
      const links = { 'F-ROLES': 'https://wiki.example.com/flex/roles', 'F-CERT': 'https://wiki.example.com/cert' };
      expect(parseKey('runbook_links', links, 'runbookLinks')).toEqual({ value: links, errors: [] });
    });

    it.each([
      ['http', 'http://wiki.example.com/x', 'uses http'],
      ['javascript:', 'javascript:alert(1)', 'only https links'],
      ['data:', 'data:text/html,<b>x</b>', 'only https links'],
      ['not a URL', 'wiki/roles', 'must be an https URL'],
      ['not text', 7, 'must be an https URL'],
    ])('refuses %s', (_name, url, message) => {
      const { value, errors } = parseKey('runbook_links', { 'F-ROLES': url }, 'runbookLinks');
      expect(value).toEqual({});
      expect(errors).toEqual([{ path: 'runbook_links.F-ROLES', message: expect.stringContaining(message) }]);
    });

    it('refuses an unknown fix key, suggesting the close one', () => {
      const { errors } = parseKey('runbook_links', { 'F-ROLE': 'https://x.example.com' }, 'runbookLinks');
      expect(errors).toEqual([{ path: 'runbook_links.F-ROLE', message: expect.stringContaining('"F-ROLES"') }]);
    });
  });

  describe('rule_severity', () => {
    it('accepts error, warning, info and off', () => {
      const settings = { 'insights-role-implicit': 'off', 'role-value-invalid': 'error' };
      expect(parseKey('rule_severity', settings, 'ruleSeverity')).toEqual({ value: settings, errors: [] });
    });

    it('refuses another severity and a malformed id', () => {
      const { value, errors } = parseKey(
        'rule_severity',
        { 'email-invalid': 'high', 'Email Invalid': 'off' },
        'ruleSeverity',
      );
      expect(value).toEqual({});
      expect(paths(errors)).toEqual(['rule_severity.email-invalid', 'rule_severity.Email Invalid']);
    });

    it('refuses ids that are not registered rules when the registry is given', () => {
      const { expectations, errors } = parse(
        { rule_severity: { 'email-invalid': 'off', 'emial-invalid': 'off' } },
        { ruleIds: ['email-invalid'] },
      );
      expect(expectations.ruleSeverity).toEqual({ 'email-invalid': 'off' });
      expect(errors).toEqual([
        { path: 'rule_severity.emial-invalid', message: expect.stringContaining('"email-invalid"') },
      ]);
    });
  });
});

describe('selectDiagnosticsConfig', () => {
  const block = { roles_allowed: ['admin'] };

  it('takes the block out of ui_attributes', () => {
    expect(selectDiagnosticsConfig({ colorTheme: 'dark', sso_diagnostics: block })).toBe(block);
  });

  it('takes the block out of a whole Flex configuration', () => {
    expect(selectDiagnosticsConfig({ account_sid: 'AC1', ui_attributes: { sso_diagnostics: block } })).toBe(block);
  });

  it('accepts the block itself, typos included (so they are reported)', () => {
    expect(selectDiagnosticsConfig(block)).toBe(block);
    const typo = { rolse_allowed: ['admin'] };
    expect(selectDiagnosticsConfig(typo)).toBe(typo);
    const withStranger = { roles_allowed: ['admin'], colour: 'blue' };
    expect(selectDiagnosticsConfig(withStranger)).toBe(withStranger);
  });

  it('finds no block in ui_attributes without one, rather than report its keys', () => {
    expect(selectDiagnosticsConfig({ colorTheme: 'dark', logLevel: 'info' })).toBeUndefined();
    // Another plugin's "enabled" among Flex's own settings does not make ui_attributes our block.
    expect(selectDiagnosticsConfig({ colorTheme: 'dark', logLevel: 'info', enabled: true })).toBeUndefined();
    expect(parseConfig(selectDiagnosticsConfig({ colorTheme: 'dark' })).errors).toEqual([]);
  });

  it('passes anything else through for the parser to report', () => {
    expect(selectDiagnosticsConfig(undefined)).toBeUndefined();
    expect(selectDiagnosticsConfig('admin')).toBe('admin');
  });
});

describe('toConfigJson', () => {
  const full: DiagnosticsConfig = {
    enabled: false,
    rolesAllowed: ['admin'],
    teamCheckRoles: ['admin'],
    analyzerRoles: ['admin', 'supervisor'],
    idp: 'okta',
    ssoType: 'enhanced',
    connectionSid: SID,
    region: 'au1',
    idpIssuer: 'http://www.okta.com/exk123',
    idpCertificates: [PEM],
    idpSsoUrl: 'https://dev-123456.okta.com/app/dev-123456_flex_1/exk123/sso/saml',
    emailDomains: ['example.com'],
    teams: ['Sales'],
    channels: ['voice'],
    requiredAttributes: [{ name: 'agent_id', severity: 'error', pattern: '^E\\d+$', allowed: ['E1'] }],
    roleRules: [
      { when: { attribute: 'department', equals: 'Quality' }, expectRoles: ['supervisor'] },
      { when: { attribute: 'groups', matches: '^leads-' }, expectRoles: ['wfo.team_leader'] },
    ],
    runbookLinks: { 'F-ROLES': 'https://wiki.example.com/roles' },
    ruleSeverity: { 'insights-role-implicit': 'off' },
  };

  it('writes snake_case that parses back to the same expectations', () => {
    const json = toConfigJson(full);
    expect(json).toMatchObject({ roles_allowed: ['admin'], sso_type: 'enhanced', connection_sid: SID });
    expect(json.role_rules?.map((rule) => rule.expect_roles)).toEqual([['supervisor'], ['wfo.team_leader']]);
    expect(parseConfig(JSON.parse(JSON.stringify(json)))).toEqual({ expectations: full, errors: [] });
  });

  it('round-trips the defaults, leaving optional settings out', () => {
    const json = toConfigJson(DEFAULT_CONFIG);
    expect(json).not.toHaveProperty('teams');
    expect(json).not.toHaveProperty('sso_type');
    expect(parseConfig(json)).toEqual({ expectations: DEFAULT_CONFIG, errors: [] });
  });

  it('can write only what differs from the defaults', () => {
    expect(toConfigJson(DEFAULT_CONFIG, { onlyChanges: true })).toEqual({});
    const changed = { ...DEFAULT_CONFIG, region: 'ie1', teams: [] };
    expect(toConfigJson(changed, { onlyChanges: true })).toEqual({ region: 'ie1', teams: [] });
    expect(parseConfig(toConfigJson(changed, { onlyChanges: true })).expectations).toEqual(changed);
  });
});
