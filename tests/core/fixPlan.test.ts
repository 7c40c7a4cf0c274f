import { checkWorker } from '../../src/core/check';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { fixOfGroup, groupsOfFix, planFixes } from '../../src/core/fixPlan';
import { resolveFindingFix } from '../../src/core/idp';
import type { Finding, FixKey, ResolvedFix, Severity } from '../../src/core/types';

const WS = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/';
const GOOD = { email: 'ana.lima@owlbank.example', full_name: 'Ana Lima', roles: ['agent'] };

/** A worker as Entra sends it with its default claims left in: four namespaced claims and a tenant id. */
const ENTRA_DEFAULTS = {
  ...GOOD,
  [`${WS}emailaddress`]: 'ana.lima@owlbank.example',
  [`${WS}name`]: 'ana.lima@owlbank.example',
  [`${WS}givenname`]: 'Ana',
  [`${WS}surname`]: 'Lima',
  'http://schemas.microsoft.com/identity/claims/tenantid': 'f0e1d2c3-0000-0000-0000-000000000000',
};

function finding(ruleId: string, severity: Severity, fixKey: FixKey, path?: string, messageId = 'm'): Finding {
  return {
    ruleId,
    severity,
    messageId,
    message: `${ruleId} ${path ?? ''}`,
    data: {},
    fixKey,
    ...(path !== undefined ? { path } : {}),
  };
}

/** Steps chosen by the test, so the plan's merging is tested apart from the IdP profiles' wording. */
function stepsByKey(table: Partial<Record<FixKey, readonly string[]>>): (f: Finding) => ResolvedFix {
  return (f) => ({
    idp: 'generic',
    steps: table[f.fixKey] ?? [],
    links: [{ title: `docs for ${f.fixKey}`, url: `https://docs.example/${f.fixKey}` }],
  });
}

describe('planFixes: groups', () => {
  it("makes Entra's four default namespaced claims one group, with the attributes listed, and one fix", () => {
    const { findings } = checkWorker({ attributes: ENTRA_DEFAULTS }, DEFAULT_CONFIG);
    const plan = planFixes(findings, { idp: 'entra-id' });

    const namespaced = plan.groups.filter((g) => g.ruleId === 'claim-name-namespaced');
    expect(namespaced).toHaveLength(1);
    const [group] = namespaced;
    expect(group?.findings).toHaveLength(4);
    expect(group?.paths).toEqual([`${WS}emailaddress`, `${WS}name`, `${WS}givenname`, `${WS}surname`]);

    const fix = group ? fixOfGroup(plan, group) : undefined;
    expect(fix?.steps).toEqual(resolveFindingFix(group?.findings[0] as Finding, 'entra-id').steps);
    expect(fix?.steps.length).toBeGreaterThan(0);
    expect(fix?.idp).toBe('entra-id');
    // Every finding is in exactly one group.
    expect(plan.groups.reduce((n, g) => n + g.findings.length, 0)).toBe(findings.length);
  });

  it('keeps one rule in two groups when its findings differ in severity', () => {
    const plan = planFixes(
      [
        finding('claim-name-namespaced', 'warning', 'F-NAMESPACE', 'a'),
        finding('claim-name-namespaced', 'error', 'F-NAMESPACE', 'b'),
        finding('claim-name-namespaced', 'warning', 'F-NAMESPACE', 'c'),
      ],
      { idp: 'generic', fixFor: stepsByKey({ 'F-NAMESPACE': ['Remove the namespace.'] }) },
    );
    expect(plan.groups.map((g) => [g.severity, g.paths])).toEqual([
      ['error', ['b']],
      ['warning', ['a', 'c']],
    ]);
    expect(new Set(plan.groups.map((g) => g.id)).size).toBe(2);
    // Same steps: one fix, as severe as its worst finding, resolving both groups.
    expect(plan.fixes).toHaveLength(1);
    expect(plan.fixes[0]).toMatchObject({ severity: 'error', findingCount: 3, groupIds: plan.groups.map((g) => g.id) });
  });

  it('keeps different messages of one rule apart, and lists a path once', () => {
    const plan = planFixes(
      [
        finding('r', 'warning', 'F-CLAIMS', 'x', 'one'),
        finding('r', 'warning', 'F-CLAIMS', 'x', 'one'),
        finding('r', 'warning', 'F-CLAIMS', 'y', 'two'),
      ],
      { idp: 'generic', fixFor: stepsByKey({ 'F-CLAIMS': ['Map the claims.'] }) },
    );
    expect(plan.groups.map((g) => [g.messageId, g.findings.length, g.paths])).toEqual([
      ['one', 2, ['x']],
      ['two', 1, ['y']],
    ]);
  });

  it('splits one rule and message into two groups when their resolved steps differ, with distinct ids', () => {
    const plan = planFixes([finding('r', 'error', 'F-ROLES', 'a'), finding('r', 'error', 'F-ROLES', 'b')], {
      idp: 'generic',
      fixFor: (f) => ({ idp: 'generic', steps: [`Fix ${f.path ?? ''}`], links: [] }),
    });
    expect(plan.groups).toHaveLength(2);
    expect(plan.groups[0]?.id).not.toBe(plan.groups[1]?.id);
    expect(plan.fixes).toHaveLength(2);
  });

  it('gives ids safe in an HTML id attribute', () => {
    const plan = planFixes([finding('a rule/with:odd chars', 'info', 'F-CLAIMS', undefined, 'm m')], {
      idp: 'generic',
      fixFor: stepsByKey({ 'F-CLAIMS': ['x'] }),
    });
    expect(plan.groups[0]?.id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(plan.fixes[0]?.id).toBe('fix-1');
  });
});

describe('planFixes: the fix plan', () => {
  it('lists identical steps once, naming every group they resolve, with the links of both', () => {
    const same = ['Open the claims.', 'Set them right.'];
    const plan = planFixes(
      [finding('first', 'warning', 'F-CLAIMS', 'a'), finding('second', 'warning', 'F-NAMESPACE', 'b')],
      { idp: 'generic', fixFor: stepsByKey({ 'F-CLAIMS': same, 'F-NAMESPACE': same }) },
    );
    expect(plan.groups).toHaveLength(2);
    expect(plan.fixes).toHaveLength(1);
    const [fix] = plan.fixes;
    expect(fix?.steps).toEqual(same);
    expect(fix?.fixKeys).toEqual(['F-CLAIMS', 'F-NAMESPACE']);
    expect(fix?.links.map((l) => l.url)).toEqual(['https://docs.example/F-CLAIMS', 'https://docs.example/F-NAMESPACE']);
    expect(fix ? groupsOfFix(plan, fix).map((g) => g.ruleId) : []).toEqual(['first', 'second']);
  });

  it('orders errors first, then by where Flex needs them (connection before claims), then as found', () => {
    const plan = planFixes(
      [
        finding('claims', 'warning', 'F-CLAIMS'),
        finding('roles', 'error', 'F-ROLES'),
        finding('acs', 'error', 'F-ACS'),
        finding('info', 'info', 'F-SESSION'),
        finding('ns', 'warning', 'F-NAMESPACE'),
      ],
      {
        idp: 'generic',
        fixFor: stepsByKey({
          'F-CLAIMS': ['c'],
          'F-ROLES': ['r'],
          'F-ACS': ['a'],
          'F-SESSION': ['s'],
          'F-NAMESPACE': ['n'],
        }),
      },
    );
    expect(plan.fixes.map((f) => [f.step, f.severity, f.steps[0]])).toEqual([
      [1, 'error', 'a'],
      [2, 'error', 'r'],
      [3, 'warning', 'c'],
      [4, 'warning', 'n'],
      [5, 'info', 's'],
    ]);
    // Groups are in severity order too, keeping the engine's order within one.
    expect(plan.groups.map((g) => g.ruleId)).toEqual(['roles', 'acs', 'claims', 'ns', 'info']);
  });

  it('tells apart fixes that have no steps by their fix key', () => {
    const plan = planFixes([finding('a', 'info', 'F-CLOCK'), finding('b', 'info', 'F-SESSION')], {
      idp: 'generic',
      fixFor: stepsByKey({}),
    });
    expect(plan.fixes).toHaveLength(2);
  });

  it("puts the organisation's runbook first among the links", () => {
    const { findings } = checkWorker({ attributes: ENTRA_DEFAULTS }, DEFAULT_CONFIG);
    const plan = planFixes(findings, {
      idp: 'entra-id',
      runbookLinks: { 'F-NAMESPACE': 'https://wiki.owlbank.example/flex/claims' },
    });
    const fix = plan.fixes.find((f) => f.fixKeys.includes('F-NAMESPACE'));
    expect(fix?.links[0]).toEqual({
      title: expect.any(String),
      url: 'https://wiki.owlbank.example/flex/claims',
      runbook: true,
    });
  });

  it('plans nothing for no findings', () => {
    expect(planFixes([], { idp: 'okta' })).toEqual({ groups: [], fixes: [] });
  });
});
