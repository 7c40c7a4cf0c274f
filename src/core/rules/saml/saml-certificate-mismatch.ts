import { defineRule } from '../../engine';
import { isEncrypted, partial, signatureLabel } from '../../samlFacts';
import type { SamlRuleContext } from '../../samlTypes';
import type { NotCheckedReport, Report } from '../../types';

type M = 'mismatch' | 'noKeyInfo';

const normalise = (thumbprint: string) => thumbprint.replace(/[^0-9a-f]/gi, '').toUpperCase();

export default defineRule<SamlRuleContext, M>({
  meta: {
    id: 'saml-certificate-mismatch',
    scope: 'saml',
    title: {
      pass: 'The IdP signs with the certificate configured in Flex',
      fail: 'The IdP signs with another certificate than the one in Flex',
    },
    description:
      'Flex verifies signatures with the certificate pasted into its SSO settings; when the IdP signs with another one (typically after a rotation), every login fails at once.',
    severity: 'error',
    messages: {
      mismatch:
        'The {{element}} is signed with the certificate "{{subject}}" (SHA-256 {{thumbprint}}), which is not the certificate configured in Flex (SHA-256 {{configured}}): the IdP likely rotated its signing certificate. Copy the current signing certificate into Flex.',
      noKeyInfo:
        'The {{element}} signature carries no certificate in KeyInfo, so which certificate the IdP used cannot be compared with the one configured in Flex.',
    },
    fixKey: 'F-CERT',
  },
  detect: ({ saml, context }) => {
    if (!context.hasConfiguredCertificates) return { notChecked: { reasonId: 'noConfiguredCertificate' } };
    if (saml.configuredCertificates.length === 0) {
      return {
        notChecked: { reasonId: 'noConfiguredCertificate', detail: 'The configured certificate could not be read.' },
      };
    }
    if (saml.signatures.length === 0) return { notChecked: { reasonId: 'noSignature' } };
    const configured = saml.configuredCertificates.map((c) => normalise(c.sha256));
    const reports: Report<M>[] = [];
    for (const signature of saml.signatures) {
      const { element, path } = signatureLabel(signature.on);
      const certificate = signature.keyInfoCertificate;
      if (!certificate) {
        reports.push({ messageId: 'noKeyInfo', path, severity: 'info', data: { element } });
        continue;
      }
      if (configured.includes(normalise(certificate.sha256))) continue;
      reports.push({
        messageId: 'mismatch',
        path,
        data: { element, subject: certificate.subject, thumbprint: normalise(certificate.sha256), configured },
      });
    }
    const notChecked: NotCheckedReport | undefined = isEncrypted(saml)
      ? { reasonId: 'encrypted', detail: "The Assertion's signing certificate was not checked." }
      : undefined;
    return partial(reports, notChecked);
  },
});
