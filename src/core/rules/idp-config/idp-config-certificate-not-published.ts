import { defineRule } from '../../engine';
import {
  certificateLabel,
  isTruncated,
  notInExport,
  sameCertificate,
  signingCertificates,
  thumbprintText,
} from '../../idpConfigFacts';
import type { IdpConfigRuleContext } from '../../idpConfigTypes';
import type { NotCheckedReport } from '../../types';

type M = 'notPublished';

export default defineRule<IdpConfigRuleContext, M>({
  meta: {
    id: 'idp-config-certificate-not-published',
    scope: 'idp-config',
    title: {
      pass: 'The certificate configured in Flex is one the IdP signs with',
      fail: 'The certificate configured in Flex is not among the IdP’s signing certificates',
    },
    description:
      'Flex verifies every response with the certificate pasted into its SSO settings; when the IdP no longer publishes it (a rollover already happened, or the wrong certificate was pasted), every login fails.',
    severity: 'error',
    messages: {
      notPublished:
        "The certificate configured in Flex ({{configured}}) is not among the signing certificates the IdP publishes ({{published}}): the IdP signs with another certificate, so Flex rejects every login. Copy the IdP's current signing certificate into Flex.",
    },
    fixKey: 'F-CERT',
  },
  detect: ({ idpConfig, context }) => {
    if (idpConfig.certificates === undefined) return notInExport('certificates', idpConfig.kind);
    const configured = context.configuredCertificates;
    if (configured.length === 0) {
      const unreadable = context.unreadableConfiguredCertificates ?? [];
      return {
        notChecked: {
          reasonId: 'noConfiguredCertificate',
          ...(unreadable.length > 0
            ? {
                detail: `The configured certificate ${unreadable.map((u) => u.position).join(', ')} could not be read.`,
              }
            : {}),
        },
      };
    }
    const signing = signingCertificates(idpConfig);
    if (configured.some((c) => signing.some((s) => sameCertificate(c, s)))) return [];
    // A certificate the reader could not parse, or a list cut short, may be the configured one.
    const unreadable = (idpConfig.unreadableCertificates ?? []).filter((u) => u.use !== 'encryption');
    let notChecked: NotCheckedReport | undefined;
    if (isTruncated(idpConfig, 'certificates')) notChecked = { reasonId: 'truncatedExport' };
    else if (unreadable.length > 0) {
      notChecked = {
        reasonId: 'unreadableInExport',
        detail: `The IdP's certificate ${unreadable.map((u) => u.position).join(', ')} could not be read and may be the configured one.`,
      };
    }
    if (notChecked) return { notChecked };
    return [
      {
        messageId: 'notPublished',
        path: 'certificates',
        data: {
          configured: configured.map((c) => `${certificateLabel(c)} (${thumbprintText(c)})`),
          published:
            signing.length > 0
              ? signing.map((s) => `${certificateLabel(s)} (${thumbprintText(s)})`)
              : 'none: the export lists no signing certificate',
        },
      },
    ];
  },
});
