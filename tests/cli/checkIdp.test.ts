import { webcrypto } from 'node:crypto';
import * as fs from 'node:fs';
import type { Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fetchHttps } from '../../src/cli/fetch';
import { makeKeyPair } from '../saml/fixtures/keys';
import {
  ACCOUNT_SID,
  adfsTrustJson,
  adfsTrustListText,
  CONNECTION_SID,
  ENHANCED_ACS,
  ENHANCED_ENTITY_ID,
  entraManifest,
  GUIDE_APP_ROLES,
  LEGACY_ENTITY_ID,
  utf16le,
} from '../idpconfig/fixtures/exports';
import { cli } from './run';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-idp-'));
function file(name: string, content: string | Uint8Array): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
}
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface JsonReport {
  findings: { ruleId: string; messageId: string; severity: string; message: string }[];
  notChecked: { ruleId: string; reason: string }[];
  idp: { id: string; source: string };
  idpConfig: Record<string, unknown>;
}
const report = (run: { json: () => Record<string, unknown> }) => run.json() as unknown as JsonReport;
const ids = (r: JsonReport) => r.findings.map((f) => `${f.ruleId}/${f.messageId}`);

const LEGACY = ['--account-sid', ACCOUNT_SID, '--sso-type', 'legacy', '--now', '2026-12-01T00:00:00Z'];
const ENHANCED = ['--connection-sid', CONNECTION_SID, '--sso-type', 'enhanced', '--now', '2026-12-01T00:00:00Z'];

describe('check-idp on the AD FS trust of the seed guide', () => {
  it('flags the trust as the guide leaves it before its PowerShell step: signing incomplete, exit 1', async () => {
    const run = await cli([
      'check-idp',
      file('before.json', JSON.stringify(adfsTrustJson())),
      ...LEGACY,
      '--format',
      'json',
    ]);
    expect(run.code).toBe(1);
    const r = report(run);
    expect(ids(r)).toContain('idp-config-signing-incomplete/assertionOnly');
    expect(r.idp).toEqual({ id: 'adfs', source: 'export' });
    expect(r.idpConfig).toMatchObject({ kind: 'adfs-trust', signing: { response: false, assertion: true } });
  });

  it('finds no signing, claim or NameID error once MessageAndAssertion is set', async () => {
    const after = adfsTrustJson({ SamlResponseSignature: 'MessageAndAssertion' });
    const run = await cli(['check-idp', file('after.json', JSON.stringify(after)), ...LEGACY, '--format', 'json']);
    const r = report(run);
    const problems = r.findings.filter(
      (f) =>
        f.ruleId === 'idp-config-signing-incomplete' ||
        f.ruleId === 'idp-config-claim-missing' ||
        f.ruleId === 'idp-config-nameid-not-email',
    );
    expect(problems).toEqual([]);
    expect(r.idpConfig['claims']).toEqual([
      { name: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress', source: 'mail' },
      { name: 'email', source: 'mail' },
      { name: 'full_name', source: 'displayName' },
      { name: 'roles', source: 'department' },
    ]);
  });

  it('exits 0 for the finished trust on enhanced SSO', async () => {
    const enhanced = adfsTrustJson({
      SamlResponseSignature: 'MessageAndAssertion',
      Identifier: [ENHANCED_ENTITY_ID],
      SamlEndpoints: [{ Binding: 'POST', Protocol: 'SAMLAssertionConsumer', Location: ENHANCED_ACS }],
    });
    const run = await cli(['check-idp', '-', ...ENHANCED, '--format', 'json'], { stdin: JSON.stringify(enhanced) });
    expect(report(run).findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('reads the same trust from a UTF-16 list-text file, and says how to show the ACS', async () => {
    const run = await cli([
      'check-idp',
      file('trust.txt', utf16le(adfsTrustListText())),
      ...LEGACY,
      '--format',
      'json',
    ]);
    expect(run.stderr).toBe('');
    const r = report(run);
    expect(r.idpConfig).toMatchObject({ kind: 'adfs-trust', acsUrls: null, spEntityIds: [LEGACY_ENTITY_ID] });
    expect(r.notChecked.find((n) => n.ruleId === 'idp-config-acs-mismatch')?.reason).toContain('SamlEndpoints');
  });
});

describe('check-idp on Entra app roles', () => {
  const run = (roles: unknown[]) =>
    cli([
      'check-idp',
      file(`roles-${roles.length}.json`, JSON.stringify(entraManifest({ appRoles: roles }))),
      ...ENHANCED,
      '--format',
      'json',
    ]);

  it("accepts the guide's three app roles", async () => {
    expect(ids(report(await run(GUIDE_APP_ROLES))).filter((id) => id.startsWith('idp-config-app-roles'))).toEqual([]);
  });

  it('flags an "Admin" role and an Application-only member type', async () => {
    const roles = [
      { ...GUIDE_APP_ROLES[0], value: 'Admin' },
      { ...GUIDE_APP_ROLES[1], allowedMemberTypes: ['Application'] },
      GUIDE_APP_ROLES[2],
    ];
    expect(ids(report(await run(roles)))).toEqual(
      expect.arrayContaining(['idp-config-app-roles-invalid/wrongCase', 'idp-config-app-roles-invalid/memberType']),
    );
  });
});

describe('check-idp input and output', () => {
  it('exits 2 with one line naming the kinds accepted, without echoing the input', async () => {
    const run = await cli(['check-idp', file('other.json', '{"email": "jane@owlbank.example"}'), '--format', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.stderr).toContain('Okta app');
    expect(run.stderr).not.toContain('jane@owlbank.example');
    expect(run.json()).toMatchObject({ error: { code: 'unknownKind' } });
  });

  it('refuses a URL that is not https, before any request', async () => {
    const run = await cli(['check-idp', 'http://fs.owlbank.example/FederationMetadata/2007-06/FederationMetadata.xml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('sso-diagnostics: check-idp fetches https URLs only (metadata is public over https)\n');
  });

  it('prints the snapshot and the findings as text, and Markdown for a ticket', async () => {
    const input = file('text.json', JSON.stringify(adfsTrustJson()));
    const text = await cli(['check-idp', input, ...LEGACY]);
    expect(text.stdout).toContain('AD FS relying party trust: Twilio Flex');
    expect(text.stdout).toMatch(/Claim +roles ← department → roles/);
    expect(text.stdout).toContain('idp-config-signing-incomplete');
    const md = await cli(['check-idp', input, ...LEGACY, '--format', 'markdown']);
    expect(md.stdout).toContain("## The IdP's configuration");
    expect(md.stdout).toContain('- Claim: roles ← department');
  });

  it("gives the rule's own AD FS steps, not the fix key's generic ones (the PowerShell step for signing)", async () => {
    const md = await cli([
      'check-idp',
      file('steps.json', JSON.stringify(adfsTrustJson())),
      ...LEGACY,
      '--format',
      'markdown',
    ]);
    expect(md.stdout).toContain('and the wizard has no setting for it');
    // The fix key's steps also cover the hash algorithm and encryption, which this trust has right.
    expect(md.stdout).not.toContain('set the secure hash algorithm to SHA-256');
  });

  it('treats every PEM block of a --cert file as a configured certificate', async () => {
    const [a, b] = [await makeKeyPair(), await makeKeyPair()];
    const certs = file('two.pem', `${a.certificatePem}\n${b.certificatePem}`);
    const metadata = file(
      'md.xml',
      `<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.example/"><IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"><KeyDescriptor use="signing"><KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#"><X509Data><X509Certificate>${b.certificateBase64}</X509Certificate></X509Data></KeyInfo></KeyDescriptor></IDPSSODescriptor></EntityDescriptor>`,
    );
    const r = report(await cli(['check-idp', metadata, '--cert', certs, '--format', 'json']));
    // b is configured (second block) and published: nothing is "not published".
    expect(ids(r)).not.toContain('idp-config-certificate-not-published/notPublished');
    expect(r.notChecked.map((n) => n.ruleId)).not.toContain('idp-config-certificate-not-published');
  });
});

describe('fetching metadata over https (CLI only)', () => {
  // A real TLS server on 127.0.0.1 with a certificate made for this test run.
  let server: Server;
  let base: string;
  let ca: string;
  const body = '<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.example/"/>';

  beforeAll(async () => {
    const { x509 } = await import('../saml/fixtures/keys');
    const https = await import('node:https');
    const algorithm = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
    const keys = (await webcrypto.subtle.generateKey(algorithm, true, ['sign', 'verify'])) as CryptoKeyPair;
    const cert = await x509.X509CertificateGenerator.createSelfSigned({
      name: 'CN=127.0.0.1',
      notBefore: new Date(Date.now() - 60_000),
      notAfter: new Date(Date.now() + 3_600_000),
      signingAlgorithm: algorithm,
      keys,
      extensions: [new x509.SubjectAlternativeNameExtension([{ type: 'ip', value: '127.0.0.1' }])],
    });
    const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey as webcrypto.CryptoKey));
    const key = `-----BEGIN PRIVATE KEY-----\n${pkcs8.toString('base64')}\n-----END PRIVATE KEY-----\n`;
    ca = cert.toString('pem');
    server = https.createServer({ key, cert: ca }, (req, res) => {
      if (req.url === '/md') return res.end(body);
      if (req.url === '/hop') return res.writeHead(302, { location: '/md' }).end();
      if (req.url === '/loop') return res.writeHead(302, { location: '/loop' }).end();
      if (req.url === '/plain') return res.writeHead(301, { location: 'http://127.0.0.1/md' }).end();
      if (req.url === '/big') return res.end('x'.repeat(2048));
      if (req.url === '/slow') return; // never answers
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address() as AddressInfo;
    base = `https://127.0.0.1:${address.port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('fetches the document, following a redirect', async () => {
    expect(Buffer.from(await fetchHttps(`${base}/hop`, { ca })).toString()).toBe(body);
  });

  it('fails with one line for each limit, naming the host, never the body', async () => {
    const host = base.replace('https://', '');
    await expect(fetchHttps(`${base}/loop`, { ca })).rejects.toThrow(
      `cannot fetch from ${host}: more than 3 redirects`,
    );
    await expect(fetchHttps(`${base}/plain`, { ca })).rejects.toThrow('redirects to a URL that is not https');
    await expect(fetchHttps(`${base}/big`, { ca, maxBytes: 1024 })).rejects.toThrow('larger than');
    await expect(fetchHttps(`${base}/slow`, { ca, timeoutMs: 300 })).rejects.toThrow('no answer within');
    await expect(fetchHttps(`${base}/missing`, { ca })).rejects.toThrow('the server answered HTTP 404');
  });

  it('does not trust a certificate it was not given', async () => {
    await expect(fetchHttps(`${base}/md`)).rejects.toThrow('TLS certificate is not trusted');
  });
});
