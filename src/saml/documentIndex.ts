/** One walk of a parsed document, for signature verification: its signatures, IDs and size. */
import { DSIG_NS } from './namespaces';

/** Attributes that XML-DSig same-document references resolve against (as xml-crypto and xmldsigjs do). */
const ID_ATTRIBUTES = ['ID', 'Id', 'id'] as const;

/**
 * One walk of the document: every ds:Signature in document order, every element by ID, how many
 * ds:Reference elements there are, and how many nodes (the work budget's measure). Iterative: depth
 * cannot hurt.
 */
export function indexDocument(doc: Document): {
  signatures: Element[];
  ids: Map<string, Element[]>;
  references: number;
  nodes: number;
} {
  const signatures: Element[] = [];
  const ids = new Map<string, Element[]>();
  let references = 0;
  let nodes = 1;
  const stack: Node[] = doc.documentElement ? [doc.documentElement] : [];
  while (stack.length > 0) {
    const element = stack.pop() as Element;
    if (element.namespaceURI === DSIG_NS) {
      if (element.localName === 'Signature') signatures.push(element);
      else if (element.localName === 'Reference') references += 1;
    }
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
    nodes += children.length;
    for (let i = children.length - 1; i >= 0; i -= 1) {
      const child = children[i] as Node;
      if (child.nodeType === 1) stack.push(child);
    }
  }
  return { signatures, ids, references, nodes };
}

export function idOf(element: Element): string | undefined {
  for (const name of ID_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value !== null) return value;
  }
  return undefined;
}
