/**
 * `sso-diagnostics analyze` end to end: responses built and signed with real keys at test time, then
 * damaged the way real failures look; and every real IdP response in ../shared/saml-corpus.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { deflateRawSync } from 'zlib';
import { buildResponse, signResponse, tamperAttributeValue } from '../saml/fixtures/build';
import { CORPUS_DIR, describeCorpus } from '../saml/fixtures/corpus';
import { makeKeyPair, type TestKeyPair } from '../saml/fixtures/keys';
import { cli } from './run';

const JQ = 'JQ0123456789abcdef0123456789abcdef';
const AC = 'AC0123456789abcdef0123456789abcdef';
const ISSUER = 'https://idp.example.com/saml';
const SENT = new Date('2026-01-15T12:00:00Z');
const JUST_AFTER = '2026-01-15T12:00:30Z';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sso-analyze-'));
function file(name: string, content: string): string {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, content);
  return p;
}

interface Out {
  findings: { ruleId: string; severity: string; messageId: string; samlAttribute?: string }[];
  notChecked: { ruleId: string; reason: string }[];
  idp: { id: string; source: string };
  saml: {
    issuer?: string;
    nameId?: string;
    status?: { code?: string; message?: string };
    signatures: {
      on: string;
      signatureMethod: string;
      keyInfoResult?: string;
      configuredResults: { result: string }[];
    }[];
    predicted: Record<string, unknown>;
  };
  others?: Out[];
}

let idp: TestKeyPair;
let rotated: TestKeyPair;
let certFile: string;
beforeAll(async () => {
  // Valid around SENT (the responses' fixed time), whatever day the tests run.
  const validity = { notBefore: new Date('2025-06-01T00:00:00Z'), notAfter: new Date('2030-06-01T00:00:00Z') };
  [idp, rotated] = await Promise.all([
    makeKeyPair({ subject: 'CN=Example IdP', ...validity }),
    makeKeyPair({ subject: 'CN=New key', ...validity }),
  ]);
  certFile = file('idp.pem', idp.certificatePem);
});

const context = ['--connection-sid', JQ, '--issuer', ISSUER];
function signed(xml = buildResponse({ now: SENT, connectionSid: JQ, issuer: ISSUER }), key = idp): string {
  return signResponse(xml, { key: key.privateKeyPem, cert: key.certificatePem, sign: 'both' });
}
async function analyze(input: string, extra: string[] = []): Promise<{ code: number; out: Out; stderr: string }> {
  const run = await cli([
    'analyze',
    file(`r${Math.random()}.xml`, input),
    '--format',
    'json',
    '--include-values',
    ...extra,
  ]);
  return { code: run.code, out: run.stdout ? (JSON.parse(run.stdout) as Out) : ({} as Out), stderr: run.stderr };
}
const ids = (out: Out) => out.findings.map((f) => `${f.ruleId}:${f.messageId}`);

describe('sso-diagnostics analyze', () => {
  it('passes a correct enhanced-SSO response signed twice with the configured key (exit 0)', async () => {
    const { code, out } = await analyze(signed(), [...context, '--cert', certFile, '--now', JUST_AFTER]);
    expect(out.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
    expect(out.saml.signatures.map((s) => [s.on, s.keyInfoResult, s.configuredResults[0]?.result])).toEqual(
      expect.arrayContaining([
        ['response', 'valid', 'valid'],
        ['assertion', 'valid', 'valid'],
      ]),
    );
    expect(out.saml.predicted).toMatchObject({ email: 'ada@example.com', roles: ['agent'] });
  });

  it('reads the same response as base64 and as deflated base64 (HTTP-Redirect binding)', async () => {
    const xml = signed();
    for (const encoded of [Buffer.from(xml).toString('base64'), deflateRawSync(Buffer.from(xml)).toString('base64')]) {
      const { code, out } = await analyze(encoded, [...context, '--cert', certFile, '--now', JUST_AFTER]);
      expect(code).toBe(0);
      expect(out.saml.issuer).toBe(ISSUER);
    }
  });

  it('finds an attribute changed after signing: the signature no longer verifies (exit 1)', async () => {
    const { code, out } = await analyze(tamperAttributeValue(signed(), 'roles', 'admin'), [
      ...context,
      '--cert',
      certFile,
    ]);
    expect(code).toBe(1);
    expect(ids(out)).toContain('saml-signature-invalid:invalid');
  });

  it('explains a rotated IdP certificate without calling the intact signature broken', async () => {
    const { code, out } = await analyze(signed(undefined, rotated), [
      ...context,
      '--cert',
      certFile,
      '--now',
      JUST_AFTER,
    ]);
    expect(code).toBe(1);
    expect(ids(out)).toContain('saml-certificate-mismatch:mismatch');
    expect(ids(out)).not.toContain('saml-signature-invalid:invalid');
    for (const s of out.saml.signatures) {
      expect(s.keyInfoResult).toBe('valid');
      expect(s.configuredResults.map((c) => c.result)).toEqual(['invalid: signature']);
    }
  });

  it('reports only the assertion signed, and a SHA-1 signature, with the IdP chosen by --idp', async () => {
    const xml = buildResponse({ now: SENT, connectionSid: JQ, issuer: ISSUER });
    const once = signResponse(xml, {
      key: idp.privateKeyPem,
      cert: idp.certificatePem,
      sign: 'assertion',
      algorithm: 'sha1',
    });
    const { out } = await analyze(once, [...context, '--idp', 'entra-id']);
    expect(ids(out)).toEqual(
      expect.arrayContaining(['saml-signature-missing:responseUnsigned', 'saml-signature-algorithm-weak:sha1']),
    );
    expect(out.idp).toEqual({ id: 'entra-id', source: 'override' });
  });

  it('leaves the time window unchecked for a pasted response, and judges it with --now', async () => {
    const pasted = await analyze(signed(), context);
    expect(pasted.out.notChecked.map((n) => n.ruleId)).toContain('saml-time-window-invalid');
    const late = await analyze(signed(), [...context, '--now', '2026-01-15T14:00:00Z']);
    expect(ids(late.out)).toContain('saml-time-window-invalid:expired');
  });

  it('flags a legacy endpoint: a warning before 31 March 2026, an error after', async () => {
    const xml = signed(buildResponse({ now: SENT, ssoType: 'legacy', accountSid: AC, issuer: ISSUER }));
    const args = ['--account-sid', AC, '--sso-type', 'legacy', '--issuer', ISSUER];
    const before = await analyze(xml, [...args, '--now', JUST_AFTER]);
    expect(before.out.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'saml-legacy-endpoint', severity: 'warning' }),
    );
    const after = await analyze(xml, [...args, '--now', '2026-04-02T00:00:00Z']);
    expect(after.out.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'saml-legacy-endpoint', severity: 'error' }),
    );
  });

  it('compares with the worker: a custom claim the IdP stopped sending stays on the worker', async () => {
    const worker = file(
      'worker.json',
      JSON.stringify({ email: 'ada@example.com', full_name: 'Ada', roles: ['agent'], location: 'Lisbon' }),
    );
    const { out } = await analyze(signed(), [...context, '--worker', worker]);
    expect(out.findings).toContainEqual(expect.objectContaining({ ruleId: 'stale-claim', messageId: 'stale' }));
  });

  it('runs worker rules on the predicted attributes, naming the SAML attribute', async () => {
    const xml = buildResponse({
      now: SENT,
      connectionSid: JQ,
      issuer: ISSUER,
      attributes: {
        'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress': 'ada@example.com',
        full_name: 'Ada',
        roles: 'agent, Admin',
      },
    });
    const { out } = await analyze(signed(xml), context);
    expect(out.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'role-value-invalid', samlAttribute: 'roles' }),
    );
    expect(out.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'required-attribute-missing', severity: 'error' }),
    );
  });

  it('analyzes every SAML POST in a HAR, newest first, with the capture time and RelayState', async () => {
    const entry = (xml: string, at: string, relayState: string) => ({
      startedDateTime: at,
      request: {
        method: 'POST',
        url: `https://login.flex.us1.twilio.com/login/callback?connection=${JQ}`,
        postData: {
          mimeType: 'application/x-www-form-urlencoded',
          text: `SAMLResponse=${encodeURIComponent(Buffer.from(xml).toString('base64'))}&RelayState=${relayState}`,
        },
      },
    });
    const older = signed(buildResponse({ now: SENT, connectionSid: JQ, issuer: ISSUER, nameId: 'old@example.com' }));
    const newer = signed(buildResponse({ now: SENT, connectionSid: JQ, issuer: ISSUER, inResponseTo: null }));
    const har = {
      log: {
        version: '1.2',
        entries: [entry(older, '2026-01-15T12:00:10Z', ''), entry(newer, '2026-01-15T12:00:20Z', 'deep-link')],
      },
    };
    const run = await cli([
      'analyze',
      file('login.har', JSON.stringify(har)),
      '--format',
      'json',
      '--include-values',
      ...context,
    ]);
    const out = JSON.parse(run.stdout) as Out & { saml: { capturedAt?: string; relayState?: string } };
    expect(out.saml.capturedAt).toBe('2026-01-15T12:00:20.000Z');
    expect(ids(out)).toEqual(expect.arrayContaining(['saml-relaystate-set:relayState']));
    expect(out.notChecked.map((n) => n.ruleId)).not.toContain('saml-time-window-invalid');
    expect(out.others?.map((o) => o.saml.nameId)).toEqual(['old@example.com']);
  });

  it.each([
    ['a DOCTYPE', '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>', 'doctype'],
    [
      'an AuthnRequest',
      '<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="a" Version="2.0"/>',
      'authnRequest',
    ],
    ['garbage', '%%% not a login %%%', 'notBase64'],
  ])('refuses %s with exit 2 and one clear line', async (_what, input, code) => {
    const run = await cli(['analyze', '-', '--format', 'json'], { stdin: input });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(run.stdout)).toEqual({ error: { message: expect.any(String), code } });
  });
});

/** What each corpus file really contains (MANIFEST.md), as the analyzer must report it. */
const CORPUS: Record<string, { status?: string; encrypted?: boolean; signed: string[]; invalid?: boolean }> = {
  'adfs-gosaml2-1': { signed: ['assertion'] },
  'adfs-gosaml2-2': { encrypted: true, signed: [] },
  'auth0-gosaml2-1': { signed: ['response'] },
  'azure-entradocs-1': { status: 'requestUnsupported', signed: [] },
  'azure-tercen-1': { signed: ['assertion'] },
  'azure-wsfed-1': { signed: ['assertion'] },
  'google-authentik-1': { status: 'requestDenied', signed: [] },
  'google-crewjam-1': { signed: ['response'] },
  'keycloak-tercen-1': { signed: ['response'] },
  'okta-gosaml2-1': { signed: ['response', 'assertion'] },
  'okta-wsfed-1': { signed: ['assertion'] },
  'oktadev-gosaml2-15': { status: 'other', signed: ['response'] },
  'onelogin-crewjam-1': { signed: ['response'] },
  'pingfederate-gosaml2-1': { signed: ['response'] },
  'shibboleth-authentik-1': { signed: ['response'] },
  // The published sample was edited after signing: xmldsigjs rejects it too (tests/saml/oracle.test.ts).
  'salesforce-saml20-1': { status: 'authnFailed', signed: ['response'], invalid: true },
};

describeCorpus('sso-diagnostics analyze on the real IdP responses', () => {
  const files = CORPUS_DIR ? fs.readdirSync(CORPUS_DIR).filter((f) => /\.(xml|b64)$/.test(f)) : [];

  it('knows every file of the corpus', () => {
    for (const f of files) expect(Object.keys(CORPUS)).toContain(f.replace(/\.(xml|b64)$/, ''));
  });

  it.each(files)('%s: analyzed without an input error, findings as the file really is', async (name) => {
    const expected = CORPUS[name.replace(/\.(xml|b64)$/, '')];
    const run = await cli(['analyze', path.join(CORPUS_DIR as string, name), '--format', 'json']);
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.code);
    const out = JSON.parse(run.stdout) as Out;
    // None of them was addressed to Flex.
    expect(
      ids(out).some((id) => id.startsWith('saml-destination-mismatch') || id.startsWith('saml-audience-mismatch')),
    ).toBe(true);
    expect(out.saml.signatures.map((s) => s.on).sort()).toEqual([...(expected?.signed ?? [])].sort());
    expect(ids(out).includes('saml-assertion-encrypted:encrypted')).toBe(Boolean(expected?.encrypted));
    expect(out.findings.some((f) => f.ruleId === 'saml-signature-invalid')).toBe(Boolean(expected?.invalid));
    if (expected?.status) {
      expect(ids(out)).toContain(`saml-status-not-success:${expected.status}`);
    } else {
      expect(out.findings.map((f) => f.ruleId)).not.toContain('saml-status-not-success');
    }
  });
});
