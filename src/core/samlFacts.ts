/**
 * Small facts the `saml` rules share: what part of a snapshot is readable, which time to judge it
 * against, which SSO type the account expects. Kept out of the rule folder so every file there is a rule.
 */
import type { SamlContext, SamlRuleContext, SamlSnapshot, SignatureInfo } from './samlTypes';
import type { DetectResult, NotCheckedReport, Report, SsoType } from './types';

export type Assertion = NonNullable<SamlSnapshot['assertion']>;

/** True when the only assertion is encrypted, so its content is unknown. */
export function isEncrypted(saml: SamlSnapshot): boolean {
  return saml.assertion === undefined && saml.encryptedAssertionCount > 0;
}

/**
 * The readable assertion, or why there is none: encrypted, or absent altogether (a failed status
 * usually carries no assertion; `saml-status-not-success` explains that case).
 */
export function readableAssertion(saml: SamlSnapshot): Assertion | NotCheckedReport {
  if (saml.assertion) return saml.assertion;
  if (saml.encryptedAssertionCount > 0) return { reasonId: 'encrypted' };
  return { reasonId: 'notApplicable', detail: 'The response carries no assertion.' };
}

export function isNotCheckedReport(value: Assertion | NotCheckedReport): value is NotCheckedReport {
  return 'reasonId' in value;
}

/** Milliseconds since the epoch, or undefined for a missing or unreadable time. */
export function parseTime(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Reports plus "not checked" for the part that could not run; plain reports when everything ran. */
export function partial<M extends string>(
  reports: readonly Report<M>[],
  notChecked: NotCheckedReport | undefined,
): DetectResult<M> {
  return notChecked ? { notChecked, reports } : reports;
}

/**
 * The SSO type this account expects: the configured type, else enhanced when a connection SID is
 * known. An Account SID alone says nothing — every account has one, enhanced or legacy.
 */
export function expectedSsoType(context: Pick<SamlContext, 'ssoType' | 'connectionSid'>): SsoType | undefined {
  if (context.ssoType) return context.ssoType;
  return context.connectionSid ? 'enhanced' : undefined;
}

/** The time the response is judged against for validity windows: the capture time only. */
export function captureTime(ctx: SamlRuleContext): number | undefined {
  return parseTime(ctx.capture.capturedAt);
}

/** "45 seconds", "12 minutes", "3.5 hours", "2 days": precise enough for an admin to recognise. */
export function formatDuration(ms: number): string {
  const abs = Math.abs(ms);
  const round1 = (n: number) => String(Math.round(n * 10) / 10);
  if (abs < 60_000) return `${Math.round(abs / 1000)} seconds`;
  if (abs < 3_600_000) return `${round1(abs / 60_000)} minutes`;
  if (abs < 48 * 3_600_000) return `${round1(abs / 3_600_000)} hours`;
  return `${round1(abs / 86_400_000)} days`;
}

/** Google Workspace's IdP issuer (idp-fixes.md). */
export const GOOGLE_ISSUER = /^https:\/\/accounts\.google\.com\/o\/saml2/i;

/** The issuer the response names: the Response's, else the Assertion's. */
export function responseIssuer(saml: SamlSnapshot): string | undefined {
  return saml.issuer ?? saml.assertion?.issuer;
}

/** Where the response says it is going: Destination, else the assertion's Recipient. */
export function responseDestination(saml: SamlSnapshot): string | undefined {
  return saml.destination ?? saml.assertion?.subjectConfirmation?.recipient;
}

/** How findings name a signature: by the element that carries it. */
export function signatureLabel(on: SignatureInfo['on']): { readonly element: string; readonly path: string } {
  if (on === 'response') return { element: 'Response', path: 'Response/Signature' };
  if (on === 'assertion') return { element: 'Assertion', path: 'Assertion/Signature' };
  return { element: 'misplaced (neither on the Response nor on the Assertion)', path: 'Signature' };
}

/** A value as a short, readable JSON text. */
export function showValue(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
