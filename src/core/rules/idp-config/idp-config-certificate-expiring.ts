import { defineRule } from '../../engine';
import {
  DAY_MS,
  certificateLabel,
  formatDate,
  normaliseThumbprint,
  sameCertificate,
  signingCertificates,
  thumbprintText,
  unreadableCertificatesReport,
} from '../../idpConfigFacts';
import type { IdpCertificate, IdpConfigRuleContext } from '../../idpConfigTypes';
import { parseTime, partial } from '../../samlFacts';
import type { CertificateInfo } from '../../samlTypes';
import type { Report } from '../../types';

type M = 'expired' | 'expiring' | 'notYetValid';

const WARN_DAYS = 30;

type Checked = {
  readonly certificate: Partial<CertificateInfo> & { position?: number };
  readonly where: string;
  readonly path: string;
};

export default defineRule<IdpConfigRuleContext, M>({
  meta: {
    id: 'idp-config-certificate-expiring',
    scope: 'idp-config',
    title: {
      pass: 'The signing certificates are valid for more than 30 days',
      fail: 'A signing certificate has expired, expires soon, or is not valid yet',
    },
    description:
      'An expired or not-yet-valid signing certificate makes Flex reject every login; renewing it before it expires, and updating Flex at the same time, avoids an outage.',
    severity: 'error',
    messages: {
      expired:
        'The signing certificate {{subject}} ({{thumbprint}}) {{where}} expired on {{notAfter}}: logins signed with it fail. Renew it in the IdP and copy the new one into Flex.',
      expiring:
        'The signing certificate {{subject}} ({{thumbprint}}) {{where}} expires on {{notAfter}}, in {{days}} days. Renew it in the IdP and copy the new one into Flex before then.',
      notYetValid:
        'The signing certificate {{subject}} ({{thumbprint}}) {{where}} is valid only from {{notBefore}}: logins signed with it fail until then.',
    },
    fixKey: 'F-CERT',
  },
  detect: ({ idpConfig, context }) => {
    const now = parseTime(context.analyzedAt);
    if (now === undefined)
      return { notChecked: { reasonId: 'noCaptureTime', detail: 'The analysis time is unknown.' } };
    const checked: Checked[] = [];
    // Only what the IdP signs with: the active one when the export marks it, else every signing certificate.
    const signing = signingCertificates(idpConfig);
    const preferred = idpConfig.preferredTokenSigningKeyThumbprint;
    const active = signing.filter(
      (c) =>
        c.active === true ||
        (!!preferred && !!c.sha1 && normaliseThumbprint(c.sha1) === normaliseThumbprint(preferred)),
    );
    const used: IdpCertificate[] = active.length > 0 ? active : signing;
    for (const certificate of used) {
      checked.push({ certificate, where: 'published by the IdP', path: `certificates[${certificate.position}]` });
    }
    context.configuredCertificates.forEach((certificate, i) => {
      if (used.some((c) => sameCertificate(c, certificate))) return;
      checked.push({ certificate, where: 'configured in Flex', path: `idp_certificates[${i}]` });
    });
    if (checked.length === 0) {
      const unreadable = unreadableCertificatesReport(idpConfig);
      if (unreadable) return { notChecked: unreadable };
      return idpConfig.certificates === undefined
        ? { notChecked: { reasonId: 'noConfiguredCertificate', detail: 'This export carries no certificate either.' } }
        : {
            notChecked: {
              reasonId: 'noConfiguredCertificate',
              detail: 'The export lists no signing certificate either.',
            },
          };
    }

    const reports: Report<M>[] = [];
    for (const { certificate, where, path } of checked) {
      const notBefore = parseTime(certificate.notBefore);
      const notAfter = parseTime(certificate.notAfter);
      const base = { subject: certificateLabel(certificate), thumbprint: thumbprintText(certificate), where };
      if (notAfter !== undefined && notAfter < now) {
        reports.push({ messageId: 'expired', path, data: { ...base, notAfter: formatDate(notAfter) } });
      } else if (notBefore !== undefined && notBefore > now) {
        reports.push({ messageId: 'notYetValid', path, data: { ...base, notBefore: formatDate(notBefore) } });
      } else if (notAfter !== undefined && notAfter - now <= WARN_DAYS * DAY_MS) {
        reports.push({
          messageId: 'expiring',
          path,
          severity: 'warning',
          data: { ...base, notAfter: formatDate(notAfter), days: Math.floor((notAfter - now) / DAY_MS) },
        });
      }
    }
    return partial(reports, unreadableCertificatesReport(idpConfig));
  },
});
