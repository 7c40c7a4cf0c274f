/** The CLI's text format: for people at a terminal. Colour only when writing to a terminal. */
import type { CheckResult, Finding, IdpChoice, ResolvedFix, Severity } from '../core/types';

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

/** Control characters from hostile input must not drive the terminal. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\uFFFD');
}

/** Paths the saml rules give to elements of the response (other paths are attribute names). */
const SAML_ELEMENT_PATH =
  /^(Response|Assertion|EncryptedAssertion|Status|Subject|SubjectConfirmationData|Conditions|AuthnStatement|RelayState|Signature)(\/|$)/;

const LABEL: Record<Severity, string> = { error: 'error  ', warning: 'warning', info: 'info   ' };

export function renderFindings(
  findings: readonly Finding[],
  fixFor: (finding: Finding) => ResolvedFix,
  idpLabel: string,
  style: Style,
  indent = '',
): string[] {
  const lines: string[] = [];
  for (const finding of findings) {
    lines.push(
      `${indent}${style.severity(finding.severity, LABEL[finding.severity])}  ${style.bold(finding.ruleId)}  ${printable(finding.message)}`,
    );
    const pad = `${indent}           `;
    if (finding.path !== undefined) {
      // SAML findings point at elements (Response/@Destination); worker findings at attribute keys.
      const label = SAML_ELEMENT_PATH.test(finding.path) ? 'element:' : 'attribute:';
      lines.push(`${pad}${style.dim(label)} ${printable(finding.path)}`);
    }
    if (finding.samlAttribute !== undefined && finding.samlAttribute !== finding.path) {
      lines.push(`${pad}${style.dim('SAML attribute:')} ${printable(finding.samlAttribute)}`);
    }
    const fix = fixFor(finding);
    lines.push(`${pad}${style.dim(`Fix (${idpLabel}):`)}`);
    fix.steps.forEach((step, i) => lines.push(`${pad}  ${i + 1}. ${step}`));
    for (const link of fix.links) lines.push(`${pad}  ${style.dim('→')} ${link.title}: ${link.url}`);
  }
  return lines;
}

/** "Not checked", grouped by reason: an encrypted assertion alone leaves dozens of rules unchecked. */
export function renderNotChecked(result: CheckResult, style: Style, indent = ''): string[] {
  if (result.notChecked.length === 0) return [];
  const byReason = new Map<string, string[]>();
  for (const n of result.notChecked) byReason.set(n.reason, [...(byReason.get(n.reason) ?? []), n.ruleId]);
  const lines = [`${indent}${style.bold('Not checked')}`];
  for (const [reason, ruleIds] of byReason) {
    lines.push(`${indent}  ${reason}`, `${indent}    ${style.dim(ruleIds.join(', '))}`);
  }
  return lines;
}

export function countLine(results: readonly CheckResult[]): string {
  const count = (severity: Severity) =>
    results.reduce((sum, r) => sum + r.findings.filter((f) => f.severity === severity).length, 0);
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
