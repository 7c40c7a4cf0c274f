/** HTML character references in a form value, decoded without a DOM. */

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
export function decodeHtmlEntities(value: string): string {
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
