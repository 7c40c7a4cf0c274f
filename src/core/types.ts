/**
 * The vocabulary of the diagnostic core. Everything here is plain data: no React, no Flex, no DOM,
 * no clock. Adapters (Flex, SAML, CLI) turn what they read into these shapes; presentation turns
 * findings into words, fix steps and reports.
 */

import type { FindingValue } from './disclose';

export type Severity = 'error' | 'warning' | 'info';

/** Order used to sort findings: errors first. */
export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
/** The severities in that order, for listing them. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** A worker's attributes exactly as TaskRouter holds them (parsed JSON, never trusted). */
export type WorkerAttributes = Readonly<Record<string, unknown>>;

/** One worker as the rules see it: attributes as received, and the Flex token's roles when known. */
export interface WorkerSnapshot {
  readonly sid?: string;
  /** TaskRouter friendly name (the identity for SSO users). */
  readonly name?: string;
  readonly attributes: WorkerAttributes;
  /** Roles from the Flex token (`manager.user.roles`); undefined when not known. */
  readonly tokenRoles?: readonly string[];
}

export const FIX_KEYS = [
  'F-ACS',
  'F-ENTITY',
  'F-ISSUER',
  'F-SSOURL',
  'F-CERT',
  'F-SIGN',
  'F-NAMEID',
  'F-CLAIMS',
  'F-NAMESPACE',
  'F-ROLES',
  'F-ASSIGN',
  'F-CLOCK',
  'F-SESSION',
  'F-REDIRECT',
] as const;
export type FixKey = (typeof FIX_KEYS)[number];

export const IDP_IDS = [
  'entra-id',
  'adfs',
  'okta',
  'google-workspace',
  'salesforce',
  'auth0',
  'onelogin',
  'ping-identity',
  'keycloak',
  'shibboleth',
  'generic',
] as const;
export type IdpId = (typeof IDP_IDS)[number];

export type RuleScope = 'worker' | 'team' | 'saml' | 'saml+worker' | 'idp-config';

/**
 * Values a message template can interpolate. Each carries its kind (`disclose.ts`): a number is a
 * count, a plain string or list of strings is a personal value (hidden unless shown on purpose), and
 * names, role values, other input text and fixed text are marked with `name()`, `role()`, `text()`
 * and `fixed()`. Lists read as "a, b and c".
 */
export type FindingDataValue = FindingValue;
export type FindingData = Readonly<Record<string, FindingDataValue>>;

/** What a rule's `detect` returns for one problem: ids and data only, never prose. */
export interface Report<M extends string = string> {
  readonly messageId: M;
  readonly data?: FindingData;
  /** The attribute (or SAML element) the finding concerns, when it concerns one. */
  readonly path?: string;
  /** Overrides the rule's default severity for this report (e.g. warning → error when a required attribute is at stake). */
  readonly severity?: Severity;
}

/** Why a rule (or part of one) could not run. The reason id is stable; the text is for people. */
export interface NotCheckedReport {
  readonly reasonId: NotCheckedReasonId;
  /** Extra words for the reason, e.g. which part was not checked. */
  readonly detail?: string;
}

export type NotCheckedReasonId =
  | 'noTokenRoles'
  | 'noTeamList'
  | 'noChannelList'
  | 'noExpectedIssuer'
  | 'noConfiguredCertificate'
  | 'noCaptureTime'
  | 'noAccountContext'
  | 'noWorker'
  | 'otherPerson'
  | 'subjectUnknown'
  | 'encrypted'
  | 'notApplicable'
  | 'noSignature'
  | 'noConfiguration'
  /** An IdP configuration export of this kind does not carry the fact; the detail names the export that does. */
  | 'notInExport'
  /** The export holds the fact in a form that cannot be read; the detail says how to export it readably. */
  | 'unreadableInExport'
  /** The claims the IdP emits are not known (a pass-through-all rule, Auth0 pass-through, a cut-short list). */
  | 'claimsUnknown'
  /** The export cut a collection short (`…`): what is "not included" cannot be concluded. */
  | 'truncatedExport'
  | 'noConfiguredSsoUrl';

/**
 * A rule's answer: a list of reports (empty = passed), or "not checked" with the reason — optionally
 * with the reports of the part it could check.
 */
export type DetectResult<M extends string = string> =
  readonly Report<M>[] | { readonly notChecked: NotCheckedReport; readonly reports?: readonly Report<M>[] };

export interface RuleMeta<M extends string = string> {
  /** kebab-case, names the failing state; equals the file name. A public contract. */
  readonly id: string;
  readonly scope: RuleScope;
  readonly title: { readonly pass: string; readonly fail: string };
  /** Why it matters, in one or two sentences. */
  readonly description: string;
  readonly severity: Severity;
  /** Message templates with `{{placeholder}}`s, keyed by message id. */
  readonly messages: Readonly<Record<M, string>>;
  readonly fixKey: FixKey;
  /** Per-message fix key where one rule's failures are fixed in different places. */
  readonly messageFixKeys?: Readonly<Partial<Record<M, FixKey>>>;
}

export interface Rule<C, M extends string = string> {
  readonly meta: RuleMeta<M>;
  readonly detect: (context: C) => DetectResult<M>;
}

/** A finding as every front end shows it. */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly messageId: string;
  /** The message template with its placeholders filled. */
  readonly message: string;
  readonly path?: string;
  readonly data: FindingData;
  readonly fixKey: FixKey;
  /** For a worker rule run on attributes predicted from a SAML response: the SAML attribute Name it came from. */
  readonly samlAttribute?: string;
}

export interface NotChecked {
  readonly ruleId: string;
  readonly reasonId: NotCheckedReasonId;
  readonly reason: string;
}

export interface CheckResult {
  /** Sorted: errors first, then warnings, then info; stable within a severity. */
  readonly findings: readonly Finding[];
  readonly notChecked: readonly NotChecked[];
  /** Ids of rules that ran completely and found nothing. */
  readonly passed: readonly string[];
}

export type SsoType = 'enhanced' | 'legacy';
export type SeveritySetting = Severity | 'off';

export interface RequiredAttribute {
  readonly name: string;
  readonly severity: Severity;
  /** A regular expression source the whole value must match. */
  readonly pattern?: string;
  readonly allowed?: readonly string[];
}

export interface RoleRule {
  readonly when: { readonly attribute: string; readonly equals?: string; readonly matches?: string };
  readonly expectRoles: readonly string[];
}

/** The plugin's configuration (`ui_attributes.sso_diagnostics`, the organisation's expectations included), validated, defaults applied. */
export interface DiagnosticsConfig {
  readonly enabled: boolean;
  readonly rolesAllowed: readonly string[];
  readonly teamCheckRoles: readonly string[];
  readonly analyzerRoles: readonly string[];
  readonly idp: 'auto' | IdpId;
  readonly ssoType?: SsoType;
  readonly connectionSid?: string;
  readonly region: string;
  readonly idpIssuer?: string;
  readonly idpCertificates: readonly string[];
  /** Flex's "Single Sign-On URL" (`idp_sso_url`), an https URL. */
  readonly idpSsoUrl?: string;
  readonly emailDomains: readonly string[];
  /** undefined = no team list configured (team-name checks are "not checked"). */
  readonly teams?: readonly string[];
  readonly channels?: readonly string[];
  readonly requiredAttributes: readonly RequiredAttribute[];
  readonly roleRules: readonly RoleRule[];
  /** Fix key → https URL of the organisation's own runbook. */
  readonly runbookLinks: Readonly<Partial<Record<FixKey, string>>>;
  /** Rule id → severity override, or "off". */
  readonly ruleSeverity: Readonly<Record<string, SeveritySetting>>;
}

export interface WorkerRuleContext {
  readonly worker: WorkerSnapshot;
  readonly expectations: DiagnosticsConfig;
  /** `Object.keys(worker.attributes)`, listed once for the rules that read every attribute (core/check.ts `workerContext`). */
  readonly keys: readonly string[];
}

export interface TeamRuleContext {
  readonly workers: readonly WorkerSnapshot[];
  readonly expectations: DiagnosticsConfig;
}

export type WorkerRule<M extends string = string> = Rule<WorkerRuleContext, M>;
export interface TeamRule<M extends string = string> extends Rule<TeamRuleContext, M> {
  /** For a rule whose findings depend only on groups of workers that share a key: see `defineGroupRule`. */
  readonly group?: WorkerGroups<M>;
}

/**
 * A team rule over groups of workers that share a key (duplicate-worker-email: the email), which never
 * says "not checked". The grouping is done in one place (core/engine.ts `defineGroupRule` for a whole
 * team, core/teamIndex.ts for the live Team tab, which re-runs `detect` on the one group a changed
 * worker leaves or joins instead of on everyone); the rule only says what one group means.
 */
export interface WorkerGroups<M extends string = string> {
  /** The worker's key, or undefined to leave it out. */
  readonly key: (worker: WorkerSnapshot) => string | undefined;
  /** Groups smaller than this cannot report and are not run (duplicate-worker-email: 2). Default 1. */
  readonly minSize?: number;
  /** One group, in team order; `positions` are where its workers stand in the team (0-based). */
  readonly detect: (workers: readonly WorkerSnapshot[], positions: readonly number[]) => readonly Report<M>[];
}

/** Identity-provider fix steps for one fix key. */
export interface DocLink {
  readonly title: string;
  /** Always https. */
  readonly url: string;
  /** The organisation's own runbook (`runbook_links`): the plugin shows its translatable label. */
  readonly runbook?: true;
}

export interface FixSteps {
  readonly steps: readonly string[];
  readonly links: readonly DocLink[];
}

export interface IdpProfile {
  readonly id: IdpId;
  /** The product's name as admins know it, e.g. "Microsoft Entra ID". */
  readonly name: string;
  /** Issuer patterns, for detection from a SAML response (first profile that matches wins). */
  readonly issuerPatterns: readonly RegExp[];
  /** Claim-name fingerprints, for detection from worker attributes alone. */
  readonly claimFingerprints: readonly RegExp[];
  /** The vendor's Flex setup guide(s), shown with every fix. */
  readonly guides: readonly DocLink[];
  /**
   * Where each Flex attribute is mapped in this IdP, for the "expected vs received" table, keyed by the
   * Flex attribute name (`email`, `full_name`, `roles`, `image_url`, …). Missing entries fall back to generic.
   */
  readonly attributeSources?: Readonly<Record<string, string>>;
  /** Fix steps keyed by fix key; a missing key falls back to the generic profile. */
  readonly fixes: Readonly<Partial<Record<FixKey, FixSteps>>>;
  /**
   * Steps that fit one rule (`"token-roles-mismatch"`) or one of its messages (`"rule/messageId"`)
   * better than its fix key's steps do; see `lookupFixSteps` for the order.
   */
  readonly refinements?: Readonly<Record<string, FixSteps>>;
}

/** `export`: an IdP configuration export says which IdP it is from (an AD FS trust, an Okta app …). */
export type IdpSource = 'override' | 'config' | 'issuer' | 'claims' | 'export' | 'default';

export interface IdpChoice {
  readonly id: IdpId;
  readonly source: IdpSource;
}

/** A fix as reports show it: the IdP it is for, its steps, and links (runbook first when configured). */
export interface ResolvedFix {
  readonly idp: IdpId;
  readonly steps: readonly string[];
  readonly links: readonly DocLink[];
}
