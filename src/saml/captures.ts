/**
 * Browser captures: every SAML message in a HAR file (requests carrying a `SAMLResponse` parameter) or
 * a SAML-tracer export (`{ requests: [...], timestamp }`: its decoded `saml` text, or the raw parameter),
 * newest first. The JSON is outlined first (jsonOutline.ts: its depth checked, its requests located) and
 * only the requests that mention SAML are parsed; what the outline does not follow is parsed whole.
 */
import { describeJsonSyntaxError } from '../core/jsonSyntax';
import { isRecord, withoutUndefined } from '../core/objects';
import type { CaptureInfo } from '../core/samlTypes';
import { INPUT_LIMITS, SamlInputError } from './errors';
import { decodeFormValue, find, nonEmpty, parseForm, type Params } from './forms';
import type { Evidence, OneOrMore } from './input';
import { outlineCapture, type JsonOutline } from './jsonOutline';
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

export async function extractFromJson(text: string, deps: InputDeps): Promise<OneOrMore<Evidence>> {
  // JSON.parse is slow on pathologically deep input; no HAR or SAML-tracer export is deep.
  const outline = outlineCapture(text);
  if (outline === 'tooDeep') throw new SamlInputError('notSaml', UNKNOWN_JSON);
  const outlined = outline ? candidatesInOutline(text, outline) : undefined;
  if (outlined !== undefined && outlined.length > 0) return decodeCandidates(sortNewestFirst(outlined), deps);

  // The whole document: one the outline did not follow, or found no SAML in.
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new SamlInputError('notSaml', invalidJson(text));
  }
  let candidates: Candidate[];
  if (isRecord(data) && isRecord(data.log) && Array.isArray(data.log.entries)) {
    candidates = collect(data.log.entries, harCandidate);
  } else if (isRecord(data) && Array.isArray(data.requests)) {
    const exported = captureTime(data.timestamp);
    candidates = collect(data.requests, (request, order) => tracerCandidate(request, order, exported));
  } else {
    throw new SamlInputError('notSaml', UNKNOWN_JSON);
  }
  if (candidates.length === 0) throw new SamlInputError('noSamlInCapture');
  return decodeCandidates(sortNewestFirst(candidates), deps);
}

/**
 * The candidates among the outlined requests that mention SAML, each parsed alone, in file order (a
 * request's place in the file orders it as its index would). Undefined when one of them is not JSON
 * (the whole document is then parsed, to report where), or when more than MAX_MENTIONS mention SAML: a
 * capture has a handful, and a file made of nothing else is parsed once rather than in a million pieces.
 */
const MAX_MENTIONS = 1000;

function candidatesInOutline(text: string, outline: JsonOutline): Candidate[] | undefined {
  let exported: CaptureTime = {};
  if (outline.timestamp) {
    try {
      exported = captureTime(JSON.parse(text.slice(outline.timestamp.start, outline.timestamp.end)));
    } catch {
      return undefined;
    }
  }
  const candidates: Candidate[] = [];
  let parsed = 0;
  let mention = text.indexOf('SAML');
  for (const { start, end } of outline.requests) {
    if (mention === -1) break;
    if (mention >= end) continue;
    if (mention < start) {
      mention = text.indexOf('SAML', start);
      if (mention === -1 || mention >= end) continue;
    }
    parsed += 1;
    if (parsed > MAX_MENTIONS) return undefined;
    let request: unknown;
    try {
      request = JSON.parse(text.slice(start, end));
    } catch {
      return undefined;
    }
    const candidate = outline.kind === 'har' ? harCandidate(request, start) : tracerCandidate(request, start, exported);
    if (candidate) candidates.push(candidate);
    mention = text.indexOf('SAML', end);
  }
  return candidates;
}

function collect(list: readonly unknown[], read: (item: unknown, order: number) => Candidate | undefined): Candidate[] {
  const candidates: Candidate[] = [];
  list.forEach((item, order) => {
    const candidate = read(item, order);
    if (candidate) candidates.push(candidate);
  });
  return candidates;
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
function harCandidate(entry: unknown, order: number): Candidate | undefined {
  if (!isRecord(entry) || !isRecord(entry.request)) return undefined;
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
  if (value === undefined) return undefined;
  return withoutUndefined({
    value,
    source: 'har' as const,
    ...captureTime(entry.startedDateTime),
    relayState: nonEmpty(find(params, 'RelayState')),
    postedTo: typeof request.url === 'string' ? request.url : undefined,
    order,
  });
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
function tracerCandidate(request: unknown, order: number, exported: CaptureTime): Candidate | undefined {
  if (!isRecord(request)) return undefined;
  const params = tracerParams(request);
  const value = find(params, 'SAMLResponse');
  const saml =
    typeof request.saml === 'string' && request.saml.trim().startsWith('<') ? request.saml.trim() : undefined;
  const looksLikeResponse =
    value !== undefined || (saml !== undefined && request.protocol === 'SAML-P' && !find(params, 'SAMLRequest'));
  if (!looksLikeResponse) return undefined;
  return withoutUndefined({
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
  });
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
type CaptureTime = { capturedAt?: string; captureTimeUnreadable?: true };

function captureTime(value: unknown): CaptureTime {
  if (value === undefined || value === null || value === '') return {};
  const ms = typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_TIME_MS
    ? { capturedAt: new Date(ms).toISOString() }
    : { captureTimeUnreadable: true };
}
