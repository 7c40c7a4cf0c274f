import { toMarkdown, toReportJson } from '../../src/core/report';
import { readIdpConfig } from '../../src/idpconfig/read';
import { makeKeyPair } from '../saml/fixtures/keys';
import { parseXml, subtle } from '../saml/node-deps';
import { entraServicePrincipal, oktaApp } from './fixtures/exports';

const empty = { findings: [], notChecked: [], passed: [] };
const options = (includeValues: boolean) => ({
  idp: { id: 'entra-id' as const, source: 'export' as const },
  fixFor: () => ({ idp: 'entra-id' as const, steps: [], links: [] }),
  includeValues,
});

describe('the idpConfig section of a report', () => {
  it('redacts Entra notification addresses by default and keeps certificates, URLs and thumbprints', async () => {
    const pair = await makeKeyPair({ subject: 'CN=Microsoft Azure Federated SSO Certificate' });
    const idpConfig = await readIdpConfig(JSON.stringify(entraServicePrincipal(pair)), { parseXml, subtle });
    const redacted = toReportJson({ kind: 'idp-config', idpConfig, result: empty }, options(false));
    expect(redacted.redacted).toBe(true);
    expect(redacted.idpConfig?.notificationEmailAddresses).toEqual([expect.stringMatching(/^user-[0-9a-f]+$/)]);
    expect(JSON.stringify(redacted)).not.toContain('idp-admins@owlbank.example');
    expect(redacted.idpConfig?.certificates?.[0]).toMatchObject({
      subject: 'CN=Microsoft Azure Federated SSO Certificate',
      sha1: expect.stringMatching(/^[0-9A-F]{40}$/),
    });
    const kept = toReportJson({ kind: 'idp-config', idpConfig, result: empty }, options(true));
    expect(kept.idpConfig?.notificationEmailAddresses).toEqual(['idp-admins@owlbank.example']);
  });

  it('writes absent facts as null, never guessed, and lists the claims in Markdown', async () => {
    const idpConfig = await readIdpConfig(JSON.stringify(oktaApp()), { parseXml, subtle });
    const report = toReportJson({ kind: 'idp-config', idpConfig, result: empty }, options(true));
    expect(report.idpConfig).toMatchObject({ kind: 'okta-app', entityId: null, ssoServices: null, certificates: null });
    const md = toMarkdown(report);
    expect(md).toContain('- Claim: roles ← groups STARTS\\_WITH flex-');
  });
});
