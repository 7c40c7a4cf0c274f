/**
 * Where the requests of a browser capture are in its JSON text, found without building the document.
 * A HAR is mostly the bodies of scripts, style sheets and images; only the few requests that mention
 * SAML matter. One linear scan checks the structure (brackets balanced, strings closed, nesting at most
 * MAX_JSON_DEPTH) and notes where each request object starts and ends; captures.ts then parses only the
 * requests that contain "SAML". An 8 MB HAR is read in about two thirds of the time of a JSON.parse of
 * it, and never built in memory.
 *
 * The outline is a shortcut, never a second reading: anything it does not follow exactly as JSON.parse
 * would (a key written with escapes, a key given twice, text after the document, an unclosed string)
 * makes it give up, and the whole document is parsed instead. Balanced text that is not JSON outside
 * the requests that mention SAML is not noticed: those requests are parsed in full, the rest is unread.
 */

/** HAR and SAML-tracer files nest a handful of levels; anything deeper is not one of them. */
export const MAX_JSON_DEPTH = 64;

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface JsonOutline {
  /** `log.entries` (HAR) or `requests` (SAML-tracer), as JSON.parse would tell them apart. */
  readonly kind: 'har' | 'saml-tracer';
  /** The object elements of that list, in file order. */
  readonly requests: readonly Span[];
  /** SAML-tracer: the export's top-level `timestamp` value. */
  readonly timestamp?: Span;
}

/** 'tooDeep': nested past MAX_JSON_DEPTH. undefined: not followed (parse the whole document instead). */
export type OutlineResult = JsonOutline | 'tooDeep' | undefined;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_LIST = 0x5b;
const CLOSE_LIST = 0x5d;

/** Index of the `"` that closes the string opened at `open`, or -1; skips the string with indexOf. */
function closingQuote(text: string, open: number): number {
  let at = text.indexOf('"', open + 1);
  while (at !== -1) {
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return at;
    at = text.indexOf('"', at + 1);
  }
  return -1;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function nextNonSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i += 1;
  return i;
}

const ROOT_MEMBERS: ReadonlySet<string> = new Set(['log', 'requests', 'timestamp']);

/**
 * The outline of a HAR or SAML-tracer text, strings jumped over with indexOf (most of a HAR is strings:
 * bodies, base64 images). Linear, and stops as soon as the nesting passes the limit; any other JSON is
 * scanned for its depth too (JSON.parse takes seconds over a million nested lists) and not outlined.
 */
export function outlineCapture(text: string): OutlineResult {
  let depth = 0;
  let sure = text.charCodeAt(0) === OPEN_OBJECT;
  const seen = new Set<string>();
  // Where the value of a member we follow starts, and which member it is: `log`, `requests` and
  // `timestamp` of the root, `entries` of `log`.
  let valueAt = -1;
  let member: string | undefined;
  let logDepth = 0; // 2 while inside the root's `log` object
  let listDepth = 0; // the depth of log.entries (3) or requests (2) while inside it
  let hasEntries = false;
  let hasRequests = false;
  const entries: Span[] = [];
  const requests: Span[] = [];
  let list: Span[] | undefined; // the one of the two being read
  let elementStart = -1;
  let timestampStart = -1;
  let timestamp: Span | undefined;
  let end = -1;

  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const close = closingQuote(text, i);
      if (close === -1) return undefined; // an unterminated string: JSON.parse reports it
      const inLog = depth === 2 && logDepth === 2;
      if (depth === 1 || inLog) {
        const colon = nextNonSpace(text, close + 1);
        if (text.charCodeAt(colon) === COLON) {
          const key = text.slice(i + 1, close);
          // An escaped key may be one of ours, and a repeated one is read last by JSON.parse: let it decide.
          if (key.includes('\\')) sure = false;
          const followed =
            depth === 1 ? (ROOT_MEMBERS.has(key) ? key : undefined) : key === 'entries' ? key : undefined;
          member = followed;
          if (followed !== undefined) {
            if (seen.has(`${depth}${followed}`)) sure = false;
            seen.add(`${depth}${followed}`);
            valueAt = nextNonSpace(text, colon + 1);
            if (followed === 'timestamp') timestampStart = valueAt;
          }
        }
      }
      i = close;
    } else if (c === OPEN_OBJECT || c === OPEN_LIST) {
      depth += 1;
      if (depth > MAX_JSON_DEPTH) return 'tooDeep';
      if (i === valueAt && member === 'log' && c === OPEN_OBJECT) {
        logDepth = 2;
      } else if (i === valueAt && (member === 'entries' || member === 'requests') && c === OPEN_LIST) {
        listDepth = depth;
        list = member === 'entries' ? entries : requests;
        if (member === 'entries') hasEntries = true;
        else hasRequests = true;
      } else if (listDepth !== 0 && depth === listDepth + 1 && c === OPEN_OBJECT) {
        elementStart = i;
      }
    } else if (c === CLOSE_OBJECT || c === CLOSE_LIST) {
      if (listDepth !== 0 && depth === listDepth + 1 && elementStart !== -1) {
        list?.push({ start: elementStart, end: i + 1 });
        elementStart = -1;
      }
      if (depth === listDepth) listDepth = 0;
      if (depth === logDepth) logDepth = 0;
      if (depth === 1) {
        if (timestampStart !== -1 && timestamp === undefined) timestamp = { start: timestampStart, end: i };
        end = i;
      }
      depth -= 1;
      if (depth <= 0) break;
    } else if (c === COMMA && depth === 1 && timestampStart !== -1 && timestamp === undefined) {
      timestamp = { start: timestampStart, end: i };
    }
  }
  if (!sure || depth !== 0 || end === -1 || nextNonSpace(text, end + 1) !== text.length) return undefined;
  // JSON.parse's reading decides the kind: a HAR when log.entries is a list, else SAML-tracer's requests.
  if (hasEntries) return { kind: 'har', requests: entries };
  if (hasRequests) return { kind: 'saml-tracer', requests, ...(timestamp ? { timestamp } : {}) };
  return undefined;
}
