import rule from '../../../src/core/rules/idp-config/idp-config-certificate-expiring';
import { ADFS_CERT, DAY, ENTRA_CERT, at, testIdpConfigRule } from './snapshot';

const cert = (notBefore: string, notAfter: string, extra: object = {}) => ({
  ...ADFS_CERT,
  notBefore,
  notAfter,
  ...extra,
});
const published = (c: object) => ({ certificates: [{ ...c, use: 'signing', position: 1 }] });

testIdpConfigRule(rule, {
  valid: [
    { name: 'valid for months (NOW is 2 Jun 2025, notAfter 20 Nov 2025)', input: { preset: 'adfsMetadata' } },
    {
      name: 'exactly 31 days left',
      input: {
        preset: 'adfsMetadata',
        idpConfig: published(cert(at(-DAY * 300), at(DAY * 31))),
        context: { configuredCertificates: [] },
      },
    },
    {
      name: 'Entra: only the active certificate counts; an expired inactive one is not used',
      input: {
        preset: 'entraServicePrincipal',
        idpConfig: {
          certificates: [
            { ...ENTRA_CERT, use: 'signing', position: 1, active: true },
            {
              ...ENTRA_CERT,
              sha1: '11'.repeat(20),
              sha256: '22'.repeat(32),
              notAfter: at(-DAY),
              use: 'signing',
              position: 2,
              active: false,
            },
          ],
        },
        context: { configuredCertificates: [ENTRA_CERT] },
      },
    },
    {
      name: 'an expired encryption certificate is not a signing certificate',
      input: {
        preset: 'adfsMetadata',
        idpConfig: {
          certificates: [
            { ...ADFS_CERT, use: 'signing', position: 1 },
            { ...ADFS_CERT, sha256: '00'.repeat(32), notAfter: at(-DAY), use: 'encryption', position: 2 },
          ],
        },
      },
    },
    {
      name: 'an unreadable second KeyDescriptor is skipped and listed by position',
      input: { preset: 'adfsMetadata', idpConfig: { unreadableCertificates: [{ position: 2, use: 'signing' }] } },
      notChecked: 'unreadableInExport',
    },
    {
      name: 'an Okta app and nothing configured: no certificate to judge',
      input: { preset: 'oktaApp', context: { configuredCertificates: [] } },
      notChecked: 'noConfiguredCertificate',
    },
  ],
  invalid: [
    {
      name: 'the published certificate expires in 30 days',
      input: {
        preset: 'adfsMetadata',
        idpConfig: published(cert(at(-DAY * 300), at(DAY * 30))),
        context: { configuredCertificates: [] },
      },
      findings: [{ messageId: 'expiring', severity: 'warning', path: 'certificates[1]', data: { days: 30 } }],
    },
    {
      name: 'an expired certificate beside an unreadable one: the finding, and the unreadable one not checked',
      input: {
        preset: 'adfsMetadata',
        idpConfig: {
          ...published(cert('2024-01-01T00:00:00.000Z', at(-DAY))),
          unreadableCertificates: [{ position: 2, use: 'unspecified' }],
        },
        context: { configuredCertificates: [] },
      },
      findings: [{ messageId: 'expired', path: 'certificates[1]' }],
      notChecked: 'unreadableInExport',
    },
    {
      name: 'the published certificate has expired',
      input: {
        preset: 'adfsMetadata',
        idpConfig: published(cert('2024-01-01T00:00:00.000Z', at(-DAY))),
        context: { configuredCertificates: [] },
      },
      findings: [{ messageId: 'expired', severity: 'error', path: 'certificates[1]' }],
    },
    {
      name: 'the published certificate is not valid yet',
      input: {
        preset: 'adfsMetadata',
        idpConfig: published(cert(at(DAY), at(DAY * 400))),
        context: { configuredCertificates: [] },
      },
      findings: [{ messageId: 'notYetValid', severity: 'error', path: 'certificates[1]' }],
    },
    {
      name: 'an Okta app: the configured certificate expired',
      input: {
        preset: 'oktaApp',
        context: { configuredCertificates: [cert('2023-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')] },
      },
      findings: [
        {
          messageId: 'expired',
          path: 'idp_certificates[0]',
          data: { where: 'configured in Flex', notAfter: '1 Jan 2025' },
        },
      ],
    },
  ],
});
