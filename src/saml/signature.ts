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
 * Anything else (DSA, HMAC, RSA-PSS, XPath transforms, external URIs) is `{ status: 'error' }` with
 * the algorithm named, and so is a malformed value: Flex cannot verify those either, so the rules
 * report them as errors, never as a pass.
 *
 * Never fails open, never stalls: a signature is placed by its position from the root (see
 * SignedElement), a document with more signatures or references than a real response has is refused
 * (SamlInputError `tooManySignatures`), and all canonicalization of one document shares a work budget
 * proportional to its size, so no arrangement of references costs more than a few passes over it.
 *
 * The pieces it uses have their own files: signatureElement.ts reads a ds:Signature into data,
 * documentIndex.ts finds the signatures and IDs, certificates.ts reads certificates and imports keys,
 * c14n.ts canonicalizes, dom.ts and namespaces.ts are shared with the response reader.
 */
import type {
  CertificateInfo,
  SignatureInfo,
  SignedElement,
  VerificationResult,
  VerifiedAgainst,
} from '../core/samlTypes';
import {
  C14N_ALGORITHMS,
  canonicalize,
  isCanonicalizationAlgorithm,
  WorkBudgetExceededError,
  type WorkBudget,
} from './c14n';
import { decodeBase64 } from './base64';
import { KeyCache, readCertificate, type HashName, type SignatureMethod } from './certificates';
import type { ParsedCertificate } from './der';
import { indexDocument, idOf } from './documentIndex';
import { SAML2_ASSERTION_NS, SAML2_PROTOCOL_NS } from './namespaces';
import {
  parseSignatureElement,
  TOO_MANY_PREFIXES,
  type ParsedReference,
  type ParsedSignature,
} from './signatureElement';
import { nextTask, YIELD_ABOVE_NODES } from './tasks';
import { INPUT_LIMITS, SamlInputError } from './errors';

export const ENVELOPED_SIGNATURE = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';

/**
 * Nodes canonicalization may visit per node of the document: a real response canonicalizes the
 * whole document once (the Response's signature), the Assertion (a part of it) once more, and two
 * small SignedInfos; WORK_BASE covers those and small documents.
 */
const WORK_PER_NODE = 2;
const WORK_BASE = 10_000;

/** Names for the algorithms people meet that this verifier (and Flex) does not accept. */
const KNOWN_UNSUPPORTED: Readonly<Record<string, string>> = {
  'http://www.w3.org/2001/04/xmldsig-more#md5': 'MD5',
  'http://www.w3.org/2001/04/xmldsig-more#rsa-md5': 'RSA-MD5',
  'http://www.w3.org/2001/04/xmlenc#ripemd160': 'RIPEMD-160',
  'http://www.w3.org/2000/09/xmldsig#dsa-sha1': 'DSA-SHA1',
  'http://www.w3.org/2009/xmldsig11#dsa-sha256': 'DSA-SHA256',
  'http://www.w3.org/2000/09/xmldsig#hmac-sha1': 'HMAC-SHA1',
  'http://www.w3.org/2001/04/xmldsig-more#hmac-sha256': 'HMAC-SHA256',
  'http://www.w3.org/2007/05/xmldsig-more#rsa-pss': 'RSA-PSS',
  'http://www.w3.org/2007/05/xmldsig-more#sha1-rsa-MGF1': 'RSA-PSS (SHA-1)',
  'http://www.w3.org/2007/05/xmldsig-more#sha256-rsa-MGF1': 'RSA-PSS (SHA-256)',
  'http://www.w3.org/2007/05/xmldsig-more#sha384-rsa-MGF1': 'RSA-PSS (SHA-384)',
  'http://www.w3.org/2007/05/xmldsig-more#sha512-rsa-MGF1': 'RSA-PSS (SHA-512)',
  'http://www.w3.org/TR/1999/REC-xpath-19991116': 'XPath',
  'http://www.w3.org/2002/06/xmldsig-filter2': 'XPath Filter 2.0',
  'http://www.w3.org/TR/1999/REC-xslt-19991116': 'XSLT',
  'http://www.w3.org/2000/09/xmldsig#base64': 'Base64 decoding',
};

/** "RSA-PSS (http://…#rsa-pss)": the algorithm by name when known, and its URI (shortened if absurdly long). */
function algorithmLabel(uri: string): string {
  if (uri === '') return '(none given)';
  const shown = uri.length > 120 ? `${uri.slice(0, 117)}…` : uri;
  const name = KNOWN_UNSUPPORTED[uri];
  return name ? `${name} (${shown})` : shown;
}

const DIGEST_METHODS: Readonly<Record<string, HashName>> = {
  'http://www.w3.org/2000/09/xmldsig#sha1': 'SHA-1',
  'http://www.w3.org/2001/04/xmlenc#sha256': 'SHA-256',
  'http://www.w3.org/2001/04/xmldsig-more#sha384': 'SHA-384',
  'http://www.w3.org/2001/04/xmlenc#sha512': 'SHA-512',
};

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

/** The canonicalization budget of one document, and whether it is large enough to yield between steps. */
interface VerifyBudget extends WorkBudget {
  readonly large: boolean;
}

export interface VerifySignaturesOptions {
  /** `crypto.subtle` of the browser, or of Node (`globalThis.crypto.subtle`). */
  readonly subtle: SubtleCrypto;
  /** Certificates configured in Flex (PEM, or a bare base64 body), in the order the admin gave them. */
  readonly configuredCertificates: readonly string[];
  /**
   * false: read each signature (its certificates, algorithms, references and what they point at) but
   * check nothing: no canonicalization, no digest, no key import. Every result that would have needed
   * that work is "could not be checked" (never valid, never invalid). Default true.
   */
  readonly verify?: boolean;
}

/** The result of every check skipped because verification was not asked for. */
export const NOT_VERIFIED: Exclude<VerificationResult, { status: 'valid' }> = {
  status: 'error',
  reason: 'signature verification was not asked for',
};

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
      const certificate = await readCertificate(text, subtle);
      if (!configured.some((known) => known.info.sha256 === certificate.info.sha256)) configured.push(certificate);
    } catch (error) {
      unreadableConfiguredCertificates.push({ index, reason: errorMessage(error) });
    }
  }

  const { signatures: signatureElements, ids, references, nodes } = indexDocument(doc);
  if (signatureElements.length > INPUT_LIMITS.maxSignatures || references > INPUT_LIMITS.maxReferences) {
    throw new SamlInputError('tooManySignatures');
  }
  const budget: VerifyBudget = { remaining: WORK_BASE + WORK_PER_NODE * nodes, large: nodes > YIELD_ABOVE_NODES };
  const keys = new KeyCache(subtle);
  const signatures: SignatureInfo[] = [];
  const verify = options.verify !== false;
  for (const element of signatureElements) {
    signatures.push(
      await describeSignature(
        doc,
        element,
        ids,
        configured,
        keys,
        subtle,
        (text) => readCertificate(text, subtle),
        budget,
        verify,
      ),
    );
  }
  return {
    signatures,
    configuredCertificates: configured.map((certificate) => certificate.info),
    unreadableConfiguredCertificates,
  };
}

async function describeSignature(
  doc: Document,
  element: Element,
  ids: ReadonlyMap<string, Element[]>,
  configured: readonly ParsedCertificate[],
  keys: KeyCache,
  subtle: SubtleCrypto,
  readCertificate: (text: string) => Promise<ParsedCertificate>,
  budget: VerifyBudget,
  verify: boolean,
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

  const check: Prepared = await prepare(doc, element, parsed, ids, subtle, budget, verify).catch((error: unknown) => ({
    status: 'error' as const,
    reason:
      error instanceof WorkBudgetExceededError
        ? 'its references ask for more canonicalization than any real response needs (the work budget of two passes over the document is spent)'
        : errorMessage(error),
  }));
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

  const valid = (result: VerificationResult | undefined) => result?.status === 'valid';
  const verifiedAgainst: VerifiedAgainst = configuredResults.some((c) => valid(c.result))
    ? 'configured'
    : valid(keyInfoResult)
      ? 'embedded'
      : 'nothing';

  return {
    on: classify(doc, parent),
    location: locationOf(parent),
    ...(parentId !== undefined ? { parentId } : {}),
    referenceUris: uris.filter((uri): uri is string => uri !== null),
    referencesParent,
    signatureMethod: parsed.signatureMethod,
    digestMethods: parsed.references.map((reference) => reference.digestMethod),
    canonicalizationMethod: parsed.canonicalizationMethod,
    ...(keyInfoCertificate ? { keyInfoCertificate: keyInfoCertificate.info } : {}),
    ...(keyInfoResult ? { keyInfoResult } : {}),
    configuredResults,
    verifiedAgainst,
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
  budget: VerifyBudget,
  verify: boolean,
): Promise<Prepared> {
  if (!parsed.signedInfo) return { status: 'error', reason: 'the Signature has no SignedInfo' };
  const method = SIGNATURE_METHODS[parsed.signatureMethod];
  if (!method)
    return { status: 'error', reason: `unsupported signature method ${algorithmLabel(parsed.signatureMethod)}` };
  if (!isCanonicalizationAlgorithm(parsed.canonicalizationMethod)) {
    return {
      status: 'error',
      reason: `unsupported canonicalization method ${algorithmLabel(parsed.canonicalizationMethod)}`,
    };
  }
  if (parsed.canonicalizationPrefixes === null) return TOO_MANY_PREFIXES;
  if (parsed.references.length === 0) return { status: 'error', reason: 'SignedInfo has no Reference' };
  // Malformed values before any work, and every reference's algorithms before hashing anything, so
  // "malformed" and "unsupported" win over "invalid".
  const signatureValue = decodeValue(parsed.signatureValue);
  if (!signatureValue) return { status: 'error', reason: 'malformed value: the SignatureValue is not base64' };
  if (signatureValue.length === 0) return { status: 'error', reason: 'malformed value: the SignatureValue is empty' };
  const plans: { expected: Uint8Array; hash: HashName; target: Element | Document; plan: TransformPlan }[] = [];
  for (const reference of parsed.references) {
    const hash = DIGEST_METHODS[reference.digestMethod];
    if (!hash)
      return { status: 'error', reason: `unsupported digest method ${algorithmLabel(reference.digestMethod)}` };
    const expected = decodeValue(reference.digestValue);
    if (!expected) return { status: 'error', reason: 'malformed value: a DigestValue is not base64' };
    if (expected.length === 0) return { status: 'error', reason: 'malformed value: a DigestValue is empty' };
    const plan = planTransforms(reference);
    if ('status' in plan) return plan;
    const target = resolve(doc, reference.uri, ids);
    if ('status' in target) return target;
    plans.push({ expected, hash, target: target.node, plan });
  }
  // Everything above only reads the signature; what follows is the verification itself.
  if (!verify) return NOT_VERIFIED;

  for (const { expected, hash, target, plan } of plans) {
    if (budget.large) await nextTask();
    const octets = canonicalize(target, {
      algorithm: plan.algorithm,
      inclusivePrefixes: plan.prefixes,
      exclude: plan.enveloped ? signature : null,
      // Same-document references drop comments before transforms run (XML-DSig 4.4.3.3).
      withComments: false,
      budget,
    });
    const digest = new Uint8Array(await subtle.digest(hash, utf8(octets)));
    if (!equalBytes(digest, expected)) return { status: 'invalid', reason: 'digest' };
  }

  const signedInfo = canonicalize(parsed.signedInfo, {
    algorithm: parsed.canonicalizationMethod,
    inclusivePrefixes: parsed.canonicalizationPrefixes,
    budget,
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
    if (transform.prefixes === null) return TOO_MANY_PREFIXES;
    if (transform.algorithm === ENVELOPED_SIGNATURE && !enveloped) {
      enveloped = true;
    } else if (isCanonicalizationAlgorithm(transform.algorithm) && !c14n) {
      c14n = { algorithm: transform.algorithm, prefixes: transform.prefixes };
    } else {
      return { status: 'error', reason: `unsupported transform ${algorithmLabel(transform.algorithm)}` };
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
  if (uri === null) return { status: 'error', reason: 'a Reference has no URI' };
  if (uri === '') return { node: doc };
  if (!uri.startsWith('#') || uri.startsWith('#xpointer(')) {
    return { status: 'error', reason: `unsupported Reference URI ${algorithmLabel(uri)}` };
  }
  const shown = algorithmLabel(uri);
  const matches = ids.get(uri.slice(1)) ?? [];
  if (matches.length === 0)
    return { status: 'error', reason: `no element has the ID the Reference points at (${shown})` };
  if (matches.length > 1) {
    return { status: 'error', reason: `${matches.length} elements have the ID the Reference points at (${shown})` };
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

const isResponse = (element: Element | null): boolean =>
  element?.localName === 'Response' && element.namespaceURI === SAML2_PROTOCOL_NS;
const isAssertion = (element: Element | null): boolean =>
  element?.localName === 'Assertion' && element.namespaceURI === SAML2_ASSERTION_NS;

/**
 * By position from the root, never by name alone: a signed Response or Assertion nested anywhere
 * else (a wrapper's Extensions, a Response inside a Response) is `other`, so it signs nothing Flex reads.
 */
function classify(doc: Document, parent: Element | null): SignedElement {
  const root = doc.documentElement;
  if (parent === null || root === null) return 'other';
  if (parent === root) return isResponse(root) ? 'response' : isAssertion(root) ? 'assertion' : 'other';
  return isAssertion(parent) && parent.parentNode === root && isResponse(root) ? 'assertion' : 'other';
}

/** "Response/Extensions/Response": local names from the root down to `element` (depth is capped at parse). */
function locationOf(element: Element | null): string {
  const names: string[] = [];
  for (let node: Node | null = element; node && node.nodeType === 1; node = node.parentNode) {
    names.push((node as Element).localName ?? '');
  }
  return names.reverse().join('/');
}

/** The bytes of a base64 value, or undefined when it is not base64. */
function decodeValue(text: string): Uint8Array<ArrayBuffer> | undefined {
  try {
    return decodeBase64(text);
  } catch {
    return undefined;
  }
}

// Made once, when first needed (not at import: a host may install TextEncoder after loading the module).
let UTF8: TextEncoder | undefined;

function utf8(text: string): Uint8Array<ArrayBuffer> {
  if (UTF8 === undefined) UTF8 = new TextEncoder();
  return UTF8.encode(text);
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
