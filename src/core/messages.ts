import type { FindingData, FindingDataValue, NotCheckedReasonId } from './types';

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

function show(value: FindingDataValue): string {
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** Fills `{{name}}` placeholders; an unknown placeholder stays visible so tests catch it. */
export function fillTemplate(template: string, data: FindingData = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(data, name) ? show(data[name] as FindingDataValue) : whole,
  );
}

/** Names of the placeholders a template uses. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] as string);
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
