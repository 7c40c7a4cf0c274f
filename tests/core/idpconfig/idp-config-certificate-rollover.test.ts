import rule from '../../../src/core/rules/idp-config/idp-config-certificate-rollover';
import { ADFS_CERT, ADFS_NEXT_CERT, ENTRA_CERT, testIdpConfigRule } from './snapshot';
import { runRules } from '../../../src/core/engine';
import { DEFAULT_CONFIG } from '../../../src/core/config';
import { buildIdpConfigContext } from './snapshot';

const signing = (c: object, position: number, extra: object = {}) => ({ ...c, use: 'signing', position, ...extra });
const rollover = { certificates: [signing(ADFS_CERT, 1), signing(ADFS_NEXT_CERT, 2)] };
const NEW_ENTRA = {
  ...ENTRA_CERT,
  notBefore: '2025-05-20T00:00:00.000Z',
  sha1: '8B'.repeat(20),
  sha256: 'F6'.repeat(32),
};

testIdpConfigRule(rule, {
  valid: [
    { name: 'one published certificate, the configured one', input: { preset: 'adfsMetadata' } },
    {
      name: 'Flex already holds the new certificate (the old one is the older)',
      input: { preset: 'adfsMetadata', idpConfig: rollover, context: { configuredCertificates: [ADFS_NEXT_CERT] } },
    },
    {
      name: 'a completed rollover is certificate-not-published, not also a rollover',
      input: { preset: 'adfsMetadata', idpConfig: { certificates: [signing(ADFS_NEXT_CERT, 1)] } },
    },
    {
      name: 'an equal notBefore is not newer',
      input: {
        preset: 'adfsMetadata',
        idpConfig: {
          certificates: [signing(ADFS_CERT, 1), signing({ ...ADFS_NEXT_CERT, notBefore: ADFS_CERT.notBefore }, 2)],
        },
      },
    },
    {
      name: 'an encryption certificate is never a rollover',
      input: {
        preset: 'adfsMetadata',
        idpConfig: { certificates: [signing(ADFS_CERT, 1), { ...ADFS_NEXT_CERT, use: 'encryption', position: 2 }] },
      },
    },
    {
      name: 'Entra: the active certificate is the configured one',
      input: { preset: 'entraServicePrincipal', context: { configuredCertificates: [ENTRA_CERT] } },
    },
    {
      name: 'a Keycloak client export carries no certificate',
      input: { preset: 'keycloakClient' },
      notChecked: 'notInExport',
    },
    {
      name: 'an unreadable published certificate is listed as not checked, not guessed newer',
      input: { preset: 'adfsMetadata', idpConfig: { unreadableCertificates: [{ position: 2, use: 'signing' }] } },
      notChecked: 'unreadableInExport',
    },
    {
      name: 'no certificate configured',
      input: { preset: 'adfsMetadata', idpConfig: rollover, context: { configuredCertificates: [] } },
      notChecked: 'noConfiguredCertificate',
    },
  ],
  invalid: [
    {
      name: 'AD FS auto-rollover published a secondary certificate',
      input: { preset: 'adfsMetadata', idpConfig: rollover },
      findings: [
        {
          messageId: 'pending',
          severity: 'warning',
          path: 'certificates[2]',
          data: {
            publishedOn: '31 Oct 2025',
            primaryOn: '2025-11-05T08:00:00.000Z',
            deadline: '5 Nov 2025',
            idp: 'Microsoft AD FS',
          },
        },
      ],
    },
    {
      name: 'Entra: a new certificate marked active that Flex does not hold',
      input: {
        preset: 'entraServicePrincipal',
        idpConfig: {
          certificates: [signing(ENTRA_CERT, 1, { active: false }), signing(NEW_ENTRA, 2, { active: true })],
          preferredTokenSigningKeyThumbprint: NEW_ENTRA.sha1,
        },
        context: { configuredCertificates: [ENTRA_CERT] },
      },
      findings: [{ messageId: 'activeNotConfigured', severity: 'error', path: 'certificates[2]' }],
    },
    {
      name: 'Entra: a newer inactive certificate, deadline the configured one’s expiry',
      input: {
        preset: 'entraServicePrincipal',
        idpConfig: {
          certificates: [signing(ENTRA_CERT, 1, { active: true }), signing(NEW_ENTRA, 2, { active: false })],
        },
        context: { configuredCertificates: [ENTRA_CERT] },
      },
      findings: [
        {
          messageId: 'pending',
          path: 'certificates[2]',
          data: { deadline: '1 Sep 2027, when the certificate in Flex expires', becomesPrimary: '' },
        },
      ],
    },
  ],
});

describe('the rollover message', () => {
  it('reads as the issue asks: published on, becomes primary on, add it before', () => {
    const ctx = buildIdpConfigContext({ preset: 'adfsMetadata', idpConfig: rollover }, DEFAULT_CONFIG);
    const [finding] = runRules([rule], ctx, DEFAULT_CONFIG).findings;
    expect(finding?.message).toContain('Microsoft AD FS published a new signing certificate');
    expect(finding?.message).toContain('on 31 Oct 2025');
    expect(finding?.message).toContain('it becomes primary on 5 Nov 2025');
    expect(finding?.message).toMatch(/Add it to Flex before 5 Nov 2025\.$/);
    expect(finding?.message).toContain(`SHA-1 ${'4E'.repeat(20)}`);
  });
});
