/** Pure helpers for showing untrusted values as text. */

/** At most this many characters of one value are put in the DOM; the rest is summarised. */
export const MAX_SHOWN = 500;
/** At most this many characters of one value go into a tooltip (a `title` attribute). */
export const MAX_TITLE = 2_000;

/** A value as text: strings as they are, anything else as JSON. Never throws. */
export function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return '';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** A value cut to `max` characters, with how many were left out. */
export function clip(text: string, max: number = MAX_SHOWN): { text: string; omitted: number } {
  return text.length > max ? { text: text.slice(0, max), omitted: text.length - max } : { text, omitted: 0 };
}

/** Only https URLs become links; anything else (javascript:, data:, http:) stays text. */
export function isHttpsUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 2048) return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Makes invisible differences visible in a value shown as a choice: `" agent"` → `␣agent`. */
export function visibleWhitespace(text: string): string {
  return text
    .replace(/ /g, '\u2423')
    .replace(/\t/g, '\u21e5')
    .replace(/\u00a0/g, '\u237d')
    .replace(
      /[\u200b-\u200d\u2060\ufeff]/g,
      (c) => `<U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`,
    );
}

export function stringValue(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Identity attributes: shown to supervisors too (they see who, not the personal data). */
export const IDENTITY_ATTRIBUTES: ReadonlySet<string> = new Set(['full_name', 'email', 'roles']);

const WORD = /[\p{L}\p{N}_]/u;

/**
 * Masks the given values inside a text (whole words only), for supervisors reading findings whose
 * messages quote attribute values. Values shorter than 2 characters are left alone.
 */
export function maskValuesIn(text: string, values: readonly string[], mask: string): string {
  let out = text;
  const sorted = [...new Set(values.map((v) => v.trim()).filter((v) => v.length >= 2))].sort(
    (a, b) => b.length - a.length,
  );
  for (const value of sorted) {
    let from = 0;
    for (;;) {
      const at = out.indexOf(value, from);
      if (at < 0) break;
      const before = out[at - 1];
      const after = out[at + value.length];
      const glued =
        (before !== undefined && WORD.test(before) && WORD.test(value[0] as string)) ||
        (after !== undefined && WORD.test(after) && WORD.test(value[value.length - 1] as string));
      if (glued) {
        from = at + value.length;
        continue;
      }
      out = out.slice(0, at) + mask + out.slice(at + value.length);
      from = at + mask.length;
    }
  }
  return out;
}

/** String values of the attributes a supervisor may not see (everything but name, email, roles). */
export function hiddenValues(attributes: Readonly<Record<string, unknown>>): string[] {
  const out: string[] = [];
  const walk = (value: unknown, depth: number): void => {
    if (depth > 6) return;
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach((v) => walk(v, depth + 1));
    else if (value !== null && typeof value === 'object') Object.values(value).forEach((v) => walk(v, depth + 1));
  };
  for (const [key, value] of Object.entries(attributes)) if (!IDENTITY_ATTRIBUTES.has(key)) walk(value, 0);
  return out;
}
