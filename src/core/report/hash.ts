/**
 * Stable short codes for redacted values. FNV-1a (32 bit) rather than WebCrypto: it is synchronous
 * (reports are built during render and in the CLI without awaiting), gives the same code for the same
 * value in every report and on every machine (so "the same person in two findings" stays visible,
 * e.g. duplicate emails), and is tiny. It is pseudonymisation for sharing reports, not a security
 * boundary: a short code can be brute-forced from a list of candidate emails, so a redacted report
 * is still meant for the people fixing the problem, not for publishing.
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Six hex digits of the FNV-1a hash. */
export function shortHash(text: string): string {
  return fnv1a(text).toString(16).padStart(8, '0').slice(0, 6);
}
