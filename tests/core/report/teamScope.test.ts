import { checkTeam } from '../../../src/core/check';
import { DEFAULT_CONFIG } from '../../../src/core/config';
import { chooseIdp, resolveFindingFix, teamIdp } from '../../../src/core/idp';
import { toReportJson } from '../../../src/core/report';
import type { WorkerSnapshot } from '../../../src/core/types';

const MS = 'http://schemas.microsoft.com/identity/claims/';
const workers: WorkerSnapshot[] = [
  {
    sid: 'WK00000000000000000000000000000001',
    name: 'ana_2Elima_40owlbank_2Eexample',
    attributes: { email: 'ana.lima@owlbank.example', full_name: 'Ana Lima', roles: ['agent'], [`${MS}tenantid`]: 't' },
  },
  {
    sid: 'WK00000000000000000000000000000002',
    name: 'bo_40owlbank_2Eexample',
    attributes: { email: 'ana.lima@owlbank.example', roles: 'agent,supervisor' },
  },
];

function teamReport(includeValues: boolean) {
  const team = checkTeam(workers, DEFAULT_CONFIG);
  const rows = team.workers.map(({ worker, result }) => ({
    worker,
    result,
    idp: chooseIdp({ configured: 'auto', attributes: worker.attributes }),
  }));
  const idp = teamIdp(
    rows.map((r) => r.idp),
    { id: 'generic', source: 'default' },
  );
  return toReportJson(
    { kind: 'team', rows, team: team.team, summary: team.summary },
    { idp, fixFor: (f) => resolveFindingFix(f, idp.id), includeValues },
  );
}

describe('a team export', () => {
  it('keeps worker SIDs when redacted, so support can tell workers apart, and hides names and emails', () => {
    const report = teamReport(false);
    expect(report.redacted).toBe(true);
    expect(report.workers?.map((w) => w.sid)).toEqual(workers.map((w) => w.sid));
    // The duplicate-email finding names both workers by SID, and keeps them.
    const duplicate = report.findings.find((f) => f.ruleId === 'duplicate-worker-email');
    for (const w of workers) expect(duplicate?.message).toContain(w.sid);
    const text = JSON.stringify(report);
    expect(text).not.toContain('ana.lima@owlbank.example');
    expect(text).not.toContain('Ana Lima');
    expect(text).not.toContain('ana_2Elima_40owlbank_2Eexample');
  });

  it('names each worker by the shown name and carries the IdP detected for each, the team its most common', () => {
    const report = teamReport(true);
    expect(report.workers?.map((w) => [w.name, w.idp])).toEqual([
      ['Ana Lima', 'entra-id'],
      ['ana.lima@owlbank.example', 'generic'],
    ]);
    expect(report.idp).toEqual({ id: 'entra-id', source: 'claims' });
  });

  it('reads roles as the rules do: a string is one value as sent', () => {
    const report = teamReport(true);
    expect(report.workers?.[1]?.roles).toEqual(['agent,supervisor']);
  });
});
