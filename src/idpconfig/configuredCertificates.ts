/**
 * Flex's configured certificate(s) for the idp-config rules: every PEM block of every given text is
 * one certificate (a `--cert` file may hold several), parsed once; unreadable ones are listed by
 * their 1-based position, never quoted.
 */
import type { UnreadableConfiguredCertificate } from '../core/idpConfigTypes';
import type { CertificateInfo } from '../core/samlTypes';
import { parseCertificate } from '../saml/der';

const PEM_BLOCK = /-----BEGIN [A-Z0-9 ]+-----[\s\S]*?-----END [A-Z0-9 ]+-----/g;

export function splitPemBlocks(texts: readonly string[]): string[] {
  return texts.flatMap((text) => {
    const blocks = text.match(PEM_BLOCK);
    return blocks ? [...blocks] : text.trim() === '' ? [] : [text];
  });
}

export async function readConfiguredCertificates(
  texts: readonly string[],
  subtle: SubtleCrypto,
): Promise<{ certificates: CertificateInfo[]; unreadable: UnreadableConfiguredCertificate[] }> {
  const certificates: CertificateInfo[] = [];
  const unreadable: UnreadableConfiguredCertificate[] = [];
  for (const [index, block] of splitPemBlocks(texts).entries()) {
    try {
      const { info } = await parseCertificate(block, subtle);
      if (!certificates.some((c) => c.sha256 === info.sha256)) certificates.push(info);
    } catch {
      unreadable.push({ position: index + 1 });
    }
  }
  return { certificates, unreadable };
}
