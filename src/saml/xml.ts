/**
 * Turning XML text into a DOM, safely, with whatever parser the host provides: the browser's
 * DOMParser in Flex, an @xmldom/xmldom adapter in the CLI and tests (see src/cli/nodeDeps.ts).
 *
 * Everything dangerous is refused by a single linear scan of the text *before* any parser sees it:
 * DOCTYPE/ENTITY declarations (entity expansion, external entities), nesting deeper than 256 levels
 * (recursive parsers and recursive DOM walks) and more elements or attributes than any real response
 * has — in all, and on one element: xmldom (the CLI's parser) checks an element's attributes against
 * each other, so 9,900 namespace declarations on one element cost it 0.6 s of CPU before any analysis. Only then is the text parsed, and the parser's own error reporting checked.
 */
import { INPUT_LIMITS, SamlInputError } from './errors';
import { SAML1_ASSERTION_NS, SAML1_PROTOCOL_NS, SAML2_ASSERTION_NS, SAML2_PROTOCOL_NS } from './namespaces';

/** Parses XML into a DOM Document; may throw or return a document carrying a `<parsererror>`. */
export type ParseXml = (xml: string) => Document;

const WS_TRUST_NAMESPACES = [
  'http://schemas.xmlsoap.org/ws/2005/02/trust',
  'http://docs.oasis-open.org/ws-sx/ws-trust/200512',
];
/** Where Firefox and Chromium put the element that reports a parse error. */
const PARSER_ERROR_NAMESPACES = [
  'http://www.mozilla.org/newlayout/xml/parsererror.xml',
  'http://www.w3.org/1999/xhtml',
];

const SAML1_MESSAGE =
  'This is a SAML 1.1 (WS-Federation) token, which Flex does not use: Flex needs a SAML 2.0 Response, so set the identity provider application up for SAML 2.0 and paste the SAMLResponse it posts to Flex.';

/** Matches `<!DOCTYPE` and `<!ENTITY` in any case; linear (no nested quantifiers). */
const DECLARATION = /<!\s*(?:doctype|entity)/i;

export type SamlRootKind = 'response' | 'assertion';

/**
 * Refuses, without parsing, what no parser should be given. Linear in the length of the text: the
 * text between tags is skipped with `indexOf`, each tag is read once character by character.
 * Malformed markup is not judged here (the parser does that); the scan simply stops.
 */
export function scanXml(xml: string): void {
  if (DECLARATION.test(xml)) throw new SamlInputError('doctype');
  const n = xml.length;
  let depth = 0;
  let elements = 0;
  let attributes = 0;
  let i = xml.indexOf('<');
  while (i !== -1 && i + 1 < n) {
    const next = xml.charCodeAt(i + 1);
    if (next === 0x3f /* ? */) {
      i = skipPast(xml, '?>', i + 2);
    } else if (next === 0x21 /* ! */) {
      if (xml.startsWith('<!--', i)) i = skipPast(xml, '-->', i + 4);
      else if (xml.startsWith('<![CDATA[', i)) i = skipPast(xml, ']]>', i + 9);
      // Any other declaration (<!ELEMENT, <!ATTLIST…) only exists inside a DTD.
      else throw new SamlInputError('doctype');
    } else if (next === 0x2f /* / */) {
      depth -= 1;
      i = skipPast(xml, '>', i + 2);
    } else {
      elements += 1;
      if (elements > INPUT_LIMITS.maxElements) throw new SamlInputError('tooManyElements');
      // Read the start tag: count `=` outside quotes as attributes, find its closing `>`.
      let j = i + 1;
      let quote = 0;
      let own = 0;
      for (; j < n; j += 1) {
        const c = xml.charCodeAt(j);
        if (quote !== 0) {
          if (c === quote) quote = 0;
        } else if (c === 0x22 || c === 0x27) {
          quote = c;
        } else if (c === 0x3d /* = */) {
          own += 1;
        } else if (c === 0x3e /* > */) {
          break;
        }
      }
      attributes += own;
      if (attributes > INPUT_LIMITS.maxAttributes || own > INPUT_LIMITS.maxAttributesPerElement) {
        throw new SamlInputError('tooManyElements');
      }
      if (j >= n) return;
      if (xml.charCodeAt(j - 1) !== 0x2f /* / */) {
        depth += 1;
        if (depth > INPUT_LIMITS.maxDepth) throw new SamlInputError('tooDeep');
      }
      i = j + 1;
    }
    if (i === -1 || i >= n) return;
    i = xml.indexOf('<', i);
  }
}

/** Index just after `token` (searching from `from`), or -1 when it never comes. */
function skipPast(xml: string, token: string, from: number): number {
  const at = xml.indexOf(token, from);
  return at === -1 ? -1 : at + token.length;
}

function hasParserError(doc: Document): boolean {
  const root = doc.documentElement;
  if (!root) return true;
  if (root.localName === 'parsererror') return true;
  return PARSER_ERROR_NAMESPACES.some((ns) => doc.getElementsByTagNameNS(ns, 'parsererror').length > 0);
}

/** What the document's root is; throws the input error for anything Flex would not accept as a login response. */
export function classifyRoot(doc: Document): SamlRootKind {
  const root = doc.documentElement;
  const ns = root?.namespaceURI ?? '';
  const name = root?.localName ?? '';
  if (ns === SAML2_PROTOCOL_NS) {
    if (name === 'Response') return 'response';
    if (name === 'AuthnRequest') throw new SamlInputError('authnRequest');
    if (name === 'LogoutRequest' || name === 'LogoutResponse') throw new SamlInputError('logoutMessage');
  }
  if (ns === SAML2_ASSERTION_NS && name === 'Assertion') return 'assertion';
  if (ns === SAML1_ASSERTION_NS || ns === SAML1_PROTOCOL_NS || WS_TRUST_NAMESPACES.includes(ns)) {
    throw new SamlInputError('notSaml', SAML1_MESSAGE);
  }
  throw new SamlInputError('notSaml');
}

/**
 * Scans, parses and classifies: returns a Document whose root is a SAML 2.0 Response or Assertion,
 * or throws a SamlInputError. Parser exceptions and `<parsererror>` documents both become `notXml`.
 */
export function parseSafely(xml: string, parse: ParseXml): Document {
  if (xml.length > INPUT_LIMITS.maxBytes) throw new SamlInputError('tooLarge');
  if (xml.trim() === '') throw new SamlInputError('empty');
  scanXml(xml);
  let doc: Document;
  try {
    doc = parse(xml);
  } catch (error) {
    if (error instanceof SamlInputError) throw error;
    throw new SamlInputError('notXml');
  }
  if (!doc || hasParserError(doc)) throw new SamlInputError('notXml');
  classifyRoot(doc);
  return doc;
}
