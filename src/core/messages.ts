import { countOf, disclose, isPresent, PLAIN, type Disclosure } from './disclose';
import type { FindingData, NotCheckedReasonId } from './types';

/**
 * Templates are code, never input, so these patterns only ever see the project's own message texts.
 * `{{name}}` a value; `{{name|one|many}}` the word for one or for several of a count or a list;
 * `{{#name}}…{{/name}}` a part shown only when `name` is present (not false, not empty) and
 * `{{^name}}…{{/name}}` one shown only when it is not. Variants of a message are parts of its
 * template, chosen by data: prose never travels as data.
 */
const PLACEHOLDER = /\{\{\s*(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\s*\}\}/g;
const SECTION = /\{\{([#^])(\w+)\}\}([\s\S]*?)\{\{\/\2\}\}/g;

function sections(template: string, data: FindingData): string {
  let out = template;
  // Sections may hold other sections: a few passes resolve them from the outside in.
  for (let pass = 0; pass < 4 && (out.includes('{{#') || out.includes('{{^')); pass++) {
    const next = out.replace(SECTION, (_whole, sign: string, key: string, body: string) => {
      const present = Object.hasOwn(data, key) && isPresent(data[key]);
      return (sign === '#') === present ? body : '';
    });
    if (next === out) break;
    out = next;
  }
  return out;
}

/**
 * The one filler of `{{placeholders}}`: an unknown placeholder stays visible so tests (and a broken
 * translation) are noticed; data is filled in one pass, so a value that looks like a placeholder is
 * shown as text, never expanded.
 */
function fill<V extends FindingData[string]>(
  template: string,
  data: Readonly<Record<string, V>>,
  show: (value: V) => string,
): string {
  return sections(template, data).replace(PLACEHOLDER, (whole, key: string, one?: string, many?: string) => {
    const value = data[key];
    if (value === undefined || !Object.hasOwn(data, key)) return whole;
    if (one !== undefined && many !== undefined) return countOf(value) === 1 ? one : many;
    return show(value);
  });
}

/** Fills a finding's template from its data under a disclosure (plain, masked for supervisors, redacted for exports). */
export function fillTemplate(template: string, data: FindingData = {}, disclosure: Disclosure = PLAIN): string {
  return fill(template, data, (value) => disclose(value, disclosure));
}

/** Fills a view string's placeholders with its values as they are (a label is no finding: nothing to mask or clip). */
export function fillText(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  return fill(template, data, String);
}

/** Names of the placeholders a template always uses (not those inside optional parts). */
export function placeholdersOf(template: string): string[] {
  const always = template.replace(SECTION, '');
  return [...always.matchAll(PLACEHOLDER)].map((m) => m[1] as string);
}

/** Texts for "not checked" reasons: why a rule could not run. */
export const NOT_CHECKED_REASONS: Readonly<Record<NotCheckedReasonId, string>> = {
  noTokenRoles: "The Flex token's roles are not known here.",
  noTeamList: 'No team list is configured (teams).',
  noChannelList: 'No channel list is configured (channels).',
  noExpectedIssuer: 'No expected Identity Provider Issuer is configured (idp_issuer or --issuer).',
  noConfiguredCertificate: 'No certificate is configured (idp_certificates or --cert).',
  noCaptureTime: 'The capture time is unknown (a pasted response); use a HAR or SAML-tracer capture, or --now.',
  noAccountContext: 'The account SID or connection SID is not known (--account-sid, --connection-sid).',
  noWorker: "The worker's current attributes were not given (--worker).",
  otherPerson: 'The response is another person’s login, so it is not compared with this worker.',
  subjectUnknown:
    'The response could not be matched to the worker: one of them carries no NameID, email or identity to compare.',
  encrypted: 'The assertion is encrypted; its content cannot be read without the service provider key.',
  notApplicable: 'Does not apply to this input.',
  noSignature: 'There is no signature to check.',
  noConfiguration: 'Nothing is configured for this check.',
  notInExport: 'This IdP export does not carry this setting.',
  unreadableInExport: 'The export holds this setting in a form that cannot be read.',
  claimsUnknown: 'The claims the IdP emits are not fully known from this export.',
  truncatedExport: 'The export cut a list short, so what it does not include is not known.',
  noConfiguredSsoUrl: 'No Single Sign-On URL is configured (idp_sso_url or --sso-url).',
};
