/** axe-core scans that fail on serious or critical violations and say readably what and where. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

type Results = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Violation = Results['violations'][number];

const BLOCKING = new Set(['serious', 'critical']);

export function describeViolations(violations: readonly Violation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map((n) => `    - ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`)
        .join('\n');
      const more = v.nodes.length > 5 ? `\n    … and ${v.nodes.length - 5} more` : '';
      return `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}${more}`;
    })
    .join('\n');
}

/**
 * Scans the page (or the part under `include`) and fails on any serious or critical violation.
 * The sandbox host's own chrome is out of scope unless the caller includes it.
 */
export async function expectAccessible(page: Page, state: string, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  const blocking = results.violations.filter((v) => v.impact && BLOCKING.has(v.impact));
  if (blocking.length > 0) {
    throw new Error(
      `Accessibility: ${blocking.length} serious or critical violation(s) in ${state}:\n${describeViolations(blocking)}`,
    );
  }
}
