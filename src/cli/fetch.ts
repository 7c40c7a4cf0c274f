/**
 * Fetches public metadata for `check-idp https://…` (AD FS serves it at
 * /FederationMetadata/2007-06/FederationMetadata.xml). The CLI only: the plugin never fetches.
 * https only (every redirect too), at most 3 redirects, 15 s for the whole exchange, 5 MB of body;
 * every failure is one line naming the host, never the body.
 */
import { request } from 'node:https';
import { IDP_CONFIG_MAX_BYTES } from '../idpconfig/errors';
import { UsageError } from './io';

export interface FetchOptions {
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  readonly maxRedirects?: number;
  /** Extra trusted CA certificates (PEM): tests serve a self-signed certificate made at test time. */
  readonly ca?: string;
}

export const FETCH_DEFAULTS = { timeoutMs: 15_000, maxBytes: IDP_CONFIG_MAX_BYTES, maxRedirects: 3 } as const;

export function isHttpsUrl(value: string): boolean {
  return /^https:\/\//i.test(value);
}

function parseHttps(value: string, what: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${what} is not a valid URL`);
  }
  if (url.protocol !== 'https:') throw new UsageError(`${what} is not https: only https URLs are fetched`);
  return url;
}

/** The body as bytes (decoded later by its byte-order mark), or a UsageError with one line. */
export async function fetchHttps(address: string, options: FetchOptions = {}): Promise<Uint8Array> {
  const timeoutMs = options.timeoutMs ?? FETCH_DEFAULTS.timeoutMs;
  const maxBytes = options.maxBytes ?? FETCH_DEFAULTS.maxBytes;
  const maxRedirects = options.maxRedirects ?? FETCH_DEFAULTS.maxRedirects;
  const deadline = Date.now() + timeoutMs;
  let url = parseHttps(address, 'the input URL');
  for (let hop = 0; ; hop += 1) {
    const result = await get(url, Math.max(1, deadline - Date.now()), maxBytes, options.ca);
    if ('location' in result) {
      if (hop >= maxRedirects)
        throw new UsageError(`cannot fetch from ${url.host}: more than ${maxRedirects} redirects`);
      let next: URL;
      try {
        next = new URL(result.location, url);
      } catch {
        throw new UsageError(`cannot fetch from ${url.host}: it redirects to an invalid URL`);
      }
      if (next.protocol !== 'https:') {
        throw new UsageError(`cannot fetch from ${url.host}: it redirects to a URL that is not https`);
      }
      url = next;
      continue;
    }
    return result.body;
  }
}

function get(
  url: URL,
  timeoutMs: number,
  maxBytes: number,
  ca: string | undefined,
): Promise<{ body: Uint8Array } | { location: string }> {
  const host = url.host;
  return new Promise((resolve, reject) => {
    const fail = (why: string) => reject(new UsageError(`cannot fetch from ${host}: ${why}`));
    const req = request(
      url,
      {
        method: 'GET',
        headers: { accept: 'application/samlmetadata+xml, application/xml, text/xml, */*' },
        ...(ca ? { ca } : {}),
      },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400 && res.headers.location) {
          res.resume();
          resolve({ location: res.headers.location });
          return;
        }
        if (status !== 200) {
          res.resume();
          fail(`the server answered HTTP ${status}`);
          return;
        }
        const declared = Number(res.headers['content-length']);
        if (Number.isFinite(declared) && declared > maxBytes) {
          req.destroy();
          fail(`the document is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`);
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            req.destroy();
            fail(`the document is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`);
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({ body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) });
        });
        res.on('error', () => fail('the connection broke'));
      },
    );
    req.setTimeout(timeoutMs, () => {
      req.destroy();
      fail(`no answer within ${Math.round(timeoutMs / 1000)} s`);
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      const code = error.code ?? '';
      const why =
        code === 'ENOTFOUND'
          ? 'the host is unknown'
          : code === 'ECONNREFUSED'
            ? 'the connection was refused'
            : /CERT|SSL|TLS|SELF_SIGNED/.test(code) || /certificate/i.test(error.message)
              ? `its TLS certificate is not trusted (${code || 'TLS error'})`
              : code || 'the request failed';
      fail(why);
    });
    req.end();
  });
}
