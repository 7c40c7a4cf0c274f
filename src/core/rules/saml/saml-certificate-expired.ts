import { texts } from '../../disclose';
import { defineRule } from '../../engine';
import { formatDuration, parseTime } from '../../samlFacts';
import type { CertificateInfo, SamlRuleContext } from '../../samlTypes';
import type { Report } from '../../types';

type M = 'expired' | 'expiring' | 'notYetValid';

const EXPIRY_WARNING_MS = 30 * 86_400_000;

export default defineRule<SamlRuleContext, M>({
  meta: {
    id: 'saml-certificate-expired',
    scope: 'saml',
    title: { pass: 'The signing certificate is valid', fail: 'The signing certificate is expired or expiring' },
    description:
      'An expired signing certificate is a classic cause of "everybody fails at once after months of working"; one close to expiry needs a planned rotation in the IdP and in Flex together.',
    severity: 'error',
    messages: {
      expired:
        'The signing certificate "{{subject}}" (SHA-256 {{thumbprint}}) expired on {{notAfter}}, {{age}} before {{when}} ({{at}}); logins signed with it likely fail. Renew it in the IdP and copy the new certificate into Flex.',
      expiring:
        'The signing certificate "{{subject}}" (SHA-256 {{thumbprint}}) expires on {{notAfter}}, {{remaining}} after {{when}}. Plan the rotation: renew it in the IdP and update the certificate in Flex at the same time.',
      notYetValid:
        'The signing certificate "{{subject}}" (SHA-256 {{thumbprint}}) is valid only from {{notBefore}}, after {{when}} ({{at}}): the IdP clock or the certificate dates are likely wrong.',
    },
    fixKey: 'F-CERT',
  },
  detect: ({ saml, capture, context }) => {
    // The certificate that signed this response is the one in KeyInfo; without KeyInfo, the configured one.
    const fromKeyInfo = saml.signatures.flatMap((s) => (s.keyInfoCertificate ? [s.keyInfoCertificate] : []));
    const candidates = fromKeyInfo.length > 0 ? fromKeyInfo : saml.configuredCertificates;
    const certificates = [...new Map(candidates.map((c): [string, CertificateInfo] => [c.sha256, c])).values()];
    if (certificates.length === 0) {
      return saml.signatures.length === 0
        ? { notChecked: { reasonId: 'noSignature' } }
        : { notChecked: { reasonId: 'noConfiguredCertificate' } };
    }
    const captured = parseTime(capture.capturedAt);
    const at = captured ?? (parseTime(context.analyzedAt) as number);
    const when = captured !== undefined ? 'the capture time' : 'the analysis time';
    const atText = new Date(at).toISOString();

    const reports: Report<M>[] = [];
    for (const certificate of certificates) {
      const notBefore = parseTime(certificate.notBefore);
      const notAfter = parseTime(certificate.notAfter);
      const base = texts({ subject: certificate.subject, thumbprint: certificate.sha256, when, at: atText });
      if (notAfter !== undefined && at >= notAfter) {
        reports.push({
          messageId: 'expired',
          data: { ...base, ...texts({ notAfter: certificate.notAfter, age: formatDuration(at - notAfter) }) },
        });
      } else if (notBefore !== undefined && at < notBefore) {
        reports.push({ messageId: 'notYetValid', data: { ...base, ...texts({ notBefore: certificate.notBefore }) } });
      } else if (notAfter !== undefined && notAfter - at <= EXPIRY_WARNING_MS) {
        reports.push({
          messageId: 'expiring',
          severity: 'warning',
          data: { ...base, ...texts({ notAfter: certificate.notAfter, remaining: formatDuration(notAfter - at) }) },
        });
      }
    }
    return reports;
  },
});
