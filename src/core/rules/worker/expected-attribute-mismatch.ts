import { backtrackingProblem } from '../../regexSafety';
import { hasAttribute, isBlankValue } from '../../attributes';
import { fixed, personal } from '../../disclose';
import { defineRule, PASS, withReport } from '../../engine';
import type { RequiredAttribute, Report, WorkerRuleContext } from '../../types';

type Message = 'pattern' | 'notAllowed';

// Compiled once per configuration entry, not once per worker. `null` marks a pattern that does not compile.
const patternCache = new WeakMap<RequiredAttribute, RegExp | null>();

function compiled(entry: RequiredAttribute): RegExp | undefined {
  if (entry.pattern === undefined) return undefined;
  let regex = patternCache.get(entry);
  if (regex === undefined) {
    try {
      // The whole value must match, as the configuration reference says.
      // Configuration parsing refuses patterns that can backtrack without end; one set in code is skipped too.
      regex = backtrackingProblem(entry.pattern) === undefined ? new RegExp(`^(?:${entry.pattern})$`) : null;
    } catch {
      // Configuration validation rejects a bad pattern; if one slips through, skip the check rather than crash.
      regex = null;
    }
    patternCache.set(entry, regex);
  }
  return regex ?? undefined;
}

/**
 * Values longer than this are not tested against a configured pattern: with the configuration's
 * pattern check (`config.ts`) this bounds the work of one test. Longer values do not match.
 */
export const MAX_TESTED_LENGTH = 1_024;

/** The values to compare: each item of a list, or the single value; numbers and booleans as text. */
function valuesOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function check(entry: RequiredAttribute, value: unknown): Report<Message> | undefined {
  const regex = compiled(entry);
  const allowed = entry.allowed && entry.allowed.length > 0 ? entry.allowed : undefined;
  for (const item of valuesOf(value)) {
    const text = asText(item);
    if (regex && (text === undefined || text.length > MAX_TESTED_LENGTH || !regex.test(text))) {
      return {
        messageId: 'pattern',
        path: entry.name,
        severity: entry.severity,
        data: {
          attribute: fixed(entry.name),
          value: personal(item, entry.name),
          pattern: fixed(entry.pattern ?? ''),
          ...(text !== undefined && text.length > MAX_TESTED_LENGTH ? { tooLong: fixed(true) } : {}),
        },
      };
    }
    if (allowed && (text === undefined || !allowed.includes(text))) {
      return {
        messageId: 'notAllowed',
        path: entry.name,
        severity: entry.severity,
        data: { attribute: fixed(entry.name), value: personal(item, entry.name), allowed: fixed(allowed) },
      };
    }
  }
  return undefined;
}

export default defineRule<WorkerRuleContext, Message>({
  meta: {
    id: 'expected-attribute-mismatch',
    scope: 'worker',
    title: {
      pass: 'Configured attributes have the expected values',
      fail: 'A configured attribute has an unexpected value',
    },
    description:
      'Your configuration gives some attributes a pattern or a list of allowed values (required_attributes), ' +
      'because routing, reporting or a plugin depends on them. Another value is likely a wrong mapping in the IdP ' +
      'or a wrong value in the directory.',
    // The severity of each finding comes from its configuration entry; this is the documented default.
    severity: 'warning',
    messages: {
      pattern:
        'The attribute "{{attribute}}" holds "{{value}}", which does not match the pattern your configuration ' +
        'expects ({{pattern}}).{{#tooLong}} Values over 1,024 characters are not tested against a pattern.{{/tooLong}}',
      notAllowed:
        'The attribute "{{attribute}}" holds "{{value}}", which is not one of the values your configuration allows ' +
        '({{allowed}}).',
    },
    fixKey: 'F-CLAIMS',
  },
  detect: ({ worker, expectations }) => {
    let reports: Report<Message>[] | undefined;
    for (const entry of expectations.requiredAttributes) {
      // Absent or empty is expected-attribute-missing's finding.
      if (!hasAttribute(worker.attributes, entry.name)) continue;
      const value = worker.attributes[entry.name];
      if (isBlankValue(value)) continue;
      const report = check(entry, value);
      if (report) reports = withReport(reports, report);
    }
    return reports ?? PASS;
  },
});
