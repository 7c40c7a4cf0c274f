/**
 * Builds the report JSON for a worker (My sign-in, `check-worker`), a team (Team, `check-team`) or an
 * analysed SAML response (analyzer, `analyze`). Pure: the caller passes the fix resolver and the IdP.
 */
import type { IdpConfigSnapshot } from '../idpConfigTypes';
import { responseIssuer, signatureVerdict, signedContent } from '../samlFacts';
import type { CaptureInfo, CertificateInfo, PredictedAttributes, SamlSnapshot, VerificationResult } from '../samlTypes';
import { disclose, name, PLAIN, type Disclosure, type KnownValues } from '../disclose';
import { rankRules } from '../check';
import { countBySeverity } from '../engine';
import { findingText } from '../findingText';
import type { CheckResult, DocLink, Finding, IdpChoice, ResolvedFix, WorkerSnapshot } from '../types';
import { personName } from '../identity';
import { withoutUndefined } from '../objects';
import { readRoles } from '../roles';
import type { WorkerComparison } from '../workerComparison';
import { idpConfigSection } from './idpConfig';
import { boundDepth, redact, sensitiveAttributeValues } from './redact';
import type {
  ReportCertificate,
  ReportFinding,
  ReportJson,
  ReportRuleSummary,
  ReportSaml,
  ReportSubject,
  ReportWorker,
} from './types';

/** Values to code inside free text (a status message, a certificate subject), beside the addresses found there. */
type Known = KnownValues;

export interface ReportOptions {
  readonly idp: IdpChoice;
  /** Fix steps for a finding, for the chosen IdP (runbook link first when configured). */
  readonly fixFor: (finding: Finding) => ResolvedFix;
  /** Keep names, emails, NameIDs and attribute values. Off by default: they become short codes. */
  readonly includeValues?: boolean;
}

export interface WorkerReportInput {
  readonly kind: 'worker';
  readonly worker?: WorkerSnapshot;
  /** The Flex token identity, when known. */
  readonly identity?: string;
  readonly result: CheckResult;
}

export interface TeamReportInput {
  readonly kind: 'team';
  readonly rows: readonly {
    readonly worker: WorkerSnapshot;
    readonly result: CheckResult;
    /** The IdP detected for this worker; the report's `idp` is the team's. */
    readonly idp?: IdpChoice;
  }[];
  readonly team: CheckResult;
  readonly summary: Readonly<Record<string, number>>;
  readonly partial?: string;
}

export interface SamlReportInput {
  readonly kind: 'saml';
  readonly evidence: {
    readonly capture: CaptureInfo;
    readonly saml: SamlSnapshot;
    readonly analysis: {
      readonly result: CheckResult;
      readonly predicted: PredictedAttributes;
      readonly comparison?: WorkerComparison;
    };
  };
  /** The worker the response was compared with. */
  readonly worker?: WorkerSnapshot;
}

/** An IdP configuration export checked by the idp-config rules (Setup, `check-idp`). */
export interface IdpConfigReportInput {
  readonly kind: 'idp-config';
  readonly idpConfig: IdpConfigSnapshot;
  readonly result: CheckResult;
}

export type ReportInput = WorkerReportInput | TeamReportInput | SamlReportInput | IdpConfigReportInput;

/** A report's link is its title and URL (a runbook's `runbook` flag is only for the plugin's label). */
function plainLink(link: DocLink): DocLink {
  return { title: link.title, url: link.url };
}

function stringAttr(attributes: Readonly<Record<string, unknown>>, key: string): string | undefined {
  const value = attributes[key];
  return typeof value === 'string' ? value : undefined;
}

function rolesOf(attributes: Readonly<Record<string, unknown>>): string[] {
  return [...readRoles(attributes).values];
}

/** A finding's path or SAML attribute is an attribute name: coded only when it is an address. */
function pathText(path: string | undefined, disclosure: Disclosure): string | undefined {
  if (path === undefined) return undefined;
  return disclosure.mode === 'redact' ? disclose(name(path), disclosure) : path;
}

export function reportFinding(
  finding: Finding,
  fixFor: (finding: Finding) => ResolvedFix,
  disclosure: Disclosure = PLAIN,
): ReportFinding {
  const fix = fixFor(finding);
  return withoutUndefined({
    ruleId: finding.ruleId,
    severity: finding.severity,
    messageId: finding.messageId,
    message: findingText(finding, disclosure),
    path: pathText(finding.path, disclosure),
    samlAttribute: pathText(finding.samlAttribute, disclosure),
    fix: { idp: fix.idp, steps: [...fix.steps], links: fix.links.map(plainLink) },
  });
}

function subject(worker: WorkerSnapshot | undefined, identity?: string): ReportSubject | undefined {
  if (!worker && identity === undefined) return undefined;
  const attributes = worker?.attributes ?? {};
  return withoutUndefined({
    sid: worker?.sid,
    name: worker?.name,
    identity,
    email: stringAttr(attributes, 'email'),
    roles: worker ? rolesOf(attributes) : undefined,
    tokenRoles: worker?.tokenRoles ? [...worker.tokenRoles] : undefined,
    attributes: worker ? (boundDepth(attributes) as Record<string, unknown>) : undefined,
  });
}

function subjectKnown(worker: WorkerSnapshot | undefined, identity?: string): Known {
  const attributes = worker?.attributes ?? {};
  const people = [worker?.name, identity, stringAttr(attributes, 'email'), stringAttr(attributes, 'full_name')];
  return {
    people: people.filter((p): p is string => typeof p === 'string'),
    known: sensitiveAttributeValues(attributes),
  };
}

function merge(...lists: Known[]): Known {
  return { people: lists.flatMap((l) => l.people ?? []), known: lists.flatMap((l) => l.known ?? []) };
}

function disclosureFor(options: ReportOptions, known: () => Known): Disclosure {
  return options.includeValues ? PLAIN : { mode: 'redact', ...known() };
}

function teamReport(input: TeamReportInput, options: ReportOptions): { report: ReportJson; known: Known } {
  const firstByRule = new Map<string, Finding>();
  const workers: ReportWorker[] = input.rows.map(({ worker, result, idp }) => {
    for (const f of result.findings) if (!firstByRule.has(f.ruleId)) firstByRule.set(f.ruleId, f);
    // A worker rule sees one worker, so its messages hold only that worker's values.
    const disclosure = disclosureFor(options, () => subjectKnown(worker));
    const counts = countBySeverity(result.findings);
    return withoutUndefined({
      sid: worker.sid,
      idp: idp?.id,
      // The shown name (full_name, else the email, else the decoded identity), as the Team table shows it.
      name:
        personName({ attributes: worker.attributes, ...(worker.name !== undefined ? { identity: worker.name } : {}) })
          .shown || undefined,
      email: stringAttr(worker.attributes, 'email'),
      roles: rolesOf(worker.attributes),
      errors: counts.error,
      warnings: counts.warning,
      info: counts.info,
      findings: result.findings.map((f) =>
        withoutUndefined({
          ruleId: f.ruleId,
          severity: f.severity,
          messageId: f.messageId,
          message: findingText(f, disclosure),
          path: pathText(f.path, disclosure),
        }),
      ),
    });
  });
  for (const f of input.team.findings) if (!firstByRule.has(f.ruleId)) firstByRule.set(f.ruleId, f);
  // In the Team tab's order (rankRules): errors first, then by workers hit.
  const ranked = rankRules(input.summary, [input.team.findings, ...input.rows.map((row) => row.result.findings)]);
  const rules: ReportRuleSummary[] = ranked
    .filter(({ ruleId }) => firstByRule.has(ruleId))
    .map(({ ruleId, count: n }) => {
      const fix = options.fixFor(firstByRule.get(ruleId) as Finding);
      return { ruleId, workers: n, fix: { idp: fix.idp, steps: [...fix.steps], links: fix.links.map(plainLink) } };
    });
  // Team findings (e.g. duplicate emails) name several workers: every worker's name is known there.
  const known: Known = options.includeValues
    ? {}
    : { people: input.rows.flatMap(({ worker }) => subjectKnown(worker).people ?? []) };
  const disclosure = disclosureFor(options, () => known);
  const report: ReportJson = withoutUndefined({
    findings: input.team.findings.map((f) => reportFinding(f, options.fixFor, disclosure)),
    notChecked: input.team.notChecked.map((n) => ({ ruleId: n.ruleId, reason: n.reason })),
    idp: { id: options.idp.id, source: options.idp.source },
    redacted: false,
    workers,
    rules,
    partial: input.partial,
  });
  return { report, known };
}

function certificate(c: CertificateInfo): ReportCertificate {
  return {
    subject: c.subject,
    issuer: c.issuer,
    notBefore: c.notBefore,
    notAfter: c.notAfter,
    sha1: c.sha1,
    sha256: c.sha256,
  };
}

function verification(result: VerificationResult): string {
  return result.status === 'valid' ? 'valid' : `${result.status}: ${result.reason}`;
}

function samlSection(input: SamlReportInput): ReportSaml {
  const { capture, saml, analysis } = input.evidence;
  const a = saml.assertion;
  const certs = new Map<string, ReportCertificate>();
  for (const s of saml.signatures)
    if (s.keyInfoCertificate) certs.set(s.keyInfoCertificate.sha256, certificate(s.keyInfoCertificate));
  for (const c of saml.configuredCertificates) certs.set(c.sha256, certificate(c));
  return withoutUndefined({
    source: capture.source,
    capturedAt: capture.capturedAt,
    postedTo: capture.postedTo,
    relayState: capture.relayState,
    kind: saml.kind,
    issuer: responseIssuer(saml),
    destination: saml.destination,
    inResponseTo: saml.inResponseTo,
    issueInstant: saml.issueInstant ?? a?.issueInstant,
    status: saml.status ? withoutUndefined({ ...saml.status }) : undefined,
    nameId: a?.nameId,
    nameIdFormat: a?.nameIdFormat,
    audiences: [...(a?.conditions?.audiences ?? [])],
    notBefore: a?.conditions?.notBefore,
    notOnOrAfter: a?.conditions?.notOnOrAfter,
    sessionNotOnOrAfter: a?.sessionNotOnOrAfter,
    assertionCount: saml.assertionCount,
    encryptedAssertionCount: saml.encryptedAssertionCount,
    signedContent: signedContent(saml),
    attributes: (a?.attributes ?? []).map((attr) => ({ name: attr.name, values: [...attr.values] })),
    predicted: boundDepth(analysis.predicted.attributes) as Record<string, unknown>,
    workerChanges:
      analysis.comparison?.status === 'compared'
        ? analysis.comparison.changes.map((c) => ({ key: c.key, change: c.change }))
        : undefined,
    signatures: saml.signatures.map((s) =>
      withoutUndefined({
        on: s.on,
        signatureMethod: s.signatureMethod,
        digestMethods: [...s.digestMethods],
        keyInfoSha256: s.keyInfoCertificate?.sha256,
        keyInfoResult: s.keyInfoResult ? verification(s.keyInfoResult) : undefined,
        configuredResults: s.configuredResults.map((c) => ({ sha256: c.sha256, result: verification(c.result) })),
        verifiedAgainst: s.verifiedAgainst,
        verdict: signatureVerdict(s),
      }),
    ),
    certificates: [...certs.values()],
  });
}

function samlKnown(input: SamlReportInput): Known {
  const a = input.evidence.saml.assertion;
  const values: string[] = [];
  for (const attr of a?.attributes ?? []) values.push(...sensitiveAttributeValues({ [attr.name]: attr.values }));
  values.push(...sensitiveAttributeValues(input.evidence.analysis.predicted.attributes));
  if (input.evidence.capture.relayState) values.push(input.evidence.capture.relayState);
  return merge({ people: a?.nameId ? [a.nameId] : [], known: values }, subjectKnown(input.worker));
}

function build(input: ReportInput, options: ReportOptions): { report: ReportJson; known: Known } {
  if (input.kind === 'team') return teamReport(input, options);
  const result = input.kind === 'saml' ? input.evidence.analysis.result : input.result;
  // Certificates, thumbprints and URLs of an IdP configuration are configuration; only its notification
  // addresses are personal.
  const known: Known = options.includeValues
    ? {}
    : input.kind === 'worker'
      ? subjectKnown(input.worker, input.identity)
      : input.kind === 'idp-config'
        ? { people: [...(input.idpConfig.notificationEmailAddresses ?? [])] }
        : samlKnown(input);
  const disclosure = disclosureFor(options, () => known);
  const base = {
    findings: result.findings.map((f) => reportFinding(f, options.fixFor, disclosure)),
    notChecked: result.notChecked.map((n) => ({ ruleId: n.ruleId, reason: n.reason })),
    idp: { id: options.idp.id, source: options.idp.source },
    redacted: false,
  };
  if (input.kind === 'worker') {
    return {
      report: withoutUndefined({ ...base, worker: subject(input.worker, input.identity) }),
      known,
    };
  }
  if (input.kind === 'idp-config') {
    return { report: { ...base, idpConfig: idpConfigSection(input.idpConfig) }, known };
  }
  return {
    report: withoutUndefined({ ...base, worker: subject(input.worker), saml: samlSection(input) }),
    known,
  };
}

/**
 * The report as JSON-ready data; redacted unless `includeValues` is set. Messages are filled from
 * their data under the same disclosure (redacted values never pass through the plain text first).
 */
export function toReportJson(input: ReportInput, options: ReportOptions): ReportJson {
  const { report, known } = build(input, options);
  return options.includeValues ? report : redact(report, known);
}
