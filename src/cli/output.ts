/**
 * Renders CLI results. JSON and Markdown come from the shared report module (the same documents the
 * plugin exports), redacted unless --include-values; text is for a person at a terminal.
 */
import { rankRules, type TeamCheck } from '../core/check';
import type { ParsedConfig } from '../core/config';
import { toConfigJson } from '../core/configJson';
import { planFixes } from '../core/fixPlan';
import { idpName } from '../core/idp';
import { toMarkdown, toReportJson, type ReportOptions } from '../core/report';
import type { ReportFix, ReportJson } from '../core/report/types';
import { responseIssuer, signatureVerdict, signedContent } from '../core/samlFacts';
import type { CaptureInfo, SamlSnapshot, SignatureInfo } from '../core/samlTypes';
import type { CheckResult, Finding, IdpChoice, IdpId, ResolvedFix, Severity, WorkerSnapshot } from '../core/types';
import type { EvidenceAnalysis } from '../saml/analyze';
import type { Format } from './args';
import type { CliIo } from './io';
import {
  countLine,
  findingLines,
  hanging,
  idpLine,
  makeStyle,
  printable,
  renderFindings,
  renderFixPlan,
  renderNotChecked,
  type Layout,
  type Style,
} from './text';

type FixFor = (finding: Finding) => ResolvedFix;

export interface OutputOptions {
  readonly format: Format;
  readonly includeValues: boolean;
  /** Text: each finding with its attribute, fix steps and links, and the rules not checked. */
  readonly verbose: boolean;
  /** The exit-1 threshold (--fail-on). */
  readonly failOn: Severity;
  readonly io: CliIo;
}

/** Colour only on a terminal, never with NO_COLOR set to anything but "" (https://no-color.org) or TERM=dumb. */
function style(io: CliIo): Style {
  return makeStyle(io.isTTY && !io.env['NO_COLOR'] && io.env['TERM'] !== 'dumb');
}

export function layout(options: { io: CliIo; verbose?: boolean }): Layout {
  const columns = options.io.columns;
  const width = typeof columns === 'number' && columns > 0 ? Math.max(40, columns) : 100;
  return { style: style(options.io), width, verbose: options.verbose === true };
}

/** Findings one line each, then the fix plan over all of them (or, with --verbose, the steps under each). */
function findingsAndPlan(
  findings: readonly Finding[],
  idp: IdpChoice,
  fixFor: FixFor,
  l: Layout,
  indent = '',
): string[] {
  const name = idpName(idp.id);
  return [
    ...renderFindings(findings, fixFor, name, l, indent),
    ...renderFixPlan(planFixes(findings, { idp: idp.id, fixFor }), name, l, indent),
  ];
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
  const l = layout(options);
  const label = [worker.name, worker.sid].filter(Boolean).join(' · ');
  const lines = [...(label ? [`Worker: ${printable(label)}`] : []), idpLine(idp, idpName(idp.id)), ''];
  if (result.findings.length === 0) lines.push('No problems found.');
  lines.push(...findingsAndPlan(result.findings, idp, fixFor, l));
  lines.push(...renderNotChecked([result], l));
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
  idps: { readonly workers: readonly IdpChoice[]; readonly team: IdpChoice },
  fixForIdp: (idp: IdpId) => FixFor,
  options: OutputOptions,
): string {
  const teamIdp = idps.team;
  const fixFor = fixForIdp(teamIdp.id);
  if (options.format !== 'text') {
    // Each worker keeps the IdP detected for it, as in the plugin's export.
    const rows = team.workers.map((row, i) => {
      const idp = idps.workers[i];
      return idp ? { ...row, idp } : row;
    });
    const report = toReportJson(
      { kind: 'team', rows, team: team.team, summary: team.summary },
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
  const l = layout(options);
  const s = l.style;
  const name = idpName(teamIdp.id);
  const withFindings = team.workers.filter((w) => w.result.findings.length > 0);
  const lines = [idpLine(teamIdp, name), `${team.workers.length} workers, ${withFindings.length} with findings`, ''];
  // The Team tab's order (rankRules): errors first, then by workers hit.
  const ranked = rankRules(team.summary, [team.team.findings, ...team.workers.map((w) => w.result.findings)]);
  if (ranked.length > 0) {
    lines.push(s.bold('Rules by workers hit'));
    for (const { ruleId, count } of ranked) lines.push(`  ${String(count).padStart(6)}  ${ruleId}`);
    lines.push('');
  }
  if (team.team.findings.length > 0) {
    lines.push(s.bold('Team findings'));
    lines.push(...renderFindings(team.team.findings, fixFor, name, l, '  '), '');
  }
  const brief = { ...l, verbose: false };
  for (const { worker, result } of withFindings) {
    const label = [worker.name, worker.sid].filter(Boolean).join(' · ') || '(worker without sid)';
    lines.push(s.bold(printable(label)));
    for (const f of result.findings) lines.push(...findingLines(f, brief, '  '));
    lines.push('');
  }
  const all = [team.team, ...team.workers.map((w) => w.result)];
  // One plan for the whole team: a fix shared by 800 workers is printed once.
  const findings = all.flatMap((r) => r.findings);
  lines.push(...renderFixPlan(planFixes(findings, { idp: teamIdp.id, fixFor }), name, { ...l, verbose: false }));
  lines.push(...renderNotChecked(all, l));
  lines.push('', countLine(all));
  return `${lines.join('\n')}\n`;
}

export interface AnalyzedReport {
  readonly analysis: EvidenceAnalysis;
  /** The worker the response was compared with (--worker), reported as the plugin's export does. */
  readonly worker?: WorkerSnapshot | undefined;
  readonly idp: IdpChoice;
  readonly capture: CaptureInfo;
}

function samlJson(r: AnalyzedReport, fixForIdp: (idp: IdpId) => FixFor, options: OutputOptions): ReportJson {
  return toReportJson(
    { kind: 'saml', evidence: r.analysis, ...(r.worker ? { worker: r.worker } : {}) },
    reportOptions(r.idp, fixForIdp(r.idp.id), options),
  );
}

/** Says which of the fields above no signature covers (a wrapper's, an unsigned response's). */
function unsignedLines(saml: SamlSnapshot, s: Layout['style']): string[] {
  const covered = signedContent(saml);
  const parts = [
    ...(saml.kind === 'response' && !covered.response ? ['the Response'] : []),
    ...(saml.assertion && !covered.assertion ? ['the Assertion'] : []),
  ];
  if (parts.length === 0) return [];
  return [`  ${s.dim('Unsigned'.padEnd(14))} ${parts.join(' and ')}: no signature placed on it covers these fields`];
}

function summaryLines(r: AnalyzedReport, l: Layout): string[] {
  const s = l.style;
  const { saml, capture } = r.analysis;
  const a = saml.assertion;
  const row = (label: string, value: string | undefined) =>
    value === undefined ? [] : hanging(`  ${s.dim(label.padEnd(14))} `, 17, printable(value), l.width);
  const status = saml.status ? [saml.status.code, saml.status.subCode].filter(Boolean).join(' / ') : undefined;
  return [
    s.bold(`SAML ${saml.kind} (${capture.source}${capture.capturedAt ? `, captured ${capture.capturedAt}` : ''})`),
    ...row('Issuer', responseIssuer(saml)),
    ...row('Destination', saml.destination),
    ...row('Audience', a?.conditions?.audiences.join(', ')),
    ...row('NameID', a?.nameId === undefined ? undefined : `${a.nameId} (${a.nameIdFormat ?? 'no format'})`),
    ...row(
      'Valid',
      a?.conditions ? `${a.conditions.notBefore ?? '…'} → ${a.conditions.notOnOrAfter ?? '…'}` : undefined,
    ),
    ...row('Status', status),
    ...row('Status message', saml.status?.message),
    ...saml.signatures.flatMap((sig) =>
      row(
        'Signature',
        `on ${sig.on}: ${printable(sig.signatureMethod.replace(/^.*#/, ''))}, ${printable(cliSignatureVerdict(sig))}`,
      ),
    ),
    ...unsignedLines(saml, s),
    ...(saml.encryptedAssertionCount > 0
      ? [
          `  ${s.dim('Encrypted'.padEnd(14))} ${saml.encryptedAssertionCount} ${saml.encryptedAssertionCount === 1 ? 'assertion' : 'assertions'}`,
        ]
      : []),
    '',
  ];
}

/**
 * What a signature was verified against, as the core decides it (position-aware: a signature that is not
 * where Flex looks is never "trusted"), with the option that would settle it when no certificate was given.
 */
function cliSignatureVerdict(sig: SignatureInfo): string {
  const verdict = signatureVerdict(sig);
  return sig.configuredResults.length === 0 && sig.verifiedAgainst === 'embedded'
    ? `${verdict} (pass --cert)`
    : verdict;
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
  const l = layout(options);
  const s = l.style;
  const lines: string[] = [];
  reports.forEach((r, i) => {
    if (i === 1)
      lines.push(
        s.bold(`${others.length} earlier ${others.length === 1 ? 'response' : 'responses'} in this capture`),
        '',
      );
    const name = idpName(r.idp.id);
    const result = r.analysis.analysis.result;
    lines.push(...summaryLines(r, l), idpLine(r.idp, name), '');
    if (result.findings.length === 0) lines.push('No problems found.');
    lines.push(...findingsAndPlan(result.findings, r.idp, fixForIdp(r.idp.id), l));
    lines.push(...renderNotChecked([result], l));
    lines.push('', `${countLine([result])} · ${result.passed.length} passed`, '');
  });
  return `${lines.join('\n')}`;
}

export interface ConfigShown {
  /** Where it was read: a file, standard input, or the account. */
  readonly source: string;
  /** The sso_diagnostics block as written, or undefined when there is none. */
  readonly block: unknown;
  readonly parsed: ParsedConfig | undefined;
}

/** `config`: the block as written, its validation errors (path and message), and what is in force. */
export function configReport(shown: ConfigShown, options: { format: Format; io: CliIo }): string {
  const errors = shown.parsed?.errors ?? [];
  const inForce = shown.parsed ? toConfigJson(shown.parsed.expectations, { onlyChanges: true }) : {};
  if (options.format === 'json') {
    return json({ source: shown.source, block: shown.block ?? null, errors, inForce });
  }
  const pretty = (value: unknown) => JSON.stringify(value, null, 2);
  if (options.format === 'markdown') {
    const lines = [`# SSO diagnostics: configuration`, '', `From ${shown.source}.`, ''];
    if (shown.block === undefined) lines.push('No `sso_diagnostics` block: the defaults apply.');
    else {
      lines.push('```json', pretty(shown.block), '```', '');
      if (errors.length === 0) lines.push('No errors: every setting applies as written.');
      else
        lines.push(
          `${errors.length} ${errors.length === 1 ? 'error' : 'errors'}:`,
          '',
          ...errors.map((e) => `- \`${e.path}\`: ${e.message}`),
        );
    }
    return `${lines.join('\n')}\n`;
  }
  const l = layout(options);
  const s = l.style;
  const lines = [`${s.bold('sso_diagnostics')} from ${shown.source}`, ''];
  if (shown.block === undefined) {
    lines.push('No sso_diagnostics block: the defaults apply.');
    return `${lines.join('\n')}\n`;
  }
  lines.push(printable(pretty(shown.block)), '');
  if (errors.length === 0) lines.push('No errors: every setting applies as written.');
  else {
    lines.push(
      s.bold(`${errors.length} error${errors.length === 1 ? '' : 's'}`) + ' (each entry is ignored; the rest applies)',
    );
    for (const e of errors) {
      lines.push(
        ...findingLines({ severity: 'error', ruleId: printable(e.path), message: e.message } as Finding, l, ''),
      );
    }
  }
  lines.push('', s.bold('In force') + ' (what differs from the defaults)', printable(pretty(inForce)));
  return `${lines.join('\n')}\n`;
}
