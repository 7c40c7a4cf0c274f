/**
 * Shared pieces of the property-based tests: the CLI run in-process, distinctive personal values, and
 * the checks every run must pass whatever its input (exit codes, shapes, filled messages, no leak).
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import fc from 'fast-check';
import { cli, type CliRun } from '../cli/run';

/**
 * Seeded: the same cases on every run unless FC_SEED says otherwise. fast-check prints the seed and
 * the shrunk counterexample on failure; rerun with `FC_SEED=<seed>`.
 */
/** FC_RUNS scales every property's case count (e.g. 0.1 for a quick local run). */
const RUNS_SCALE = Number(process.env['FC_RUNS'] ?? 1);
export const SEED = process.env['FC_SEED'] !== undefined ? Number(process.env['FC_SEED']) : 20261201;
export const params = (numRuns: number): fc.Parameters<unknown> => ({
  seed: SEED,
  numRuns: Math.ceil(numRuns * RUNS_SCALE),
  endOnFailure: true,
  includeErrorInReport: true,
});

/** No input may take longer than this, in-process, on the 2-core CI machine. */
export const MAX_MS_PER_INPUT = 1_000;

/**
 * Letters no message, code or fix step writes eight of in a row: consonants outside hex, upper case.
 * A personal value made of them, and any 8-character piece of it, can only appear in output by leaking.
 */
const MARK = 'GHJKLMNPQRSTVWXZ';
export const markWord = fc
  .array(fc.constantFrom(...MARK.split('')), { minLength: 8, maxLength: 24 })
  .map((letters) => letters.join(''));

/** Personal values in the shapes people's data takes: a word, a name, an address, an identity, a long value. */
export const personalValue: fc.Arbitrary<string> = fc.oneof(
  markWord,
  fc.tuple(markWord, markWord).map(([a, b]) => `${a} ${b}`),
  fc.tuple(markWord, markWord).map(([a, b]) => `${a.toLowerCase()}.${b}@${b.toLowerCase()}.example`),
  fc.tuple(markWord, markWord).map(([a, b]) => `${a}_40${b}_2Ecom`),
  markWord.map((a) => `${a} `.repeat(12)),
  fc.tuple(fc.string({ maxLength: 6 }), markWord, fc.string({ maxLength: 6 })).map(([x, m, y]) => `${x}${m}${y}`),
);

/** A phone-number-like value as a number: personal too. */
export const personalNumber = fc.integer({ min: 10 ** 11, max: 10 ** 13 });

/** Attribute names Flex and IdPs use, and arbitrary ones. */
export const attributeName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'email',
    'full_name',
    'roles',
    'image_url',
    'contact_uri',
    'department',
    'team_member',
    'team_owner',
    'routing',
    'disabled_skills',
    'location',
    'manager',
    'Email',
    'mail',
    'firstName',
    'displayName',
    'employee_number',
    'team_name',
    'department_name',
    'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
    'http://schemas.microsoft.com/identity/claims/tenantid',
    'level.Int',
    'skills.stringarray',
    'phone',
  ),
  fc.string({ maxLength: 12 }),
);

/** Everything personal a value holds: its strings and numbers (the markers are what the checks look for). */
export function markersIn(value: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 40) return out;
  if (typeof value === 'string') {
    out.push(...(value.match(/[GHJKLMNPQRSTVWXZ]{8,}/gi) ?? []));
  } else if (typeof value === 'number' && Number.isInteger(value) && value >= 10 ** 11) out.push(String(value));
  else if (Array.isArray(value)) for (const v of value) markersIn(v, out, depth + 1);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      // A key is an attribute name, not a personal value, unless it is an address or an identity.
      if (k.includes('@') || k.includes('_40')) markersIn(k, out, depth + 1);
      markersIn(v, out, depth + 1);
    }
  }
  return out;
}

/** The first 8-character piece of a marker found in the text (case-insensitive), or undefined. */
export function leakIn(text: string, markers: readonly string[]): string | undefined {
  const lower = text.toLowerCase();
  for (const marker of markers) {
    const m = marker.toLowerCase();
    for (let i = 0; i + 8 <= m.length; i++) if (lower.includes(m.slice(i, i + 8))) return m.slice(i, i + 8);
  }
  return undefined;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sso-prop-'));
let files = 0;
/** A file for --config or --worker (the CLI reads those from disk). */
export function tempFile(content: string): string {
  const p = path.join(tmp, `f${files++}.json`);
  fs.writeFileSync(p, content);
  return p;
}

export interface TimedRun extends CliRun {
  readonly ms: number;
}

export async function run(argv: string[], stdin: string): Promise<TimedRun> {
  const started = process.hrtime.bigint();
  const result = await cli(argv, { stdin });
  return { ...result, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

interface JsonFinding {
  readonly message?: unknown;
  readonly ruleId?: unknown;
}

/**
 * What the contract says of every run: exit 0, 1 or 2; on 2 one line on stderr (and the error object
 * with --format json); otherwise a report whose messages are all filled; within the time bound.
 */
export function checkContract(r: TimedRun, format: 'json' | 'markdown' | 'text'): void {
  expect([0, 1, 2]).toContain(r.code);
  expect(r.ms).toBeLessThan(MAX_MS_PER_INPUT);
  if (r.code === 2) {
    expect(r.stderr).toMatch(/^sso-diagnostics: [^\n]+\n$/);
    expect(r.stderr).not.toMatch(/unexpected failure/);
    if (format === 'json')
      expect(JSON.parse(r.stdout)).toEqual({ error: expect.objectContaining({ message: expect.any(String) }) });
    return;
  }
  expect(r.stderr).toBe('');
  if (format === 'json') {
    const out = JSON.parse(r.stdout) as { findings: JsonFinding[]; workers?: { findings: JsonFinding[] }[] };
    const all = [...out.findings, ...(out.workers ?? []).flatMap((w) => w.findings)];
    for (const f of all) {
      expect(typeof f.message).toBe('string');
      // Values are codes in redacted output, so whatever remains is the template's own words.
      expect(f.message).not.toMatch(/\{\{|\}\}|\(none\)|\bundefined\b|\[object /);
    }
  }
}

/** No personal value, nor an 8-character piece of one, in the output or the error. */
export function checkNoLeak(r: TimedRun, markers: readonly string[]): void {
  expect(leakIn(r.stdout, markers)).toBeUndefined();
  expect(leakIn(r.stderr, markers)).toBeUndefined();
}
