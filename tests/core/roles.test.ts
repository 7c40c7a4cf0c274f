import { DEFAULT_CONFIG } from '../../src/core/config';
import {
  canSeeValues,
  readRoles,
  canUseAnalyzer,
  canUseDiagnostics,
  visibleTabs,
  canViewTeam,
  classifyRoleValue,
  hasAnyRole,
  INSIGHTS_ROLES,
  rolesOf,
} from '../../src/core/roles';
import type { DiagnosticsConfig } from '../../src/core/types';

const users: Record<string, string[] | undefined> = {
  admin: ['admin'],
  supervisor: ['supervisor'],
  agent: ['agent'],
  'admin+agent': ['agent', 'admin'],
  'wfo-only': ['wfo.full_access'],
  none: [],
  unknown: undefined,
};

const custom: DiagnosticsConfig = {
  ...DEFAULT_CONFIG,
  rolesAllowed: ['supervisor', 'agent', 'wfo.full_access'],
  teamCheckRoles: ['supervisor'],
  analyzerRoles: ['supervisor', 'admin'],
};
const disabled: DiagnosticsConfig = { ...DEFAULT_CONFIG, enabled: false };

type Access = [diagnostics: boolean, team: boolean, analyzer: boolean, values: boolean];

const matrix: Record<string, Record<string, Access>> = {
  default: {
    admin: [true, true, true, true],
    supervisor: [true, true, false, false],
    agent: [false, false, false, false],
    'admin+agent': [true, true, true, true],
    'wfo-only': [false, false, false, false],
    none: [false, false, false, false],
    unknown: [false, false, false, false],
  },
  custom: {
    // admin is not in roles_allowed: the analyzer and team view sit inside the diagnostics, so both stay closed.
    admin: [false, false, false, true],
    supervisor: [true, true, true, false],
    agent: [true, false, false, false],
    'admin+agent': [true, false, true, true],
    'wfo-only': [true, false, false, false],
    none: [false, false, false, false],
    unknown: [false, false, false, false],
  },
  disabled: {
    admin: [false, false, false, true],
    supervisor: [false, false, false, false],
    agent: [false, false, false, false],
    'admin+agent': [false, false, false, true],
    'wfo-only': [false, false, false, false],
    none: [false, false, false, false],
    unknown: [false, false, false, false],
  },
};
const configs: Record<string, DiagnosticsConfig> = { default: DEFAULT_CONFIG, custom, disabled };

describe('access predicates', () => {
  const rows = Object.entries(matrix).flatMap(([config, byUser]) =>
    Object.entries(byUser).map(([user, access]) => [config, user, access] as const),
  );
  it.each(rows)('%s config, %s user', (config, user, access) => {
    const roles = users[user];
    const expectations = configs[config] as DiagnosticsConfig;
    expect([
      canUseDiagnostics(roles, expectations),
      canViewTeam(roles, expectations),
      canUseAnalyzer(roles, expectations),
      canSeeValues(roles),
    ]).toEqual(access);
  });

  it.each(rows)('%s config, %s user: exactly the tabs the predicates allow', (config, user, access) => {
    const [diagnostics, team, analyzer] = access;
    const expected = diagnostics
      ? ['mySignIn', ...(team ? ['team'] : []), ...(analyzer ? ['analyzer'] : []), 'setup']
      : [];
    expect(visibleTabs(users[user], configs[config] as DiagnosticsConfig)).toEqual(expected);
  });

  it('gives a default supervisor every tab but the analyzer, and an agent none', () => {
    expect(visibleTabs(['supervisor'], DEFAULT_CONFIG)).toEqual(['mySignIn', 'team', 'setup']);
    expect(visibleTabs(['admin'], DEFAULT_CONFIG)).toEqual(['mySignIn', 'team', 'analyzer', 'setup']);
    expect(visibleTabs(['agent'], DEFAULT_CONFIG)).toEqual([]);
  });

  it('compares roles exactly, like Flex', () => {
    expect(canUseDiagnostics(['Admin'], DEFAULT_CONFIG)).toBe(false);
    expect(canSeeValues([' admin'])).toBe(false);
    expect(hasAnyRole(['supervisor'], ['admin', 'supervisor'])).toBe(true);
    expect(hasAnyRole(['supervisors'], ['supervisor'])).toBe(false);
  });
});

describe('rolesOf', () => {
  it('returns the roles only when they are a list of text', () => {
    expect(rolesOf({ roles: ['agent', 'wfo.team_leader'] })).toEqual(['agent', 'wfo.team_leader']);
    expect(rolesOf({ roles: [] })).toEqual([]);
    expect(rolesOf({ roles: 'agent' })).toBeUndefined();
    expect(rolesOf({ roles: ['agent', 1] })).toBeUndefined();
    expect(rolesOf({})).toBeUndefined();
  });
});

describe('classifyRoleValue', () => {
  it.each([
    ['admin', undefined],
    ['wfo.dashboard_viewer', undefined],
    ['Admin', { problem: 'wrongCase', suggestion: 'admin' }],
    ['AGENT', { problem: 'wrongCase', suggestion: 'agent' }],
    ['Wfo.Team_Leader', { problem: 'wrongCase', suggestion: 'wfo.team_leader' }],
    [' agent', { problem: 'padded', suggestion: 'agent' }],
    ['supervisor\t', { problem: 'padded', suggestion: 'supervisor' }],
    [' Admin ', { problem: 'padded', suggestion: 'admin' }],
    ['agent,admin', { problem: 'joined', suggestion: ['agent', 'admin'] }],
    ['agent; supervisor', { problem: 'joined', suggestion: ['agent', 'supervisor'] }],
    ['agent, wfo.team_leader', { problem: 'joined', suggestion: ['agent', 'wfo.team_leader'] }],
    ['agent admin', { problem: 'joined', suggestion: ['agent', 'admin'] }],
    ['Tier 2, Sales', { problem: 'unknown' }],
    ['Flex Admin', { problem: 'unknown' }],
    ['b6f2a0c4-1d3e-4f5a-9b8c-7d6e5f4a3b2c', { problem: 'groupObjectId' }],
    ['{B6F2A0C4-1D3E-4F5A-9B8C-7D6E5F4A3B2C}', { problem: 'groupObjectId' }],
    ['CN=Flex Admins,OU=Groups,DC=example,DC=com', { problem: 'distinguishedName' }],
    ['cn=agents', { problem: 'distinguishedName' }],
    ['msiam_access', { problem: 'defaultAppRole' }],
    ['', { problem: 'unknown' }],
    ['administrator', { problem: 'unknown' }],
  ])('%j → %j', (value, diagnosis) => {
    expect(classifyRoleValue(value)).toEqual(diagnosis);
  });

  it('knows exactly the seven documented Insights roles', () => {
    expect(INSIGHTS_ROLES).toHaveLength(7);
    for (const role of INSIGHTS_ROLES) expect(classifyRoleValue(role)).toBeUndefined();
  });
});

describe('readRoles: the one reading of roles', () => {
  it('reads a list as sent, with the Flex and Insights roles it grants', () => {
    expect(readRoles({ roles: ['agent', 'Supervisor', 'wfo.team_leader', ' admin'] })).toEqual({
      shape: 'list',
      valid: true,
      values: ['agent', 'Supervisor', 'wfo.team_leader', ' admin'],
      flexRoles: ['agent'],
      insightsRoles: ['wfo.team_leader'],
    });
  });

  it('keeps a string as the one value it is, granting no role (as roles-not-list reports it)', () => {
    expect(readRoles({ roles: 'agent,supervisor' })).toEqual({
      shape: 'string',
      valid: false,
      values: ['agent,supervisor'],
      flexRoles: [],
      insightsRoles: [],
    });
  });

  it('tells absent from another shape', () => {
    expect(readRoles({})).toMatchObject({ shape: 'absent', valid: false, values: [] });
    expect(readRoles({ roles: ['agent', 7] })).toMatchObject({
      shape: 'other',
      valid: false,
      values: ['agent'],
      flexRoles: [],
    });
    expect(readRoles({ roles: { agent: true } })).toMatchObject({ shape: 'other', values: [] });
  });
});
