/**
 * The one base64 decoder of the analyzer, in plain JavaScript (no Buffer, and no `atob`, which rejects
 * URL-safe text, returns a binary string and is slow in Node). Whitespace is allowed anywhere and
 * padding is optional, because certificates, signature values and SAMLResponse values arrive wrapped,
 * indented and copied by hand. Two callers need more leniency, and ask for it explicitly:
 *
 * - a SAMLResponse copied from a URL may use the URL-safe alphabet (`-`, `_`);
 * - a SAMLResponse cut short by a copy may end in a lone symbol, which carries no whole byte: it is
 *   dropped, and the parser then reports the truncated XML as such.
 *
 * Certificates, SignatureValues and DigestValues (XML-DSig base64Binary) get neither: a corrupt value
 * is an error, not whatever bytes survive.
 */

export interface Base64Options {
  /** Accept `-` and `_` for `+` and `/` (RFC 4648 §5). */
  readonly urlSafe?: boolean;
  /** Drop a lone final symbol (a truncated copy) instead of refusing the text. */
  readonly allowTruncated?: boolean;
}

export class Base64Error extends Error {
  constructor() {
    super('not valid base64');
    this.name = 'Base64Error';
  }
}

const WHITESPACE = 64;
const PAD = 65;
const INVALID = 255;

function table(urlSafe: boolean): Uint8Array {
  const values = new Uint8Array(128).fill(INVALID);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < alphabet.length; i += 1) values[alphabet.charCodeAt(i)] = i;
  if (urlSafe) {
    values[0x2d /* - */] = 62;
    values[0x5f /* _ */] = 63;
  }
  for (const c of [0x20, 0x09, 0x0a, 0x0d, 0x0c]) values[c] = WHITESPACE;
  values[0x3d /* = */] = PAD;
  return values;
}

const STANDARD = table(false);
const URL_SAFE = table(true);

/** The bytes of `text`; throws Base64Error for anything that is not base64. An empty text is no bytes. */
export function decodeBase64(text: string, options: Base64Options = {}): Uint8Array<ArrayBuffer> {
  const values = options.urlSafe ? URL_SAFE : STANDARD;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4) + 3);
  let length = 0;
  let quad = 0;
  let inQuad = 0;
  let symbols = 0;
  let padding = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? (values[c] as number) : INVALID;
    if (v < 64) {
      if (padding > 0) throw new Base64Error(); // data after the padding
      quad = (quad << 6) | v;
      inQuad += 1;
      if (inQuad === 4) {
        out[length] = quad >> 16;
        out[length + 1] = (quad >> 8) & 0xff;
        out[length + 2] = quad & 0xff;
        length += 3;
        quad = 0;
        inQuad = 0;
      }
      symbols += 1;
    } else if (v === PAD) {
      padding += 1;
      if (padding > 2) throw new Base64Error();
    } else if (v !== WHITESPACE) {
      throw new Base64Error();
    }
  }
  if (padding > 0 && (symbols + padding) % 4 !== 0) throw new Base64Error();
  if (inQuad === 1 && !options.allowTruncated) throw new Base64Error();
  if (inQuad === 2) {
    out[length] = (quad >> 4) & 0xff;
    length += 1;
  } else if (inQuad === 3) {
    out[length] = (quad >> 10) & 0xff;
    out[length + 1] = (quad >> 2) & 0xff;
    length += 2;
  }
  return out.subarray(0, length);
}
