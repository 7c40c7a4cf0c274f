import { texts } from '../../disclose';
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
        'The {{element}} is signed with the certificate "{{subject}}" (SHA-256 {{thumbprint}}) that the response carries itself, {{comparison}}. A response can carry any certificate, so only the one configured in Flex is trusted: {{advice}}',
      noKeyInfo:
        'The {{element}} signature carries no certificate in KeyInfo, so which certificate the IdP used cannot be compared with the one configured in Flex.',
    },
    fixKey: 'F-CERT',
  },
  detect: ({ saml, context }) => {
    if (saml.signatures.length === 0) return { notChecked: { reasonId: 'noSignature' } };
    if (!context.hasConfiguredCertificates || saml.configuredCertificates.length === 0) {
      // Valid against the certificate it brought is not trusted: an attacker's self-signed response is
      // exactly that. Say so, as a warning, for every signature that verified only that way.
      const reports: Report<M>[] = [];
      for (const signature of saml.signatures) {
        const certificate = signature.keyInfoCertificate;
        if (signature.verifiedAgainst !== 'embedded' || !certificate) continue;
        const { element, path } = signatureLabel(signature.on);
        reports.push({
          messageId: 'mismatch',
          path,
          severity: 'warning',
          data: texts({
            element,
            subject: certificate.subject,
            thumbprint: normalise(certificate.sha256),
            comparison:
              'and it verifies only against that certificate: it is not trusted, since no certificate configured in Flex was given to compare it with',
            advice:
              'compare its thumbprint with the certificate configured in Flex (or give that certificate to this analysis: --cert, or idp_certificates).',
          }),
        });
      }
      const detail = context.hasConfiguredCertificates ? 'The configured certificate could not be read.' : undefined;
      return { notChecked: { reasonId: 'noConfiguredCertificate', ...(detail ? { detail } : {}) }, reports };
    }
    const configured = saml.configuredCertificates.map((c) => normalise(c.sha256));
    const reports: Report<M>[] = [];
    for (const signature of saml.signatures) {
      const { element, path } = signatureLabel(signature.on);
      const certificate = signature.keyInfoCertificate;
      if (!certificate) {
        reports.push({ messageId: 'noKeyInfo', path, severity: 'info', data: texts({ element }) });
        continue;
      }
      if (configured.includes(normalise(certificate.sha256))) continue;
      reports.push({
        messageId: 'mismatch',
        path,
        data: texts({
          element,
          subject: certificate.subject,
          thumbprint: normalise(certificate.sha256),
          configured,
          comparison: `which is not the certificate configured in Flex (SHA-256 ${configured.join(', ')})`,
          advice: 'the IdP likely rotated its signing certificate; copy the current signing certificate into Flex.',
        }),
      });
    }
    const notChecked: NotCheckedReport | undefined = isEncrypted(saml)
      ? { reasonId: 'encrypted', detail: "The Assertion's signing certificate was not checked." }
      : undefined;
    return partial(reports, notChecked);
  },
});
