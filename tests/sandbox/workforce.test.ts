import { checkTeam } from '../../src/core/check';
import { parseConfig } from '../../src/core/config';
import { teamRules, workerRules } from '../../src/core/rules';
import type { WorkerSnapshot } from '../../src/core/types';
import { snapshotOfItem } from '../../src/flex/teamResults';
import { CATALOGUE_IDS } from '../core/catalogueIds';
import { generateWorkforce, PATTERNS, sandboxUser, SANDBOX_CONFIG } from '../../sandbox/workforce';

/** The rules the workforce was designed to make fire: every worker and team rule of the catalogue. */
const DESIGNED_FOR = [...CATALOGUE_IDS.worker, ...CATALOGUE_IDS.team];

const workforce = generateWorkforce();
const { expectations, errors } = parseConfig(SANDBOX_CONFIG);
// The signed-in admin's own worker carries token roles (the team's workers do not).
const admin = sandboxUser('admin');
const snapshots: WorkerSnapshot[] = [
  ...workforce.map(snapshotOfItem),
  { ...snapshotOfItem(admin.worker), tokenRoles: admin.roles },
];
const check = checkTeam(snapshots, expectations);
const fired = new Set(Object.keys(check.summary));

describe('the example workforce', () => {
  it('is large enough to need splitting, and the sandbox configuration is valid', () => {
    expect(workforce.length).toBeGreaterThanOrEqual(2000);
    expect(errors).toEqual([]);
  });

  it('is deterministic: the same seed gives the same workforce, byte for byte', () => {
    expect(JSON.stringify(generateWorkforce())).toBe(JSON.stringify(workforce));
    expect(JSON.stringify(generateWorkforce({ seed: 1 }))).not.toBe(JSON.stringify(workforce));
  });

  it('is mostly clean agents, and uses every pattern', () => {
    const clean = workforce.filter((w) => w.pattern === 'clean-agent').length;
    expect(clean / workforce.length).toBeGreaterThan(0.5);
    const used = new Set(workforce.map((w) => w.pattern));
    for (const pattern of PATTERNS) expect(used).toContain(pattern.id);
    expect(used).toContain('duplicate-email');
  });

  it('has unique worker SIDs in the shape TaskRouter uses', () => {
    const sids = workforce.map((w) => w.worker_sid);
    expect(new Set(sids).size).toBe(sids.length);
    for (const sid of sids) expect(sid).toMatch(/^WK[0-9a-f]{32}$/);
  });

  it('makes every registered worker and team rule fire somewhere', () => {
    const registered = [...workerRules, ...teamRules].map((rule) => rule.meta.id);
    const silent = registered.filter((id) => !fired.has(id));
    expect(silent).toEqual([]);
  });

  it('makes every rule it was designed for fire (once the rule is registered)', () => {
    const registered = new Set([...workerRules, ...teamRules].map((rule) => rule.meta.id));
    const silent = DESIGNED_FOR.filter((id) => registered.has(id) && !fired.has(id));
    expect(silent).toEqual([]);
  });

  it('carries hostile values for the UI to show as text', () => {
    const values = workforce.flatMap((w) => Object.values(w.attributes as Record<string, unknown>));
    expect(values).toContain('<img src=x onerror=alert(1)>');
    expect(values).toContain('javascript:alert(1)');
    expect(values.some((v) => typeof v === 'string' && v.length > 10_000)).toBe(true);
  });
});
