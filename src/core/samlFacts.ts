/**
 * Small facts the `saml` rules share: what part of a snapshot is readable, which time to judge it
 * against, which SSO type the account expects. Kept out of the rule folder so every file there is a rule.
 */
import type { SamlContext, SamlRuleContext, SamlSnapshot, SignatureInfo, VerificationResult } from './samlTypes';
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

/** The issuer the response names: the Response's, else the Assertion's. */
export function responseIssuer(saml: SamlSnapshot): string | undefined {
  return saml.issuer ?? saml.assertion?.issuer;
}

/** Where the response says it is going: Destination, else the assertion's Recipient. */
export function responseDestination(saml: SamlSnapshot): string | undefined {
  return saml.destination ?? saml.assertion?.subjectConfirmation?.recipient;
}

/**
 * Which parts of the snapshot are under a signature that sits where it belongs: a direct child of the
 * root Response (or of its own Assertion) whose Reference points at that element. Verified or not —
 * whether it verifies is `saml-signature-invalid`'s finding; this says whether the content is signed
 * content at all. The root Response's signature covers its Assertion too. Facts from a part that is
 * not covered (an unsigned wrapper's ID, InResponseTo, Destination…) are the sender's word only.
 */
export function signedContent(saml: SamlSnapshot): { readonly response: boolean; readonly assertion: boolean } {
  const covers = (on: SignatureInfo['on']) => saml.signatures.some((s) => s.on === on && s.referencesParent);
  const response = saml.kind === 'response' && covers('response');
  return { response, assertion: saml.assertion !== undefined && (response || covers('assertion')) };
}

/**
 * A signature's verdict in one line, for the CLI and the exported report (the plugin words the same
 * three cases in src/ui/strings.ts): trusted, valid only against the certificate it brought, or why not.
 */
export function signatureVerdict(signature: SignatureInfo): string {
  if (signature.verifiedAgainst === 'configured') return 'trusted (matches the configured certificate)';
  if (signature.verifiedAgainst === 'embedded') {
    return 'valid against the certificate in the response only; not trusted: compare it with the certificate configured in Flex';
  }
  const results = [signature.keyInfoResult, ...signature.configuredResults.map((c) => c.result)];
  const failure = results.find(
    (r): r is Exclude<VerificationResult, { status: 'valid' }> => r !== undefined && r.status !== 'valid',
  );
  if (failure === undefined) return 'not verified: no certificate to verify against';
  return failure.status === 'invalid'
    ? `does not verify (${failure.reason === 'digest' ? 'digest' : 'signature value'} mismatch)`
    : `cannot be verified: ${failure.reason}`;
}

/** How findings name a signature: by the element that carries it. */
export function signatureLabel(on: SignatureInfo['on']): { readonly element: string; readonly path: string } {
  if (on === 'response') return { element: 'Response', path: 'Response/Signature' };
  if (on === 'assertion') return { element: 'Assertion', path: 'Assertion/Signature' };
  return { element: 'misplaced (neither on the root Response nor on its Assertion)', path: 'Signature' };
}
