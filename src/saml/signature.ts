/**
 * XML-DSig verification of the signatures in a SAML document, with WebCrypto and the in-house
 * canonicalizer and certificate reader (see c14n.ts and der.ts for why no library).
 *
 * This is a diagnostic, not an authentication gate: it explains which signature is present, what it
 * covers, and whether it verifies against the certificate the IdP sent and against the ones the
 * admin configured in Flex. It therefore reports per certificate instead of stopping at the first
 * failure, and reports a wrapping shape (a Reference that does not point at the element carrying
 * the signature) while still verifying whatever the Reference really points at.
 *
 * What is supported, which is everything seen from real IdPs:
 * - one or more same-document References: `URI="#id"` (the element whose `ID`, `Id` or `id`
 *   attribute has that value; exactly one must) or `URI=""` (the whole document);
 * - transforms: enveloped-signature, and at most one canonicalization (exclusive with PrefixList,
 *   or inclusive 1.0/1.1); with none, the node-set is canonicalized with C14N 1.0 as XML-DSig says;
 * - digests SHA-1/256/384/512; signatures RSASSA-PKCS1-v1_5 and ECDSA (P-256/384/521) with
 *   SHA-1/256/384/512.
 * Anything else (DSA, HMAC, RSA-PSS, XPath transforms, external URIs) is `{ status: 'error' }`.
 */
import type { CertificateInfo, SignatureInfo, SignedElement, VerificationResult } from '../core/samlTypes';
import { C14N_ALGORITHMS, canonicalize, isCanonicalizationAlgorithm } from './c14n';
import { decodeBase64, parseCertificate, type ParsedCertificate } from './der';

export const DSIG_NS = 'http://www.w3.org/2000/09/xmldsig#';
const EXC_C14N_NS = 'http://www.w3.org/2001/10/xml-exc-c14n#';
const SAML2_PROTOCOL_NS = 'urn:oasis:names:tc:SAML:2.0:protocol';
const SAML2_ASSERTION_NS = 'urn:oasis:names:tc:SAML:2.0:assertion';
export const ENVELOPED_SIGNATURE = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';

/** Attributes that XML-DSig same-document references resolve against (as xml-crypto and xmldsigjs do). */
const ID_ATTRIBUTES = ['ID', 'Id', 'id'] as const;

/** Guards against documents built to be slow: no real response has more than two signatures. */
const MAX_SIGNATURES = 16;
const MAX_REFERENCES = 16;

type HashName = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

const DIGEST_METHODS: Readonly<Record<string, HashName>> = {
  'http://www.w3.org/2000/09/xmldsig#sha1': 'SHA-1',
  'http://www.w3.org/2001/04/xmlenc#sha256': 'SHA-256',
  'http://www.w3.org/2001/04/xmldsig-more#sha384': 'SHA-384',
  'http://www.w3.org/2001/04/xmlenc#sha512': 'SHA-512',
};

interface SignatureMethod {
  readonly name: 'RSASSA-PKCS1-v1_5' | 'ECDSA';
  readonly hash: HashName;
}

const SIGNATURE_METHODS: Readonly<Record<string, SignatureMethod>> = {
  'http://www.w3.org/2000/09/xmldsig#rsa-sha1': { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-1' },
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256': { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha384': { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-384' },
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha512': { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-512' },
  'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha1': { name: 'ECDSA', hash: 'SHA-1' },
  'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256': { name: 'ECDSA', hash: 'SHA-256' },
  'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384': { name: 'ECDSA', hash: 'SHA-384' },
  'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512': { name: 'ECDSA', hash: 'SHA-512' },
};

export interface VerifySignaturesOptions {
  /** `crypto.subtle` of the browser, or of Node (`globalThis.crypto.subtle`). */
  readonly subtle: SubtleCrypto;
  /** Certificates configured in Flex (PEM, or a bare base64 body), in the order the admin gave them. */
  readonly configuredCertificates: readonly string[];
}

export interface VerifySignaturesResult {
  /** One entry per ds:Signature in the document, in document order. */
  readonly signatures: SignatureInfo[];
  /**
   * The configured certificates that could be read, in input order, each once (a certificate given
   * twice appears once). Every signature's `configuredResults` has one entry per item here.
   */
  readonly configuredCertificates: CertificateInfo[];
  /**
   * Configured certificates that could not be read (not PEM/base64, not X.509, corrupt): they are
   * skipped — no `configuredResults` entry — and listed here with their index in the input and why.
   */
  readonly unreadableConfiguredCertificates: { readonly index: number; readonly reason: string }[];
}

/**
 * Finds every ds:Signature in `doc` and verifies each against the certificate in its KeyInfo and
 * against every readable configured certificate. Never throws for anything in the document or the
 * certificates: problems become `{ status: 'error', reason }` results.
 */
export async function verifySignatures(
  doc: Document,
  options: VerifySignaturesOptions,
): Promise<VerifySignaturesResult> {
  const { subtle } = options;
  const configured: ParsedCertificate[] = [];
  const unreadableConfiguredCertificates: { index: number; reason: string }[] = [];
  for (const [index, text] of options.configuredCertificates.entries()) {
    try {
      const certificate = await parseCertificate(text, subtle);
      if (!configured.some((known) => known.info.sha256 === certificate.info.sha256)) configured.push(certificate);
    } catch (error) {
      unreadableConfiguredCertificates.push({ index, reason: errorMessage(error) });
    }
  }

  const { signatures: signatureElements, ids } = indexDocument(doc);
  const keys = new KeyCache(subtle);
  // Both signatures of a response usually carry the same KeyInfo certificate: read it once.
  const certificates = new Map<string, Promise<ParsedCertificate>>();
  const readCertificate = (text: string): Promise<ParsedCertificate> => {
    let parsed = certificates.get(text);
    if (!parsed) {
      parsed = parseCertificate(text, subtle);
      certificates.set(text, parsed);
    }
    return parsed;
  };
  const signatures: SignatureInfo[] = [];
  for (const [position, element] of signatureElements.entries()) {
    signatures.push(
      await describeSignature(doc, element, ids, configured, keys, subtle, readCertificate, position < MAX_SIGNATURES),
    );
  }
  return {
    signatures,
    configuredCertificates: configured.map((certificate) => certificate.info),
    unreadableConfiguredCertificates,
  };
}

interface ParsedReference {
  /** null when the Reference has no URI attribute at all. */
  readonly uri: string | null;
  readonly transforms: readonly { readonly algorithm: string; readonly prefixes: readonly string[] }[];
  readonly digestMethod: string;
  readonly digestValue: string;
}

interface ParsedSignature {
  readonly signedInfo?: Element;
  readonly canonicalizationMethod: string;
  readonly canonicalizationPrefixes: readonly string[];
  readonly signatureMethod: string;
  readonly references: readonly ParsedReference[];
  readonly signatureValue: string;
  readonly keyInfoCertificates: readonly string[];
}

async function describeSignature(
  doc: Document,
  element: Element,
  ids: ReadonlyMap<string, Element[]>,
  configured: readonly ParsedCertificate[],
  keys: KeyCache,
  subtle: SubtleCrypto,
  readCertificate: (text: string) => Promise<ParsedCertificate>,
  attempt: boolean,
): Promise<SignatureInfo> {
  const parsed = parseSignatureElement(element);
  const parent = element.parentNode && element.parentNode.nodeType === 1 ? (element.parentNode as Element) : null;
  const parentId = parent ? idOf(parent) : undefined;
  const uris = parsed.references.map((reference) => reference.uri);
  const only = uris.length === 1 ? uris[0] : null;
  const referencesParent =
    parent !== null &&
    ((parentId !== undefined && only === `#${parentId}` && ids.get(parentId)?.length === 1) ||
      // URI="" is the whole document, which is the parent when the signature sits on the root.
      (only === '' && parent === doc.documentElement));

  let keyInfoCertificate: ParsedCertificate | undefined;
  let keyInfoError: string | undefined;
  for (const text of parsed.keyInfoCertificates) {
    try {
      keyInfoCertificate = await readCertificate(text);
      break;
    } catch (error) {
      if (keyInfoError === undefined)
        keyInfoError = `The KeyInfo certificate could not be read: ${errorMessage(error)}`;
    }
  }

  const check: Prepared = attempt
    ? await prepare(doc, element, parsed, ids, subtle).catch((error: unknown) => ({
        status: 'error' as const,
        reason: errorMessage(error),
      }))
    : { status: 'error', reason: `Not verified: the document has more than ${MAX_SIGNATURES} signatures` };
  const verifyWith = (certificate: ParsedCertificate): Promise<VerificationResult> =>
    'signedInfo' in check ? verifyValue(check, certificate, keys) : Promise.resolve(check);

  const keyInfoResult: VerificationResult | undefined = keyInfoCertificate
    ? await verifyWith(keyInfoCertificate)
    : keyInfoError !== undefined
      ? { status: 'error', reason: keyInfoError }
      : undefined;
  const configuredResults: { sha256: string; result: VerificationResult }[] = [];
  for (const certificate of configured) {
    configuredResults.push({ sha256: certificate.info.sha256, result: await verifyWith(certificate) });
  }

  return {
    on: classify(parent),
    ...(parentId !== undefined ? { parentId } : {}),
    referenceUris: uris.filter((uri): uri is string => uri !== null),
    referencesParent,
    signatureMethod: parsed.signatureMethod,
    digestMethods: parsed.references.map((reference) => reference.digestMethod),
    canonicalizationMethod: parsed.canonicalizationMethod,
    ...(keyInfoCertificate ? { keyInfoCertificate: keyInfoCertificate.info } : {}),
    ...(keyInfoResult ? { keyInfoResult } : {}),
    configuredResults,
  };
}

/** The key-independent part of verification: references checked, SignedInfo canonicalized. */
type Prepared =
  | {
      readonly signedInfo: Uint8Array<ArrayBuffer>;
      readonly signatureValue: Uint8Array<ArrayBuffer>;
      readonly method: SignatureMethod;
    }
  | Exclude<VerificationResult, { status: 'valid' }>;

async function prepare(
  doc: Document,
  signature: Element,
  parsed: ParsedSignature,
  ids: ReadonlyMap<string, Element[]>,
  subtle: SubtleCrypto,
): Promise<Prepared> {
  if (!parsed.signedInfo) return { status: 'error', reason: 'The Signature has no SignedInfo' };
  const method = SIGNATURE_METHODS[parsed.signatureMethod];
  if (!method)
    return { status: 'error', reason: `Unsupported signature method: ${parsed.signatureMethod || '(none)'}` };
  if (!isCanonicalizationAlgorithm(parsed.canonicalizationMethod)) {
    return { status: 'error', reason: `Unsupported canonicalization: ${parsed.canonicalizationMethod || '(none)'}` };
  }
  if (parsed.references.length === 0) return { status: 'error', reason: 'SignedInfo has no Reference' };
  if (parsed.references.length > MAX_REFERENCES)
    return { status: 'error', reason: 'SignedInfo has too many References' };

  // Check every reference's algorithms before hashing anything, so "unsupported" wins over "invalid".
  const plans: { reference: ParsedReference; hash: HashName; target: Element | Document; plan: TransformPlan }[] = [];
  for (const reference of parsed.references) {
    const hash = DIGEST_METHODS[reference.digestMethod];
    if (!hash) return { status: 'error', reason: `Unsupported digest method: ${reference.digestMethod || '(none)'}` };
    const plan = planTransforms(reference);
    if ('status' in plan) return plan;
    const target = resolve(doc, reference.uri, ids);
    if ('status' in target) return target;
    plans.push({ reference, hash, target: target.node, plan });
  }

  for (const { reference, hash, target, plan } of plans) {
    const octets = canonicalize(target, {
      algorithm: plan.algorithm,
      inclusivePrefixes: plan.prefixes,
      exclude: plan.enveloped ? signature : null,
      // Same-document references drop comments before transforms run (XML-DSig 4.4.3.3).
      withComments: false,
    });
    const digest = new Uint8Array(await subtle.digest(hash, utf8(octets)));
    let expected: Uint8Array;
    try {
      expected = decodeBase64(reference.digestValue);
    } catch {
      return { status: 'error', reason: 'A DigestValue is not valid base64' };
    }
    if (!equalBytes(digest, expected)) return { status: 'invalid', reason: 'digest' };
  }

  let signatureValue: Uint8Array<ArrayBuffer>;
  try {
    signatureValue = decodeBase64(parsed.signatureValue);
  } catch {
    return { status: 'error', reason: 'The SignatureValue is not valid base64' };
  }
  if (signatureValue.length === 0) return { status: 'error', reason: 'The SignatureValue is empty' };
  const signedInfo = canonicalize(parsed.signedInfo, {
    algorithm: parsed.canonicalizationMethod,
    inclusivePrefixes: parsed.canonicalizationPrefixes,
  });
  return { signedInfo: utf8(signedInfo), signatureValue, method };
}

interface TransformPlan {
  readonly algorithm: string;
  readonly prefixes: readonly string[];
  readonly enveloped: boolean;
}

/**
 * SAML uses enveloped-signature plus one canonicalization, in either order; both orders give the
 * same octets here because the canonicalizer works on the node-set with the Signature excluded.
 */
function planTransforms(reference: ParsedReference): TransformPlan | Exclude<VerificationResult, { status: 'valid' }> {
  let enveloped = false;
  let c14n: { algorithm: string; prefixes: readonly string[] } | undefined;
  for (const transform of reference.transforms) {
    if (transform.algorithm === ENVELOPED_SIGNATURE && !enveloped) {
      enveloped = true;
    } else if (isCanonicalizationAlgorithm(transform.algorithm) && !c14n) {
      c14n = transform;
    } else {
      return { status: 'error', reason: `Unsupported transform: ${transform.algorithm || '(none)'}` };
    }
  }
  // With no canonicalization transform the node-set becomes octets by Canonical XML 1.0.
  return { algorithm: c14n?.algorithm ?? C14N_ALGORITHMS.inclusive10, prefixes: c14n?.prefixes ?? [], enveloped };
}

function resolve(
  doc: Document,
  uri: string | null,
  ids: ReadonlyMap<string, Element[]>,
): { node: Element | Document } | Exclude<VerificationResult, { status: 'valid' }> {
  if (uri === null) return { status: 'error', reason: 'A Reference has no URI' };
  if (uri === '') return { node: doc };
  if (!uri.startsWith('#') || uri.startsWith('#xpointer(')) {
    return { status: 'error', reason: `Unsupported Reference URI: ${uri}` };
  }
  const matches = ids.get(uri.slice(1)) ?? [];
  if (matches.length === 0)
    return { status: 'error', reason: `No element has the ID the Reference points at (${uri})` };
  if (matches.length > 1) {
    return { status: 'error', reason: `${matches.length} elements have the ID the Reference points at (${uri})` };
  }
  return { node: matches[0] as Element };
}

async function verifyValue(
  prepared: Extract<Prepared, { signedInfo: Uint8Array<ArrayBuffer> }>,
  certificate: ParsedCertificate,
  keys: KeyCache,
): Promise<VerificationResult> {
  const { method } = prepared;
  const expectedType = method.name === 'ECDSA' ? 'EC' : 'RSA';
  if (certificate.key.type !== expectedType) {
    return {
      status: 'error',
      reason: `The certificate holds a ${certificate.info.publicKey} key, which cannot check a ${method.name} signature`,
    };
  }
  let key: CryptoKey;
  try {
    key = await keys.get(certificate, method);
  } catch (error) {
    return { status: 'error', reason: `The certificate's key could not be used: ${errorMessage(error)}` };
  }
  const algorithm = method.name === 'ECDSA' ? { name: 'ECDSA', hash: method.hash } : { name: method.name };
  let ok: boolean;
  try {
    ok = await keys.subtle.verify(algorithm, key, prepared.signatureValue, prepared.signedInfo);
  } catch (error) {
    return { status: 'error', reason: `The signature could not be checked: ${errorMessage(error)}` };
  }
  return ok ? { status: 'valid' } : { status: 'invalid', reason: 'signature' };
}

/** Imports each certificate's key once per algorithm, for all signatures of a document. */
class KeyCache {
  private readonly keys = new Map<string, Promise<CryptoKey>>();

  constructor(readonly subtle: SubtleCrypto) {}

  get(certificate: ParsedCertificate, method: SignatureMethod): Promise<CryptoKey> {
    const cacheKey = `${certificate.info.sha256}/${method.name}/${method.hash}`;
    let key = this.keys.get(cacheKey);
    if (!key) {
      const algorithm =
        method.name === 'ECDSA'
          ? { name: 'ECDSA', namedCurve: certificate.key.namedCurve ?? '' }
          : { name: method.name, hash: { name: method.hash } };
      key = this.subtle.importKey('spki', certificate.spki, algorithm, false, ['verify']);
      this.keys.set(cacheKey, key);
    }
    return key;
  }
}

function parseSignatureElement(signature: Element): ParsedSignature {
  const signedInfo = firstChild(signature, DSIG_NS, 'SignedInfo');
  const canonicalization = signedInfo && firstChild(signedInfo, DSIG_NS, 'CanonicalizationMethod');
  const references: ParsedReference[] = signedInfo
    ? childElements(signedInfo, DSIG_NS, 'Reference').map((reference) => {
        const transforms = firstChild(reference, DSIG_NS, 'Transforms');
        return {
          uri: reference.getAttribute('URI'),
          transforms: transforms
            ? childElements(transforms, DSIG_NS, 'Transform').map((transform) => ({
                algorithm: transform.getAttribute('Algorithm') ?? '',
                prefixes: prefixList(transform),
              }))
            : [],
          digestMethod: firstChild(reference, DSIG_NS, 'DigestMethod')?.getAttribute('Algorithm') ?? '',
          digestValue: textOf(firstChild(reference, DSIG_NS, 'DigestValue')),
        };
      })
    : [];
  const keyInfo = firstChild(signature, DSIG_NS, 'KeyInfo');
  const keyInfoCertificates = keyInfo
    ? childElements(keyInfo, DSIG_NS, 'X509Data').flatMap((data) =>
        childElements(data, DSIG_NS, 'X509Certificate').map((certificate) => textOf(certificate)),
      )
    : [];
  return {
    ...(signedInfo ? { signedInfo } : {}),
    canonicalizationMethod: canonicalization?.getAttribute('Algorithm') ?? '',
    canonicalizationPrefixes: canonicalization ? prefixList(canonicalization) : [],
    signatureMethod:
      (signedInfo && firstChild(signedInfo, DSIG_NS, 'SignatureMethod')?.getAttribute('Algorithm')) ?? '',
    references,
    signatureValue: textOf(firstChild(signature, DSIG_NS, 'SignatureValue')),
    keyInfoCertificates,
  };
}

function prefixList(method: Element): string[] {
  const inclusive = firstChild(method, EXC_C14N_NS, 'InclusiveNamespaces');
  return (inclusive?.getAttribute('PrefixList') ?? '').split(/\s+/).filter((prefix) => prefix !== '');
}

/** Every ds:Signature in document order, and every element by ID. Iterative: depth cannot hurt. */
function indexDocument(doc: Document): { signatures: Element[]; ids: Map<string, Element[]> } {
  const signatures: Element[] = [];
  const ids = new Map<string, Element[]>();
  const stack: Node[] = doc.documentElement ? [doc.documentElement] : [];
  while (stack.length > 0) {
    const element = stack.pop() as Element;
    if (element.namespaceURI === DSIG_NS && element.localName === 'Signature') signatures.push(element);
    // An element listed under two ID attributes (ID="a" Id="a") is still one element.
    const seen = new Set<string>();
    for (const name of ID_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value === null || seen.has(value)) continue;
      seen.add(value);
      const list = ids.get(value);
      if (list) list.push(element);
      else ids.set(value, [element]);
    }
    const children = element.childNodes;
    for (let i = children.length - 1; i >= 0; i -= 1) {
      const child = children[i] as Node;
      if (child.nodeType === 1) stack.push(child);
    }
  }
  return { signatures, ids };
}

function idOf(element: Element): string | undefined {
  for (const name of ID_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value !== null) return value;
  }
  return undefined;
}

function classify(parent: Element | null): SignedElement {
  if (parent?.localName === 'Response' && parent.namespaceURI === SAML2_PROTOCOL_NS) return 'response';
  if (parent?.localName === 'Assertion' && parent.namespaceURI === SAML2_ASSERTION_NS) return 'assertion';
  return 'other';
}

function childElements(parent: Element, namespace: string, localName: string): Element[] {
  const result: Element[] = [];
  const children = parent.childNodes;
  for (let i = 0; i < children.length; i += 1) {
    const child = children[i] as Element;
    if (child.nodeType === 1 && child.namespaceURI === namespace && child.localName === localName) result.push(child);
  }
  return result;
}

function firstChild(parent: Element, namespace: string, localName: string): Element | undefined {
  return childElements(parent, namespace, localName)[0];
}

function textOf(element: Element | undefined): string {
  if (!element) return '';
  let text = '';
  const children = element.childNodes;
  for (let i = 0; i < children.length; i += 1) {
    const child = children[i] as Node;
    if (child.nodeType === 3 || child.nodeType === 4) text += child.nodeValue ?? '';
  }
  return text.trim();
}

function utf8(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text);
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i += 1) diff |= (a[i] as number) ^ (b[i] as number);
  return diff === 0;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
