/**
 * Reads a parsed SAML 2.0 Response (or bare Assertion) into a SamlSnapshot: plain data for the rules.
 * Elements are matched by namespace and local name, never by prefix, and reached only by direct-child
 * paths from the root (Response/Assertion/Subject/NameID…), so that an element smuggled somewhere else
 * (signature wrapping, a signed Response nested in an unsigned one) is never read as the real one.
 * Whether what is read is covered by a signature placed where it belongs is decided in core
 * (`signedContent` in samlFacts.ts) from the signatures' positions.
 *
 * The DOM is read with dom.ts (values are an element's whole text, see textOf there).
 *
 * Attribute values are kept whole, exactly as sent (no trimming, no truncation). The input is already
 * capped at 2 MB, so memory is bounded; rules such as `attributes-too-large` and
 * `insights-value-too-long` need the real values and lengths, and truncating for display is the job of
 * the presentation layer, which knows how much room it has.
 */
import { withoutUndefined } from '../core/objects';
import type { SamlAttribute, SamlSnapshot, SamlStatus } from '../core/samlTypes';
import { verifySignatures } from './signature';
import { attr, childElements as children, childText, firstChild as child, textOf as text } from './dom';
import { SAML2_ASSERTION_NS, SAML2_PROTOCOL_NS, XSI_NS } from './namespaces';
import { classifyRoot } from './xml';

const BEARER = 'urn:oasis:names:tc:SAML:2.0:cm:bearer';

export interface SnapshotDeps {
  readonly subtle: SubtleCrypto;
  /** PEM or bare base64 certificates from configuration. */
  readonly configuredCertificates: readonly string[];
  /** false: read the signatures without verifying them (see VerifySignaturesOptions.verify). Default true. */
  readonly verify?: boolean;
}

type SnapshotAssertion = NonNullable<SamlSnapshot['assertion']>;

export async function readSnapshot(doc: Document, deps: SnapshotDeps): Promise<SamlSnapshot> {
  const kind = classifyRoot(doc);
  const root = doc.documentElement;
  const { signatures, configuredCertificates } = await verifySignatures(doc, {
    subtle: deps.subtle,
    configuredCertificates: deps.configuredCertificates,
    ...(deps.verify === false ? { verify: false } : {}),
  });
  // Only the root, or the root Response's own Assertion child: never "the first Assertion anywhere",
  // which in a wrapped document is the one the attacker chose.
  const assertionElement = kind === 'assertion' ? root : child(root, SAML2_ASSERTION_NS, 'Assertion');
  const response =
    kind === 'response'
      ? {
          responseId: attr(root, 'ID'),
          issuer: childText(root, SAML2_ASSERTION_NS, 'Issuer'),
          destination: attr(root, 'Destination'),
          inResponseTo: attr(root, 'InResponseTo'),
          issueInstant: attr(root, 'IssueInstant'),
          status: readStatus(root),
        }
      : {};
  return withoutUndefined({
    kind,
    ...response,
    assertionCount: doc.getElementsByTagNameNS(SAML2_ASSERTION_NS, 'Assertion').length,
    encryptedAssertionCount: doc.getElementsByTagNameNS(SAML2_ASSERTION_NS, 'EncryptedAssertion').length,
    assertion: assertionElement ? readAssertion(assertionElement) : undefined,
    signatures,
    configuredCertificates,
  });
}

function readStatus(response: Element): SamlStatus | undefined {
  const status = child(response, SAML2_PROTOCOL_NS, 'Status');
  if (!status) return undefined;
  const code = child(status, SAML2_PROTOCOL_NS, 'StatusCode');
  const subCode = code && child(code, SAML2_PROTOCOL_NS, 'StatusCode');
  return withoutUndefined({
    code: code ? attr(code, 'Value') : undefined,
    subCode: subCode ? attr(subCode, 'Value') : undefined,
    message: childText(status, SAML2_PROTOCOL_NS, 'StatusMessage'),
  });
}

function readAssertion(assertion: Element): SnapshotAssertion {
  const subject = child(assertion, SAML2_ASSERTION_NS, 'Subject');
  const nameId = subject && child(subject, SAML2_ASSERTION_NS, 'NameID');
  const conditions = child(assertion, SAML2_ASSERTION_NS, 'Conditions');
  const authn = child(assertion, SAML2_ASSERTION_NS, 'AuthnStatement');
  return withoutUndefined({
    id: attr(assertion, 'ID'),
    issuer: childText(assertion, SAML2_ASSERTION_NS, 'Issuer'),
    issueInstant: attr(assertion, 'IssueInstant'),
    nameId: nameId ? text(nameId).trim() : undefined,
    nameIdFormat: nameId ? attr(nameId, 'Format') : undefined,
    subjectConfirmation: subject ? readSubjectConfirmation(subject) : undefined,
    conditions: conditions
      ? withoutUndefined({
          notBefore: attr(conditions, 'NotBefore'),
          notOnOrAfter: attr(conditions, 'NotOnOrAfter'),
          audiences: children(conditions, SAML2_ASSERTION_NS, 'AudienceRestriction').flatMap((restriction) =>
            children(restriction, SAML2_ASSERTION_NS, 'Audience').map((audience) => text(audience).trim()),
          ),
        })
      : undefined,
    authnInstant: authn ? attr(authn, 'AuthnInstant') : undefined,
    sessionNotOnOrAfter: authn ? attr(authn, 'SessionNotOnOrAfter') : undefined,
    attributes: children(assertion, SAML2_ASSERTION_NS, 'AttributeStatement').flatMap((statement) =>
      children(statement, SAML2_ASSERTION_NS, 'Attribute').map(readAttribute),
    ),
  });
}

/** The bearer confirmation (the one a browser POST uses), or the first one when none says bearer. */
function readSubjectConfirmation(subject: Element): SnapshotAssertion['subjectConfirmation'] {
  const confirmations = children(subject, SAML2_ASSERTION_NS, 'SubjectConfirmation');
  const confirmation = confirmations.find((c) => attr(c, 'Method') === BEARER) ?? confirmations[0];
  const data = confirmation && child(confirmation, SAML2_ASSERTION_NS, 'SubjectConfirmationData');
  if (!data) return undefined;
  return withoutUndefined({
    recipient: attr(data, 'Recipient'),
    notOnOrAfter: attr(data, 'NotOnOrAfter'),
    inResponseTo: attr(data, 'InResponseTo'),
  });
}

function readAttribute(attribute: Element): SamlAttribute {
  return withoutUndefined({
    name: attr(attribute, 'Name') ?? '',
    friendlyName: attr(attribute, 'FriendlyName'),
    nameFormat: attr(attribute, 'NameFormat'),
    values: children(attribute, SAML2_ASSERTION_NS, 'AttributeValue').map((value) => {
      const nil = value.getAttributeNS(XSI_NS, 'nil');
      return nil === 'true' || nil === '1' ? '' : text(value);
    }),
  });
}
