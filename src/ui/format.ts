/** Pure helpers for showing untrusted values as text. */
import type { Finding, Severity } from '../core/types';

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

export interface SeverityCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Roles as a list of strings, whatever shape the attribute has. */
export function rolesList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((r): r is string => typeof r === 'string');
  if (typeof value === 'string')
    return value
      .split(',')
      .map((r) => r.trim())
      .filter((r) => r !== '');
  return [];
}

export function stringValue(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Identity attributes: shown to supervisors too (they see who, not the personal data). */
export const IDENTITY_ATTRIBUTES: ReadonlySet<string> = new Set(['full_name', 'email', 'roles']);
