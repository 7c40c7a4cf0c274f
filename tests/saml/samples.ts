/** Small SAML documents written for these tests (unsigned: signatures are tested with fixtures/). */
export const PROTOCOL_NS = 'urn:oasis:names:tc:SAML:2.0:protocol';
export const ASSERTION_NS = 'urn:oasis:names:tc:SAML:2.0:assertion';

export function responseXml(options: { id?: string; attributes?: string; extra?: string } = {}): string {
  const id = options.id ?? '_r1';
  return (
    `<samlp:Response xmlns:samlp="${PROTOCOL_NS}" xmlns:saml="${ASSERTION_NS}" ID="${id}" Version="2.0"` +
    ` IssueInstant="2025-05-01T10:00:00Z" Destination="https://iam.twilio.com/v2/saml2/authenticate/AC123"` +
    ` InResponseTo="_req1">` +
    `<saml:Issuer>https://idp.example.com/</saml:Issuer>` +
    `<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>` +
    `<saml:Assertion ID="${id}a" Version="2.0" IssueInstant="2025-05-01T10:00:00Z">` +
    `<saml:Issuer>https://idp.example.com/</saml:Issuer>` +
    `<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">ada@example.com</saml:NameID>` +
    `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">` +
    `<saml:SubjectConfirmationData Recipient="https://iam.twilio.com/v2/saml2/authenticate/AC123" NotOnOrAfter="2025-05-01T10:05:00Z" InResponseTo="_req1"/>` +
    `</saml:SubjectConfirmation></saml:Subject>` +
    `<saml:Conditions NotBefore="2025-05-01T09:59:00Z" NotOnOrAfter="2025-05-01T10:05:00Z">` +
    `<saml:AudienceRestriction><saml:Audience>https://iam.twilio.com/v2/saml2/metadata/AC123</saml:Audience></saml:AudienceRestriction>` +
    `</saml:Conditions>` +
    `<saml:AuthnStatement AuthnInstant="2025-05-01T10:00:00Z" SessionNotOnOrAfter="2025-05-01T18:00:00Z"/>` +
    `<saml:AttributeStatement>${options.attributes ?? '<saml:Attribute Name="email"><saml:AttributeValue>ada@example.com</saml:AttributeValue></saml:Attribute>'}</saml:AttributeStatement>` +
    `</saml:Assertion>${options.extra ?? ''}</samlp:Response>`
  );
}

export const b64 = (text: string | Uint8Array) => Buffer.from(text).toString('base64');

/**
 * Milliseconds of CPU this process has spent since the call (all threads, so zlib's thread pool
 * counts). Time limits are asserted on CPU time rather than wall time, so that a busy machine
 * running other suites does not make them flaky while runaway work still fails them.
 */
export function cpuTimer(): () => number {
  const start = process.cpuUsage();
  return () => {
    const { user, system } = process.cpuUsage(start);
    return (user + system) / 1000;
  };
}
