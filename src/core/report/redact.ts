/**
 * Redaction for shared reports. By default a report carries no emails, names, identities, NameIDs or
 * attribute values that identify people: each is replaced by a short stable code (`user-3f2a9c`,
 * `value-81b0c4`), everywhere it appears — in its own field and inside messages. Role names, rule ids,
 * attribute names and fix steps are kept: they are what the reader needs. Certificates bodies and
 * signature values are never part of a report in the first place.
 */
import { shortHash } from './hash';
import type { ReportIdpConfig } from './idpConfig';
import type { ReportJson, ReportSaml, ReportSubject, ReportWorker } from './types';

/** Values to hide: `people` become `user-…`, `values` become `value-…`. */
export interface SensitiveValues {
  readonly people: readonly string[];
  readonly values: readonly string[];
}

/** Sensitive values of the whole report, plus per-worker ones for team reports (aligned with `report.workers`). */
export interface SensitiveIndex {
  readonly all: SensitiveValues;
  readonly byWorker?: readonly SensitiveValues[];
}

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
/** Flex escapes an email into its identity: `jane_40example_2Ecom`. */
const ESCAPED_IDENTITY = /[A-Za-z0-9._-]*_40[A-Za-z0-9._-]+/g;
const LOOKS_LIKE_EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const WORD = /[A-Za-z0-9_]/;
/** Attributes whose values are role names: kept, they identify nobody and are what is being diagnosed. */
const KEPT_ATTRIBUTES = new Set(['roles']);

export function personCode(value: string): string {
  return `user-${shortHash(value.trim().toLowerCase())}`;
}

export function valueCode(value: string): string {
  return `value-${shortHash(value)}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Replaces known values (whole words only, longest first) and any email address or Flex identity. */
export class TextRedactor {
  private readonly codes = new Map<string, string>();
  private pattern: RegExp | undefined;

  constructor(sensitive?: SensitiveValues) {
    if (sensitive) {
      for (const value of sensitive.values) this.add(value, valueCode(value));
      // People last: a value that is both (an email in a custom attribute) gets the person code.
      for (const value of sensitive.people) this.add(value, personCode(value));
    }
  }

  private add(value: string, code: string): void {
    const trimmed = value.trim();
    if (trimmed.length < 2) return;
    this.codes.set(trimmed, code);
    this.pattern = undefined;
  }

  /** The code for one value, as a field is redacted. */
  code(value: string, kind: 'person' | 'value'): string {
    return this.codes.get(value.trim()) ?? (kind === 'person' ? personCode(value) : valueCode(value));
  }

  text(text: string): string {
    let out = text;
    if (this.codes.size > 0) {
      if (this.pattern === undefined) {
        this.pattern = new RegExp(
          [...this.codes.keys()]
            .sort((a, b) => b.length - a.length)
            .map(escapeRegExp)
            .join('|'),
          'g',
        );
      }
      out = out.replace(this.pattern, (match, offset: number, whole: string) => {
        // Whole words only, so a value "Al" does not eat "Also"; checked by hand (no lookbehind needed).
        const before = whole[offset - 1];
        const after = whole[offset + match.length];
        const gluedBefore = before !== undefined && WORD.test(before) && WORD.test(match[0] as string);
        const gluedAfter = after !== undefined && WORD.test(after) && WORD.test(match[match.length - 1] as string);
        return gluedBefore || gluedAfter ? match : (this.codes.get(match) ?? match);
      });
    }
    return out.replace(EMAIL, (email) => personCode(email)).replace(ESCAPED_IDENTITY, (id) => personCode(id));
  }
}

/** Every string inside a value (attribute values may be lists or objects). */
export function stringsIn(value: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 8) return out;
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, out, depth + 1);
  else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value as Record<string, unknown>)) stringsIn(item, out, depth + 1);
  }
  return out;
}

/** Attribute values that may identify people: every string value except role names. */
export function sensitiveAttributeValues(attributes: Readonly<Record<string, unknown>>): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(attributes)) {
    if (!KEPT_ATTRIBUTES.has(key)) stringsIn(value, out);
  }
  return out;
}

function redactValue(value: unknown, r: TextRedactor, depth = 0): unknown {
  if (typeof value === 'string') return r.code(value, LOOKS_LIKE_EMAIL.test(value) ? 'person' : 'value');
  if (depth > 8) return undefined;
  if (Array.isArray(value)) return value.map((item) => redactValue(item, r, depth + 1));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, redactValue(v, r, depth + 1)]),
    );
  }
  return value;
}

function redactAttributes(
  attributes: Readonly<Record<string, unknown>>,
  r: TextRedactor,
): Readonly<Record<string, unknown>> {
  return Object.fromEntries(
    Object.entries(attributes).map(([key, value]) => [key, KEPT_ATTRIBUTES.has(key) ? value : redactValue(value, r)]),
  );
}

function optional<T>(value: T | undefined, map: (value: T) => T): T | undefined {
  return value === undefined ? undefined : map(value);
}

function redactSubject(subject: ReportSubject, r: TextRedactor): ReportSubject {
  return stripUndefined({
    ...subject,
    name: optional(subject.name, (v) => r.code(v, 'person')),
    identity: optional(subject.identity, (v) => r.code(v, 'person')),
    email: optional(subject.email, (v) => r.code(v, 'person')),
    attributes: optional(subject.attributes, (v) => redactAttributes(v, r)),
  });
}

function redactWorker(worker: ReportWorker, r: TextRedactor): ReportWorker {
  return stripUndefined({
    ...worker,
    name: optional(worker.name, (v) => r.code(v, 'person')),
    email: optional(worker.email, (v) => r.code(v, 'person')),
    findings: worker.findings.map((f) =>
      stripUndefined({ ...f, message: r.text(f.message), path: optional(f.path, (p) => r.text(p)) }),
    ),
  });
}

function redactSaml(saml: ReportSaml, r: TextRedactor): ReportSaml {
  return stripUndefined({
    ...saml,
    relayState: optional(saml.relayState, (v) => r.code(v, 'value')),
    nameId: optional(saml.nameId, (v) => r.code(v, 'person')),
    status: optional(saml.status, (s) => stripUndefined({ ...s, message: optional(s.message, (m) => r.text(m)) })),
    attributes: saml.attributes.map((a) => ({
      name: a.name,
      values: KEPT_ATTRIBUTES.has(a.name)
        ? a.values
        : a.values.map((v) => r.code(v, LOOKS_LIKE_EMAIL.test(v) ? 'person' : 'value')),
    })),
    predicted: redactAttributes(saml.predicted, r),
    certificates: saml.certificates.map((c) => ({ ...c, subject: r.text(c.subject), issuer: r.text(c.issuer) })),
  });
}

/** Only notification addresses and emails inside certificate subjects identify people. */
function redactIdpConfig(idpConfig: ReportIdpConfig, r: TextRedactor): ReportIdpConfig {
  return stripUndefined({
    ...idpConfig,
    certificates:
      optional(idpConfig.certificates ?? undefined, (list) =>
        list.map((c) => ({ ...c, subject: c.subject === null ? null : r.text(c.subject) })),
      ) ?? null,
    notificationEmailAddresses: optional(idpConfig.notificationEmailAddresses, (list) =>
      list.map((v) => r.code(v, 'person')),
    ),
  });
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Replaces people's data in a report with short stable codes. `sensitive` lists the values known to
 * identify people (worker attribute values, names, identities, NameIDs); email addresses and Flex
 * identities are caught by pattern as well, wherever they appear.
 */
export function redact(report: ReportJson, sensitive: SensitiveIndex): ReportJson {
  const r = new TextRedactor(sensitive.all);
  return stripUndefined({
    ...report,
    redacted: true,
    findings: report.findings.map((f) =>
      stripUndefined({ ...f, message: r.text(f.message), path: optional(f.path, (p) => r.text(p)) }),
    ),
    notChecked: report.notChecked.map((n) => ({ ...n, reason: r.text(n.reason) })),
    worker: optional(report.worker, (w) => redactSubject(w, r)),
    workers: optional(report.workers, (workers) =>
      workers.map((w, i) => {
        // A worker rule sees one worker, so its messages hold only that worker's values; codes are
        // hashes, hence the same in every redactor.
        const own = sensitive.byWorker?.[i];
        return redactWorker(w, own ? new TextRedactor(own) : r);
      }),
    ),
    partial: optional(report.partial, (p) => r.text(p)),
    saml: optional(report.saml, (s) => redactSaml(s, r)),
    idpConfig: optional(report.idpConfig, (c) => redactIdpConfig(c, r)),
  });
}
