/**
 * The certificates and keys signatures are checked with: each certificate text read once per session,
 * each key imported once per certificate and algorithm for a document.
 */
import { parseCertificate, type ParsedCertificate } from './der';

export type HashName = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

export interface SignatureMethod {
  readonly name: 'RSASSA-PKCS1-v1_5' | 'ECDSA';
  readonly hash: HashName;
}

/** Certificate texts longer than this are read every time (a real one is 1–3 KB of base64). */
const CACHED_CERTIFICATE_CHARS = 16 * 1024;
/** Distinct certificate texts remembered per SubtleCrypto (an account has one to three, its IdP one or two). */
const CACHED_CERTIFICATES = 32;
const certificateCache = new WeakMap<SubtleCrypto, Map<string, Promise<ParsedCertificate>>>();

/**
 * parseCertificate, remembered by text: the configured certificates are the same in every analysis of a
 * session, and both signatures of a response (and every response of one IdP) carry the same KeyInfo
 * certificate. Reading one is pure (DER walk and thumbprints), so a text that failed fails the same way
 * again. Each caller gets its own copy of `info`, which ends up in snapshots that callers may change.
 */
export function readCertificate(text: string, subtle: SubtleCrypto): Promise<ParsedCertificate> {
  if (text.length > CACHED_CERTIFICATE_CHARS) return parseCertificate(text, subtle);
  let cache = certificateCache.get(subtle);
  if (!cache) {
    cache = new Map();
    certificateCache.set(subtle, cache);
  }
  let parsed = cache.get(text);
  if (!parsed) {
    if (cache.size >= CACHED_CERTIFICATES) cache.delete(cache.keys().next().value as string);
    parsed = parseCertificate(text, subtle);
    cache.set(text, parsed);
  }
  return parsed.then((certificate) => ({ ...certificate, info: { ...certificate.info } }));
}

/** Imports each certificate's key once per algorithm, for all signatures of a document. */
export class KeyCache {
  private readonly keys = new Map<string, Promise<CryptoKey>>();

  constructor(readonly subtle: SubtleCrypto) {}

  get(certificate: ParsedCertificate, method: SignatureMethod): Promise<CryptoKey> {
    const cacheKey = `${certificate.info.sha256}/${method.name}/${method.hash}`;
    let key = this.keys.get(cacheKey);
    if (!key) {
      const algorithm =
        method.name === 'ECDSA'
          ? { name: 'ECDSA', namedCurve: certificate.key.namedCurve ?? '' }
          : { name: method.name, hash: { name: method.hash } };
      key = this.subtle.importKey('spki', certificate.spki, algorithm, false, ['verify']);
      this.keys.set(cacheKey, key);
    }
    return key;
  }
}
