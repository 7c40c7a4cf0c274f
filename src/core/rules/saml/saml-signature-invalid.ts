import { texts } from '../../disclose';
import { defineRule } from '../../engine';
import { isEncrypted, partial, signatureLabel } from '../../samlFacts';
import type { SamlRuleContext, SignatureInfo, VerificationResult } from '../../samlTypes';
import type { NotCheckedReport, Report } from '../../types';

type M = 'invalid';

const REASON_TEXT: Readonly<Record<'digest' | 'signature', string>> = {
  digest: 'the digest does not match: the signed content was changed after signing',
  signature: 'the signature value does not match the key: it was signed with another key',
};

type Failure = Extract<VerificationResult, { status: 'invalid' | 'error' }>;

type Judgement =
  | { readonly kind: 'valid' }
  | { readonly kind: 'invalid'; readonly against: string; readonly reason: 'digest' | 'signature' }
  /**
   * Could not be verified: an unsupported algorithm or transform, a malformed value, an unreadable key
   * or reference. Flex cannot verify it either and rejects the response, so this is an error too.
   */
  | { readonly kind: 'unverifiable'; readonly against: string; readonly why: string }
  /** Nothing to verify with (no KeyInfo certificate, none configured): a limit of this analysis. */
  | { readonly kind: 'noCertificate' };

function judge(signature: SignatureInfo): Judgement {
  const key: VerificationResult | undefined = signature.keyInfoResult;
  const results = signature.configuredResults.map((r) => r.result);
  // One certificate that verifies is enough here; whether it is trusted is saml-certificate-mismatch's call.
  if (key?.status === 'valid' || results.some((r) => r.status === 'valid')) return { kind: 'valid' };
  const failures = [key, ...results].filter((r): r is Failure => r !== undefined);
  if (failures.length === 0) return { kind: 'noCertificate' };
  const against =
    key === undefined
      ? results.length === 1
        ? 'the configured certificate'
        : 'any of the configured certificates'
      : results.length === 0
        ? 'the certificate in its KeyInfo'
        : 'the certificate in its KeyInfo or the configured one';
  // "Could not be verified" first: when the algorithm is unsupported, "invalid" would be a guess.
  const errors = failures.filter((r): r is Extract<Failure, { status: 'error' }> => r.status === 'error');
  if (errors.length > 0) {
    return { kind: 'unverifiable', against, why: [...new Set(errors.map((e) => e.reason))].join('; ') };
  }
  return { kind: 'invalid', against, reason: (failures[0] as Extract<Failure, { status: 'invalid' }>).reason };
}

export default defineRule<SamlRuleContext, M>({
  meta: {
    id: 'saml-signature-invalid',
    scope: 'saml',
    title: { pass: 'Signatures verify', fail: 'A signature does not verify' },
    description:
      'A signature that does not verify, or that cannot be verified at all (an unsupported algorithm, a malformed value), means the response was changed after signing, was signed with another key than Flex trusts, or is not one Flex can check; Flex rejects it.',
    severity: 'error',
    messages: {
      invalid:
        "The {{element}} signature {{outcome}} {{against}}: {{reason}}. Flex rejects a response whose signature it cannot verify. Check that the IdP signs with RSA-SHA256 and exclusive canonicalization, that the certificate in Flex is the IdP's current signing certificate, and that nothing rewrites the response on its way.",
    },
    fixKey: 'F-CERT',
  },
  detect: ({ saml }) => {
    if (saml.signatures.length === 0) return { notChecked: { reasonId: 'noSignature' } };
    const reports: Report<M>[] = [];
    const unchecked: string[] = [];
    for (const signature of saml.signatures) {
      const judgement = judge(signature);
      const { element, path } = signatureLabel(signature.on);
      if (judgement.kind === 'invalid') {
        reports.push({
          messageId: 'invalid',
          path,
          data: texts({
            element,
            outcome: 'does not verify against',
            against: judgement.against,
            reason: REASON_TEXT[judgement.reason],
          }),
        });
      } else if (judgement.kind === 'unverifiable') {
        reports.push({
          messageId: 'invalid',
          path,
          data: texts({
            element,
            outcome: 'cannot be verified against',
            against: judgement.against,
            reason: judgement.why,
          }),
        });
      } else if (judgement.kind === 'noCertificate') {
        unchecked.push(`The ${element} signature carries no certificate and none is configured to verify it with.`);
      }
    }
    let notChecked: NotCheckedReport | undefined;
    if (unchecked.length > 0) {
      notChecked = { reasonId: 'noConfiguredCertificate', detail: unchecked.join(' ') };
    } else if (isEncrypted(saml)) {
      notChecked = { reasonId: 'encrypted', detail: "The Assertion's signature was not checked." };
    }
    return partial(reports, notChecked);
  },
});
