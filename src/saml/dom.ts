/**
 * The DOM reading shared by the response reader, the signature verifier and the metadata reader. Only
 * DOM Level 2 calls that both the browser and @xmldom/xmldom implement (childNodes, nodeType,
 * namespaceURI, localName, getAttribute, hasAttribute, textContent). Elements are matched by namespace
 * and local name, never by prefix, and only among an element's direct children.
 */
export const ELEMENT_NODE = 1;

/** The direct children of `parent` in `ns` (with that local name when one is given), in document order. */
export function childElements(parent: Element, ns: string, localName?: string): Element[] {
  const found: Element[] = [];
  const nodes = parent.childNodes;
  for (let i = 0; i < nodes.length; i += 1) {
    const node = nodes[i];
    if (node?.nodeType !== ELEMENT_NODE) continue;
    const element = node as Element;
    if (element.namespaceURI === ns && (localName === undefined || element.localName === localName)) {
      found.push(element);
    }
  }
  return found;
}

export function firstChild(parent: Element, ns: string, localName: string): Element | undefined {
  return childElements(parent, ns, localName)[0];
}

/**
 * All the text inside `element`, as sent: its text and CDATA, and that of any element nested in it,
 * in document order; comments and processing instructions are not text (DOM `textContent`).
 *
 * This is the one reading for every value, because it is the one SAML service providers use for an
 * element's string value: `ada@example.com<!---->.evil.com` is "ada@example.com.evil.com" (reading only
 * the first text node is the comment-injection bug, CVE-2017-11428), and an AttributeValue with markup
 * inside is all of its text, not the part before the first child element. For the base64 values of a
 * signature (DigestValue, SignatureValue, X509Certificate), which may not hold elements, either reading
 * would do: the SignedInfo they sit in is signed, markup and all.
 */
export function textOf(element: Element | undefined): string {
  return element?.textContent ?? '';
}

/** The text of the first such child, trimmed (names, IDs, URIs, base64); undefined when there is none. */
export function childText(parent: Element, ns: string, localName: string): string | undefined {
  const element = firstChild(parent, ns, localName);
  return element ? textOf(element).trim() : undefined;
}

/** An attribute's value, or undefined when the attribute is absent (not when it is empty). */
export function attr(element: Element, name: string): string | undefined {
  return element.hasAttribute(name) ? (element.getAttribute(name) ?? undefined) : undefined;
}
