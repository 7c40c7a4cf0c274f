/**
 * Why an IdP configuration export could not be read: exit 2 in the CLI, a callout in the plugin.
 * Each code has one sentence that says what was wrong and what to give instead. Messages never quote
 * the input (it may hold addresses or secrets); they name kinds, counts and fields only.
 */
export const IDP_CONFIG_INPUT_ERROR_CODES = [
  'empty',
  'tooLarge',
  'unsafeXml',
  'notXml',
  'notJson',
  'unknownKind',
  'notIdp',
  'notSaml',
  'several',
] as const;

export type IdpConfigInputErrorCode = (typeof IDP_CONFIG_INPUT_ERROR_CODES)[number];

/** Metadata (and every other export) up to 5 MB: an aggregate of a whole federation is larger. */
export const IDP_CONFIG_MAX_BYTES = 5 * 1024 * 1024;

/** The kinds accepted, as the error names them. */
export const ACCEPTED_KINDS = `SAML metadata (EntityDescriptor), an AD FS relying party trust (Get-AdfsRelyingPartyTrust, as JSON or list text) or its claim rules, an Entra ID app manifest or service principal, an Okta app (GET /api/v1/apps/{id}), a Keycloak client or realm export, or an Auth0 application (GET /api/v2/clients/{id})`;

const MESSAGES: Readonly<Record<IdpConfigInputErrorCode, string>> = {
  empty: `The input is empty: paste or open an export of the identity provider's settings: ${ACCEPTED_KINDS}.`,
  tooLarge:
    "The input is larger than 5 MB, more than one identity provider's settings: for metadata, export your IdP's own metadata rather than a federation aggregate.",
  unsafeXml:
    'The XML contains a DOCTYPE or ENTITY declaration, or is nested or sized beyond any real metadata, and is refused for safety: export the metadata again from the identity provider.',
  notXml: 'The input starts like XML but is not well-formed (it may be truncated): export the metadata again.',
  notJson: 'The input starts like JSON but is not valid JSON (it may be truncated): export it again.',
  unknownKind: `The input is not an identity provider export this tool reads. It accepts ${ACCEPTED_KINDS}.`,
  notIdp:
    "The metadata describes no identity provider (it has no IDPSSODescriptor): export the identity provider's metadata, not Flex's or another service provider's.",
  notSaml:
    'The export is of an application that does not sign in with SAML 2.0: export the SAML application Flex uses.',
  several: 'The export holds several applications and none can be chosen: export only the one Flex uses.',
};

export class IdpConfigInputError extends Error {
  readonly code: IdpConfigInputErrorCode;

  /** `message` replaces the standard text when a more specific sentence helps (how many, which names). */
  constructor(code: IdpConfigInputErrorCode, message?: string) {
    super(message ?? MESSAGES[code]);
    this.name = 'IdpConfigInputError';
    this.code = code;
  }
}

export function isIdpConfigInputError(error: unknown): error is IdpConfigInputError {
  return error instanceof IdpConfigInputError;
}
