import { checkTeamRules } from '../../src/core/check';
import { DEFAULT_CONFIG, parseConfig } from '../../src/core/config';
import { defineGroupRule, defineRule, runRules } from '../../src/core/engine';
import { TeamRuleIndex } from '../../src/core/teamIndex';
import type { TeamRule, TeamRuleContext, WorkerSnapshot } from '../../src/core/types';
import { generateWorkforce, SANDBOX_CONFIG, seededRandom } from '../../sandbox/workforce';
import { rawValue } from '../../src/core/disclose';

function snapshots(size: number, seed: number): WorkerSnapshot[] {
  return generateWorkforce({ size, seed }).map((w) => ({
    sid: w.worker_sid,
    name: w.friendly_name,
    attributes: w.attributes as WorkerSnapshot['attributes'],
  }));
}

function withEmail(worker: WorkerSnapshot, email: unknown): WorkerSnapshot {
  return { ...worker, attributes: { ...worker.attributes, email } };
}

describe('TeamRuleIndex: the team rules, one worker at a time', () => {
  const expectations = parseConfig(SANDBOX_CONFIG).expectations;

  it('gives what a full rescan gives, through random adds, changes and removals', () => {
    const pool = snapshots(400, 11);
    const emails = ['a@owlbank.example', ' A@owlbank.example', 'b@owlbank.example', '', 42, undefined];
    const rng = seededRandom(7);
    const index = new TeamRuleIndex(expectations);
    const live = new Map<string, WorkerSnapshot>();
    for (let step = 0; step < 1500; step += 1) {
      const worker = pool[Math.floor(rng() * pool.length)] as WorkerSnapshot;
      const sid = worker.sid as string;
      const roll = rng();
      if (roll < 0.15 && live.has(sid)) {
        index.delete(sid);
        live.delete(sid);
      } else {
        // Often onto one of a few shared emails, so groups form, grow, shrink and vanish.
        const next = roll < 0.6 ? withEmail(worker, emails[Math.floor(rng() * emails.length)]) : worker;
        index.set(sid, next);
        live.set(sid, next);
      }
      if (step % 50 === 0 || step > 1450) {
        expect(index.result()).toEqual(checkTeamRules([...live.values()], expectations));
      }
    }
    expect(index.result().findings.length).toBeGreaterThan(0);
  });

  it('keeps a changed worker in its place, as the rows of the Team tab do', () => {
    const [a, b, c] = snapshots(30, 12) as [WorkerSnapshot, WorkerSnapshot, WorkerSnapshot];
    const index = new TeamRuleIndex(DEFAULT_CONFIG);
    index.set('a', withEmail(a, 'x@example.com'));
    index.set('b', withEmail(b, 'x@example.com'));
    index.set('c', withEmail(c, 'y@example.com'));
    index.set('a', withEmail(a, 'X@example.com'));
    const finding = index.result().findings[0];
    expect(rawValue(finding?.data['workers'] ?? [])).toEqual([a.sid, b.sid]);
    index.set('c', withEmail(c, 'x@example.com'));
    expect(index.result().findings[0]?.data['count']).toBe(3);
    index.delete('a');
    index.delete('b');
    expect(index.result()).toEqual({ findings: [], notChecked: [], passed: ['duplicate-worker-email'] });
  });

  it('runs nothing for a rule switched off', () => {
    const off = { ...DEFAULT_CONFIG, ruleSeverity: { 'duplicate-worker-email': 'off' as const } };
    const index = new TeamRuleIndex(off);
    const [a, b] = snapshots(30, 13) as [WorkerSnapshot, WorkerSnapshot];
    index.set('a', withEmail(a, 'x@example.com'));
    index.set('b', withEmail(b, 'x@example.com'));
    expect(index.result()).toEqual(
      checkTeamRules(
        [a, b].map((w) => withEmail(w, 'x@example.com')),
        off,
      ),
    );
  });
});

describe('TeamRuleIndex: a team rule without groupBy', () => {
  // Looks at everyone at once: says "not checked" without a team list, else counts workers without a team.
  const everyone: TeamRule<'untidy'> = defineRule<TeamRuleContext, 'untidy'>({
    meta: {
      id: 'team-untidy',
      scope: 'team',
      title: { pass: 'tidy', fail: 'untidy' },
      description: 'test rule',
      severity: 'info',
      messages: { untidy: '{{count}} workers have no team' },
      fixKey: 'F-CLAIMS',
    },
    detect: ({ workers, expectations }) => {
      if (!expectations.teams) return { notChecked: { reasonId: 'noTeamList' } };
      const count = workers.filter((w) => typeof w.attributes['team_member'] !== 'string').length;
      return count > 0 ? [{ messageId: 'untidy', data: { count } }] : [];
    },
  });

  it('is re-run over everyone and agrees with a full run, "not checked" included', () => {
    const workers = snapshots(60, 14);
    for (const expectations of [DEFAULT_CONFIG, { ...DEFAULT_CONFIG, teams: ['Cards'] }]) {
      const index = new TeamRuleIndex(expectations, [everyone]);
      workers.forEach((w) => index.set(w.sid as string, w));
      expect(index.result()).toEqual(runRules([everyone], { workers, expectations }, expectations));
      index.delete(workers[0]?.sid as string);
      expect(index.result()).toEqual(runRules([everyone], { workers: workers.slice(1), expectations }, expectations));
    }
  });
});

describe('TeamRuleIndex: a rule over groups (defineGroupRule)', () => {
  // Every group is a finding, a worker alone included: the index must run the group detect on exactly
  // the groups a full check forms, with the same members in the same order.
  const byTeam = defineGroupRule<'team'>({
    meta: {
      id: 'team-sizes',
      scope: 'team',
      title: { pass: 'sizes', fail: 'sizes' },
      description: 'test rule',
      severity: 'info',
      messages: { team: '{{count}} in {{team}}' },
      fixKey: 'F-CLAIMS',
    },
    group: {
      key: (worker) =>
        typeof worker.attributes['team_member'] === 'string' ? worker.attributes['team_member'] : undefined,
      detect: (workers) => [
        { messageId: 'team', data: { team: String(workers[0]?.attributes['team_member']), count: workers.length } },
      ],
    },
  });

  it('agrees with a full run as workers join, move between and leave groups', () => {
    const teams = ['Cards', 'Loans', 'Cards ', undefined];
    const rng = seededRandom(21);
    const pool = snapshots(80, 22);
    const index = new TeamRuleIndex(DEFAULT_CONFIG, [byTeam]);
    const live = new Map<string, WorkerSnapshot>();
    for (let step = 0; step < 300; step += 1) {
      const worker = pool[Math.floor(rng() * pool.length)] as WorkerSnapshot;
      const sid = worker.sid as string;
      if (rng() < 0.2) {
        index.delete(sid);
        live.delete(sid);
      } else {
        const next = { ...worker, attributes: { ...worker.attributes, team_member: teams[Math.floor(rng() * 4)] } };
        index.set(sid, next);
        live.set(sid, next);
      }
      const workers = [...live.values()];
      expect(index.result()).toEqual(runRules([byTeam], { workers, expectations: DEFAULT_CONFIG }, DEFAULT_CONFIG));
    }
    expect(index.result().findings.length).toBeGreaterThan(1);
  });
});
