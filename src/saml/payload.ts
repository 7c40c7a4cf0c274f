/**
 * One SAMLResponse (or SAMLRequest) value to XML text: base64, standard or URL-safe, maybe
 * percent-encoded, maybe raw-deflated (HTTP-Redirect binding). Every decoded and inflated payload is
 * at most 2 MB.
 */
import { Base64Error, decodeBase64 } from './base64';
import { INPUT_LIMITS, SamlInputError } from './errors';
import { decodeFormValue } from './forms';

export interface InputDeps {
  /** Inflates raw DEFLATE data (no zlib header). May throw SamlInputError('tooLarge') when bounded. */
  inflateRaw(bytes: Uint8Array): Promise<Uint8Array>;
}

export interface Payload {
  readonly xml: string;
  readonly source: 'base64' | 'deflate';
}

/** Decodes one SAMLResponse value (base64, maybe percent-encoded, maybe deflated) to XML text. */
export async function decodePayload(value: string, deps: InputDeps): Promise<Payload> {
  if (value.length > INPUT_LIMITS.maxBytes) throw new SamlInputError('tooLarge');
  const bytes = decodeSamlBase64(decodeFormValue(value));
  if (looksLikeXml(bytes)) return { xml: utf8(bytes), source: 'base64' };

  let inflated: Uint8Array;
  try {
    inflated = await deps.inflateRaw(bytes);
  } catch (error) {
    if (error instanceof SamlInputError) throw error;
    throw new SamlInputError('inflateFailed');
  }
  if (inflated.length > INPUT_LIMITS.maxBytes) throw new SamlInputError('tooLarge');
  if (!looksLikeXml(inflated)) throw new SamlInputError('notXml');
  return { xml: utf8(inflated), source: 'deflate' };
}

function isSpace(c: number | undefined): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;
}

/** A SAMLResponse's bytes: standard or URL-safe base64, whitespace anywhere, padding optional, maybe cut short. */
function decodeSamlBase64(text: string): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = decodeBase64(text, { urlSafe: true, allowTruncated: true });
  } catch (error) {
    if (error instanceof Base64Error) throw new SamlInputError('notBase64');
    throw error;
  }
  if (bytes.length === 0) throw new SamlInputError('notBase64');
  return bytes;
}

/** XML text starts with `<` after an optional UTF-8 BOM and whitespace. */
function looksLikeXml(bytes: Uint8Array): boolean {
  let i = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && isSpace(bytes[i])) i += 1;
  return bytes[i] === 0x3c;
}

// Made once, when first needed (not at import: a host may install TextDecoder after loading the module).
let UTF8: TextDecoder | undefined;

function utf8(bytes: Uint8Array): string {
  if (UTF8 === undefined) UTF8 = new TextDecoder('utf-8');
  const text = UTF8.decode(bytes).trim();
  if (text.length > INPUT_LIMITS.maxBytes) throw new SamlInputError('tooLarge');
  return text;
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
