import rule from '../../../src/core/rules/idp-config/idp-config-certificate-not-published';
import { ADFS_CERT, ADFS_NEXT_CERT, ENTRA_CERT, testIdpConfigRule } from './snapshot';

const signing = (c: object, position: number, use = 'signing') => ({ ...c, use, position });

testIdpConfigRule(rule, {
  valid: [
    { name: 'Flex holds the one AD FS signing certificate', input: { preset: 'adfsMetadata' } },
    {
      name: 'during a rollover both are published and Flex holds the old one',
      input: {
        preset: 'adfsMetadata',
        idpConfig: { certificates: [signing(ADFS_CERT, 1), signing(ADFS_NEXT_CERT, 2)] },
      },
    },
    {
      name: 'a KeyDescriptor without use counts as signing',
      input: { preset: 'adfsMetadata', idpConfig: { certificates: [signing(ADFS_CERT, 1, 'unspecified')] } },
    },
    {
      name: 'an Entra key credential without key is matched by its SHA-1 thumbprint',
      input: {
        preset: 'entraServicePrincipal',
        idpConfig: {
          certificates: [
            { use: 'signing', position: 1, sha1: ENTRA_CERT.sha1.toLowerCase(), notAfter: ENTRA_CERT.notAfter },
          ],
        },
        context: { configuredCertificates: [ENTRA_CERT] },
      },
    },
    { name: 'an Okta app export carries no certificate', input: { preset: 'oktaApp' }, notChecked: 'notInExport' },
    {
      name: 'no certificate configured in Flex',
      input: { preset: 'adfsMetadata', context: { configuredCertificates: [] } },
      notChecked: 'noConfiguredCertificate',
    },
    {
      name: 'an unreadable published certificate may be the configured one',
      input: {
        preset: 'adfsMetadata',
        idpConfig: { certificates: [], unreadableCertificates: [{ position: 1, use: 'signing' }] },
      },
      notChecked: 'unreadableInExport',
    },
  ],
  invalid: [
    {
      name: 'a rollover already completed: only the new certificate is published',
      input: { preset: 'adfsMetadata', idpConfig: { certificates: [signing(ADFS_NEXT_CERT, 1)] } },
      findings: [{ messageId: 'notPublished', path: 'certificates' }],
    },
    {
      name: "the configured certificate is AD FS's encryption certificate, which never counts",
      input: {
        preset: 'adfsMetadata',
        idpConfig: { certificates: [signing(ADFS_NEXT_CERT, 1), signing(ADFS_CERT, 2, 'encryption')] },
      },
      findings: [{ messageId: 'notPublished', path: 'certificates' }],
    },
    {
      name: 'the metadata lists no signing certificate at all',
      input: { preset: 'adfsMetadata', idpConfig: { certificates: [] } },
      findings: [
        {
          messageId: 'notPublished',
          path: 'certificates',
          data: { published: 'none: the export lists no signing certificate' },
        },
      ],
    },
  ],
});
