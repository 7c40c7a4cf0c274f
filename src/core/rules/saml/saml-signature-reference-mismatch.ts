import { texts } from '../../disclose';
import { defineRule } from '../../engine';
import { signatureLabel } from '../../samlFacts';
import type { SamlRuleContext } from '../../samlTypes';
import type { Report } from '../../types';

type M = 'reference' | 'multipleAssertions';

export default defineRule<SamlRuleContext, M>({
  meta: {
    id: 'saml-signature-reference-mismatch',
    scope: 'saml',
    title: {
      pass: 'Each signature covers the element that carries it',
      fail: 'A signature does not cover its own element',
    },
    description:
      'A signature that references another element than the one it sits in, or a response with several assertions, is the shape of a signature-wrapping attack or of a broken IdP; Flex rejects it.',
    severity: 'error',
    messages: {
      reference:
        'The {{element}} signature {{problem}}: Flex reads only the root Response and its own Assertion, so this is the shape of a signature-wrapping attack or of a broken IdP signing setup.',
      multipleAssertions:
        'The response holds {{count}} assertions; Flex expects exactly one, and several are the shape of a signature-wrapping attack. Check the IdP and whatever sits between it and the browser.',
    },
    fixKey: 'F-SIGN',
  },
  detect: ({ saml }) => {
    const reports: Report<M>[] = [];
    for (const signature of saml.signatures) {
      // A signature that signs its own element but sits where Flex does not look (a signed Response
      // inside an unsigned one, an Assertion in Extensions) signs nothing Flex reads.
      if (signature.referencesParent && signature.on !== 'other') continue;
      const references = signature.referenceUris.length > 0 ? signature.referenceUris.join(', ') : '(no reference)';
      const parentId = signature.parentId ? `#${signature.parentId}` : 'which has no ID';
      const problem = signature.referencesParent
        ? `signs the element at ${signature.location} (${references}), which is not the root Response or its own Assertion`
        : `references ${references}, not the element that carries it (${parentId} at ${signature.location})`;
      reports.push({
        messageId: 'reference',
        path: signatureLabel(signature.on).path,
        data: texts({ element: signatureLabel(signature.on).element, problem, references, parentId }),
      });
    }
    // An encrypted assertion beside a plain one is as suspicious as two plain ones.
    const count = saml.assertionCount + saml.encryptedAssertionCount;
    if (count > 1) reports.push({ messageId: 'multipleAssertions', path: 'Assertion', data: { count } });
    if (reports.length === 0 && saml.signatures.length === 0) return { notChecked: { reasonId: 'noSignature' } };
    return reports;
  },
});
