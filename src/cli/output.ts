/**
 * Renders CLI results. JSON and Markdown come from the shared report module (the same documents the
 * plugin exports), redacted unless --include-values; text is for a person at a terminal.
 */
import type { TeamCheck } from '../core/check';
import { idpName } from '../core/idp';
import { toMarkdown, toReportJson, type ReportOptions } from '../core/report';
import type { ReportFix, ReportJson } from '../core/report/types';
import { signatureVerdict, signedContent } from '../core/samlFacts';
import type { CaptureInfo, SamlSnapshot } from '../core/samlTypes';
import type { CheckResult, Finding, IdpChoice, IdpId, ResolvedFix, WorkerSnapshot } from '../core/types';
import type { EvidenceAnalysis } from '../saml/analyze';
import type { Format } from './args';
import type { CliIo } from './io';
import { countLine, idpLine, makeStyle, printable, renderFindings, renderNotChecked, type Style } from './text';

type FixFor = (finding: Finding) => ResolvedFix;

export interface OutputOptions {
  readonly format: Format;
  readonly includeValues: boolean;
  readonly io: CliIo;
}

function style(io: CliIo): Style {
  return makeStyle(io.isTTY && io.env['NO_COLOR'] === undefined && io.env['TERM'] !== 'dumb');
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function reportOptions(idp: IdpChoice, fixFor: FixFor, options: OutputOptions): ReportOptions {
  return { idp, fixFor, includeValues: options.includeValues };
}

export function workerReport(
  worker: WorkerSnapshot,
  result: CheckResult,
  idp: IdpChoice,
  fixFor: FixFor,
  options: OutputOptions,
): string {
  if (options.format !== 'text') {
    const report = toReportJson({ kind: 'worker', worker, result }, reportOptions(idp, fixFor, options));
    return options.format === 'json' ? json(report) : toMarkdown(report, { title: 'SSO diagnostics: worker check' });
  }
  const s = style(options.io);
  const name = idpName(idp.id);
  const lines = [idpLine(idp, name), ''];
  if (result.findings.length === 0) lines.push('No problems found.');
  lines.push(...renderFindings(result.findings, fixFor, name, s));
  lines.push(...renderNotChecked(result, s));
  lines.push('', `${countLine([result])} · ${result.passed.length} passed`);
  return `${lines.join('\n')}\n`;
}

/**
 * The team JSON nests each worker's findings under `workers`, each with its fix (the CLI contract);
 * the shared report gives a rule's fix once, in `rules`, so it is copied onto each worker's findings.
 */
function teamJson(report: ReportJson, notCheckedByWorker: readonly CheckResult[]): unknown {
  const fixByRule = new Map<string, ReportFix>((report.rules ?? []).map((r) => [r.ruleId, r.fix]));
  const summary = Object.fromEntries((report.rules ?? []).map((r) => [r.ruleId, r.workers]));
  return {
    ...report,
    summary,
    workers: (report.workers ?? []).map((w, i) => ({
      ...w,
      findings: w.findings.map((f) => ({ ...f, ...(fixByRule.has(f.ruleId) ? { fix: fixByRule.get(f.ruleId) } : {}) })),
      notChecked: (notCheckedByWorker[i]?.notChecked ?? []).map((n) => ({ ruleId: n.ruleId, reason: n.reason })),
    })),
  };
}

export function teamReport(
  team: TeamCheck,
  teamIdp: IdpChoice,
  fixForIdp: (idp: IdpId) => FixFor,
  options: OutputOptions,
): string {
  const fixFor = fixForIdp(teamIdp.id);
  if (options.format !== 'text') {
    const report = toReportJson(
      { kind: 'team', rows: team.workers, team: team.team, summary: team.summary },
      reportOptions(teamIdp, fixFor, options),
    );
    if (options.format === 'json')
      return json(
        teamJson(
          report,
          team.workers.map((w) => w.result),
        ),
      );
    return toMarkdown(report, { title: 'SSO diagnostics: team check' });
  }
  const s = style(options.io);
  const name = idpName(teamIdp.id);
  const withFindings = team.workers.filter((w) => w.result.findings.length > 0);
  const lines = [idpLine(teamIdp, name), `${team.workers.length} workers, ${withFindings.length} with findings`, ''];
  const ranked = Object.entries(team.summary).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (ranked.length > 0) {
    lines.push(s.bold('Rules by workers hit'));
    for (const [ruleId, n] of ranked) lines.push(`  ${String(n).padStart(6)}  ${ruleId}`);
    lines.push('');
  }
  if (team.team.findings.length > 0) {
    lines.push(s.bold('Team findings'));
    lines.push(...renderFindings(team.team.findings, fixFor, name, s, '  '), '');
  }
  for (const { worker, result } of withFindings) {
    const label = [worker.name, worker.sid].filter(Boolean).join(' · ') || '(worker without sid)';
    lines.push(s.bold(printable(label)));
    for (const f of result.findings) {
      lines.push(`  ${s.severity(f.severity, f.severity.padEnd(7))}  ${f.ruleId}  ${printable(f.message)}`);
    }
    lines.push('');
  }
  if (ranked.length > 0)
    lines.push(s.dim('Fix steps for each rule: --format markdown, or check-worker on one worker.'));
  lines.push(countLine([team.team, ...team.workers.map((w) => w.result)]));
  return `${lines.join('\n')}\n`;
}

export interface AnalyzedReport {
  readonly analysis: EvidenceAnalysis;
  readonly idp: IdpChoice;
  readonly capture: CaptureInfo;
}

function samlJson(r: AnalyzedReport, fixForIdp: (idp: IdpId) => FixFor, options: OutputOptions): ReportJson {
  return toReportJson({ kind: 'saml', evidence: r.analysis }, reportOptions(r.idp, fixForIdp(r.idp.id), options));
}

/** Says which of the fields above no signature covers (a wrapper's, an unsigned response's). */
function unsignedLines(saml: SamlSnapshot, s: Style): string[] {
  const covered = signedContent(saml);
  const parts = [
    ...(saml.kind === 'response' && !covered.response ? ['the Response'] : []),
    ...(saml.assertion && !covered.assertion ? ['the Assertion'] : []),
  ];
  if (parts.length === 0) return [];
  return [`  ${s.dim('Unsigned'.padEnd(14))} ${parts.join(' and ')}: no signature placed on it covers these fields`];
}

function summaryLines(r: AnalyzedReport, s: Style): string[] {
  const { saml, capture } = r.analysis;
  const a = saml.assertion;
  const row = (label: string, value: string | undefined) =>
    value === undefined ? [] : [`  ${s.dim(label.padEnd(14))} ${printable(value)}`];
  const status = saml.status ? [saml.status.code, saml.status.subCode].filter(Boolean).join(' / ') : undefined;
  return [
    s.bold(`SAML ${saml.kind} (${capture.source}${capture.capturedAt ? `, captured ${capture.capturedAt}` : ''})`),
    ...row('Issuer', saml.issuer ?? a?.issuer),
    ...row('Destination', saml.destination),
    ...row('Audience', a?.conditions?.audiences.join(', ')),
    ...row('NameID', a?.nameId === undefined ? undefined : `${a.nameId} (${a.nameIdFormat ?? 'no format'})`),
    ...row(
      'Valid',
      a?.conditions ? `${a.conditions.notBefore ?? '…'} → ${a.conditions.notOnOrAfter ?? '…'}` : undefined,
    ),
    ...row('Status', status),
    ...row('Status message', saml.status?.message),
    ...saml.signatures.map(
      (sig) =>
        `  ${s.dim('Signature'.padEnd(14))} on ${sig.on}: ${printable(sig.signatureMethod.replace(/^.*#/, ''))}, ${printable(signatureVerdict(sig))}`,
    ),
    ...unsignedLines(saml, s),
    ...(saml.encryptedAssertionCount > 0
      ? [`  ${s.dim('Encrypted'.padEnd(14))} ${saml.encryptedAssertionCount} assertion(s)`]
      : []),
    '',
  ];
}

export function analysisReport(
  reports: readonly AnalyzedReport[],
  fixForIdp: (idp: IdpId) => FixFor,
  options: OutputOptions,
): string {
  const [newest, ...others] = reports;
  if (!newest) return '';
  if (options.format === 'json') {
    return json({
      ...samlJson(newest, fixForIdp, options),
      ...(others.length > 0 ? { others: others.map((r) => samlJson(r, fixForIdp, options)) } : {}),
    });
  }
  if (options.format === 'markdown') {
    return reports
      .map((r, i) =>
        toMarkdown(samlJson(r, fixForIdp, options), {
          title: i === 0 ? 'SSO diagnostics: SAML response' : `Earlier SAML response ${i}`,
        }),
      )
      .join('\n');
  }
  const s = style(options.io);
  const lines: string[] = [];
  reports.forEach((r, i) => {
    if (i === 1) lines.push(s.bold(`${others.length} earlier response(s) in this capture`), '');
    const name = idpName(r.idp.id);
    const result = r.analysis.analysis.result;
    lines.push(...summaryLines(r, s), idpLine(r.idp, name), '');
    if (result.findings.length === 0) lines.push('No problems found.');
    lines.push(...renderFindings(result.findings, fixForIdp(r.idp.id), name, s));
    lines.push(...renderNotChecked(result, s));
    lines.push('', `${countLine([result])} · ${result.passed.length} passed`, '');
  });
  return `${lines.join('\n')}`;
}
