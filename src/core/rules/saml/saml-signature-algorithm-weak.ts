import { texts } from '../../disclose';
import { defineRule } from '../../engine';
import { signatureLabel } from '../../samlFacts';
import type { SamlRuleContext } from '../../samlTypes';
import type { Report } from '../../types';

type M = 'sha1';

/** An algorithm URI's name, e.g. `http://www.w3.org/2000/09/xmldsig#rsa-sha1` → `rsa-sha1`. */
const nameOf = (uri: string) => uri.slice(uri.lastIndexOf('#') + 1).toLowerCase();

const WEAK_SIGNATURE_METHODS = new Set(['rsa-sha1', 'dsa-sha1', 'ecdsa-sha1', 'hmac-sha1']);

export default defineRule<SamlRuleContext, M>({
  meta: {
    id: 'saml-signature-algorithm-weak',
    scope: 'saml',
    title: { pass: 'Signatures use SHA-256 or stronger', fail: 'A signature uses SHA-1' },
    description:
      'SHA-1 is broken for signatures; SHA-256 is the algorithm Twilio documents, and IdPs and Twilio may stop accepting SHA-1.',
    severity: 'warning',
    messages: {
      sha1: "The {{element}} signature uses SHA-1 ({{algorithms}}); SHA-256 is the documented algorithm. Set the IdP's signing algorithm to RSA-SHA256 (digest SHA-256).",
    },
    fixKey: 'F-SIGN',
  },
  detect: ({ saml }) => {
    if (saml.signatures.length === 0) return { notChecked: { reasonId: 'noSignature' } };
    const reports: Report<M>[] = [];
    for (const signature of saml.signatures) {
      // `digestMethods` holds only the Reference digests: digests inside encryption (RSA-OAEP) never count.
      const weak = [
        ...(WEAK_SIGNATURE_METHODS.has(nameOf(signature.signatureMethod)) ? [signature.signatureMethod] : []),
        ...signature.digestMethods.filter((d) => nameOf(d) === 'sha1'),
      ];
      if (weak.length === 0) continue;
      const { element, path } = signatureLabel(signature.on);
      reports.push({ messageId: 'sha1', path, data: texts({ element, algorithms: [...new Set(weak)] }) });
    }
    return reports;
  },
});
