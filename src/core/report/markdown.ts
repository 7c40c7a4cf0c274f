/**
 * The report as Markdown, for pasting into a ticket or chat. Every value from data is escaped so that
 * it renders as text (no HTML, no links, no emphasis), and only https links become links.
 */
import { ruleById } from '../rules';
import type { Severity } from '../types';
import type { ReportFinding, ReportFix, ReportJson } from './types';

const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { error: 'Error', warning: 'Warning', info: 'Info' };

/** Escapes Markdown and HTML so a value renders as the same text. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, ' ');
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

function link(title: string, url: string): string {
  return isHttps(url)
    ? `[${escapeMarkdown(title)}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`
    : `${escapeMarkdown(title)}: ${escapeMarkdown(url)}`;
}

function failTitle(ruleId: string): string {
  return ruleById(ruleId)?.meta.title.fail ?? ruleId;
}

function fixLines(fix: ReportFix): string[] {
  const lines = fix.steps.map((step, i) => `   ${i + 1}. ${escapeMarkdown(step)}`);
  for (const l of fix.links) lines.push(`   - ${link(l.title, l.url)}`);
  return lines;
}

function findingLines(f: ReportFinding): string[] {
  const lines = [
    `- **${SEVERITY_LABEL[f.severity]}** — ${escapeMarkdown(failTitle(f.ruleId))} (\`${f.ruleId.replace(/`/g, '')}\`)`,
    `  ${escapeMarkdown(f.message)}`,
  ];
  if (f.path !== undefined) lines.push(`  Attribute: ${escapeMarkdown(f.path)}`);
  if (f.samlAttribute !== undefined && f.samlAttribute !== f.path)
    lines.push(`  SAML attribute: ${escapeMarkdown(f.samlAttribute)}`);
  lines.push(`  Fix (${f.fix.idp}):`, ...fixLines(f.fix));
  return lines;
}

export interface MarkdownOptions {
  /** First heading, e.g. "SSO diagnostics: my sign-in". */
  readonly title?: string;
}

export function toMarkdown(report: ReportJson, options: MarkdownOptions = {}): string {
  const out: string[] = [`# ${escapeMarkdown(options.title ?? 'SSO diagnostics report')}`, ''];
  out.push(`Identity provider: ${report.idp.id} (${report.idp.source})`);
  out.push(
    report.redacted
      ? 'Names, emails and attribute values are replaced by short codes.'
      : 'Includes names, emails and attribute values.',
  );
  out.push('');
  if (report.worker) {
    const w = report.worker;
    out.push('## Worker', '');
    if (w.name !== undefined) out.push(`- Name: ${escapeMarkdown(w.name)}`);
    if (w.identity !== undefined) out.push(`- Identity: ${escapeMarkdown(w.identity)}`);
    if (w.email !== undefined) out.push(`- Email: ${escapeMarkdown(w.email)}`);
    if (w.roles) out.push(`- Roles: ${escapeMarkdown(w.roles.join(', '))}`);
    if (w.tokenRoles) out.push(`- Token roles: ${escapeMarkdown(w.tokenRoles.join(', '))}`);
    out.push('');
  }
  if (report.saml) {
    const s = report.saml;
    out.push('## SAML response', '');
    const rows: [string, string | undefined][] = [
      ['Source', s.source],
      ['Captured at', s.capturedAt],
      ['Issuer', s.issuer],
      ['Destination', s.destination],
      ['Audience', s.audiences.join(', ') || undefined],
      ['NameID', s.nameId],
      ['NameID format', s.nameIdFormat],
      ['Issued at', s.issueInstant],
      ['Not before', s.notBefore],
      ['Not on or after', s.notOnOrAfter],
      [
        'Status',
        s.status ? [s.status.code, s.status.subCode, s.status.message].filter(Boolean).join(' / ') : undefined,
      ],
    ];
    for (const [label, value] of rows) if (value) out.push(`- ${label}: ${escapeMarkdown(value)}`);
    for (const sig of s.signatures) {
      out.push(`- Signature on ${sig.on}: ${escapeMarkdown(sig.signatureMethod)}, ${escapeMarkdown(sig.verdict)}`);
    }
    out.push('');
  }
  if (report.idpConfig) {
    const c = report.idpConfig;
    out.push("## The IdP's configuration", '');
    const rows: [string, string | null | undefined][] = [
      ['Export', c.kind],
      ['Name', c.name],
      ['IdP issuer', c.entityId],
      ['SSO URLs', c.ssoServices?.map((sso) => `${sso.location} (${sso.binding})`).join(', ')],
      ['ACS URLs', c.acsUrls?.join(', ')],
      ['SP entity IDs', c.spEntityIds?.join(', ')],
      [
        'Signed',
        c.signing
          ? `response ${String(c.signing.response ?? 'unknown')}, assertion ${String(c.signing.assertion ?? 'unknown')}`
          : null,
      ],
      ['Signature algorithm', c.signatureAlgorithm],
      ['Encryption', c.encryption === null ? null : String(c.encryption)],
      ['NameID', c.nameId ? `${c.nameId.source ?? 'none'} (${c.nameId.format ?? 'no format'})` : null],
    ];
    for (const [label, value] of rows) if (value) out.push(`- ${label}: ${escapeMarkdown(value)}`);
    for (const cert of c.certificates ?? []) {
      out.push(
        `- Certificate: ${escapeMarkdown(cert.subject ?? cert.sha1 ?? '')}, ${escapeMarkdown(cert.notBefore ?? '…')} → ${escapeMarkdown(cert.notAfter ?? '…')}${cert.active ? ' (active)' : ''}`,
      );
    }
    for (const claim of c.claims ?? []) {
      out.push(`- Claim: ${escapeMarkdown(claim.name)}${claim.source ? ` ← ${escapeMarkdown(claim.source)}` : ''}`);
    }
    out.push('');
  }
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of report.findings) counts[f.severity]++;
  out.push('## Findings', '');
  if (report.findings.length === 0) out.push('No problems found.');
  else
    out.push(
      `${plural(counts.error, 'error', 'errors')}, ${plural(counts.warning, 'warning', 'warnings')}, ${counts.info} info.`,
      '',
    );
  for (const f of report.findings) out.push(...findingLines(f));
  out.push('');
  if (report.rules && report.rules.length > 0) {
    out.push('## Rules that fail', '');
    if (report.partial) out.push(`The list is incomplete: ${escapeMarkdown(report.partial)}`, '');
    for (const r of report.rules) {
      out.push(
        `- ${r.workers} ${r.workers === 1 ? 'worker' : 'workers'}: ${escapeMarkdown(failTitle(r.ruleId))} (\`${r.ruleId.replace(/`/g, '')}\`)`,
      );
      out.push(`  Fix (${r.fix.idp}):`, ...fixLines(r.fix));
    }
    out.push('');
  }
  if (report.workers && report.workers.length > 0) {
    out.push(
      '## Workers',
      '',
      '| Name | Email | Roles | Errors | Warnings | Top finding |',
      '|---|---|---|---|---|---|',
    );
    for (const w of report.workers) {
      const top = w.findings[0];
      out.push(
        `| ${escapeMarkdown(w.name ?? w.sid ?? '')} | ${escapeMarkdown(w.email ?? '')} | ${escapeMarkdown(w.roles.join(', '))} | ${w.errors} | ${w.warnings} | ${top ? escapeMarkdown(failTitle(top.ruleId)) : ''} |`,
      );
    }
    out.push('');
  }
  if (report.notChecked.length > 0) {
    out.push('## Not checked', '');
    for (const n of report.notChecked) out.push(`- \`${n.ruleId.replace(/`/g, '')}\`: ${escapeMarkdown(n.reason)}`);
    out.push('');
  }
  return out.join('\n');
}
