/**
 * Where a pasted SAMLResponse sits when it is not bare: a form body or URL (`SAMLResponse=…&RelayState=…`),
 * or the IdP's HTML page with its auto-submitting form. Found with indexOf and bounded regexes: linear.
 */
import { withoutUndefined } from '../core/objects';
import { decodeHtmlEntities } from './entities';
import { SAML2_PROTOCOL_NS } from './namespaces';

export interface FormValue {
  readonly value: string;
  readonly relayState?: string;
}

/**
 * Form-decodes a value only when it is percent-encoded. A base64 value with `+` and no `%` was
 * copied (or exported) already decoded, and its `+` is data, not a space.
 */
export function decodeFormValue(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value; // Malformed escapes: the base64 decoder then rejects the `%`.
  }
}

const SAML_PARAMETER = /(?:^|[?&])SAML(?:Response|Request)=/;

export function readFormOrUrl(text: string): FormValue | undefined {
  if (!SAML_PARAMETER.test(text)) return undefined;
  const query = /^https?:\/\//i.test(text) && text.includes('?') ? text.slice(text.indexOf('?') + 1) : text;
  const params = parseForm(query.split('#', 1)[0] ?? '');
  // A SAMLRequest is decoded too, so that it is reported as an AuthnRequest (or logout message).
  const value = find(params, 'SAMLResponse') ?? find(params, 'SAMLRequest');
  if (value === undefined) return undefined;
  return withoutUndefined({ value, relayState: nonEmpty(find(params, 'RelayState')) });
}

// A pasted HTML page: the IdP's auto-submitting form (`<input name="SAMLResponse" value="…">`), as
// "view source" shows it.

const HTML_SAML_INPUT = /name\s*=\s*["']SAMLResponse["']/i;

export function readHtmlForm(text: string): FormValue | undefined {
  if (text.includes(SAML2_PROTOCOL_NS) || !HTML_SAML_INPUT.test(text)) return undefined;
  const value = htmlInputValue(text, 'SAMLResponse');
  if (value === undefined) return undefined;
  return withoutUndefined({ value, relayState: nonEmpty(htmlInputValue(text, 'RelayState')) });
}

function htmlInputValue(html: string, name: string): string | undefined {
  const match = new RegExp(`name\\s*=\\s*["']${name}["']`, 'i').exec(html);
  if (!match) return undefined;
  const start = html.lastIndexOf('<', match.index);
  const end = html.indexOf('>', match.index);
  const tag = html.slice(start === -1 ? 0 : start, end === -1 ? html.length : end + 1);
  const value = /\svalue\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
  return value ? decodeHtmlEntities(value[1] ?? value[2] ?? '') : undefined;
}

export type Params = readonly (readonly [string, string])[];

export function parseForm(body: string): Params {
  return body
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const name = eq === -1 ? pair : pair.slice(0, eq);
      const value = eq === -1 ? '' : pair.slice(eq + 1);
      return [decodeFormValue(name.trim()), decodeFormValue(value)] as const;
    });
}

export function find(params: Params | undefined, name: string): string | undefined {
  return params?.find(([key]) => key === name)?.[1];
}

export function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
