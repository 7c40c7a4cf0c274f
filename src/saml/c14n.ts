/**
 * XML canonicalization for signature verification, written against the standard DOM so that the
 * browser's DOMParser and @xmldom/xmldom (CLI, tests) give the same bytes.
 *
 * Why in-house: the plugin is one bundle that every agent downloads, and the libraries that do this
 * (xmldsigjs + pkijs, xml-crypto) cost 100 KB+ gzipped or need Node. SAML signatures only ever use a
 * small, well-specified part of XML-DSig: a same-document reference, the enveloped-signature
 * transform and (exclusive) canonicalization of an element subtree. This file implements exactly
 * that, and the tests hold it to xml-crypto's output on fixtures and on real IdP responses.
 *
 * Supported:
 * - Exclusive XML Canonicalization 1.0 (with and without comments), with InclusiveNamespaces PrefixList.
 * - Canonical XML 1.0 and 1.1 (inclusive), with and without comments. 1.1 differs from 1.0 only in
 *   how xml:* attributes of ancestors outside the signed subtree are inherited; the one case that
 *   needs real work (xml:base fix-up) is refused as unsupported rather than done wrong.
 *
 * Only these DOM members are used (all present in lib.dom and @xmldom/xmldom 0.9): nodeType,
 * childNodes, attributes, namespaceURI, prefix, localName, nodeValue, parentNode, and `target` on
 * processing instructions. The walk is iterative, so a deeply nested document cannot overflow the stack.
 */

export const C14N_ALGORITHMS = {
  exclusive: 'http://www.w3.org/2001/10/xml-exc-c14n#',
  exclusiveWithComments: 'http://www.w3.org/2001/10/xml-exc-c14n#WithComments',
  inclusive10: 'http://www.w3.org/TR/2001/REC-xml-c14n-20010315',
  inclusive10WithComments: 'http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments',
  inclusive11: 'http://www.w3.org/2006/12/xml-c14n11',
  inclusive11WithComments: 'http://www.w3.org/2006/12/xml-c14n11#WithComments',
} as const;

const ALGORITHM_TRAITS: Readonly<Record<string, { exclusive: boolean; comments: boolean; version: '1.0' | '1.1' }>> = {
  [C14N_ALGORITHMS.exclusive]: { exclusive: true, comments: false, version: '1.0' },
  [C14N_ALGORITHMS.exclusiveWithComments]: { exclusive: true, comments: true, version: '1.0' },
  [C14N_ALGORITHMS.inclusive10]: { exclusive: false, comments: false, version: '1.0' },
  [C14N_ALGORITHMS.inclusive10WithComments]: { exclusive: false, comments: true, version: '1.0' },
  [C14N_ALGORITHMS.inclusive11]: { exclusive: false, comments: false, version: '1.1' },
  [C14N_ALGORITHMS.inclusive11WithComments]: { exclusive: false, comments: true, version: '1.1' },
};

const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const PROCESSING_INSTRUCTION_NODE = 7;
const COMMENT_NODE = 8;
const DOCUMENT_NODE = 9;

/** Thrown for an algorithm or input this canonicalizer deliberately does not handle. */
export class UnsupportedCanonicalizationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedCanonicalizationError';
  }
}

export function isCanonicalizationAlgorithm(uri: string): boolean {
  return Object.hasOwn(ALGORITHM_TRAITS, uri);
}

export interface CanonicalizeOptions {
  /** One of `C14N_ALGORITHMS`; anything else throws `UnsupportedCanonicalizationError`. */
  readonly algorithm: string;
  /**
   * Exclusive c14n's InclusiveNamespaces PrefixList, split on whitespace; `#default` means the
   * default namespace. Ignored by the inclusive algorithms (they render every namespace anyway).
   */
  readonly inclusivePrefixes?: readonly string[];
  /**
   * A node left out together with its subtree: the Signature being verified, for the
   * enveloped-signature transform.
   */
  readonly exclude?: Node | null;
  /**
   * Overrides the algorithm's comment handling. Same-document references (`URI="#id"` and `URI=""`)
   * remove comments before any transform runs, so the verifier passes `false` for them even with a
   * `#WithComments` algorithm; SignedInfo is canonicalized with the algorithm's own setting.
   */
  readonly withComments?: boolean;
  /** Nodes this call may visit, shared with other calls; see `WorkBudget`. */
  readonly budget?: WorkBudget;
}

/**
 * Counts the nodes canonicalization may still visit, shared by every call that is given it: the
 * verifier hands one budget to all the references and SignedInfos of a document, so a document that
 * asks for the same subtree to be canonicalized again and again stops with `WorkBudgetExceededError`.
 */
export interface WorkBudget {
  remaining: number;
}

/** Thrown when canonicalization would visit more nodes than its `WorkBudget` allows. */
export class WorkBudgetExceededError extends Error {
  constructor() {
    super('Canonicalization exceeded its work budget');
    this.name = 'WorkBudgetExceededError';
  }
}

/**
 * Canonicalizes `node` (an element and its subtree, or a whole document) to a string.
 *
 * Linear in the size of the subtree plus the output: the namespaces in scope and those already
 * rendered are two maps changed in place on the way down and restored on the way up (a stack of
 * deltas), so an element costs only its own attributes and declarations. Only the apex looks at
 * everything it inherits; below it, a namespace can only need rendering where it is declared or used.
 */
export function canonicalize(node: Element | Document, options: CanonicalizeOptions): string {
  const traits = ALGORITHM_TRAITS[options.algorithm];
  if (!traits) throw new UnsupportedCanonicalizationError(`Unsupported canonicalization: ${options.algorithm}`);
  const withComments = options.withComments ?? traits.comments;
  const exclude = options.exclude ?? null;

  if (node.nodeType === DOCUMENT_NODE) return canonicalizeDocument(node as Document, options, withComments);

  const element = node as Element;
  const inclusivePrefixes = new Set<string>();
  for (const prefix of options.inclusivePrefixes ?? []) inclusivePrefixes.add(prefix === '#default' ? '' : prefix);
  const walker: Walker = {
    exclusive: traits.exclusive,
    withComments,
    exclude,
    inclusivePrefixes,
    out: [],
    budget: options.budget,
  };
  const inherited = traits.exclusive ? [] : inheritedXmlAttributes(element, traits.version);
  render(walker, element, ancestorScope(element), inherited);
  return walker.out.join('');
}

interface Walker {
  readonly exclusive: boolean;
  readonly withComments: boolean;
  readonly exclude: Node | null;
  /** Exclusive c14n only: prefixes treated the inclusive way ('' for #default). */
  readonly inclusivePrefixes: ReadonlySet<string>;
  readonly out: string[];
  readonly budget: WorkBudget | undefined;
}

/** Prefix → namespace URI. In `scope` the default namespace is '' and '' also means "undeclared". */
type Namespaces = Map<string, string>;

interface Attribute {
  readonly prefix: string;
  readonly localName: string;
  readonly namespaceURI: string;
  readonly value: string;
}

/** What to put back when an element closes: each changed prefix with its earlier value (undefined: absent). */
type Undo = readonly (readonly [string, string | undefined])[];

/** An element to close: its end tag and the deltas to undo. The walk allocates one per element, nothing else. */
class Close {
  constructor(
    readonly tag: string,
    readonly scopeUndo: Undo,
    readonly renderedUndo: Undo,
  ) {}
}

function render(walker: Walker, apex: Element, apexScope: Namespaces, inheritedAttributes: Attribute[]): void {
  const scope = apexScope;
  const rendered: Namespaces = new Map();
  // Nodes still to render, and the elements to close, in one stack: the DOM's own nodes are pushed as
  // they are, so a subtree costs one small object per element (its Close) and the strings it outputs.
  const stack: (Node | Close)[] = [apex];
  const { out, budget } = walker;
  while (stack.length > 0) {
    const step = stack.pop() as Node | Close;
    if (step instanceof Close) {
      out.push(step.tag);
      if (step.scopeUndo.length > 0) restore(scope, step.scopeUndo);
      if (step.renderedUndo.length > 0) restore(rendered, step.renderedUndo);
      continue;
    }
    const node = step;
    if (node === walker.exclude) continue;
    if (budget) {
      budget.remaining -= 1;
      if (budget.remaining < 0) throw new WorkBudgetExceededError();
    }
    switch (node.nodeType) {
      case ELEMENT_NODE: {
        const element = node as Element;
        const isApex = node === apex;
        const { attributes, declarations } = readAttributes(element);
        const scopeUndo = apply(scope, declarations);
        const namespaces = namespacesToRender(walker, element, attributes, declarations, scope, rendered, isApex);
        const renderedUndo = apply(rendered, namespaces);
        const name = qualifiedName(element.prefix, element.localName);
        let tag = '<' + name;
        for (const [prefix, uri] of namespaces) {
          tag += (prefix === '' ? ' xmlns="' : ` xmlns:${prefix}="`) + escapeAttribute(uri) + '"';
        }
        const all = isApex && inheritedAttributes.length > 0 ? [...attributes, ...inheritedAttributes] : attributes;
        if (all.length > 1) all.sort(compareAttributes);
        for (const attribute of all) {
          tag +=
            ' ' + qualifiedName(attribute.prefix, attribute.localName) + '="' + escapeAttribute(attribute.value) + '"';
        }
        out.push(tag + '>');
        stack.push(new Close(`</${name}>`, scopeUndo, renderedUndo));
        const children = element.childNodes;
        for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i] as Node);
        break;
      }
      case TEXT_NODE:
      case CDATA_SECTION_NODE:
        out.push(escapeText(node.nodeValue ?? ''));
        break;
      case PROCESSING_INSTRUCTION_NODE:
        out.push(renderProcessingInstruction(node as ProcessingInstruction));
        break;
      case COMMENT_NODE:
        if (walker.withComments) out.push(`<!--${node.nodeValue ?? ''}-->`);
        break;
      default:
        // Entity references and the like do not occur: documents with a DOCTYPE are refused upstream.
        throw new UnsupportedCanonicalizationError(`Cannot canonicalize a node of type ${node.nodeType}`);
    }
  }
}

/** Sets each prefix in `map`, returning how to undo it. */
function apply(map: Namespaces, entries: readonly (readonly [string, string])[]): Undo {
  if (entries.length === 0) return EMPTY_UNDO;
  const undo: [string, string | undefined][] = [];
  for (const [prefix, uri] of entries) {
    undo.push([prefix, map.get(prefix)]);
    map.set(prefix, uri);
  }
  return undo;
}

function restore(map: Namespaces, undo: Undo): void {
  // Backwards, so a prefix set twice on one element gets its first earlier value back.
  for (let i = undo.length - 1; i >= 0; i -= 1) {
    const [prefix, previous] = undo[i] as readonly [string, string | undefined];
    if (previous === undefined) map.delete(prefix);
    else map.set(prefix, previous);
  }
}

const EMPTY_UNDO: Undo = [];

function canonicalizeDocument(document: Document, options: CanonicalizeOptions, withComments: boolean): string {
  // Outside the document element, C14N separates nodes with a line feed on the side facing it.
  const out: string[] = [];
  let seenRoot = false;
  const children = document.childNodes;
  for (let i = 0; i < children.length; i += 1) {
    const child = children[i] as Node;
    if (child === options.exclude) continue;
    if (child.nodeType === ELEMENT_NODE) {
      out.push(canonicalize(child as Element, { ...options, withComments }));
      seenRoot = true;
    } else if (child.nodeType === PROCESSING_INSTRUCTION_NODE || (child.nodeType === COMMENT_NODE && withComments)) {
      const text =
        child.nodeType === COMMENT_NODE
          ? `<!--${child.nodeValue ?? ''}-->`
          : renderProcessingInstruction(child as ProcessingInstruction);
      out.push(seenRoot ? `\n${text}` : `${text}\n`);
    }
  }
  return out.join('');
}

function renderProcessingInstruction(node: ProcessingInstruction): string {
  const data = node.nodeValue ?? '';
  return data === '' ? `<?${node.target}?>` : `<?${node.target} ${data}?>`;
}

/** Shared by every element without attributes; nothing writes to it (the walk sorts only longer lists). */
const NO_ATTRIBUTES: { attributes: Attribute[]; declarations: [string, string][] } = {
  attributes: [],
  declarations: [],
};

function readAttributes(element: Element): { attributes: Attribute[]; declarations: [string, string][] } {
  const list = element.attributes;
  // Most elements of a response have none: share one empty result rather than allocate two arrays.
  if (list.length === 0) return NO_ATTRIBUTES;
  const attributes: Attribute[] = [];
  const declarations: [string, string][] = [];
  for (let i = 0; i < list.length; i += 1) {
    const attr = list.item(i) as Attr;
    const prefix = attr.prefix ?? '';
    const localName = attr.localName ?? '';
    const value = attr.nodeValue ?? '';
    if (attr.namespaceURI === XMLNS_NS || prefix === 'xmlns' || (prefix === '' && localName === 'xmlns')) {
      declarations.push([prefix === 'xmlns' ? localName : '', value]);
    } else {
      attributes.push({ prefix, localName, namespaceURI: attr.namespaceURI ?? '', value });
    }
  }
  return { attributes, declarations };
}

/** Namespace declarations in scope at the apex's parent: what it inherits from outside the subtree. */
function ancestorScope(element: Element): Namespaces {
  const chain: Element[] = [];
  for (let parent = element.parentNode; parent && parent.nodeType === ELEMENT_NODE; parent = parent.parentNode) {
    chain.push(parent as Element);
  }
  const scope: Namespaces = new Map();
  for (let i = chain.length - 1; i >= 0; i -= 1) {
    for (const [prefix, uri] of readAttributes(chain[i] as Element).declarations) scope.set(prefix, uri);
  }
  return scope;
}

/**
 * Inclusive C14N gives the apex the xml:* attributes it inherits from ancestors outside the subtree
 * (1.0: all of them; 1.1: xml:lang and xml:space, while xml:id is not inherited and xml:base would
 * need URI resolution, which is refused).
 */
function inheritedXmlAttributes(element: Element, version: '1.0' | '1.1'): Attribute[] {
  const own = new Set<string>();
  for (const attribute of readAttributes(element).attributes) {
    if (attribute.namespaceURI === XML_NS) own.add(attribute.localName);
  }
  const found: Attribute[] = [];
  for (let parent = element.parentNode; parent && parent.nodeType === ELEMENT_NODE; parent = parent.parentNode) {
    for (const attribute of readAttributes(parent as Element).attributes) {
      if (attribute.namespaceURI !== XML_NS || own.has(attribute.localName)) continue;
      if (version === '1.1') {
        if (attribute.localName === 'id') continue;
        if (attribute.localName === 'base') {
          throw new UnsupportedCanonicalizationError('Canonical XML 1.1 with an inherited xml:base is not supported');
        }
      }
      own.add(attribute.localName);
      found.push({ ...attribute, prefix: 'xml' });
    }
  }
  return found;
}

/**
 * The namespace declarations to write on `element`, sorted by prefix (default namespace first).
 * `scope` already holds the element's own declarations. Below the apex, `rendered` equals `scope`
 * for every namespace rendered so far, so only the element's own declarations and (exclusive) the
 * prefixes it uses can differ: the cost is the element's own, however many namespaces are in scope.
 */
function namespacesToRender(
  walker: Walker,
  element: Element,
  attributes: readonly Attribute[],
  declarations: readonly (readonly [string, string])[],
  scope: Namespaces,
  rendered: Namespaces,
  isApex: boolean,
): [string, string][] {
  let result: Map<string, string> | undefined;
  const consider = (prefix: string, uri: string): void => {
    if (prefix === 'xml' || prefix === 'xmlns') return;
    // The default namespace starts out as "none"; xmlns="" is only needed to undo a rendered one.
    const current = rendered.get(prefix) ?? (prefix === '' ? '' : undefined);
    if (current !== uri) (result || (result = new Map())).set(prefix, uri);
  };
  if (walker.exclusive) {
    // Visibly utilized: the element's own prefix (or the default namespace) and its attributes' prefixes.
    consider(element.prefix ?? '', element.namespaceURI ?? '');
    for (const attribute of attributes) {
      if (attribute.prefix !== '') consider(attribute.prefix, attribute.namespaceURI);
    }
    const listed = walker.inclusivePrefixes;
    if (listed.size > 0) {
      if (isApex) {
        // Whichever is smaller: the PrefixList or the namespaces in scope.
        if (listed.size <= scope.size) {
          for (const prefix of listed) {
            const uri = scope.get(prefix);
            if (uri !== undefined) consider(prefix, uri);
          }
        } else {
          for (const [prefix, uri] of scope) if (listed.has(prefix)) consider(prefix, uri);
        }
      } else {
        for (const [prefix] of declarations) {
          if (listed.has(prefix)) consider(prefix, scope.get(prefix) as string);
        }
      }
    }
  } else if (isApex) {
    for (const [prefix, uri] of scope) {
      // In XML 1.0 only the default namespace can be undeclared (xmlns=""), so '' only means that.
      if (prefix === '' || uri !== '') consider(prefix, uri);
    }
  } else {
    for (const [prefix] of declarations) {
      const uri = scope.get(prefix) as string;
      if (prefix === '' || uri !== '') consider(prefix, uri);
    }
  }
  if (result === undefined) return NO_NAMESPACES;
  return [...(result as Map<string, string>)].sort(([a], [b]) => compareCodePoints(a, b));
}

const NO_NAMESPACES: [string, string][] = [];

function compareAttributes(a: Attribute, b: Attribute): number {
  return compareCodePoints(a.namespaceURI, b.namespaceURI) || compareCodePoints(a.localName, b.localName);
}

/** Lexicographic order by Unicode code point, as C14N requires (JS `<` compares UTF-16 units). */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i += 1) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      // Surrogates (D800–DFFF) encode code points above FFFF, so they sort after E000–FFFF.
      const xs = x >= 0xd800 && x <= 0xdfff;
      const ys = y >= 0xd800 && y <= 0xdfff;
      if (xs !== ys) return xs ? 1 : -1;
      return x - y;
    }
  }
  return a.length - b.length;
}

function qualifiedName(prefix: string | null, localName: string | null): string {
  return prefix ? `${prefix}:${localName ?? ''}` : (localName ?? '');
}

export function escapeText(text: string): string {
  return text.replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c] as string);
}

export function escapeAttribute(value: string): string {
  return value.replace(/[&<"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] as string);
}

const TEXT_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#xD;' };
const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '"': '&quot;',
  '\t': '&#x9;',
  '\n': '&#xA;',
  '\r': '&#xD;',
};
