/**
 * Why a pasted or uploaded piece of evidence could not be read. Each code has one plain-English
 * sentence that says what was wrong and what to paste instead; front ends show it as is (the CLI
 * exits with it, the plugin shows it in a callout). Codes are stable; texts may improve.
 */

export const INPUT_ERROR_CODES = [
  'empty',
  'tooLarge',
  'captureTooLarge',
  'doctype',
  'notBase64',
  'notXml',
  'notSaml',
  'authnRequest',
  'logoutMessage',
  'inflateFailed',
  'noSamlInCapture',
  'tooDeep',
  'tooManyElements',
  'tooManySignatures',
] as const;

export type InputErrorCode = (typeof INPUT_ERROR_CODES)[number];

/** Limits, applied to the whole input and again to every decoded payload. */
export const INPUT_LIMITS = {
  /** Characters of input, and bytes of any decoded or inflated payload. */
  maxBytes: 2 * 1024 * 1024,
  /**
   * Characters of a HAR or SAML-tracer file. A browser capture of one login holds the pages and scripts
   * too and is often well over 2 MB; each SAML payload inside it still has the 2 MB limit.
   */
  maxCaptureBytes: 50 * 1024 * 1024,
  maxDepth: 256,
  maxElements: 100_000,
  maxAttributes: 10_000,
  /** Attributes (namespace declarations included) on one element; a real Response's root has about ten. */
  maxAttributesPerElement: 256,
  /** XML signatures in one document: Flex needs two (the Response's and the Assertion's). */
  maxSignatures: 4,
  /** `Reference` elements in one document: a real response has one per signature. */
  maxReferences: 4,
} as const;

/**
 * Which limit applies to an input, from its first characters: a JSON capture (HAR, SAML-tracer) may be
 * as large as `maxCaptureBytes`; anything else is one SAML message, at most `maxBytes`. The analyzer's
 * file picker and `extractResponses` decide with this one function.
 */
export function inputLimitFor(head: string): { readonly kind: 'capture' | 'message'; readonly maxBytes: number } {
  return /^\uFEFF?\s*[{[]/.test(head.slice(0, 4096))
    ? { kind: 'capture', maxBytes: INPUT_LIMITS.maxCaptureBytes }
    : { kind: 'message', maxBytes: INPUT_LIMITS.maxBytes };
}

export const INPUT_ERROR_MESSAGES: Readonly<Record<InputErrorCode, string>> = {
  empty: 'The input is empty: paste a SAML Response (XML or base64), or open a HAR file or SAML-tracer export.',
  tooLarge:
    'The input is larger than 2 MB, far more than any SAML Response: paste only the SAMLResponse value, or a HAR file of the login alone.',
  captureTooLarge:
    'The capture file is larger than 50 MB: clear the network log, sign in once, and export again so the file holds only the login.',
  doctype:
    'The XML contains a DOCTYPE or ENTITY declaration, which SAML never uses and which is refused for safety: paste the SAMLResponse exactly as the identity provider sent it.',
  notBase64:
    'This is not a SAML response, HAR or SAML-tracer export. A SAML response is XML that starts with <samlp:Response, or the same in base64 (the SAMLResponse form value, usually starting PHNhbWxw or PD94bWw); a HAR file is JSON that starts with {"log": and holds the login\'s requests; a SAML-tracer export is JSON with "requests". Paste or drop one of these.',
  notXml:
    'The input is not well-formed XML (it may be truncated or edited): paste the complete SAMLResponse value or the full decoded XML.',
  notSaml:
    'The input is XML but not a SAML 2.0 Response or Assertion: paste the SAMLResponse that the identity provider posted to Flex.',
  authnRequest:
    'This is a SAML AuthnRequest (what Flex sends to the identity provider), not the Response: paste the SAMLResponse that the identity provider posted back.',
  logoutMessage:
    'This is a SAML logout message, not a login Response: capture a sign-in and paste the SAMLResponse posted to Flex.',
  inflateFailed:
    'The input decodes from base64 but is neither XML nor a valid deflated (HTTP-Redirect) SAML message: it may be truncated; copy the whole SAMLResponse value again.',
  noSamlInCapture:
    'The capture contains no request carrying a SAMLResponse: record the capture again from before you click sign-in until Flex has loaded, then export it.',
  tooDeep:
    'The XML is nested more than 256 levels deep, which no real SAML Response is: paste the SAMLResponse exactly as the identity provider sent it.',
  tooManyElements:
    'The XML has more than 100,000 elements, 10,000 attributes or 256 attributes on one element, far more than any real SAML Response: paste the SAMLResponse exactly as the identity provider sent it, or reduce the claims the application sends.',
  tooManySignatures:
    'The XML has more than 4 signatures or 4 signature references, where a real SAML Response has two of each (one on the Response, one on the Assertion): paste the SAMLResponse exactly as the identity provider sent it.',
};

export class SamlInputError extends Error {
  readonly code: InputErrorCode;

  /** `message` overrides the standard text when a more specific sentence helps (e.g. SAML 1.1). */
  constructor(code: InputErrorCode, message?: string) {
    super(message ?? INPUT_ERROR_MESSAGES[code]);
    this.name = 'SamlInputError';
    this.code = code;
  }
}

export function isSamlInputError(error: unknown): error is SamlInputError {
  return error instanceof SamlInputError;
}
