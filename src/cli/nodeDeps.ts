/**
 * The analyzer's host dependencies in Node: @xmldom/xmldom for the DOM, node:crypto's WebCrypto and
 * node:zlib. The plugin builds the same three from the browser (src/saml/browser.ts). Tests use these too.
 */
import { createHash, webcrypto } from 'node:crypto';
import { promisify } from 'node:util';
import { inflateRaw as zlibInflateRaw } from 'node:zlib';
import { DOMParser } from '@xmldom/xmldom';
import type { AnalyzeDeps } from '../saml/analyze';
import { INPUT_LIMITS, SamlInputError } from '../saml/errors';
import type { ParseXml } from '../saml/xml';

const inflateRawAsync = promisify(zlibInflateRaw);

/**
 * xmldom reports problems through `onError` and by default only throws on fatal ones, returning a
 * partial document otherwise. A browser refuses such XML, so the adapter throws on errors too (and on
 * warnings, which xmldom uses for input a conforming parser rejects): parseSafely turns that into `notXml`.
 * Callers must still go through parseSafely, which refuses DOCTYPEs before xmldom sees the text.
 */
export const nodeParseXml: ParseXml = (xml) => {
  const parser = new DOMParser({
    locator: false,
    onError: (level, message) => {
      throw new Error(`XML ${level}: ${message}`);
    },
  });
  return parser.parseFromString(xml, 'text/xml') as unknown as Document;
};

/** Raw inflate, bounded: zlib stops at the limit instead of filling memory with a deflate bomb. */
export async function nodeInflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  try {
    const out = await inflateRawAsync(bytes, { maxOutputLength: INPUT_LIMITS.maxBytes + 1 });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new SamlInputError('tooLarge');
    throw error;
  }
}

const NODE_HASHES: Readonly<Record<string, string>> = {
  'SHA-1': 'sha1',
  'SHA-256': 'sha256',
  'SHA-384': 'sha384',
  'SHA-512': 'sha512',
};

/**
 * Node's WebCrypto, with `digest` done by node:crypto's hash in the calling thread: WebCrypto hands
 * every digest to the thread pool and back, which costs far more than hashing a certificate or a
 * SAML element (an analysis makes six). Same algorithms, same bytes; anything else goes to WebCrypto.
 */
const webSubtle = webcrypto.subtle as unknown as SubtleCrypto;
export const nodeSubtle: SubtleCrypto = {
  importKey: webSubtle.importKey.bind(webSubtle),
  verify: webSubtle.verify.bind(webSubtle),
  sign: webSubtle.sign.bind(webSubtle),
  exportKey: webSubtle.exportKey.bind(webSubtle),
  generateKey: webSubtle.generateKey.bind(webSubtle),
  encrypt: webSubtle.encrypt.bind(webSubtle),
  decrypt: webSubtle.decrypt.bind(webSubtle),
  deriveBits: webSubtle.deriveBits.bind(webSubtle),
  deriveKey: webSubtle.deriveKey.bind(webSubtle),
  wrapKey: webSubtle.wrapKey.bind(webSubtle),
  unwrapKey: webSubtle.unwrapKey.bind(webSubtle),
  digest(algorithm: AlgorithmIdentifier, data: BufferSource): Promise<ArrayBuffer> {
    const name = typeof algorithm === 'string' ? algorithm : algorithm.name;
    const hash = NODE_HASHES[name.toUpperCase()];
    if (hash === undefined) return webSubtle.digest(algorithm, data);
    const bytes = ArrayBuffer.isView(data)
      ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
      : new Uint8Array(data);
    const digest = createHash(hash).update(bytes).digest();
    return Promise.resolve(digest.buffer.slice(digest.byteOffset, digest.byteOffset + digest.byteLength));
  },
};

export function nodeDeps(): AnalyzeDeps {
  return { parseXml: nodeParseXml, subtle: nodeSubtle, inflateRaw: nodeInflateRaw };
}
