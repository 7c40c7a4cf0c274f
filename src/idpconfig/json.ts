/**
 * Narrowing helpers for the JSON exports: every field is untrusted, may be missing or null, and is
 * read through these instead of being cast. One set for all the JSON readers.
 */
export type JsonObject = Readonly<Record<string, unknown>>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function objectAt(value: unknown, key: string): JsonObject | undefined {
  const field = isObject(value) ? value[key] : undefined;
  return isObject(field) ? field : undefined;
}

/** A trimmed string, or undefined for anything else (null, numbers, objects). */
export function stringAt(value: unknown, key: string): string | undefined {
  const field = isObject(value) ? value[key] : undefined;
  return typeof field === 'string' ? field.trim() : undefined;
}

export function booleanAt(value: unknown, key: string): boolean | undefined {
  const field = isObject(value) ? value[key] : undefined;
  return typeof field === 'boolean' ? field : undefined;
}

/** The strings of an array field (other items skipped); undefined when the field is not an array. */
export function stringsAt(value: unknown, key: string): string[] | undefined {
  const field = isObject(value) ? value[key] : undefined;
  if (!Array.isArray(field)) return undefined;
  return field.filter((item): item is string => typeof item === 'string').map((item) => item.trim());
}

export function objectsAt(value: unknown, key: string): JsonObject[] | undefined {
  const field = isObject(value) ? value[key] : undefined;
  if (!Array.isArray(field)) return undefined;
  return field.filter(isObject);
}

export function has(value: unknown, key: string): boolean {
  return isObject(value) && Object.hasOwn(value, key);
}

/** Each distinct non-empty string once, in first-seen order. */
export function unique(values: readonly (string | undefined | null)[]): string[] {
  const out: string[] = [];
  for (const value of values) {
    if (typeof value === 'string' && value !== '' && !out.includes(value)) out.push(value);
  }
  return out;
}
