/** Certificates as people paste and read them: PEM blocks, 64 characters a line. */

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;

/** Splits pasted text into certificates (each BEGIN…END block; bare base64 counts as one). */
export function splitCertificates(text: string): string[] {
  const blocks = text.match(PEM_BLOCK);
  if (blocks) return blocks;
  return text.trim() === '' ? [] : [text.trim()];
}

/**
 * A certificate as PEM: its base64 body (from a PEM block, or bare as the configuration often holds
 * it, with any whitespace) wrapped at 64 characters between BEGIN and END lines.
 */
export function wrapPem(certificate: string): string {
  const body = certificate
    .replace(/-----(BEGIN|END) CERTIFICATE-----/g, '')
    .replace(/\s+/g, '')
    .replace(/\\n/g, '');
  const lines = body.match(/.{1,64}/g) ?? [];
  return ['-----BEGIN CERTIFICATE-----', ...lines, '-----END CERTIFICATE-----'].join('\n');
}
