/**
 * The rule registry: every rule the engine runs, in the order reports list them within a severity.
 * A rule file that is not imported here never runs; tests/core/catalogue.test.ts checks that every
 * catalogue id is registered and that every rule file is.
 */
import type { Rule, TeamRule, WorkerRule } from '../types';

export const workerRules: readonly WorkerRule[] = [];

export const teamRules: readonly TeamRule[] = [];

export const allRules: readonly Rule<never>[] = [...workerRules, ...teamRules] as readonly Rule<never>[];

const byId = new Map(allRules.map((rule) => [rule.meta.id, rule]));

export function ruleById(id: string): Rule<never> | undefined {
  return byId.get(id);
}
