import { defineRule } from '../../engine';
import { isEncrypted, partial, signatureLabel } from '../../samlFacts';
import type { SamlRuleContext, SignatureInfo, VerificationResult } from '../../samlTypes';
import type { NotCheckedReport, Report } from '../../types';

type M = 'invalid';

const REASON_TEXT: Readonly<Record<'digest' | 'signature', string>> = {
  digest: 'the digest does not match: the signed content was changed after signing',
  signature: 'the signature value does not match the key: it was signed with another key',
};

type Judgement =
  | { readonly kind: 'valid' }
  | { readonly kind: 'invalid'; readonly against: string; readonly reason: 'digest' | 'signature' }
  /** Verification could not be attempted: not evidence either way. */
  | { readonly kind: 'unknown'; readonly why: string };

function judge(signature: SignatureInfo): Judgement {
  const key: VerificationResult | undefined = signature.keyInfoResult;
  if (key?.status === 'valid') return { kind: 'valid' };
  if (key?.status === 'invalid') {
    return { kind: 'invalid', against: 'the certificate in its KeyInfo', reason: key.reason };
  }
  // No usable KeyInfo: the configured certificate(s) decide. One that verifies is enough.
  const results = signature.configuredResults.map((r) => r.result);
  if (results.some((r) => r.status === 'valid')) return { kind: 'valid' };
  const invalid = results.filter(
    (r): r is Extract<VerificationResult, { status: 'invalid' }> => r.status === 'invalid',
  );
  if (invalid.length > 0 && invalid.length === results.length) {
    const against = results.length === 1 ? 'the configured certificate' : 'any of the configured certificates';
    return { kind: 'invalid', against, reason: (invalid[0] as { reason: 'digest' | 'signature' }).reason };
  }
  const errors = [key, ...results].filter(
    (r): r is Extract<VerificationResult, { status: 'error' }> => r?.status === 'error',
  );
  if (errors.length > 0) return { kind: 'unknown', why: errors.map((e) => e.reason).join('; ') };
  return { kind: 'unknown', why: 'there is no KeyInfo certificate and no configured certificate to verify against' };
}

export default defineRule<SamlRuleContext, M>({
  meta: {
    id: 'saml-signature-invalid',
    scope: 'saml',
    title: { pass: 'Signatures verify', fail: 'A signature does not verify' },
    description:
      'A signature that does not verify means the response was changed after signing or was signed with another key than Flex trusts; Flex rejects it.',
    severity: 'error',
    messages: {
      invalid:
        "The {{element}} signature does not verify against {{against}}: {{reason}}. Check that the certificate in Flex is the IdP's current signing certificate and that nothing rewrites the response on its way.",
    },
    fixKey: 'F-CERT',
  },
  detect: ({ saml }) => {
    if (saml.signatures.length === 0) return { notChecked: { reasonId: 'noSignature' } };
    const reports: Report<M>[] = [];
    const unknown: string[] = [];
    for (const signature of saml.signatures) {
      const judgement = judge(signature);
      const { element, path } = signatureLabel(signature.on);
      if (judgement.kind === 'invalid') {
        reports.push({
          messageId: 'invalid',
          path,
          data: { element, against: judgement.against, reason: REASON_TEXT[judgement.reason] },
        });
      } else if (judgement.kind === 'unknown') {
        unknown.push(`The ${element} signature could not be verified: ${judgement.why}.`);
      }
    }
    // "Could not verify" (an unsupported algorithm, an unreadable key) is a limit of this analysis, not
    // evidence against the response: it is listed as not checked, never reported as invalid.
    let notChecked: NotCheckedReport | undefined;
    if (unknown.length > 0) {
      const noCertificate = saml.signatures.every((s) => !s.keyInfoResult && s.configuredResults.length === 0);
      notChecked = { reasonId: noCertificate ? 'noConfiguredCertificate' : 'notApplicable', detail: unknown.join(' ') };
    } else if (isEncrypted(saml)) {
      notChecked = { reasonId: 'encrypted', detail: "The Assertion's signature was not checked." };
    }
    return partial(reports, notChecked);
  },
});
