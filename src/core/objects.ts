/** Small object helpers shared by the core, the readers and the front ends: one of each. */

/** A plain JSON-like object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The object without its keys whose value is `undefined`, so an optional fact that is absent is absent
 * (in JSON output and under `exactOptionalPropertyTypes`), never present as `undefined`.
 */
export function withoutUndefined<T extends object>(value: T): WithoutUndefined<T> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (item !== undefined) out[key] = item;
  return out as WithoutUndefined<T>;
}

/** `T` with each property that may be `undefined` made optional instead, and never `undefined`. */
export type WithoutUndefined<T> = {
  [K in keyof T as undefined extends T[K] ? never : K]: T[K];
} & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};
