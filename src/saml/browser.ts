/**
 * The analyzer's host dependencies, built from what the browser already has: DOMParser, WebCrypto
 * and DecompressionStream cost nothing in the bundle. Nothing is touched at import time, so importing
 * this module in tests or during server-side bundling is harmless.
 */
import type { AnalyzeDeps } from './analyze';
import { INPUT_LIMITS, SamlInputError } from './errors';
import type { ParseXml } from './xml';

/** The browser's XML parser. Parse errors come back as a `<parsererror>` document; parseSafely checks. */
export const browserParseXml: ParseXml = (xml) => new DOMParser().parseFromString(xml, 'application/xml');

/**
 * Raw inflate with DecompressionStream('deflate-raw'), stopping as soon as the output passes the size
 * limit (a small deflate bomb must not fill memory).
 */
export async function browserInflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const input = new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(new Uint8Array(bytes)); // a copy typed over ArrayBuffer, as streams require
      controller.close();
    },
  });
  const reader = input.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > INPUT_LIMITS.maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new SamlInputError('tooLarge');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** Call when analysing, not at import: reads `crypto.subtle` from the page then. */
export function browserDeps(): AnalyzeDeps {
  if (typeof crypto === 'undefined' || !crypto.subtle) {
    throw new Error('WebCrypto (crypto.subtle) is not available: open Flex over https.');
  }
  return { parseXml: browserParseXml, subtle: crypto.subtle, inflateRaw: browserInflateRaw };
}
