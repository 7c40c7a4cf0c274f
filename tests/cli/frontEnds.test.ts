/**
 * The three front ends agree on the same input (issue #10): one workforce (the sandbox generator) and
 * one capture (a response signed with real keys) fed to the plugin's model (the Team adapter and view
 * model, the analyzer's evidence), the CLI (`main` with --format json) and the export (report build and
 * redaction, as the views call them). Roles, IdP per worker and for the team, severity counts, the
 * worker comparison and the masking must be the same everywhere.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { nodeDeps } from '../../src/cli/nodeDeps';
import { rankRules } from '../../src/core/check';
import { parseConfig } from '../../src/core/config';
import { countBySeverity } from '../../src/core/engine';
import { chooseIdp, resolveFindingFix, teamIdp } from '../../src/core/idp';
import { toReportJson } from '../../src/core/report';
import type { ReportJson } from '../../src/core/report/types';
import { accountContextOf, samlContextFor } from '../../src/core/samlEvidence';
import type { WorkerSnapshot } from '../../src/core/types';
import { TeamResults } from '../../src/flex/teamResults';
import { analyzeEvidence } from '../../src/saml/analyze';
import { rowView } from '../../src/ui/teamModel';
import {
  generateWorkforce,
  SANDBOX_CONFIG,
  SANDBOX_CONNECTION_SID,
  SANDBOX_DOMAIN,
  SANDBOX_IDP_ISSUER,
} from '../../sandbox/workforce';
import { buildResponse, signResponse } from '../saml/fixtures/build';
import { makeKeyPair } from '../saml/fixtures/keys';
import { cli } from './run';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sso-front-ends-'));
function file(name: string, content: string): string {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, content);
  return p;
}

const { expectations } = parseConfig(SANDBOX_CONFIG);
const configFile = file('config.json', JSON.stringify({ sso_diagnostics: SANDBOX_CONFIG }));

/** The CLI's team JSON adds, per worker, each finding's fix and its not-checked rules (its contract) and a summary. */
type ReportWorker = NonNullable<ReportJson['workers']>[number];
type CliWorker = Omit<ReportWorker, 'findings'> & {
  readonly findings: readonly (ReportWorker['findings'][number] & { readonly fix?: unknown })[];
  readonly notChecked?: unknown;
};
interface CliTeam extends Omit<ReportJson, 'workers'> {
  readonly summary: Record<string, number>;
  readonly workers: readonly CliWorker[];
}

function withoutCliExtras(report: CliTeam): ReportJson {
  const { summary: _summary, ...rest } = report;
  return {
    ...rest,
    workers: report.workers.map(({ notChecked: _n, ...w }) => ({
      ...w,
      findings: w.findings.map(({ fix: _f, ...f }) => f),
    })),
  };
}

describe('one workforce: the Team tab, check-team and the team export agree', () => {
  const workforce = generateWorkforce({ size: 80 });

  // The plugin: the Team adapter checks each worker as it arrives, the view model reads each row, and the
  // Team tab's IdP is core's teamIdp over the rows with the configured IdP as the fallback (TeamView).
  const results = new TeamResults(expectations);
  for (const item of workforce) results.upsert(item.worker_sid, item);
  const snapshot = results.snapshot();
  const views = snapshot.rows.map(rowView);
  const pluginIdp = teamIdp(
    snapshot.rows.map((r) => r.idp),
    chooseIdp({ configured: expectations.idp }),
  );
  const exportOf = (includeValues: boolean): ReportJson =>
    toReportJson(
      { kind: 'team', rows: snapshot.rows, team: snapshot.team, summary: snapshot.summary },
      {
        idp: pluginIdp,
        fixFor: (f) => resolveFindingFix(f, pluginIdp.id, expectations.runbookLinks),
        includeValues,
      },
    );

  const input = file(
    'workers.json',
    JSON.stringify(
      workforce.map((w) => ({ sid: w.worker_sid, friendly_name: w.friendly_name, attributes: w.attributes })),
    ),
  );
  let plain: CliTeam;
  let redacted: CliTeam;
  beforeAll(async () => {
    const runs = await Promise.all([
      cli(['check-team', input, '--config', configFile, '--format', 'json', '--include-values']),
      cli(['check-team', input, '--config', configFile, '--format', 'json']),
    ]);
    for (const run of runs) expect(run.stderr).toBe('');
    [plain, redacted] = runs.map((run) => run.json() as unknown as CliTeam) as [CliTeam, CliTeam];
  });

  it('is a workforce worth comparing: several IdPs detected, findings of every severity', () => {
    expect(new Set(views.map((v) => v.idp)).size).toBeGreaterThan(1);
    const counts = countBySeverity(snapshot.rows.flatMap((r) => r.result.findings));
    expect(counts.error).toBeGreaterThan(0);
    expect(counts.warning).toBeGreaterThan(0);
    expect(views.some((v) => !v.rolesValid)).toBe(true);
  });

  it('shows the same workers, roles, IdPs and counts in the table, the CLI and the export', () => {
    const table = views.map((v) => ({
      sid: v.row.worker.sid,
      roles: v.roles,
      idp: v.idp,
      errors: v.errors,
      warnings: v.warnings,
      info: v.info,
    }));
    const pick = (report: ReportJson) =>
      (report.workers ?? []).map((w) => ({
        sid: w.sid,
        roles: w.roles,
        idp: w.idp,
        errors: w.errors,
        warnings: w.warnings,
        info: w.info,
      }));
    expect(pick(plain)).toEqual(table);
    expect(pick(exportOf(true))).toEqual(table);
    expect({ cli: plain.idp, cli2: redacted.idp }).toEqual({ cli: pluginIdp, cli2: pluginIdp });
    expect(exportOf(false).idp).toEqual(pluginIdp);
    expect(plain.summary).toEqual(Object.fromEntries((exportOf(true).rules ?? []).map((r) => [r.ruleId, r.workers])));
  });

  it('lists the rules in one order in the table, the CLI and the export: errors first, then by workers hit', async () => {
    // As TeamView ranks them for the Team tab's rule summary.
    const tab = rankRules(snapshot.summary, [...snapshot.rows.map((r) => r.result.findings), snapshot.team.findings]);
    const order = tab.map((r) => r.ruleId);
    const text = await cli(['check-team', input, '--config', configFile, '--format', 'text']);
    const listed = text.stdout
      .split('Rules by workers hit')[1]
      ?.split('\n\n')[0]
      ?.trim()
      .split('\n')
      .map((line) => line.trim().split(/\s+/)[1]);
    expect(listed).toEqual(order);
    expect((exportOf(true).rules ?? []).map((r) => r.ruleId)).toEqual(order);
    expect((plain.rules ?? []).map((r) => r.ruleId)).toEqual(order);
    // Worth comparing: an error rule that hits fewer workers than a warning rule is listed before it.
    const firstWarning = tab.findIndex((r) => r.severity !== 'error');
    expect(tab.slice(firstWarning).some((r) => r.count > (tab[firstWarning - 1]?.count ?? Infinity))).toBe(true);
  });

  it('writes the same document from the CLI as the plugin exports, plain and redacted', () => {
    expect(withoutCliExtras(plain)).toEqual(exportOf(true));
    expect(withoutCliExtras(redacted)).toEqual(exportOf(false));
  });

  it('masks the same people in both redacted documents', () => {
    const people = workforce.flatMap((w) => {
      const a = w.attributes as Record<string, unknown>;
      return [a['email'], a['full_name']].filter((v): v is string => typeof v === 'string' && v.length > 3);
    });
    expect(people.length).toBeGreaterThan(50);
    for (const text of [JSON.stringify(redacted), JSON.stringify(exportOf(false))]) {
      expect(people.filter((p) => text.includes(p))).toEqual([]);
      expect(text).not.toContain(`@${SANDBOX_DOMAIN}`);
    }
    // Codes are stable: the same person has the same code in the CLI's output and the plugin's export.
    expect(redacted.workers.map((w) => [w.name, w.email])).toEqual(
      (exportOf(false).workers ?? []).map((w) => [w.name, w.email]),
    );
  });
});

describe('one capture: the analyzer, analyze and the analyzer export agree', () => {
  const SENT = new Date('2026-11-20T08:59:40Z');
  const NOW = '2026-11-20T09:00:00.000Z';
  const email = `ana.lima@${SANDBOX_DOMAIN}`;
  // The worker as Flex holds it: roles in another order (no change for Flex), a department the IdP will
  // overwrite, and a claim the IdP no longer sends.
  const worker: WorkerSnapshot = {
    attributes: {
      email,
      full_name: 'Ana Lima',
      roles: ['supervisor', 'agent'],
      department: 'Cards',
      location: 'Leeds',
      manager: 'Rui Costa',
    },
  };
  let xml: string;
  let certPem: string;
  let plain: ReportJson;
  let redacted: ReportJson;
  beforeAll(async () => {
    const validity = { notBefore: new Date('2025-06-01T00:00:00Z'), notAfter: new Date('2030-06-01T00:00:00Z') };
    const idp = await makeKeyPair({ subject: 'CN=Owl Bank Entra', ...validity });
    certPem = idp.certificatePem;
    xml = signResponse(
      buildResponse({
        now: SENT,
        connectionSid: SANDBOX_CONNECTION_SID,
        issuer: SANDBOX_IDP_ISSUER,
        nameId: email,
        attributes: {
          email,
          full_name: 'Ana Lima',
          roles: ['agent', 'supervisor'],
          department: 'Loans',
          location: 'Leeds',
        },
      }),
      { key: idp.privateKeyPem, cert: idp.certificatePem, sign: 'both' },
    );
    const args = [
      'analyze',
      file('response.xml', xml),
      '--config',
      configFile,
      '--cert',
      file('idp.pem', certPem),
      '--worker',
      file('worker.json', JSON.stringify(worker.attributes)),
      '--now',
      NOW,
      '--format',
      'json',
    ];
    const runs = await Promise.all([cli([...args, '--include-values']), cli(args)]);
    for (const run of runs) expect(run.stderr).toBe('');
    [plain, redacted] = runs.map((run) => run.json() as unknown as ReportJson) as [ReportJson, ReportJson];
  });

  async function pluginEvidence() {
    const [evidence] = await analyzeEvidence(
      xml,
      {
        context: samlContextFor(accountContextOf(expectations), NOW),
        expectations,
        configuredCertificates: [certPem],
        defaultCaptureTime: NOW,
        worker,
      },
      nodeDeps(),
    );
    if (!evidence) throw new Error('no response analysed');
    return evidence;
  }

  it('names the same IdP, findings, counts and worker changes in the analyzer, the CLI and the export', async () => {
    const evidence = await pluginEvidence();
    const { analysis } = evidence;
    const idp = analysis.idp;
    expect(idp).toEqual({ id: 'entra-id', source: 'issuer' });
    const exported = (includeValues: boolean) =>
      toReportJson(
        { kind: 'saml', evidence, worker },
        // As AnalysisResult builds its export.
        { idp, fixFor: (f) => resolveFindingFix(f, idp.id, expectations.runbookLinks), includeValues },
      );

    // The analyzer's "difference from the worker" table: the reordered roles are no change.
    expect(analysis.comparison.status).toBe('compared');
    const changes = analysis.comparison.status === 'compared' ? analysis.comparison.changes : [];
    expect(changes.map((c) => [c.key, c.change])).toEqual([
      ['department', 'changed'],
      ['manager', 'stale'],
    ]);
    const shown = changes.map((c) => ({ key: c.key, change: c.change }));
    for (const report of [plain, exported(true)]) {
      expect(report.idp).toEqual(idp);
      expect(report.saml?.workerChanges).toEqual(shown);
      expect(report.findings.map((f) => [f.ruleId, f.messageId, f.severity])).toEqual(
        analysis.result.findings.map((f) => [f.ruleId, f.messageId, f.severity]),
      );
      expect(countBySeverity(report.findings)).toEqual(countBySeverity(analysis.result.findings));
      expect(report.worker?.roles).toEqual(['supervisor', 'agent']);
    }
    // The findings name the same keys as the table.
    const ids = analysis.result.findings.map((f) => `${f.ruleId}:${f.path ?? ''}`);
    expect(ids).toEqual(expect.arrayContaining(['idp-overwrites-edit:department', 'stale-claim:manager']));
    expect(ids.filter((id) => id.endsWith(':roles') && id.startsWith('idp-overwrites-edit'))).toEqual([]);

    expect(plain).toEqual(exported(true));
    expect(redacted).toEqual(exported(false));
  });

  it('masks the same values in both redacted documents', () => {
    const text = JSON.stringify(redacted);
    for (const value of [email, 'Ana Lima', 'Rui Costa', 'Cards', 'Loans']) expect(text).not.toContain(value);
    expect(redacted.redacted).toBe(true);
    expect(redacted.worker?.roles).toEqual(['supervisor', 'agent']);
    expect(redacted.saml?.workerChanges?.map((c) => c.key)).toEqual(['department', 'manager']);
  });
});
