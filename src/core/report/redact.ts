/**
 * Redaction for shared reports. By default a report carries no emails, names, identities, NameIDs or
 * attribute values: each is replaced by a short stable code (`user-3f2a9c`, `value-81b0c4`). Messages
 * are filled from their data with the redacting disclosure (`../disclose.ts`), never searched after the
 * fact; the fields of a report are redacted here by the same decisions. Flex role names, rule ids, fix
 * steps and attribute names are kept (an attribute name that is an address is coded). Certificate
 * bodies and signature values are never part of a report in the first place.
 */
import {
  disclose,
  isRoleName,
  looksLikePerson,
  name,
  personCode,
  redactText,
  valueCode,
  type KnownValues,
} from '../disclose';
import { withoutUndefined } from '../objects';
import type { ReportIdpConfig } from './idpConfig';
import type { ReportJson, ReportSaml, ReportSubject, ReportWorker } from './types';

export { personCode, valueCode };

/** Nesting kept in a report's attribute values; deeper content is summarised (JSON output must never overflow). */
export const MAX_REPORT_DEPTH = 16;
const TOO_DEEP = '[nested too deep]';

/** Attributes whose values name a person: coded as `user-…`. */
const PERSON_ATTRIBUTES: ReadonlySet<string> = new Set(['email', 'full_name']);

/** Every string inside a value (attribute values may be lists or objects), bounded in depth. */
export function stringsIn(value: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > MAX_REPORT_DEPTH) return out;
  if (typeof value === 'string') out.push(value);
  else if (typeof value === 'number' || typeof value === 'boolean') out.push(String(value));
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, out, depth + 1);
  else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value as Record<string, unknown>)) stringsIn(item, out, depth + 1);
  }
  return out;
}

/** Values of attributes that may identify people: every value except Flex role names in `roles`. */
export function sensitiveAttributeValues(attributes: Readonly<Record<string, unknown>>): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(attributes)) {
    if (key === 'roles') out.push(...stringsIn(value).filter((v) => !isRoleName(v)));
    else stringsIn(value, out);
  }
  return out;
}

/** The code of one scalar value of an attribute. */
export function codeValue(value: string | number | boolean, attribute?: string): string {
  const text = String(value);
  if (attribute === 'roles' && typeof value === 'string' && isRoleName(value)) return value;
  return (attribute !== undefined && PERSON_ATTRIBUTES.has(attribute)) || looksLikePerson(text)
    ? personCode(text)
    : valueCode(text);
}

/** A key of an attribute object: kept, unless it is an address or a Flex identity. */
function redactKey(key: string): string {
  return disclose(name(key), { mode: 'redact' });
}

/** An attribute value with every scalar coded (role names in `roles` kept), bounded in depth. */
export function redactAttributeValue(value: unknown, attribute: string | undefined, depth = 0): unknown {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return codeValue(value, attribute);
  }
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_REPORT_DEPTH) return TOO_DEEP;
  if (Array.isArray(value)) return value.map((item) => redactAttributeValue(item, attribute, depth + 1));
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [
      redactKey(k),
      redactAttributeValue(v, attribute, depth + 1),
    ]),
  );
}

/** A value as it may appear in a report with values included: the same, cut at `MAX_REPORT_DEPTH`. */
export function boundDepth(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_REPORT_DEPTH) return TOO_DEEP;
  if (Array.isArray(value)) return value.map((item) => boundDepth(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, boundDepth(v, depth + 1)]),
  );
}

export function redactAttributes(attributes: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  return Object.fromEntries(
    Object.entries(attributes).map(([key, value]) => [redactKey(key), redactAttributeValue(value, key)]),
  );
}

function optional<T>(value: T | undefined, map: (value: T) => T): T | undefined {
  return value === undefined ? undefined : map(value);
}

/** Only notification addresses and emails inside certificate subjects identify people. */
function redactIdpConfig(idpConfig: ReportIdpConfig, known: KnownValues): ReportIdpConfig {
  return withoutUndefined({
    ...idpConfig,
    certificates:
      optional(idpConfig.certificates ?? undefined, (list) =>
        list.map((c) => ({ ...c, subject: c.subject === null ? null : redactText(c.subject, known) })),
      ) ?? null,
    notificationEmailAddresses: optional(idpConfig.notificationEmailAddresses, (list) => list.map(personCode)),
  });
}

const roles = (list: readonly string[]): string[] => list.map((r) => codeValue(r, 'roles'));

function redactSubject(subject: ReportSubject): ReportSubject {
  return withoutUndefined({
    ...subject,
    name: optional(subject.name, personCode),
    identity: optional(subject.identity, personCode),
    email: optional(subject.email, personCode),
    roles: optional(subject.roles, roles),
    tokenRoles: optional(subject.tokenRoles, roles),
    attributes: optional(subject.attributes, redactAttributes),
  });
}

function redactWorker(worker: ReportWorker): ReportWorker {
  return withoutUndefined({
    ...worker,
    name: optional(worker.name, personCode),
    email: optional(worker.email, personCode),
    roles: roles(worker.roles),
  });
}

function redactSaml(saml: ReportSaml, known: KnownValues): ReportSaml {
  const text = (v: string) => redactText(v, known);
  return withoutUndefined({
    ...saml,
    postedTo: optional(saml.postedTo, text),
    relayState: optional(saml.relayState, valueCode),
    issuer: optional(saml.issuer, text),
    destination: optional(saml.destination, text),
    inResponseTo: optional(saml.inResponseTo, text),
    nameId: optional(saml.nameId, personCode),
    audiences: saml.audiences.map(text),
    status: optional(saml.status, (s) => withoutUndefined({ ...s, message: optional(s.message, text) })),
    attributes: saml.attributes.map((a) => ({
      name: redactKey(a.name),
      values: a.values.map((v) => codeValue(v, a.name)),
    })),
    predicted: redactAttributes(saml.predicted),
    workerChanges: optional(saml.workerChanges, (list) => list.map((c) => ({ ...c, key: redactKey(c.key) }))),
    certificates: saml.certificates.map((c) => ({ ...c, subject: text(c.subject), issuer: text(c.issuer) })),
  });
}

/**
 * Replaces people's data in a report's fields with short stable codes. Messages were already filled
 * redacted (`build.ts`); `known` are the values to code inside the free-text fields that remain (a
 * status message, a certificate subject), where addresses are coded as well.
 */
export function redact(report: ReportJson, known: KnownValues): ReportJson {
  return withoutUndefined({
    ...report,
    redacted: true,
    worker: optional(report.worker, redactSubject),
    workers: optional(report.workers, (workers) => workers.map(redactWorker)),
    partial: optional(report.partial, (p) => redactText(p, known)),
    saml: optional(report.saml, (s) => redactSaml(s, known)),
    idpConfig: optional(report.idpConfig, (c) => redactIdpConfig(c, known)),
  });
}
