import { backtrackingProblem } from '../../regexSafety';
import { fixed, personal } from '../../disclose';
import { defineRule, PASS, withReport } from '../../engine';
import { rolesOf } from '../../roles';
import type { Report, RoleRule, WorkerAttributes, WorkerRuleContext } from '../../types';

/** Values longer than this are not matched against a configured pattern: bounds the cost of a bad regex. */
const MAX_MATCHED_LENGTH = 1024;

const compiled = new Map<string, RegExp | null>();

/** Compiles a configured pattern once; a pattern that does not compile never matches. */
function patternOf(source: string): RegExp | null {
  let regex = compiled.get(source);
  if (regex === undefined) {
    try {
      regex = backtrackingProblem(source) === undefined ? new RegExp(source) : null;
    } catch {
      regex = null;
    }
    compiled.set(source, regex);
  }
  return regex;
}

/** The text values of an attribute: a string, or the strings of a list. */
function textValues(attributes: WorkerAttributes, name: string): readonly string[] {
  const value = attributes[name];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return NO_VALUES;
}

const NO_VALUES: readonly string[] = Object.freeze([]);

/** The value that makes the rule's condition hold, if any. */
function matchingValue(rule: RoleRule, attributes: WorkerAttributes): string | undefined {
  const values = textValues(attributes, rule.when.attribute);
  const { equals, matches } = rule.when;
  if (equals !== undefined) return values.find((value) => value === equals);
  if (matches !== undefined) {
    const regex = patternOf(matches);
    if (!regex) return undefined;
    return values.find((value) => value.length <= MAX_MATCHED_LENGTH && regex.test(value));
  }
  return undefined;
}

export default defineRule<WorkerRuleContext, 'missing'>({
  meta: {
    id: 'expected-role-missing',
    scope: 'worker',
    title: { pass: 'Configured role rules hold', fail: 'A role the configuration expects is missing' },
    description:
      "The organisation's role rules say which roles a user should have, given another attribute (a department, a job title). A missing role usually means a user was not added to the right group or app role in the identity provider.",
    severity: 'warning',
    messages: {
      missing:
        'Because {{attribute}} is "{{value}}", the configured role rules expect the role {{role}}, but roles does not include it. Assign {{role}} to this user in the identity provider.',
    },
    fixKey: 'F-ROLES',
  },
  detect: ({ worker, expectations }) => {
    const roles = rolesOf(worker.attributes);
    // Without a usable roles list there is nothing to compare; other rules report the roles attribute itself.
    if (!roles || expectations.roleRules.length === 0) return PASS;
    let reports: Report<'missing'>[] | undefined;
    const reported: string[] = [];
    for (const rule of expectations.roleRules) {
      const value = matchingValue(rule, worker.attributes);
      if (value === undefined) continue;
      for (const role of rule.expectRoles) {
        if (roles.includes(role) || reported.includes(role)) continue;
        reported.push(role);
        reports = withReport(reports, {
          messageId: 'missing',
          path: 'roles',
          data: {
            role: fixed(role),
            attribute: fixed(rule.when.attribute),
            value: personal(value, rule.when.attribute),
          },
        });
      }
    }
    return reports ?? PASS;
  },
});
