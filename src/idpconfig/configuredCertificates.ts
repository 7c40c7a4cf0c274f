/**
 * Flex's configured certificate(s) for the idp-config rules: every PEM block of every given text is
 * one certificate (a `--cert` file may hold several), parsed once; unreadable ones are listed by
 * their 1-based position, never quoted.
 */
import type { IdpConfigContext, UnreadableConfiguredCertificate } from '../core/idpConfigTypes';
import type { CertificateInfo } from '../core/samlTypes';
import type { SsoType } from '../core/types';
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

/** What the idp-config rules are checked against, as the CLI's options and the Setup panel's fields give it. */
export interface IdpConfigContextInput {
  readonly accountSid?: string;
  readonly connectionSid?: string;
  readonly region: string;
  readonly ssoType?: SsoType;
  readonly issuer?: string;
  /** PEM text(s) of the certificate(s) configured in Flex; a text may hold several. */
  readonly certificates: readonly string[];
  readonly ssoUrl?: string;
}

/** The rules' context, built once for the CLI and the plugin: certificates parsed, empty values left out. */
export async function idpConfigContext(
  input: IdpConfigContextInput,
  analyzedAt: string,
  subtle: SubtleCrypto,
): Promise<IdpConfigContext> {
  const configured = await readConfiguredCertificates(input.certificates, subtle);
  return {
    ...(input.accountSid ? { accountSid: input.accountSid } : {}),
    ...(input.connectionSid ? { connectionSid: input.connectionSid } : {}),
    region: input.region,
    ...(input.ssoType ? { ssoType: input.ssoType } : {}),
    analyzedAt,
    ...(input.issuer ? { configuredIssuer: input.issuer } : {}),
    configuredCertificates: configured.certificates,
    ...(configured.unreadable.length > 0 ? { unreadableConfiguredCertificates: configured.unreadable } : {}),
    ...(input.ssoUrl ? { configuredSsoUrl: input.ssoUrl } : {}),
  };
}
