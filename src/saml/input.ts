/**
 * From whatever an admin pastes or uploads to the XML of each SAML Response in it, with where and
 * when it was captured. Recognised forms:
 *
 * - XML (starts with `<` after a BOM and whitespace);
 * - base64, standard or URL-safe, with or without line breaks, percent-encoded or not (a value copied
 *   from a form or a URL), and base64 of raw-deflated XML (HTTP-Redirect binding);
 * - a form body or URL carrying `SAMLResponse=…` (and `RelayState=…`), or the IdP's HTML page with
 *   its auto-submitting form (`<input name="SAMLResponse" value="…">`);
 * - a HAR file: every request carrying a `SAMLResponse` parameter;
 * - a SAML-tracer export (`{ requests: [...], timestamp }`): its decoded `saml` text, or the raw parameter.
 *
 * No XML is parsed here (see xml.ts). Sizes are bounded everywhere: the whole input, every decoded
 * payload and every inflated payload is at most 2 MB. Each form has its file: payload.ts (base64,
 * deflate), forms.ts (form bodies, URLs, HTML pages), entities.ts, captures.ts (HAR, SAML-tracer).
 */
import type { CaptureInfo } from '../core/samlTypes';
import { withoutUndefined } from '../core/objects';
import { extractFromJson } from './captures';
import { INPUT_LIMITS, inputLimitFor, SamlInputError } from './errors';
import { readFormOrUrl, readHtmlForm } from './forms';
import { decodePayload, stripBom, type InputDeps } from './payload';

export type { InputDeps } from './payload';

export interface Evidence {
  readonly xml: string;
  readonly capture: CaptureInfo;
}

/** One or more: a reader that finds nothing throws instead of returning an empty list. */
export type OneOrMore<T> = readonly [T, ...T[]];

/** Every SAML Response found in `text`, newest first. Throws SamlInputError when there is none. */
export async function extractResponses(text: string, deps: InputDeps): Promise<OneOrMore<Evidence>> {
  // The cheap checks come first: nothing is copied, trimmed or decoded before them. Only a JSON
  // capture (HAR, SAML-tracer) may be larger than one SAML message.
  if (text.length > INPUT_LIMITS.maxCaptureBytes) throw new SamlInputError('captureTooLarge');
  if (text.length > INPUT_LIMITS.maxBytes && inputLimitFor(text).kind !== 'capture') {
    throw new SamlInputError('tooLarge');
  }
  const trimmed = stripBom(text).trim();
  if (trimmed === '') throw new SamlInputError('empty');

  if (trimmed.startsWith('<')) {
    const form = readHtmlForm(trimmed);
    if (!form) return [{ xml: trimmed, capture: { source: 'xml' } }];
    const payload = await decodePayload(form.value, deps);
    return [{ xml: payload.xml, capture: withoutUndefined({ source: payload.source, relayState: form.relayState }) }];
  }
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return extractFromJson(trimmed, deps);

  const form = readFormOrUrl(trimmed);
  if (form) {
    const payload = await decodePayload(form.value, deps);
    return [{ xml: payload.xml, capture: withoutUndefined({ source: payload.source, relayState: form.relayState }) }];
  }
  const unquoted = /^"[^"]*"$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
  const payload = await decodePayload(unquoted, deps);
  return [{ xml: payload.xml, capture: { source: payload.source } }];
}
