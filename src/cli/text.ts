/**
 * The CLI's text format, for people at a terminal: one line per finding (severity, rule id, message,
 * wrapped to the terminal's width) as ESLint and TypeScript print them, then the core's fix plan with
 * each distinct fix once. Colour only when writing to a terminal.
 */
import { countBySeverity } from '../core/engine';
import { groupsOfFix, type FindingGroup, type FixPlan } from '../core/fixPlan';
import type { CheckResult, Finding, IdpChoice, NotCheckedReasonId, ResolvedFix, Severity } from '../core/types';

export interface Style {
  severity(severity: Severity, text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const CODES: Record<Severity, string> = { error: '31', warning: '33', info: '36' };

export function makeStyle(colour: boolean): Style {
  const wrap = (code: string, text: string) => (colour ? `\u001b[${code}m${text}\u001b[0m` : text);
  return {
    severity: (severity, text) => wrap(CODES[severity], text),
    dim: (text) => wrap('2', text),
    bold: (text) => wrap('1', text),
  };
}

/** How text is laid out: the style, the width to wrap to, and whether each finding carries its fix. */
export interface Layout {
  readonly style: Style;
  readonly width: number;
  readonly verbose: boolean;
}

/** Control characters from hostile input must not drive the terminal. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\uFFFD');
}

/**
 * Words into lines of at most `width` characters: the first line starts after `first` characters
 * already printed, the others after `indent`. A word longer than a line (a URL) gets a line of its own.
 */
export function wrap(text: string, width: number, first: number, indent: number): string[] {
  const lines: string[] = [];
  let line = '';
  let room = Math.max(20, width - first);
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= room) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
      room = Math.max(20, width - indent);
    }
  }
  lines.push(line);
  return lines;
}

/** `prefix` then the text, wrapped, continuation lines under the text's first character. */
export function hanging(prefix: string, visiblePrefix: number, text: string, width: number): string[] {
  const pad = ' '.repeat(visiblePrefix);
  return wrap(text, width, visiblePrefix, visiblePrefix).map((line, i) => (i === 0 ? prefix : pad) + line);
}

/** Paths the saml rules give to elements of the response (other paths are attribute names). */
const SAML_ELEMENT_PATH =
  /^(Response|Assertion|EncryptedAssertion|Status|Subject|SubjectConfirmationData|Conditions|AuthnStatement|RelayState|Signature)(\/|$)/;

const LABEL: Record<Severity, string> = { error: 'error  ', warning: 'warning', info: 'info   ' };

/** One finding: `error    rule-id  message…`, the message wrapped under itself. */
export function findingLines(finding: Finding, layout: Layout, indent = ''): string[] {
  const s = layout.style;
  const head = `${indent}${LABEL[finding.severity]}  ${finding.ruleId}  `;
  const styled = `${indent}${s.severity(finding.severity, LABEL[finding.severity])}  ${s.bold(finding.ruleId)}  `;
  const text = printable(finding.message);
  const room = layout.width - head.length;
  // A long rule id leaves little room: then the message wraps under the severity instead.
  if (room >= 40) return hanging(styled, head.length, text, layout.width);
  const under = indent.length + 9;
  const [first, ...rest] = wrap(text, layout.width, head.length, under);
  return [`${styled}${first ?? ''}`, ...rest.map((line) => ' '.repeat(under) + line)];
}

function stepLines(fix: ResolvedFix | { steps: readonly string[] }, pad: string, width: number): string[] {
  return fix.steps.flatMap((step, i) => hanging(`${pad}${i + 1}. `, pad.length + `${i + 1}. `.length, step, width));
}

/**
 * The findings, one line each; with --verbose each also shows its attribute or element and its fix
 * steps and links under it (the fix plan then is not printed: the steps are already there).
 */
export function renderFindings(
  findings: readonly Finding[],
  fixFor: (finding: Finding) => ResolvedFix,
  idpLabel: string,
  layout: Layout,
  indent = '',
): string[] {
  const s = layout.style;
  const lines: string[] = [];
  for (const finding of findings) {
    lines.push(...findingLines(finding, layout, indent));
    if (!layout.verbose) continue;
    const pad = `${indent}         `;
    if (finding.path !== undefined) {
      // SAML findings point at elements (Response/@Destination); worker findings at attribute keys.
      const label = SAML_ELEMENT_PATH.test(finding.path) ? 'element:' : 'attribute:';
      lines.push(`${pad}${s.dim(label)} ${printable(finding.path)}`);
    }
    if (finding.samlAttribute !== undefined && finding.samlAttribute !== finding.path) {
      lines.push(`${pad}${s.dim('SAML attribute:')} ${printable(finding.samlAttribute)}`);
    }
    const fix = fixFor(finding);
    lines.push(`${pad}${s.dim(`Fix (${idpLabel}):`)}`);
    lines.push(...stepLines(fix, `${pad}  `, layout.width));
    for (const link of fix.links) lines.push(`${pad}  ${s.dim('→')} ${link.title}: ${link.url}`);
  }
  return lines;
}

/** A group as the plan names it: its rule, the attributes or elements it concerns, how many findings. */
function groupLabel(group: FindingGroup): string {
  const shown = group.paths.slice(0, 4).map(printable);
  const more = group.paths.length > shown.length ? `, +${group.paths.length - shown.length} more` : '';
  const paths = shown.length > 0 ? ` (${shown.join(', ')}${more})` : '';
  const count = group.findings.length > Math.max(1, group.paths.length) ? ` ×${group.findings.length}` : '';
  return `${group.ruleId}${paths}${count}`;
}

/**
 * The fix plan (from the core): each distinct fix once, in order, errors first, each naming the
 * findings it resolves. A link already printed under an earlier fix is not repeated.
 */
export function renderFixPlan(plan: FixPlan, idpLabel: string, layout: Layout, indent = ''): string[] {
  if (plan.fixes.length === 0 || layout.verbose) return [];
  const s = layout.style;
  const findings = plan.fixes.reduce((n, fix) => n + fix.findingCount, 0);
  const count = `${plan.fixes.length} ${plan.fixes.length === 1 ? 'fix' : 'fixes'} for ${findings} finding${findings === 1 ? '' : 's'}`;
  const lines = ['', `${indent}${s.bold(`Fix plan (${idpLabel})`)}: ${count}`];
  const printed = new Set<string>();
  for (const fix of plan.fixes) {
    const number = `${indent}${String(fix.step).padStart(2)}. `;
    const resolves = `${fix.severity}: resolves ${groupsOfFix(plan, fix).map(groupLabel).join('; ')}`;
    const [first, ...rest] = hanging(number, number.length, resolves, layout.width);
    lines.push((first ?? '').replace(`${fix.severity}:`, s.severity(fix.severity, `${fix.severity}:`)), ...rest);
    const pad = ' '.repeat(number.length + 2);
    if (fix.steps.length === 0) lines.push(`${pad}${s.dim('(no steps: see the links)')}`);
    lines.push(...stepLines(fix, pad, layout.width));
    for (const link of fix.links) {
      if (printed.has(link.url)) continue;
      printed.add(link.url);
      lines.push(`${pad}${s.dim('→')} ${link.title}: ${link.url}`);
    }
  }
  return lines;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** How to supply what a rule needed, on the command line. */
const SUPPLY: Partial<Record<NotCheckedReasonId, string>> = {
  noTokenRoles: "the Flex token's roles are not known: check one worker with check-worker --token-roles admin,agent",
  noTeamList: 'no team list is configured: set teams in the configuration',
  noChannelList: 'no channel list is configured: set channels in the configuration',
  noExpectedIssuer: 'no expected Identity Provider Issuer: pass --issuer, or set idp_issuer',
  noConfiguredCertificate: "no certificate to compare with Flex's: pass --cert <pem file>, or set idp_certificates",
  noCaptureTime: 'the capture time is unknown: pass --now, or analyze a HAR or SAML-tracer capture',
  noAccountContext: 'the account is not known: pass --account-sid or --connection-sid',
  noWorker: "the worker's current attributes were not given: pass --worker <attributes.json>",
  encrypted: 'the assertion is encrypted: its content cannot be read without the service provider key',
};

/**
 * "Not checked", grouped by reason, one line each with how to supply what is missing; the rule ids
 * (and each rule's own note) with --verbose. Across a team, each reason counts its distinct rules.
 */
export function renderNotChecked(results: readonly CheckResult[], layout: Layout, indent = ''): string[] {
  const byReason = new Map<NotCheckedReasonId, { text: string; rules: Map<string, string> }>();
  for (const result of results) {
    for (const n of result.notChecked) {
      const entry = byReason.get(n.reasonId) ?? {
        text: SUPPLY[n.reasonId] ?? lowerFirst(n.reason.replace(/\.$/, '')),
        rules: new Map<string, string>(),
      };
      if (!entry.rules.has(n.ruleId)) entry.rules.set(n.ruleId, n.reason);
      byReason.set(n.reasonId, entry);
    }
  }
  if (byReason.size === 0) return [];
  const s = layout.style;
  const lines = ['', `${indent}${s.bold('Not checked')}`];
  for (const { text, rules } of byReason.values()) {
    const count = `(${rules.size} rule${rules.size === 1 ? '' : 's'})`;
    const wrapped = hanging(`${indent}  `, indent.length + 2, `${text} ${count}`, layout.width);
    const last = wrapped.length - 1;
    wrapped[last] = (wrapped[last] as string).replace(count, s.dim(count));
    lines.push(...wrapped);
    if (layout.verbose) {
      for (const [ruleId, reason] of rules) {
        lines.push(
          ...hanging(
            `${indent}    ${s.dim(ruleId)}: `,
            indent.length + 6 + ruleId.length,
            printable(reason),
            layout.width,
          ),
        );
      }
    }
  }
  return lines;
}

export function countLine(results: readonly CheckResult[]): string {
  const counts = countBySeverity(results.flatMap((r) => r.findings));
  const count = (severity: Severity) => counts[severity];
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const notChecked = results.reduce((sum, r) => sum + r.notChecked.length, 0);
  return `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${count('info')} info · ${notChecked} not checked`;
}

export function idpLine(choice: IdpChoice, name: string): string {
  const how: Record<IdpChoice['source'], string> = {
    override: 'chosen with --idp',
    config: 'from configuration',
    issuer: 'detected from the issuer',
    claims: 'detected from claim names',
    export: 'from the export',
    default: 'not detected; generic steps',
  };
  return `Identity provider: ${name} (${how[choice.source]})`;
}
