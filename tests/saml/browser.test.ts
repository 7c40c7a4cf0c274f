import * as webStreams from 'node:stream/web';
import { deflateRawSync } from 'node:zlib';
import { browserInflateRaw } from '../../src/saml/browser';
import { SamlInputError } from '../../src/saml/errors';
import { extractResponses } from '../../src/saml/input';
import { b64, responseXml, cpuTimer } from './samples';

// Node 20 has the same streams as browsers; jest's node environment just does not expose them as
// globals, so they are installed here and the browser inflater runs as is.
const g = globalThis as Record<string, unknown>;
g.DecompressionStream ??= webStreams.DecompressionStream;
g.ReadableStream ??= webStreams.ReadableStream;

describe('browserInflateRaw (DecompressionStream)', () => {
  it('inflates an HTTP-Redirect message', async () => {
    const xml = responseXml();
    expect(await extractResponses(b64(deflateRawSync(Buffer.from(xml))), { inflateRaw: browserInflateRaw })).toEqual([
      { xml, capture: { source: 'deflate' } },
    ]);
  });

  it('stops a deflate bomb at the size limit', async () => {
    const bomb = deflateRawSync(Buffer.alloc(10 * 1024 * 1024, 0x3c));
    const elapsed = cpuTimer();
    const error = await browserInflateRaw(bomb).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SamlInputError);
    expect((error as SamlInputError).code).toBe('tooLarge');
    expect(elapsed()).toBeLessThan(1000);
  });

  it('rejects data that is not deflate', async () => {
    await expect(
      extractResponses(b64('plain text, not deflate'), { inflateRaw: browserInflateRaw }),
    ).rejects.toMatchObject({
      code: 'inflateFailed',
    });
  });
});
