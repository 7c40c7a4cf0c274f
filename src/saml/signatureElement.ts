/**
 * Reading a ds:Signature element into plain data: its SignedInfo, canonicalization and signature
 * methods, References (URI, transforms, digest) and KeyInfo certificates. Nothing is checked here.
 */
import type { VerificationResult } from '../core/samlTypes';
import { childElements, firstChild, textOf } from './dom';
import { DSIG_NS, EXC_C14N_NS } from './namespaces';

/** Prefixes an InclusiveNamespaces PrefixList may name (see prefixList). */
const MAX_PREFIXES = 64;

export interface ParsedReference {
  /** null when the Reference has no URI attribute at all. */
  readonly uri: string | null;
  /** `prefixes` is null when the PrefixList is longer than MAX_PREFIXES. */
  readonly transforms: readonly { readonly algorithm: string; readonly prefixes: readonly string[] | null }[];
  readonly digestMethod: string;
  readonly digestValue: string;
}

export interface ParsedSignature {
  readonly signedInfo?: Element;
  readonly canonicalizationMethod: string;
  readonly canonicalizationPrefixes: readonly string[] | null;
  readonly signatureMethod: string;
  readonly references: readonly ParsedReference[];
  readonly signatureValue: string;
  readonly keyInfoCertificates: readonly string[];
}

export function parseSignatureElement(signature: Element): ParsedSignature {
  const signedInfo = firstChild(signature, DSIG_NS, 'SignedInfo');
  const canonicalization = signedInfo && firstChild(signedInfo, DSIG_NS, 'CanonicalizationMethod');
  const references: ParsedReference[] = signedInfo
    ? childElements(signedInfo, DSIG_NS, 'Reference').map((reference) => {
        const transforms = firstChild(reference, DSIG_NS, 'Transforms');
        return {
          uri: reference.getAttribute('URI'),
          transforms: transforms
            ? childElements(transforms, DSIG_NS, 'Transform').map((transform) => ({
                algorithm: transform.getAttribute('Algorithm') ?? '',
                prefixes: prefixList(transform),
              }))
            : [],
          digestMethod: firstChild(reference, DSIG_NS, 'DigestMethod')?.getAttribute('Algorithm') ?? '',
          digestValue: textOf(firstChild(reference, DSIG_NS, 'DigestValue')).trim(),
        };
      })
    : [];
  const keyInfo = firstChild(signature, DSIG_NS, 'KeyInfo');
  const keyInfoCertificates = keyInfo
    ? childElements(keyInfo, DSIG_NS, 'X509Data').flatMap((data) =>
        childElements(data, DSIG_NS, 'X509Certificate').map((certificate) => textOf(certificate).trim()),
      )
    : [];
  return {
    ...(signedInfo ? { signedInfo } : {}),
    canonicalizationMethod: canonicalization?.getAttribute('Algorithm') ?? '',
    canonicalizationPrefixes: canonicalization ? prefixList(canonicalization) : [],
    signatureMethod:
      (signedInfo && firstChild(signedInfo, DSIG_NS, 'SignatureMethod')?.getAttribute('Algorithm')) ?? '',
    references,
    signatureValue: textOf(firstChild(signature, DSIG_NS, 'SignatureValue')).trim(),
    keyInfoCertificates,
  };
}

/**
 * An InclusiveNamespaces PrefixList, split on whitespace; null when it lists more than MAX_PREFIXES
 * (real IdPs list one to three, e.g. Okta's "xs"). Read with a bounded scan, so a list of 150,000
 * prefixes costs nothing before it is refused.
 */
function prefixList(method: Element): string[] | null {
  const inclusive = firstChild(method, EXC_C14N_NS, 'InclusiveNamespaces');
  const text = inclusive?.getAttribute('PrefixList') ?? '';
  const prefixes: string[] = [];
  const token = /\S+/g;
  for (let match = token.exec(text); match !== null; match = token.exec(text)) {
    if (prefixes.length === MAX_PREFIXES) return null;
    prefixes.push(match[0]);
  }
  return prefixes;
}

export const TOO_MANY_PREFIXES: Exclude<VerificationResult, { status: 'valid' }> = {
  status: 'error',
  reason:
    'malformed value: an InclusiveNamespaces PrefixList names more than 64 prefixes, where real IdPs name one to three',
};
