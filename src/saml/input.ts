/**
 * From whatever an admin pastes or uploads to the XML of each SAML Response in it, with where and
 * when it was captured. Recognised forms:
 *
 * - XML (starts with `<` after a BOM and whitespace);
 * - base64, standard or URL-safe, with or without line breaks, percent-encoded or not (a value copied
 *   from a form or a URL), and base64 of raw-deflated XML (HTTP-Redirect binding);
 * - a form body or URL carrying `SAMLResponse=…` (and `RelayState=…`), or the IdP's HTML page with
 *   its auto-submitting form (`<input name="SAMLResponse" value="…">`);
 * - a HAR file: every request carrying a `SAMLResponse` parameter;
 * - a SAML-tracer export (`{ requests: [...], timestamp }`): its decoded `saml` text, or the raw parameter.
 *
 * No XML is parsed here (see xml.ts). Sizes are bounded everywhere: the whole input, every decoded
 * payload and every inflated payload is at most 2 MB.
 */
import { describeJsonSyntaxError } from '../core/jsonSyntax';
import { isRecord, withoutUndefined } from '../core/objects';
import type { CaptureInfo } from '../core/samlTypes';
import { Base64Error, decodeBase64 } from './base64';
import { INPUT_LIMITS, inputLimitFor, SamlInputError } from './errors';

const SAML_PROTOCOL_NS = 'urn:oasis:names:tc:SAML:2.0:protocol';

export interface Evidence {
  readonly xml: string;
  readonly capture: CaptureInfo;
}

/** One or more: a reader that finds nothing throws instead of returning an empty list. */
export type OneOrMore<T> = readonly [T, ...T[]];

export interface InputDeps {
  /** Inflates raw DEFLATE data (no zlib header). May throw SamlInputError('tooLarge') when bounded. */
  inflateRaw(bytes: Uint8Array): Promise<Uint8Array>;
}

const INVALID_JSON =
  'The input looks like JSON but cannot be read (it may be truncated): export the HAR file or SAML-tracer trace again and open the whole file.';
const invalidJson = (text: string) => `${INVALID_JSON.slice(0, -1)} (${describeJsonSyntaxError(text)}).`;
const UNKNOWN_JSON =
  'This JSON is neither a HAR file (with log.entries) nor a SAML-tracer export (with requests): export the browser capture as HAR, or paste the SAMLResponse itself (XML that starts with <samlp:Response, or its base64).';

/** Every SAML Response found in `text`, newest first. Throws SamlInputError when there is none. */
export async function extractResponses(text: string, deps: InputDeps): Promise<OneOrMore<Evidence>> {
  // The cheap checks come first: nothing is copied, trimmed or decoded before them. Only a JSON
  // capture (HAR, SAML-tracer) may be larger than one SAML message.
  if (text.length > INPUT_LIMITS.maxCaptureBytes) throw new SamlInputError('captureTooLarge');
  if (text.length > INPUT_LIMITS.maxBytes && inputLimitFor(text).kind !== 'capture') {
    throw new SamlInputError('tooLarge');
  }
  const trimmed = stripBom(text).trim();
  if (trimmed === '') throw new SamlInputError('empty');

  if (trimmed.startsWith('<')) {
    const form = readHtmlForm(trimmed);
    if (!form) return [{ xml: trimmed, capture: { source: 'xml' } }];
    const payload = await decodePayload(form.value, deps);
    return [{ xml: payload.xml, capture: withoutUndefined({ source: payload.source, relayState: form.relayState }) }];
  }
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return extractFromJson(trimmed, deps);

  const form = readFormOrUrl(trimmed);
  if (form) {
    const payload = await decodePayload(form.value, deps);
    return [{ xml: payload.xml, capture: withoutUndefined({ source: payload.source, relayState: form.relayState }) }];
  }
  const unquoted = /^"[^"]*"$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
  const payload = await decodePayload(unquoted, deps);
  return [{ xml: payload.xml, capture: { source: payload.source } }];
}

// ---------------------------------------------------------------------------------------------
// Payloads: base64, percent-encoding, deflate

interface Payload {
  readonly xml: string;
  readonly source: 'base64' | 'deflate';
}

/** Decodes one SAMLResponse value (base64, maybe percent-encoded, maybe deflated) to XML text. */
export async function decodePayload(value: string, deps: InputDeps): Promise<Payload> {
  if (value.length > INPUT_LIMITS.maxBytes) throw new SamlInputError('tooLarge');
  const bytes = decodeSamlBase64(decodeFormValue(value));
  if (looksLikeXml(bytes)) return { xml: utf8(bytes), source: 'base64' };

  let inflated: Uint8Array;
  try {
    inflated = await deps.inflateRaw(bytes);
  } catch (error) {
    if (error instanceof SamlInputError) throw error;
    throw new SamlInputError('inflateFailed');
  }
  if (inflated.length > INPUT_LIMITS.maxBytes) throw new SamlInputError('tooLarge');
  if (!looksLikeXml(inflated)) throw new SamlInputError('notXml');
  return { xml: utf8(inflated), source: 'deflate' };
}

/**
 * Form-decodes a value only when it is percent-encoded. A base64 value with `+` and no `%` was
 * copied (or exported) already decoded, and its `+` is data, not a space.
 */
export function decodeFormValue(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value; // Malformed escapes: the base64 decoder then rejects the `%`.
  }
}

function isSpace(c: number | undefined): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;
}

/** A SAMLResponse's bytes: standard or URL-safe base64, whitespace anywhere, padding optional, maybe cut short. */
function decodeSamlBase64(text: string): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = decodeBase64(text, { urlSafe: true, allowTruncated: true });
  } catch (error) {
    if (error instanceof Base64Error) throw new SamlInputError('notBase64');
    throw error;
  }
  if (bytes.length === 0) throw new SamlInputError('notBase64');
  return bytes;
}

/** XML text starts with `<` after an optional UTF-8 BOM and whitespace. */
function looksLikeXml(bytes: Uint8Array): boolean {
  let i = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && isSpace(bytes[i])) i += 1;
  return bytes[i] === 0x3c;
}

const UTF8 = new TextDecoder('utf-8');

function utf8(bytes: Uint8Array): string {
  const text = UTF8.decode(bytes).trim();
  if (text.length > INPUT_LIMITS.maxBytes) throw new SamlInputError('tooLarge');
  return text;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

// ---------------------------------------------------------------------------------------------
// A pasted form body or URL: `SAMLResponse=…&RelayState=…`

interface FormValue {
  readonly value: string;
  readonly relayState?: string;
}

const SAML_PARAMETER = /(?:^|[?&])SAML(?:Response|Request)=/;

function readFormOrUrl(text: string): FormValue | undefined {
  if (!SAML_PARAMETER.test(text)) return undefined;
  const query = /^https?:\/\//i.test(text) && text.includes('?') ? text.slice(text.indexOf('?') + 1) : text;
  const params = parseForm(query.split('#', 1)[0] ?? '');
  // A SAMLRequest is decoded too, so that it is reported as an AuthnRequest (or logout message).
  const value = find(params, 'SAMLResponse') ?? find(params, 'SAMLRequest');
  if (value === undefined) return undefined;
  return withoutUndefined({ value, relayState: nonEmpty(find(params, 'RelayState')) });
}

// ---------------------------------------------------------------------------------------------
// A pasted HTML page: the IdP's auto-submitting form (`<input name="SAMLResponse" value="…">`), as
// "view source" shows it. Found with indexOf and one bounded regex per tag: linear in the input.

const HTML_SAML_INPUT = /name\s*=\s*["']SAMLResponse["']/i;

function readHtmlForm(text: string): FormValue | undefined {
  if (text.includes(SAML_PROTOCOL_NS) || !HTML_SAML_INPUT.test(text)) return undefined;
  const value = htmlInputValue(text, 'SAMLResponse');
  if (value === undefined) return undefined;
  return withoutUndefined({ value, relayState: nonEmpty(htmlInputValue(text, 'RelayState')) });
}

function htmlInputValue(html: string, name: string): string | undefined {
  const match = new RegExp(`name\\s*=\\s*["']${name}["']`, 'i').exec(html);
  if (!match) return undefined;
  const start = html.lastIndexOf('<', match.index);
  const end = html.indexOf('>', match.index);
  const tag = html.slice(start === -1 ? 0 : start, end === -1 ? html.length : end + 1);
  const value = /\svalue\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
  return value ? decodeHtmlEntities(value[1] ?? value[2] ?? '') : undefined;
}

const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

/**
 * The entities a form value can hold (`&#x2B;` for `+` is common); others are left as written.
 * Hand-written and strictly linear: `String.replace` with a callback takes seconds on 2 MB of entities.
 */
function decodeHtmlEntities(value: string): string {
  if (!value.includes('&')) return value;
  let out = '';
  let from = 0;
  for (let amp = value.indexOf('&'); amp !== -1; amp = value.indexOf('&', amp + 1)) {
    // An entity is short: look for its `;` within the next few characters only.
    let semi = -1;
    for (let i = amp + 1; i < Math.min(value.length, amp + 10); i += 1) {
      if (value.charCodeAt(i) === 0x3b /* ; */) {
        semi = i;
        break;
      }
    }
    if (semi === -1) continue;
    const decoded = decodeEntity(value, amp + 1, semi);
    if (decoded === undefined) continue;
    out += value.slice(from, amp) + decoded;
    from = semi + 1;
    amp = semi;
  }
  return out + value.slice(from);
}

function decodeEntity(value: string, start: number, end: number): string | undefined {
  if (value.charCodeAt(start) !== 0x23 /* # */) return NAMED_ENTITIES.get(value.slice(start, end).toLowerCase());
  const hex = value[start + 1] === 'x' || value[start + 1] === 'X';
  const first = start + (hex ? 2 : 1);
  if (first >= end) return undefined;
  let code = 0;
  for (let i = first; i < end; i += 1) {
    const digit = digitValue(value.charCodeAt(i));
    if (digit >= (hex ? 16 : 10)) return undefined;
    code = code * (hex ? 16 : 10) + digit;
  }
  if (code > 0 && code < 0x10000) return String.fromCharCode(code);
  return code >= 0x10000 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/** 0–15 for a hex digit, 99 for anything else. */
function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : 99;
}

type Params = readonly (readonly [string, string])[];

function parseForm(body: string): Params {
  return body
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const name = eq === -1 ? pair : pair.slice(0, eq);
      const value = eq === -1 ? '' : pair.slice(eq + 1);
      return [decodeFormValue(name.trim()), decodeFormValue(value)] as const;
    });
}

function find(params: Params | undefined, name: string): string | undefined {
  return params?.find(([key]) => key === name)?.[1];
}

// ---------------------------------------------------------------------------------------------
// Captures: HAR and SAML-tracer

interface Candidate {
  readonly value: string;
  /** Already-decoded XML (SAML-tracer's `saml` field); `value` is then ignored. */
  readonly xml?: string;
  readonly source: 'har' | 'saml-tracer';
  readonly capturedAt?: string;
  /** The capture gave a time that is not a readable date (`1e20`, `"yesterday"`). */
  readonly captureTimeUnreadable?: true;
  readonly relayState?: string;
  readonly postedTo?: string;
  /** Position in the file, to keep captures without times in file order. */
  readonly order: number;
}

/** HAR and SAML-tracer files nest a handful of levels; anything deeper is not one of them. */
const MAX_JSON_DEPTH = 64;

/** Index of the `"` that closes the string opened at `open`, or -1; skips the string with indexOf. */
function closingQuote(text: string, open: number): number {
  let at = text.indexOf('"', open + 1);
  while (at !== -1) {
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === 0x5c /* \\ */) backslashes += 1;
    if (backslashes % 2 === 0) return at;
    at = text.indexOf('"', at + 1);
  }
  return -1;
}

/**
 * Nesting depth of JSON text, strings skipped; linear, and stops as soon as it passes the limit.
 * Strings (most of a HAR: bodies, base64 images) are jumped over with indexOf rather than read one
 * character at a time, which made this scan cost twice the JSON.parse that follows it.
 */
function jsonTooDeep(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      i = closingQuote(text, i);
      if (i === -1) return false; // an unterminated string: JSON.parse reports it
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      depth += 1;
      if (depth > MAX_JSON_DEPTH) return true;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      depth -= 1;
    }
  }
  return false;
}

async function extractFromJson(text: string, deps: InputDeps): Promise<OneOrMore<Evidence>> {
  // JSON.parse is slow on pathologically deep input; no HAR or SAML-tracer export is deep.
  if (jsonTooDeep(text)) throw new SamlInputError('notSaml', UNKNOWN_JSON);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new SamlInputError('notSaml', invalidJson(text));
  }
  let candidates: Candidate[];
  if (isRecord(data) && isRecord(data.log) && Array.isArray(data.log.entries)) {
    candidates = harCandidates(data.log.entries);
  } else if (isRecord(data) && Array.isArray(data.requests)) {
    candidates = tracerCandidates(data.requests, data.timestamp);
  } else {
    throw new SamlInputError('notSaml', UNKNOWN_JSON);
  }
  if (candidates.length === 0) throw new SamlInputError('noSamlInCapture');
  return decodeCandidates(sortNewestFirst(candidates), deps);
}

/**
 * Decodes every candidate. One that fails (a truncated value, say) is left out when others decode;
 * when none does, the newest one's error is thrown.
 */
async function decodeCandidates(candidates: readonly Candidate[], deps: InputDeps): Promise<OneOrMore<Evidence>> {
  const evidence: Evidence[] = [];
  let firstError: unknown;
  for (const candidate of candidates) {
    try {
      const xml = candidate.xml ?? (await decodePayload(candidate.value, deps)).xml;
      if (xml.length > INPUT_LIMITS.maxBytes) throw new SamlInputError('tooLarge');
      const capture: CaptureInfo = withoutUndefined({
        source: candidate.source,
        capturedAt: candidate.capturedAt,
        captureTimeUnreadable: candidate.captureTimeUnreadable,
        relayState: candidate.relayState,
        postedTo: candidate.postedTo,
      });
      evidence.push({ xml, capture });
    } catch (error) {
      if (firstError === undefined) firstError = error;
    }
  }
  const [newest, ...older] = evidence;
  if (newest === undefined) throw firstError;
  return [newest, ...older];
}

function sortNewestFirst(candidates: Candidate[]): Candidate[] {
  const time = (c: Candidate) => (c.capturedAt === undefined ? -Infinity : Date.parse(c.capturedAt));
  return [...candidates].sort((a, b) => time(b) - time(a) || b.order - a.order);
}

/** HAR 1.2: `log.entries[].request` with `method`, `url`, `postData.params|text`, `queryString`. */
function harCandidates(entries: readonly unknown[]): Candidate[] {
  const candidates: Candidate[] = [];
  entries.forEach((entry, order) => {
    if (!isRecord(entry) || !isRecord(entry.request)) return;
    const request = entry.request;
    const method = typeof request.method === 'string' ? request.method.toUpperCase() : '';
    let params: Params | undefined;
    if (method === 'POST' && isRecord(request.postData)) {
      params = nameValueList(request.postData.params);
      if (find(params, 'SAMLResponse') === undefined && typeof request.postData.text === 'string') {
        params = parseForm(request.postData.text);
      }
    } else if (method === 'GET') {
      params = nameValueList(request.queryString); // HTTP-Redirect binding
    }
    const value = find(params, 'SAMLResponse');
    if (value === undefined) return;
    candidates.push(
      withoutUndefined({
        value,
        source: 'har' as const,
        ...captureTime(entry.startedDateTime),
        relayState: nonEmpty(find(params, 'RelayState')),
        postedTo: typeof request.url === 'string' ? request.url : undefined,
        order,
      }),
    );
  });
  return candidates;
}

/** HAR `params` / `queryString`: `[{ name, value }]`; values percent-encoded (Chrome) or plain. */
function nameValueList(list: unknown): Params | undefined {
  if (!Array.isArray(list)) return undefined;
  return list
    .filter(isRecord)
    .filter((p) => typeof p.name === 'string' && typeof p.value === 'string')
    .map((p) => [decodeFormValue(p.name as string), decodeFormValue(p.value as string)] as const);
}

/**
 * SAML-tracer (simplesamlphp/SAML-tracer, SAMLTraceIO.exportRequests): `{ requests, timestamp }`, each
 * request `{ method, url, requestId, requestHeaders, post: [[name, value]], postData: { name: [value] },
 * get: [[name, value]], protocol, saml }`, in capture order. `saml` is the message SAML-tracer decoded
 * (present even when an export filter hashed or obfuscated the POST values); the raw parameter is the
 * fallback. Requests carry no time of their own in current versions, so the export's `timestamp` is used
 * unless a request has one.
 */
function tracerCandidates(requests: readonly unknown[], exportTimestamp: unknown): Candidate[] {
  const exported = captureTime(exportTimestamp);
  const candidates: Candidate[] = [];
  requests.forEach((request, order) => {
    if (!isRecord(request)) return;
    const params = tracerParams(request);
    const value = find(params, 'SAMLResponse');
    const saml =
      typeof request.saml === 'string' && request.saml.trim().startsWith('<') ? request.saml.trim() : undefined;
    const looksLikeResponse =
      value !== undefined || (saml !== undefined && request.protocol === 'SAML-P' && !find(params, 'SAMLRequest'));
    if (!looksLikeResponse) return;
    candidates.push(
      withoutUndefined({
        value: value ?? '',
        xml: saml,
        source: 'saml-tracer' as const,
        ...(request.timestamp !== undefined
          ? captureTime(request.timestamp)
          : request.time !== undefined
            ? captureTime(request.time)
            : exported),
        relayState: nonEmpty(find(params, 'RelayState')),
        postedTo: typeof request.url === 'string' ? request.url : undefined,
        order,
      }),
    );
  });
  return candidates;
}

function tracerParams(request: Record<string, unknown>): Params {
  const params: (readonly [string, string])[] = [];
  const pairs = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const item of list) {
      if (Array.isArray(item) && typeof item[0] === 'string' && typeof item[1] === 'string') {
        params.push([item[0], decodeFormValue(item[1])]);
      }
    }
  };
  pairs(request.post);
  if (isRecord(request.postData)) {
    for (const [name, values] of Object.entries(request.postData)) {
      const first: unknown = Array.isArray(values) ? values[0] : values;
      if (typeof first === 'string') params.push([name, decodeFormValue(first)]);
    }
  }
  pairs(request.get);
  return params;
}

// ---------------------------------------------------------------------------------------------
// Small helpers

/** The largest time a JavaScript Date holds (±100,000,000 days from 1970); `new Date(1e20)` is invalid. */
const MAX_TIME_MS = 8.64e15;

/** A capture's time as ISO-8601, or a mark that one was given but is not a readable date. Never throws. */
function captureTime(value: unknown): { capturedAt?: string; captureTimeUnreadable?: true } {
  if (value === undefined || value === null || value === '') return {};
  const ms = typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_TIME_MS
    ? { capturedAt: new Date(ms).toISOString() }
    : { captureTimeUnreadable: true };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
