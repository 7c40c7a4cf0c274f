/**
 * The one decision about showing a value from the input: shown as it is (admins, `--include-values`),
 * masked (supervisors, for values of attributes they may not see) or redacted (exports: a short stable
 * code). It is decided on data — every message value carries its kind — before any truncation or
 * formatting, so a cut-off prefix or a lower-cased copy can never escape it. No pattern is built from
 * data, every scan here is a single linear pass, and long values are bounded before anything looks at
 * them.
 */
import { shortHash } from './report/hash';
import { FLEX_ROLES, INSIGHTS_ROLES } from './roles';

/** What a message value is. A plain string in finding data is `personal`: an unmarked value is hidden. */
export type DataKind =
  /** A value from the input that may identify someone: attribute values, NameIDs, emails, names. */
  | 'personal'
  /** A value of `roles`: kept when it is a Flex or Insights role name, otherwise personal. */
  | 'role'
  /** An attribute or claim name from the input: kept, unless it is an address or a Flex identity. */
  | 'name'
  /** Other text from the input (a URL, an Issuer, a status message): kept, with addresses and query values coded. */
  | 'text'
  /** Chosen by the code or by the configuration (enum values, Flex role names, expected URLs): kept. */
  | 'fixed';

export type DataScalar = string | number | boolean;

export interface DataValue {
  readonly kind: DataKind;
  readonly value: DataScalar | readonly (DataScalar | DataValue)[];
  /** For personal values: the attribute they come from (supervisors see the identity attributes). */
  readonly attribute?: string;
  /** At most this many characters of each item are shown (after the decision, never before it). */
  readonly max?: number;
  /** At most this many items of a list are shown; the rest is counted ("and 4 more"). */
  readonly maxItems?: number;
  /** Each item in double quotes (`"Email" and "mail"`). */
  readonly quote?: boolean;
}

/** At most this many characters of one value appear in a message. */
export const SHOWN_LENGTH = 80;
/** Names (attribute names, claim names) are cut at this length in messages. */
export const NAME_LENGTH = 120;
/** Longest text any scan here looks at; longer text is cut first. */
const SCAN_LIMIT = 2_000;

const isDataValue = (value: unknown): value is DataValue =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && 'kind' in value;

/** A value from the input, of any shape, as bounded text: strings as they are, anything else as JSON-like text. */
export function boundedText(value: unknown, max: number = SCAN_LIMIT): string {
  if (typeof value === 'string') return value.length > max ? value.slice(0, max) : value;
  const out: string[] = [];
  let size = 0;
  const push = (s: string): boolean => {
    out.push(s);
    size += s.length;
    return size < max;
  };
  // Iterative, depth- and size-bounded: a value nested 10,000 deep or 50 MB wide costs at most `max` characters.
  const walk = (v: unknown, depth: number): boolean => {
    if (v === null || typeof v === 'number' || typeof v === 'boolean') return push(String(v));
    if (typeof v === 'string') return push(JSON.stringify(v.length > max ? v.slice(0, max) : v));
    if (typeof v !== 'object') return push(v === undefined ? 'null' : typeof v);
    if (depth > 16) return push('…');
    if (Array.isArray(v)) {
      if (!push('[')) return false;
      for (let i = 0; i < v.length; i++) {
        if ((i > 0 && !push(',')) || !walk(v[i], depth + 1)) return false;
      }
      return push(']');
    }
    if (!push('{')) return false;
    let first = true;
    for (const key of Object.keys(v as object)) {
      if ((!first && !push(',')) || !push(`${JSON.stringify(key.slice(0, max))}:`)) return false;
      first = false;
      if (!walk((v as Record<string, unknown>)[key], depth + 1)) return false;
    }
    return push('}');
  };
  walk(value, 0);
  const text = out.join('');
  return text.length > max ? text.slice(0, max) : text;
}

/** A value as data for a message. `attribute`: the attribute it comes from, when it is one's value. */
export function personal(value: unknown, attribute?: string, max: number = SHOWN_LENGTH): DataValue {
  const item = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
  return {
    kind: 'personal',
    value: item ? value : boundedText(value),
    ...(attribute !== undefined ? { attribute } : {}),
    max,
  };
}

export function personalList(values: readonly string[], attribute?: string, maxItems = 10): DataValue {
  return {
    kind: 'personal',
    value: values,
    ...(attribute !== undefined ? { attribute } : {}),
    max: SHOWN_LENGTH,
    maxItems,
  };
}

export function role(value: string | readonly string[], maxItems = 10): DataValue {
  return { kind: 'role', value, attribute: 'roles', max: SHOWN_LENGTH, maxItems };
}

export function name(value: string | readonly string[], maxItems = 10): DataValue {
  return { kind: 'name', value, max: NAME_LENGTH, maxItems };
}

export function text(value: string, max: number = SHOWN_LENGTH): DataValue {
  return { kind: 'text', value, max };
}

export function fixed(value: DataScalar | readonly DataScalar[], maxItems = 20): DataValue {
  if (typeof value !== 'object' && maxItems === 20) return sharedFixed(value);
  return { kind: 'fixed', value, max: 300, maxItems };
}

/**
 * One frozen `fixed` value per scalar: findings say `fixed(true)` and `fixed("full_name")` thousands of
 * times over a team. Values chosen by the code or the configuration: few, and the cache is bounded anyway.
 */
const FIXED = new Map<DataScalar, DataValue>();
const FIXED_CACHE_SIZE = 1024;

function sharedFixed(value: DataScalar): DataValue {
  let shared = FIXED.get(value);
  if (shared === undefined) {
    shared = Object.freeze({ kind: 'fixed', value, max: 300, maxItems: 20 });
    if (FIXED.size < FIXED_CACHE_SIZE && (typeof value !== 'string' || value.length <= 300)) FIXED.set(value, shared);
  }
  return shared;
}

/** A list whose items have different kinds (a worker sid beside a worker name). */
export function mixed(items: readonly DataValue[], maxItems = 10): DataValue {
  return { kind: 'fixed', value: items, maxItems };
}

/** How values are shown. */
export type Disclosure =
  | { readonly mode: 'plain' }
  /** Supervisors: personal values are replaced by `mask` unless they come from one of the `shown` attributes. */
  | { readonly mode: 'mask'; readonly mask: string; readonly shown: ReadonlySet<string> }
  /**
   * Exports: personal values become short stable codes. `known` are values to code inside free text
   * as well, `people` those of them that name a person (coded `user-…`).
   */
  | { readonly mode: 'redact'; readonly known?: readonly string[]; readonly people?: readonly string[] };

export const PLAIN: Disclosure = { mode: 'plain' };
export const REDACT: Disclosure = { mode: 'redact' };

export function personCode(value: string): string {
  return `user-${shortHash(value.trim().toLowerCase())}`;
}

export function valueCode(value: string): string {
  return `value-${shortHash(value)}`;
}

/** Attributes whose values name a person: coded as `user-…` like a NameID, so one person has one code. */
const PERSON_ATTRIBUTES: ReadonlySet<string> = new Set(['email', 'full_name']);

/** Role values that identify nobody and are what is being diagnosed: kept in exports. */
const ROLE_NAMES: ReadonlySet<string> = new Set([...FLEX_ROLES, ...INSIGHTS_ROLES]);

/** Whether a role value is kept in exports: a Flex or Insights role name, in any case, with spaces or not. */
export function isRoleName(value: string): boolean {
  return value.length <= 64 && ROLE_NAMES.has(value.trim().toLowerCase());
}

function isWhitespace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029;
}

/** An address, a user principal name or a Flex identity (`jane_40example_2Ecom`): one linear pass, no pattern. */
export function looksLikePerson(value: string): boolean {
  const text = value.length > SCAN_LIMIT ? value.slice(0, SCAN_LIMIT) : value;
  const at = text.indexOf('@');
  if (at > 0 && at < text.trim().length - 1) return true;
  const id = text.indexOf('_40');
  return id >= 0 && id + 3 < text.length && !isWhitespace(text.charCodeAt(id + 3));
}

function codeFor(value: string, attribute: string | undefined): string {
  return (attribute !== undefined && PERSON_ATTRIBUTES.has(attribute)) || looksLikePerson(value)
    ? personCode(value)
    : valueCode(value);
}

/** The characters an address or a Flex identity is written with. */
function isAddressChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 46 || // .
    code === 95 || // _
    code === 45 || // -
    code === 43 || // +
    code === 37 || // %
    code === 39 || // '
    code === 64 // @
  );
}

/**
 * Codes every address and Flex identity in a text, in one pass over runs of address characters: a run
 * holding an `@` between characters, or `_40` followed by more, is replaced whole. Linear in the text.
 */
export function codeAddresses(input: string): string {
  const out: string[] = [];
  let i = 0;
  const n = input.length;
  while (i < n) {
    if (!isAddressChar(input.charCodeAt(i))) {
      const start = i;
      while (i < n && !isAddressChar(input.charCodeAt(i))) i++;
      out.push(input.slice(start, i));
      continue;
    }
    const start = i;
    while (i < n && isAddressChar(input.charCodeAt(i))) i++;
    let end = i;
    // A sentence's full stop is not part of the address.
    while (end > start && input.charCodeAt(end - 1) === 46) end--;
    const run = input.slice(start, end);
    out.push(looksLikePerson(run) ? personCode(run) : run, input.slice(end, i));
  }
  return out.join('');
}

/** Replaces known values inside a text (whole words only), longest first, with `replace(value)`. No pattern. */
export function replaceKnown(input: string, values: readonly string[], replace: (value: string) => string): string {
  let out = input;
  const sorted = [...new Set(values.map((v) => v.trim()).filter((v) => v.length >= 2 && v.length <= out.length))].sort(
    (a, b) => b.length - a.length,
  );
  const word = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_]/u.test(c);
  for (const value of sorted) {
    let from = 0;
    for (;;) {
      const at = out.indexOf(value, from);
      if (at < 0) break;
      const glued =
        (word(out[at - 1]) && word(value[0])) || (word(out[at + value.length]) && word(value[value.length - 1]));
      if (glued) {
        from = at + value.length;
        continue;
      }
      const code = replace(value);
      out = out.slice(0, at) + code + out.slice(at + value.length);
      from = at + code.length;
    }
  }
  return out;
}

/** Codes the values of a URL's query (`login_hint=<email>`) and fragment; the rest of the URL is kept. */
function codeUrlQuery(input: string): string {
  const q = input.search(/[?#]/);
  if (q < 0 || !/^[a-z][a-z0-9+.-]{0,20}:/i.test(input)) return input;
  const base = input.slice(0, q);
  const rest = input
    .slice(q)
    .split(/([?#&;])/)
    .map((part) => {
      const eq = part.indexOf('=');
      if (part.length <= 1 || /^[?#&;]$/.test(part)) return part;
      return eq < 0
        ? valueCode(part)
        : `${part.slice(0, eq + 1)}${part.length > eq + 1 ? valueCode(part.slice(eq + 1)) : ''}`;
    })
    .join('');
  return base + rest;
}

/** Cuts a text to `max` characters with an ellipsis. */
function clip(value: string, max: number): string {
  return value.length > max ? `${value.slice(0, Math.max(1, max - 1))}…` : value;
}

/** Values to code inside free text: `known` values, of which `people` name a person. */
export interface KnownValues {
  readonly known?: readonly string[];
  readonly people?: readonly string[];
}

/** Free text from the input, redacted: bounded, known values and addresses coded, URL query values coded. */
export function redactText(input: string, values: KnownValues = {}, max: number = SCAN_LIMIT): string {
  let value = input.length > SCAN_LIMIT ? input.slice(0, SCAN_LIMIT) : input;
  // Never leave the start of a cut address behind: drop a trailing partial run of address characters.
  if (value.length < input.length) {
    let end = value.length;
    while (end > 0 && isAddressChar(value.charCodeAt(end - 1))) end--;
    value = value.slice(0, end);
  }
  const people = new Set((values.people ?? []).map((p) => p.trim()));
  const known = [...(values.known ?? []), ...people];
  const code = (v: string) => (people.has(v) ? personCode(v) : codeFor(v, undefined));
  value = codeAddresses(codeUrlQuery(replaceKnown(value, known, code)));
  return value.length > max ? clip(value, max) : value;
}

function scalarText(value: DataScalar): string {
  return typeof value === 'string' ? value : String(value);
}

function discloseScalar(item: DataScalar, v: DataValue, disclosure: Disclosure): string {
  const raw = scalarText(item);
  const max = v.max ?? SHOWN_LENGTH;
  switch (v.kind) {
    case 'fixed':
      return clip(raw, max);
    case 'name':
      return disclosure.mode === 'redact' && looksLikePerson(raw) ? personCode(raw) : clip(raw, max);
    case 'text':
      return disclosure.mode === 'redact' ? redactText(raw, disclosure, max) : clip(raw, max);
    case 'role':
      if (disclosure.mode !== 'redact') return clip(raw, max);
      return isRoleName(raw) ? raw : codeFor(raw, undefined);
    case 'personal':
    default:
      if (disclosure.mode === 'redact') return codeFor(raw, v.attribute);
      if (disclosure.mode === 'mask' && (v.attribute === undefined || !disclosure.shown.has(v.attribute))) {
        return disclosure.mask;
      }
      return clip(raw, max);
  }
}

/** Joins items as people write lists: "a", "a and b", "a, b and c", "a, b, c and 4 more". */
function joinItems(items: readonly string[], total: number): string {
  const more = total - items.length;
  const all = more > 0 ? [...items, `${more} more`] : items;
  if (all.length <= 1) return all[0] ?? '';
  return `${all.slice(0, -1).join(', ')} and ${all[all.length - 1] as string}`;
}

/** One message value as text, under a disclosure. The only place that decides how a value is shown. */
export function disclose(value: FindingValue, disclosure: Disclosure = PLAIN): string {
  const v = asDataValue(value);
  const q = (s: string) => (v.quote ? `"${s}"` : s);
  if (!Array.isArray(v.value)) return q(discloseScalar(v.value as DataScalar, v, disclosure));
  const list = v.value as readonly (DataScalar | DataValue)[];
  const shown = list.slice(0, v.maxItems ?? list.length);
  return joinItems(
    shown.map((item) => q(isDataValue(item) ? disclose(item, disclosure) : discloseScalar(item, v, disclosure))),
    list.length,
  );
}

/** What finding data may hold: a number is a count, a plain string or list of strings is personal. */
export type FindingValue = number | string | readonly string[] | DataValue;

export function asDataValue(value: FindingValue): DataValue {
  if (isDataValue(value)) return value;
  if (typeof value === 'number') return { kind: 'fixed', value };
  return { kind: 'personal', value: value as string | readonly string[], max: SHOWN_LENGTH };
}

/** The raw value behind message data, for tests and for code that counts (e.g. the workers a team finding names). */
export function rawValue(value: FindingValue): DataScalar | readonly DataScalar[] {
  const v = asDataValue(value);
  if (!Array.isArray(v.value)) return v.value as DataScalar;
  return (v.value as readonly (DataScalar | DataValue)[]).map((item) =>
    isDataValue(item) ? (rawValue(item) as DataScalar) : item,
  );
}

/** Size of a value for plural forms: a list's length, a number itself. */
export function countOf(value: FindingValue): number {
  const v = asDataValue(value);
  if (Array.isArray(v.value)) return v.value.length;
  return typeof v.value === 'number' ? v.value : 1;
}

/** Whether a section keyed by this value is shown: present, not false, not empty. */
export function isPresent(value: FindingValue | undefined): boolean {
  if (value === undefined) return false;
  const v = asDataValue(value);
  if (Array.isArray(v.value)) return v.value.length > 0;
  return v.value !== false && v.value !== '';
}

/**
 * Marks every string of a rule's data as input text (`text`): for SAML facts such as URLs, times and
 * element names, which identify nobody but may hold an address. Numbers stay counts.
 */
export function texts(
  data: Readonly<Record<string, string | number | readonly string[]>>,
  max = 300,
): Readonly<Record<string, FindingValue>> {
  const out: Record<string, FindingValue> = {};
  for (const [key, value] of Object.entries(data)) {
    out[key] = typeof value === 'number' ? value : { kind: 'text', value, max, maxItems: 10 };
  }
  return out;
}
