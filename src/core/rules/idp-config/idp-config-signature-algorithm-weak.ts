import { defineRule } from '../../engine';
import { notInExport } from '../../idpConfigFacts';
import type { IdpConfigRuleContext } from '../../idpConfigTypes';

type M = 'sha1';

/** SHA-1 in any spelling IdPs use: `rsa-sha1`, `RSA_SHA1`, `…xmldsig#sha1`, `SHA1`. */
const SHA1 = /sha-?1(?![0-9])/i;

export default defineRule<IdpConfigRuleContext, M>({
  meta: {
    id: 'idp-config-signature-algorithm-weak',
    scope: 'idp-config',
    title: { pass: 'The IdP signs with SHA-256 or stronger', fail: 'The IdP signs with SHA-1' },
    description:
      'SHA-1 is broken for signatures; SHA-256 is the algorithm Twilio documents, and IdPs and Twilio may stop accepting SHA-1.',
    severity: 'warning',
    messages: {
      sha1: 'The IdP is set to sign with SHA-1 ({{algorithms}}). Set the signature algorithm to RSA-SHA256 and the digest to SHA-256.',
    },
    fixKey: 'F-SIGN',
  },
  detect: ({ idpConfig }) => {
    const { signatureAlgorithm, digestAlgorithm } = idpConfig;
    if (signatureAlgorithm === undefined && digestAlgorithm === undefined) {
      return notInExport('algorithm', idpConfig.kind);
    }
    const defaulted = idpConfig.defaulted ?? [];
    const weak: string[] = [];
    const check = (field: 'signatureAlgorithm' | 'digestAlgorithm', value: string | null | undefined) => {
      if (typeof value === 'string' && SHA1.test(value)) {
        weak.push(
          `${field === 'signatureAlgorithm' ? 'signature' : 'digest'} ${value}${defaulted.includes(field) ? ', the default when not set' : ''}`,
        );
      }
    };
    check('signatureAlgorithm', signatureAlgorithm);
    check('digestAlgorithm', digestAlgorithm);
    return weak.length === 0 ? [] : [{ messageId: 'sha1', path: 'signatureAlgorithm', data: { algorithms: weak } }];
  },
});
