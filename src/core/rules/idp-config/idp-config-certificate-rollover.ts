import { defineRule } from '../../engine';
import {
  ADFS_PROMOTION_DAYS,
  DAY_MS,
  certificateLabel,
  formatDate,
  idpLabel,
  normaliseThumbprint,
  notInExport,
  sameCertificate,
  signingCertificates,
  thumbprintText,
  unreadableCertificatesReport,
} from '../../idpConfigFacts';
import type { IdpCertificate, IdpConfigRuleContext } from '../../idpConfigTypes';
import { parseTime, partial } from '../../samlFacts';
import type { Report } from '../../types';

type M = 'pending' | 'activeNotConfigured';

/** The certificate the export marks as the one in use: `active`, or Entra's preferred thumbprint. */
function activeCertificate(ctx: IdpConfigRuleContext, signing: readonly IdpCertificate[]): IdpCertificate | undefined {
  const marked = signing.find((c) => c.active === true);
  if (marked) return marked;
  const preferred = ctx.idpConfig.preferredTokenSigningKeyThumbprint;
  if (!preferred) return undefined;
  return signing.find((c) => c.sha1 !== undefined && normaliseThumbprint(c.sha1) === normaliseThumbprint(preferred));
}

export default defineRule<IdpConfigRuleContext, M>({
  meta: {
    id: 'idp-config-certificate-rollover',
    scope: 'idp-config',
    title: {
      pass: 'No signing certificate rollover is pending',
      fail: 'The IdP has a new signing certificate that Flex does not know',
    },
    description:
      'Flex holds exactly one IdP certificate. When the IdP starts signing with a new one (AD FS automatic rollover, a new Entra certificate made active), every login fails at that moment, with nothing to capture.',
    severity: 'warning',
    messages: {
      pending:
        '{{idp}} published a new signing certificate {{subject}} ({{thumbprint}}) on {{publishedOn}}, valid until {{validUntil}}; Flex holds only the older one. {{becomesPrimary}}Add it to Flex before {{deadline}}.',
      activeNotConfigured:
        'The export marks {{subject}} ({{thumbprint}}) as the active signing certificate, valid {{validFrom}} to {{validUntil}}, but Flex holds another one: the IdP signs with a certificate Flex does not trust, so logins fail. Copy the active certificate into Flex.',
    },
    fixKey: 'F-CERT',
  },
  detect: (ctx) => {
    const { idpConfig, context } = ctx;
    if (idpConfig.certificates === undefined && idpConfig.preferredTokenSigningKeyThumbprint === undefined) {
      return notInExport('certificates', idpConfig.kind);
    }
    const configured = context.configuredCertificates;
    if (configured.length === 0) return { notChecked: { reasonId: 'noConfiguredCertificate' } };
    const signing = signingCertificates(idpConfig);
    const isConfigured = (c: IdpCertificate) => configured.some((k) => sameCertificate(k, c));
    // A rollover that already happened is idp-config-certificate-not-published's finding, not also this one.
    if (!signing.some(isConfigured)) return [];

    const reports: Report<M>[] = [];
    const active = activeCertificate(ctx, signing);
    if (active && !isConfigured(active)) {
      const from = parseTime(active.notBefore);
      const until = parseTime(active.notAfter);
      reports.push({
        messageId: 'activeNotConfigured',
        severity: 'error',
        path: `certificates[${active.position}]`,
        data: {
          subject: certificateLabel(active),
          thumbprint: thumbprintText(active),
          validFrom: from === undefined ? 'an unknown date' : formatDate(from),
          validUntil: until === undefined ? 'an unknown date' : formatDate(until),
        },
      });
    }

    const configuredStarts = configured.map((c) => parseTime(c.notBefore)).filter((t): t is number => t !== undefined);
    const configuredEnds = configured.map((c) => parseTime(c.notAfter)).filter((t): t is number => t !== undefined);
    if (configuredStarts.length === 0) return partial(reports, unreadableCertificatesReport(idpConfig));
    const newestConfigured = Math.max(...configuredStarts);
    const configuredEnd = configuredEnds.length > 0 ? Math.max(...configuredEnds) : undefined;
    const adfs = idpConfig.idp === 'adfs';

    for (const certificate of signing) {
      if (isConfigured(certificate) || certificate === active) continue;
      const start = parseTime(certificate.notBefore);
      // "Newer" is the later notBefore; equal dates are not newer.
      if (start === undefined || start <= newestConfigured) continue;
      const until = parseTime(certificate.notAfter);
      const primaryOn = adfs ? start + ADFS_PROMOTION_DAYS * DAY_MS : undefined;
      const deadline = Math.min(
        ...[primaryOn, configuredEnd].filter((t): t is number => t !== undefined),
        Number.POSITIVE_INFINITY,
      );
      reports.push({
        messageId: 'pending',
        path: `certificates[${certificate.position}]`,
        data: {
          idp: idpLabel(ctx),
          subject: certificateLabel(certificate),
          thumbprint: thumbprintText(certificate),
          publishedOn: formatDate(start),
          validUntil: until === undefined ? 'an unknown date' : formatDate(until),
          becomesPrimary:
            primaryOn === undefined
              ? ''
              : `With automatic certificate rollover it becomes primary on ${formatDate(primaryOn)} (AD FS's default CertificatePromotionThreshold of ${ADFS_PROMOTION_DAYS} days): from then on AD FS signs with it and Flex rejects every login. `,
          deadline: Number.isFinite(deadline)
            ? `${formatDate(deadline)}${deadline === configuredEnd && primaryOn !== deadline ? ', when the certificate in Flex expires' : ''}`
            : 'the IdP starts signing with it',
          ...(primaryOn !== undefined ? { primaryOn: new Date(primaryOn).toISOString() } : {}),
          notBefore: certificate.notBefore ?? '',
        },
      });
    }
    return partial(reports, unreadableCertificatesReport(idpConfig));
  },
});
