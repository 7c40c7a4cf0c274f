/**
 * Reads SAML 2.0 metadata — an `EntityDescriptor`, or an `EntitiesDescriptor` holding the IdP — into an
 * IdP configuration snapshot: the issuer (`entityID`), the IDPSSODescriptor's signing certificates,
 * `SingleSignOnService`s and `NameIDFormat`s, and the verdict on the document's own signature.
 *
 * The text goes through the same hostile-input scan as a SAML response (no DTD, bounded depth and
 * counts) before any parser sees it; the size limit is 5 MB, not 2 MB, because AD FS metadata with its
 * WS-Federation role descriptors is ~70 KB and some IdPs publish several certificates and endpoints.
 * Only the IDPSSODescriptor is read: AD FS metadata also carries an SPSSODescriptor whose ACS URLs are
 * AD FS's own, never the app's, and WS-Federation RoleDescriptors, which Flex does not use.
 */
import { detectIdpFromIssuer } from '../core/idp';
import type {
  CertificateUse,
  IdpCertificate,
  IdpConfigSnapshot,
  MetadataSignature,
  SsoService,
  UnreadableCertificate,
} from '../core/idpConfigTypes';
import { IdpConfigInputError, IDP_CONFIG_MAX_BYTES } from '../idpconfig/errors';
import { parseCertificate } from './der';
import { SamlInputError } from './errors';
import { childElements, textOf } from './dom';
import { DSIG_NS, SAML2_METADATA_NS, SAML2_PROTOCOL_NS } from './namespaces';
import { verifySignatures } from './signature';
import { scanXml, type ParseXml } from './xml';

const SAML2_BINDINGS = 'urn:oasis:names:tc:SAML:2.0:bindings:';

/** Binding URIs as people say them (the `binding` of the CLI's JSON contract). */
const SHORT_BINDINGS: Readonly<Record<string, string>> = {
  'HTTP-Redirect': 'Redirect',
  'HTTP-POST': 'POST',
  'HTTP-Artifact': 'Artifact',
  SOAP: 'SOAP',
  'HTTP-POST-SimpleSign': 'POST-SimpleSign',
  PAOS: 'PAOS',
};

export interface MetadataDeps {
  readonly parseXml: ParseXml;
  readonly subtle: SubtleCrypto;
}

export interface MetadataOptions {
  /** Flex's configured issuer: chooses the IdP in an `EntitiesDescriptor` holding several. */
  readonly configuredIssuer?: string;
}

/** True when the text is XML whose root is metadata (cheap: for kind detection before parsing). */
export function looksLikeMetadata(text: string): boolean {
  return /<(?:[A-Za-z_][\w.-]*:)?Entit(?:y|ies)Descriptor[\s>/]/.test(text.slice(0, 64 * 1024));
}

/** Scans, parses and reads metadata; throws IdpConfigInputError for anything that is not IdP metadata. */
export async function readMetadata(
  xml: string,
  deps: MetadataDeps,
  options: MetadataOptions = {},
): Promise<IdpConfigSnapshot> {
  const doc = parseMetadata(xml, deps.parseXml);
  const entity = chooseEntity(doc.documentElement, options.configuredIssuer);
  const idpDescriptor = childElements(entity, SAML2_METADATA_NS, 'IDPSSODescriptor').find(supportsSaml2);
  if (!idpDescriptor) throw new IdpConfigInputError('notIdp');

  const entityId = (entity.getAttribute('entityID') ?? '').trim();
  const { certificates, unreadable } = await readCertificates(idpDescriptor, deps.subtle);
  const ssoServices: SsoService[] = [];
  for (const service of childElements(idpDescriptor, SAML2_METADATA_NS, 'SingleSignOnService')) {
    const binding = service.getAttribute('Binding') ?? '';
    // SAML 1 / Shibboleth profiles share the descriptor in some metadata; Flex speaks SAML 2.0 only.
    if (!binding.startsWith(SAML2_BINDINGS)) continue;
    const short = binding.slice(SAML2_BINDINGS.length);
    const entry = {
      binding: SHORT_BINDINGS[short] ?? short,
      location: (service.getAttribute('Location') ?? '').trim(),
    };
    // Some IdPs list the same endpoint twice; it is one endpoint.
    if (!ssoServices.some((s) => s.binding === entry.binding && s.location === entry.location)) ssoServices.push(entry);
  }
  const offeredNameIdFormats = childElements(idpDescriptor, SAML2_METADATA_NS, 'NameIDFormat').map((e) =>
    textOf(e).trim(),
  );
  const metadataSignature = await readMetadataSignature(doc, entity, certificates, deps.subtle);
  return {
    kind: 'saml-metadata',
    idp: detectIdpFromIssuer(entityId) ?? 'generic',
    entityId,
    ssoServices,
    offeredNameIdFormats,
    metadataSignature,
    certificates,
    ...(unreadable.length > 0 ? { unreadableCertificates: unreadable } : {}),
  };
}

function parseMetadata(xml: string, parse: ParseXml): Document {
  if (xml.length > IDP_CONFIG_MAX_BYTES) throw new IdpConfigInputError('tooLarge');
  if (xml.trim() === '') throw new IdpConfigInputError('empty');
  try {
    scanXml(xml);
  } catch (error) {
    if (error instanceof SamlInputError) throw new IdpConfigInputError('unsafeXml');
    throw error;
  }
  let doc: Document;
  try {
    doc = parse(xml);
  } catch {
    throw new IdpConfigInputError('notXml');
  }
  const root = doc?.documentElement;
  if (!root || root.localName === 'parsererror' || doc.getElementsByTagName('parsererror').length > 0) {
    throw new IdpConfigInputError('notXml');
  }
  if (root.namespaceURI !== SAML2_METADATA_NS || !['EntityDescriptor', 'EntitiesDescriptor'].includes(root.localName)) {
    throw new IdpConfigInputError('unknownKind');
  }
  return doc;
}

/** The EntityDescriptor to read: the root, or the one IdP of an EntitiesDescriptor (else the configured issuer's). */
function chooseEntity(root: Element, configuredIssuer: string | undefined): Element {
  if (root.localName === 'EntityDescriptor') return root;
  const idps: Element[] = [];
  const walk = (element: Element, depth: number): void => {
    for (const child of childElements(element, SAML2_METADATA_NS)) {
      if (child.localName === 'EntitiesDescriptor' && depth < 8) walk(child, depth + 1);
      if (
        child.localName === 'EntityDescriptor' &&
        childElements(child, SAML2_METADATA_NS, 'IDPSSODescriptor').some(supportsSaml2)
      ) {
        idps.push(child);
      }
    }
  };
  walk(root, 0);
  if (idps.length === 1) return idps[0] as Element;
  if (idps.length === 0) throw new IdpConfigInputError('notIdp');
  const wanted = configuredIssuer?.trim();
  const match = wanted ? idps.find((e) => (e.getAttribute('entityID') ?? '').trim() === wanted) : undefined;
  if (match) return match;
  throw new IdpConfigInputError(
    'several',
    `The metadata holds ${idps.length} identity providers and none is the configured issuer: set the IdP issuer (--issuer, or idp_issuer) to choose one, or export your IdP's own metadata.`,
  );
}

function supportsSaml2(descriptor: Element): boolean {
  const protocols = (descriptor.getAttribute('protocolSupportEnumeration') ?? '').split(/\s+/);
  return protocols.includes(SAML2_PROTOCOL_NS);
}

/** Signing (and use-less) KeyDescriptors' certificates, each once; encryption ones are kept, marked as such. */
async function readCertificates(
  descriptor: Element,
  subtle: SubtleCrypto,
): Promise<{ certificates: IdpCertificate[]; unreadable: UnreadableCertificate[] }> {
  const certificates: IdpCertificate[] = [];
  const unreadable: UnreadableCertificate[] = [];
  let position = 0;
  for (const keyDescriptor of childElements(descriptor, SAML2_METADATA_NS, 'KeyDescriptor')) {
    const useAttribute = keyDescriptor.getAttribute('use');
    const use: CertificateUse =
      useAttribute === 'signing' ? 'signing' : useAttribute === 'encryption' ? 'encryption' : 'unspecified';
    for (const keyInfo of childElements(keyDescriptor, DSIG_NS, 'KeyInfo')) {
      for (const data of childElements(keyInfo, DSIG_NS, 'X509Data')) {
        for (const element of childElements(data, DSIG_NS, 'X509Certificate')) {
          position += 1;
          const der = textOf(element).replace(/\s+/g, '');
          try {
            const { info } = await parseCertificate(der, subtle);
            const known = certificates.find((c) => c.sha256 === info.sha256);
            if (known) {
              // The same certificate for signing and encryption: signing is what the rules need.
              if (known.use === 'encryption' && use !== 'encryption') {
                certificates[certificates.indexOf(known)] = { ...known, use };
              }
              continue;
            }
            certificates.push({ ...info, use, der, position });
          } catch (error) {
            unreadable.push({ position, use, detail: (error as Error).message });
          }
        }
      }
    }
  }
  return { certificates, unreadable };
}

/**
 * The enveloped signature over the chosen EntityDescriptor (or the whole EntitiesDescriptor), verified
 * against the certificate in its own KeyInfo, else against the published signing certificates — never
 * only the configured one: after a rollover the metadata is signed with the new certificate.
 */
async function readMetadataSignature(
  doc: Document,
  entity: Element,
  certificates: readonly IdpCertificate[],
  subtle: SubtleCrypto,
): Promise<MetadataSignature> {
  const root = doc.documentElement;
  const signed = [entity, root].find((e) => childElements(e, DSIG_NS, 'Signature').length > 0);
  if (!signed) return { status: 'absent' };
  const published = certificates.filter((c) => c.use !== 'encryption' && c.der).map((c) => c.der as string);
  const { signatures } = await verifySignatures(doc, { subtle, configuredCertificates: published });
  const signatureElement = childElements(signed, DSIG_NS, 'Signature')[0] as Element;
  const index = Array.from(doc.getElementsByTagNameNS(DSIG_NS, 'Signature')).indexOf(signatureElement);
  const signature = signatures[index];
  if (!signature) return { status: 'error', reason: 'The metadata signature could not be read' };
  if (!signature.referencesParent) {
    return { status: 'error', reason: 'The metadata signature does not cover the document it sits in' };
  }
  if (signature.keyInfoResult) {
    return {
      ...signature.keyInfoResult,
      ...(signature.keyInfoCertificate ? { certificateSha256: signature.keyInfoCertificate.sha256 } : {}),
    };
  }
  const valid = signature.configuredResults.find((r) => r.result.status === 'valid');
  const chosen = valid ?? signature.configuredResults[0];
  if (!chosen) return { status: 'error', reason: 'The metadata signature names no certificate and none is published' };
  return { ...chosen.result, certificateSha256: chosen.sha256 };
}
