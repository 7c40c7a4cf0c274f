import { C14nCanonicalization, ExclusiveCanonicalization } from 'xml-crypto';
import {
  C14N_ALGORITHMS,
  UnsupportedCanonicalizationError,
  canonicalize,
  compareCodePoints,
  type CanonicalizeOptions,
} from '../../src/saml/c14n';
import { CORPUS_DIR, corpusEntries, describeCorpus, readCorpusFile } from './fixtures/corpus';
import { buildResponse, parseXml, serializeXml, signResponse } from './fixtures/build';
import { sharedKeyPair } from './fixtures/keys';

const EXC = C14N_ALGORITHMS.exclusive;
const DSIG_NS = 'http://www.w3.org/2000/09/xmldsig#';

/** Canonicalizes the first element called `localName` (any namespace) in `xml`. */
function c14n(xml: string, localName: string | null, options: Partial<CanonicalizeOptions> = {}): string {
  const doc = parseXml(xml);
  const element = localName === null ? doc.documentElement : firstByLocalName(doc, localName);
  return canonicalize(element, { algorithm: EXC, ...options });
}

function firstByLocalName(doc: Document, localName: string): Element {
  const element = Array.from(doc.getElementsByTagName('*')).find((e) => e.localName === localName);
  if (!element) throw new Error(`no ${localName}`);
  return element;
}

describe('exclusive canonicalization', () => {
  it('writes namespace declarations first, sorted by prefix, then attributes by namespace URI and local name', () => {
    const xml = '<a:e xmlns:b="urn:b" xmlns:a="urn:a" b:y="1" z="2" a:x="3" a:b="4"/>';
    expect(c14n(xml, null)).toBe('<a:e xmlns:a="urn:a" xmlns:b="urn:b" z="2" a:b="4" a:x="3" b:y="1"></a:e>');
  });

  it('renders only visibly utilized namespaces, once, on the element that first uses them', () => {
    const xml = '<r xmlns:unused="urn:u" xmlns:p="urn:p" xmlns:q="urn:q"><p:a><p:b q:attr="v"/><c/></p:a></r>';
    expect(c14n(xml, 'a')).toBe('<p:a xmlns:p="urn:p"><p:b xmlns:q="urn:q" q:attr="v"></p:b><c></c></p:a>');
  });

  it('renders an inherited default namespace on the apex and xmlns="" only where it undoes a rendered one', () => {
    const xml = '<r xmlns="urn:x"><s><c xmlns=""><d/></c></s></r>';
    expect(c14n(xml, 's')).toBe('<s xmlns="urn:x"><c xmlns=""><d></d></c></s>');
    // As the apex, c has no rendered default namespace to undo.
    expect(c14n(xml, 'c')).toBe('<c><d></d></c>');
  });

  it('does not render a default namespace that a prefixed element does not use', () => {
    expect(c14n('<p:a xmlns="urn:d" xmlns:p="urn:p"><p:b/></p:a>', null)).toBe(
      '<p:a xmlns:p="urn:p"><p:b></p:b></p:a>',
    );
  });

  it('re-declares a prefix bound to a different URI below', () => {
    expect(c14n('<p:a xmlns:p="urn:1"><p:b xmlns:p="urn:2"/></p:a>', null)).toBe(
      '<p:a xmlns:p="urn:1"><p:b xmlns:p="urn:2"></p:b></p:a>',
    );
  });

  it('adds prefixes from the InclusiveNamespaces PrefixList that are in scope, including from ancestors', () => {
    const xml = '<r xmlns:xs="urn:xs" xmlns:xsi="urn:xsi" xmlns:other="urn:o"><a xsi:type="xs:string">v</a></r>';
    expect(c14n(xml, 'a')).toBe('<a xmlns:xsi="urn:xsi" xsi:type="xs:string">v</a>');
    expect(c14n(xml, 'a', { inclusivePrefixes: ['xs'] })).toBe(
      '<a xmlns:xs="urn:xs" xmlns:xsi="urn:xsi" xsi:type="xs:string">v</a>',
    );
    // A listed prefix that is not in scope is simply absent.
    expect(c14n(xml, 'a', { inclusivePrefixes: ['nope'] })).toBe('<a xmlns:xsi="urn:xsi" xsi:type="xs:string">v</a>');
  });

  it('treats #default in the PrefixList as the default namespace', () => {
    const xml = '<r xmlns="urn:d" xmlns:p="urn:p"><p:a/></r>';
    expect(c14n(xml, 'a')).toBe('<p:a xmlns:p="urn:p"></p:a>');
    expect(c14n(xml, 'a', { inclusivePrefixes: ['#default'] })).toBe('<p:a xmlns="urn:d" xmlns:p="urn:p"></p:a>');
  });

  it('escapes text (&, <, >, CR) and attribute values (&, <, ", TAB, LF, CR) as C14N requires', () => {
    const xml = '<a b="&amp;&lt;&gt;&quot;&#9;&#10;&#13;\'">x &amp; &lt;y&gt; &#13; "\'</a>';
    expect(c14n(xml, null)).toBe('<a b="&amp;&lt;>&quot;&#x9;&#xA;&#xD;\'">x &amp; &lt;y&gt; &#xD; "\'</a>');
  });

  it('writes CDATA as escaped text, empty elements as start and end tags, and keeps processing instructions', () => {
    expect(c14n('<a><![CDATA[<b>&]]><e/><?pi  data?><?bare?></a>', null)).toBe(
      '<a>&lt;b&gt;&amp;<e></e><?pi data?><?bare?></a>',
    );
  });

  it('keeps comments only with the #WithComments algorithm, or when told to', () => {
    const xml = '<a><!-- note --><b/></a>';
    expect(c14n(xml, null)).toBe('<a><b></b></a>');
    expect(c14n(xml, null, { algorithm: C14N_ALGORITHMS.exclusiveWithComments })).toBe('<a><!-- note --><b></b></a>');
    expect(c14n(xml, null, { algorithm: C14N_ALGORITHMS.exclusiveWithComments, withComments: false })).toBe(
      '<a><b></b></a>',
    );
  });

  it('leaves out the excluded node (the enveloped signature) and everything in it', () => {
    const doc = parseXml(
      `<a ID="x"><i>1</i><ds:Signature xmlns:ds="${DSIG_NS}"><ds:SignedInfo/></ds:Signature><j>2</j></a>`,
    );
    const signature = doc.getElementsByTagNameNS(DSIG_NS, 'Signature')[0] as Element;
    expect(canonicalize(doc.documentElement, { algorithm: EXC, exclude: signature })).toBe(
      '<a ID="x"><i>1</i><j>2</j></a>',
    );
  });

  it('keeps a deeply nested document off the call stack', () => {
    const depth = 20000;
    // Build the DOM by hand: the test is about the canonicalizer, not the parser's own recursion.
    const doc = parseXml('<a/>');
    let element = doc.documentElement;
    for (let i = 1; i < depth; i += 1) element = element.appendChild(doc.createElement('a'));
    element.appendChild(doc.createTextNode('x'));
    expect(canonicalize(doc.documentElement, { algorithm: EXC })).toBe(
      `${'<a>'.repeat(depth)}x${'</a>'.repeat(depth)}`,
    );
  });

  it('refuses algorithms it does not implement', () => {
    expect(() => c14n('<a/>', null, { algorithm: 'http://www.w3.org/2002/06/xmldsig-filter2' })).toThrow(
      UnsupportedCanonicalizationError,
    );
  });
});

describe('inclusive canonicalization', () => {
  const INC = C14N_ALGORITHMS.inclusive10;

  it('renders every namespace in scope on the apex, and only changes below it', () => {
    const xml = '<r xmlns="urn:d" xmlns:u="urn:u"><s xmlns:p="urn:p"><p:t/><t xmlns:u="urn:u"/></s></r>';
    expect(c14n(xml, 's', { algorithm: INC })).toBe(
      '<s xmlns="urn:d" xmlns:p="urn:p" xmlns:u="urn:u"><p:t></p:t><t></t></s>',
    );
  });

  it('inherits xml:* attributes from ancestors outside the subtree (1.0), but not xml:id (1.1)', () => {
    const xml = '<r xml:lang="en" xml:id="top"><s xml:space="preserve"/></r>';
    expect(c14n(xml, 's', { algorithm: INC })).toBe('<s xml:id="top" xml:lang="en" xml:space="preserve"></s>');
    expect(c14n(xml, 's', { algorithm: C14N_ALGORITHMS.inclusive11 })).toBe(
      '<s xml:lang="en" xml:space="preserve"></s>',
    );
  });

  it('refuses C14N 1.1 when an ancestor sets xml:base (fix-up not implemented)', () => {
    expect(() => c14n('<r xml:base="http://x/"><s/></r>', 's', { algorithm: C14N_ALGORITHMS.inclusive11 })).toThrow(
      UnsupportedCanonicalizationError,
    );
  });

  it('renders xmlns="" where an element leaves a rendered default namespace', () => {
    expect(c14n('<r xmlns="urn:d"><c xmlns=""/></r>', null, { algorithm: INC })).toBe(
      '<r xmlns="urn:d"><c xmlns=""></c></r>',
    );
  });
});

describe('compareCodePoints', () => {
  it('orders by code point, so characters above U+FFFF sort after U+E000–U+FFFF', () => {
    expect(['\u{1F600}', '\uFFFD', 'b', 'a'].sort(compareCodePoints)).toEqual(['a', 'b', '\uFFFD', '\u{1F600}']);
  });
});

// ---------------------------------------------------------------------------------------------
// Against xml-crypto's canonicalizers, on signed fixtures and on every signed element of the corpus.

/** The namespaces declared above `element`, computed by xml-crypto itself, as its SignedXml passes them. */
function ancestorNamespaces(element: Element): { prefix: string; namespaceURI: string }[] {
  const { findAncestorNsForElement } = require('xml-crypto/lib/utils') as {
    findAncestorNsForElement: (node: unknown) => { prefix: string; namespaceURI: string }[];
  };
  return findAncestorNsForElement(element);
}

type Target = { description: string; xml: string; pick: (doc: Document) => Element };

/** Each signed element (by ID), each signed element without its signature, and each SignedInfo. */
function targetsOf(xml: string, label: string): Target[] {
  const doc = parseXml(xml);
  const targets: Target[] = [];
  const signatures = Array.from(doc.getElementsByTagNameNS(DSIG_NS, 'Signature'));
  signatures.forEach((signature, index) => {
    const parent = signature.parentNode as Element;
    const id = parent.getAttribute('ID');
    const byId = (d: Document) =>
      Array.from(d.getElementsByTagName('*')).find((e) => e.getAttribute('ID') === id) as Element;
    targets.push({ description: `${label}: element signed by signature #${index}`, xml, pick: byId });
    // The same element as the enveloped-signature transform leaves it.
    const stripped = parseXml(xml);
    const own = stripped.getElementsByTagNameNS(DSIG_NS, 'Signature')[index] as Element;
    own.parentNode?.removeChild(own);
    const strippedXml = serializeXml(stripped);
    targets.push({ description: `${label}: element of signature #${index} without it`, xml: strippedXml, pick: byId });
    targets.push({
      description: `${label}: SignedInfo of signature #${index}`,
      xml,
      pick: (d) => d.getElementsByTagNameNS(DSIG_NS, 'SignedInfo')[index] as Element,
    });
  });
  return targets;
}

/** The PrefixLists written anywhere in the document, to exercise them on every target. */
function prefixListsOf(xml: string): string[][] {
  const lists = [...xml.matchAll(/PrefixList="([^"]*)"/g)].map((m) => (m[1] as string).split(/\s+/).filter(Boolean));
  return [[], ...lists];
}

function compareWithXmlCrypto(target: Target, prefixes: string[]): void {
  const mine = canonicalize(target.pick(parseXml(target.xml)), { algorithm: EXC, inclusivePrefixes: prefixes });
  const theirsElement = target.pick(parseXml(target.xml));
  const theirs = new ExclusiveCanonicalization().process(theirsElement as never, {
    inclusiveNamespacesPrefixList: prefixes,
    ancestorNamespaces: ancestorNamespaces(theirsElement),
  });
  expect(mine).toBe(theirs);

  const inclusiveMine = canonicalize(target.pick(parseXml(target.xml)), { algorithm: C14N_ALGORITHMS.inclusive10 });
  const inclusiveElement = target.pick(parseXml(target.xml));
  const inclusiveTheirs = new C14nCanonicalization().process(inclusiveElement as never, {
    ancestorNamespaces: ancestorNamespaces(inclusiveElement),
  });
  expect(inclusiveMine).toBe(inclusiveTheirs);
}

describe('agrees with xml-crypto on signed fixtures', () => {
  let targets: [string, Target, string[]][] = [];
  beforeAll(async () => {
    const idp = await sharedKeyPair();
    const variants = [
      signResponse(buildResponse(), { key: idp.privateKeyPem, cert: idp.certificatePem, sign: 'both' }),
      signResponse(buildResponse({ typedValues: false, attributes: { 'a&b': ['<x>', '"q"\t'] } }), {
        key: idp.privateKeyPem,
        cert: idp.certificatePem,
        sign: 'both',
        algorithm: 'sha1',
        prefixList: ['xs'],
      }),
    ];
    targets = variants.flatMap((xml, i) =>
      targetsOf(xml, `fixture ${i}`).flatMap((t) =>
        prefixListsOf(xml).map((p) => [t.description, t, p] as [string, Target, string[]]),
      ),
    );
  });

  it('produces byte-identical exclusive and inclusive canonical forms', () => {
    expect(targets.length).toBeGreaterThan(10);
    for (const [description, target, prefixes] of targets) {
      try {
        compareWithXmlCrypto(target, prefixes);
      } catch (error) {
        throw new Error(`${description} (PrefixList ${prefixes.join(' ') || 'none'}): ${String(error)}`);
      }
    }
  });
});

describeCorpus('agrees with xml-crypto on every signed element of the corpus', () => {
  const entries = CORPUS_DIR ? corpusEntries().map((entry) => [entry.file, entry] as const) : [];
  it.each(entries)('%s', (file, entry) => {
    const xml = readCorpusFile(file);
    const targets = targetsOf(xml, file);
    const signed = [entry.responseSigned, entry.assertionSigned].filter((cell) => cell === 'True').length;
    // Three targets per visible signature (element, element without it, SignedInfo).
    expect(targets.length).toBe(signed * 3);
    for (const target of targets) {
      for (const prefixes of prefixListsOf(xml)) compareWithXmlCrypto(target, prefixes);
    }
  });
});
