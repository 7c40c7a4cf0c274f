/**
 * Test utilities for the views: a render wrapper with Paste's theme and the strings provider, and
 * small builders for findings, results and workers (plain data: the views take precomputed results).
 */
import * as React from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { Theme } from '@twilio-paste/core/theme';
import { DEFAULT_CONFIG } from '../../src/core/config';
import type {
  CheckResult,
  DiagnosticsConfig,
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
      <StringsProvider {...(strings !== undefined ? { strings } : {})}>{node}</StringsProvider>
    </Theme.Provider>
  );
  const result = render(wrap(ui));
  return { ...result, rerender: (next: React.ReactElement) => result.rerender(wrap(next)) };
}

export const expectations: DiagnosticsConfig = DEFAULT_CONFIG;

/** The keys of `P` that may be absent. */
type OptionalKeys<P> = { [K in keyof P]-?: object extends Pick<P, K> ? K : never }[keyof P];

/** Props to lay over a test's defaults: `undefined` for an optional prop removes it (a prop not passed). */
export type PropOverrides<P> = { readonly [K in keyof P]?: K extends OptionalKeys<P> ? P[K] | undefined : P[K] };

/** `defaults` with `overrides` laid over; an override of `undefined` leaves that optional prop out. */
export function withProps<P extends object>(defaults: P, overrides: PropOverrides<P>): P {
  const out: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  return out as P;
}

/** The value, or a thrown error naming what was expected (a fixture that lost a row fails loudly). */
export function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Expected ${what}.`);
  return value;
}

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
