/**
 * Test utilities for the views: a render wrapper with Paste's theme and the strings provider, and
 * small builders for findings, results and workers (plain data: the views take precomputed results).
 */
import * as React from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { Theme } from '@twilio-paste/core/theme';
import { DEFAULT_EXPECTATIONS } from '../../src/core/config';
import type {
  CheckResult,
  Expectations,
  Finding,
  FindingData,
  FixKey,
  Severity,
  WorkerSnapshot,
} from '../../src/core/types';
import { ruleById } from '../../src/core/rules';
import { StringsProvider } from '../../src/ui/StringsProvider';
import type { StringOverrides } from '../../src/ui/strings';

// Role queries compute styles for visibility, which is slow on Paste's CSS-in-JS under jsdom.
jest.setTimeout(30_000);

export function renderUi(ui: React.ReactElement, strings?: StringOverrides): RenderResult {
  const wrap = (node: React.ReactElement): React.ReactElement => (
    <Theme.Provider theme="default" disableAnimations>
      <StringsProvider strings={strings}>{node}</StringsProvider>
    </Theme.Provider>
  );
  const result = render(wrap(ui));
  return { ...result, rerender: (next: React.ReactElement) => result.rerender(wrap(next)) };
}

export const expectations: Expectations = DEFAULT_EXPECTATIONS;

export function finding(
  ruleId: string,
  severity: Severity,
  options: { message?: string; path?: string; data?: FindingData; fixKey?: FixKey; messageId?: string } = {},
): Finding {
  return {
    ruleId,
    severity,
    messageId: options.messageId ?? 'm',
    message: options.message ?? `${ruleId} happened`,
    ...(options.path !== undefined ? { path: options.path } : {}),
    data: options.data ?? {},
    fixKey: options.fixKey ?? 'F-CLAIMS',
  };
}

export function result(findings: Finding[] = [], extra: Partial<CheckResult> = {}): CheckResult {
  return { findings, notChecked: [], passed: [], ...extra };
}

export function worker(sid: string, attributes: Record<string, unknown>, name?: string): WorkerSnapshot {
  return { sid, name: name ?? `user_${sid}`, attributes };
}

/** The failing title the views show for a rule (the rule's own, or its id while it is not registered). */
export function failTitle(ruleId: string): string {
  return ruleById(ruleId)?.meta.title.fail ?? ruleId;
}
