/**
 * Browser captures: every SAML message in a HAR file (requests carrying a `SAMLResponse` parameter) or
 * a SAML-tracer export (`{ requests: [...], timestamp }`: its decoded `saml` text, or the raw parameter),
 * newest first. The JSON is checked for depth before JSON.parse sees it.
 */
import { describeJsonSyntaxError } from '../core/jsonSyntax';
import { isRecord, withoutUndefined } from '../core/objects';
import type { CaptureInfo } from '../core/samlTypes';
import { INPUT_LIMITS, SamlInputError } from './errors';
import { decodeFormValue, find, nonEmpty, parseForm, type Params } from './forms';
import type { Evidence, OneOrMore } from './input';
import { decodePayload, type InputDeps } from './payload';

const INVALID_JSON =
  'The input looks like JSON but cannot be read (it may be truncated): export the HAR file or SAML-tracer trace again and open the whole file.';
const invalidJson = (text: string) => `${INVALID_JSON.slice(0, -1)} (${describeJsonSyntaxError(text)}).`;
const UNKNOWN_JSON =
  'This JSON is neither a HAR file (with log.entries) nor a SAML-tracer export (with requests): export the browser capture as HAR, or paste the SAMLResponse itself (XML that starts with <samlp:Response, or its base64).';

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

export async function extractFromJson(text: string, deps: InputDeps): Promise<OneOrMore<Evidence>> {
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
