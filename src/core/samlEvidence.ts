/**
 * What every front end needs to know about one analysed response, decided once: the account context
 * the rules judge it against, the issuer it names and the IdP whose fix steps apply, the verdict, and
 * how long ago (or ahead) its times are. The plugin, the CLI and the exports present these; they do not
 * work them out again.
 */
import { chooseIdp } from './idp';
import { responseIssuer } from './samlFacts';
import type { PredictedAttributes, SamlContext, SamlSnapshot } from './samlTypes';
import type { CheckResult, DiagnosticsConfig, Finding, IdpChoice, IdpId, SsoType } from './types';

/** The account values a response is checked against, as an admin enters or configures them. */
export interface AccountContext {
  readonly accountSid?: string;
  readonly connectionSid?: string;
  readonly region: string;
  readonly ssoType?: SsoType;
  readonly idpIssuer?: string;
}

/** The rules' SAML context for an account, judged at `analyzedAt` (the clock comes in as data). */
export function samlContextFor(
  account: AccountContext,
  analyzedAt: string,
): Omit<SamlContext, 'hasConfiguredCertificates'> {
  return {
    ...(account.accountSid ? { accountSid: account.accountSid } : {}),
    ...(account.connectionSid ? { connectionSid: account.connectionSid } : {}),
    region: account.region,
    ...(account.ssoType ? { ssoType: account.ssoType } : {}),
    ...(account.idpIssuer ? { expectedIssuer: account.idpIssuer } : {}),
    analyzedAt,
  };
}

/** The account context from the configuration (`idp_issuer`, `connection_sid`, …) and an account SID. */
export function accountContextOf(expectations: DiagnosticsConfig, accountSid?: string): AccountContext {
  return {
    ...(accountSid ? { accountSid } : {}),
    ...(expectations.connectionSid ? { connectionSid: expectations.connectionSid } : {}),
    region: expectations.region,
    ...(expectations.ssoType ? { ssoType: expectations.ssoType } : {}),
    ...(expectations.idpIssuer ? { idpIssuer: expectations.idpIssuer } : {}),
  };
}

/** The IdP whose fix steps apply to a response: override > configuration > its issuer > its claim names. */
export function responseIdp(
  saml: SamlSnapshot,
  predicted: PredictedAttributes,
  configured: DiagnosticsConfig['idp'],
  override?: IdpId,
): IdpChoice {
  const issuer = responseIssuer(saml);
  return chooseIdp({
    ...(override ? { override } : {}),
    configured,
    ...(issuer !== undefined ? { issuer } : {}),
    attributes: predicted.attributes,
  });
}

/** The headline of an analysis, as Entra's "Test single sign-on" gives it. */
export interface LoginVerdict {
  /** False when any error-severity finding stands: Flex would reject the login or the user could not work. */
  readonly accepted: boolean;
  /** The rules whose errors decide it, each once, in the findings' order (most important first). */
  readonly errorRules: readonly string[];
  readonly errors: number;
  readonly warnings: number;
  /** Checks that could not run: a verdict never hides them. */
  readonly notChecked: number;
}

export function loginVerdict(result: CheckResult): LoginVerdict {
  const errorRules: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const f of result.findings as readonly Finding[]) {
    if (f.severity === 'error') {
      errors += 1;
      if (!errorRules.includes(f.ruleId)) errorRules.push(f.ruleId);
    } else if (f.severity === 'warning') warnings += 1;
  }
  return { accepted: errors === 0, errorRules, errors, warnings, notChecked: result.notChecked.length };
}

/** A time relative to another: `past` when `time` is before `now`; whole units, as people say them. */
export interface RelativeTime {
  readonly past: boolean;
  readonly amount: number;
  readonly unit: 'second' | 'minute' | 'hour' | 'day';
}

/** `time` relative to `now` (both ISO-8601), or undefined when either cannot be read. */
export function relativeTime(time: string | undefined, now: string | undefined): RelativeTime | undefined {
  if (time === undefined || now === undefined) return undefined;
  const t = Date.parse(time);
  const n = Date.parse(now);
  if (Number.isNaN(t) || Number.isNaN(n)) return undefined;
  const ms = t - n;
  const abs = Math.abs(ms);
  const past = ms < 0;
  if (abs < 60_000) return { past, amount: Math.round(abs / 1000), unit: 'second' };
  if (abs < 3_600_000) return { past, amount: Math.round(abs / 60_000), unit: 'minute' };
  if (abs < 48 * 3_600_000) return { past, amount: Math.round(abs / 3_600_000), unit: 'hour' };
  return { past, amount: Math.round(abs / 86_400_000), unit: 'day' };
}
