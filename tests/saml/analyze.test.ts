import * as fs from 'node:fs';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { analyzeEvidence, type AnalyzeOptions } from '../../src/saml/analyze';
import { SamlInputError } from '../../src/saml/errors';
import { buildResponse, DEFAULT_ACCOUNT_SID, DEFAULT_CONNECTION_SID, signResponse } from './fixtures/build';
import { CORPUS_DIR, describeCorpus, readCorpusFile } from './fixtures/corpus';
import { makeKeyPair, type TestKeyPair } from './fixtures/keys';
import { nodeDeps } from './node-deps';
import { b64, PROTOCOL_NS, cpuTimer } from './samples';

const NOW = new Date('2026-01-15T12:00:00Z');
const ISSUER = 'https://idp.example.com/saml';

function options(overrides: Partial<AnalyzeOptions> = {}): AnalyzeOptions {
  return {
    context: {
      accountSid: DEFAULT_ACCOUNT_SID,
      connectionSid: DEFAULT_CONNECTION_SID,
      region: 'us1',
      ssoType: 'enhanced',
      expectedIssuer: ISSUER,
      analyzedAt: '2026-01-15T12:00:30Z',
    },
    expectations: DEFAULT_CONFIG,
    configuredCertificates: [],
    ...overrides,
  };
}

function harOf(entries: { time: string; xml: string; relayState?: string }[]): string {
  return JSON.stringify({
    log: {
      version: '1.2',
      entries: entries.map(({ time, xml, relayState }) => ({
        startedDateTime: time,
        request: {
          method: 'POST',
          url: `https://login.flex.us1.twilio.com/login/callback?connection=${DEFAULT_CONNECTION_SID}`,
          postData: {
            mimeType: 'application/x-www-form-urlencoded',
            params: [
              { name: 'SAMLResponse', value: encodeURIComponent(b64(xml)) },
              ...(relayState ? [{ name: 'RelayState', value: relayState }] : []),
            ],
          },
        },
      })),
    },
  });
}

const ruleIds = (findings: readonly { ruleId: string }[]) => findings.map((f) => f.ruleId);

describe('analyzeEvidence', () => {
  let idp: TestKeyPair;
  let signed: string;
  beforeAll(async () => {
    // A certificate valid around the (fixed) time the response was built.
    idp = await makeKeyPair({
      notBefore: new Date('2025-01-01T00:00:00Z'),
      notAfter: new Date('2027-01-01T00:00:00Z'),
    });
    signed = signResponse(buildResponse({ now: NOW }), { key: idp.privateKeyPem, cert: idp.certificatePem });
  });

  it('finds no error in a correct, signed response captured in a HAR', async () => {
    const text = harOf([{ time: '2026-01-15T12:00:01Z', xml: signed }]);
    const [result, ...rest] = await analyzeEvidence(
      text,
      options({ configuredCertificates: [idp.certificatePem] }),
      nodeDeps(),
    );
    expect(rest).toHaveLength(0);
    expect(result.capture).toMatchObject({ source: 'har', capturedAt: '2026-01-15T12:00:01.000Z' });
    expect(result.saml.signatures.map((s) => [s.on, s.keyInfoResult?.status])).toEqual([
      ['response', 'valid'],
      ['assertion', 'valid'],
    ]);
    expect(result.analysis.result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.analysis.result.passed).toEqual(
      expect.arrayContaining(['saml-certificate-mismatch', 'saml-signature-invalid', 'saml-destination-mismatch']),
    );
    expect(result.analysis.predicted.attributes).toEqual({
      email: 'ada@example.com',
      full_name: 'Ada Lovelace',
      roles: ['agent'],
    });
    for (const ms of Object.values(result.timings ?? {})) expect(ms).toBeGreaterThanOrEqual(0);
  });

  it('reads signatures without verifying them when asked, and never reports one as valid then', async () => {
    const opts = options({ configuredCertificates: [idp.certificatePem] });
    const [verified] = await analyzeEvidence(signed, opts, nodeDeps());
    const [unverified] = await analyzeEvidence(signed, { ...opts, verifySignatures: false }, nodeDeps());
    const results = unverified.saml.signatures.flatMap((s) => [
      s.keyInfoResult,
      ...s.configuredResults.map((r) => r.result),
    ]);
    expect(results).toHaveLength(4);
    for (const result of results)
      expect(result).toEqual({ status: 'error', reason: expect.stringMatching(/not asked for/) });
    expect(unverified.analysis.result.passed).not.toContain('saml-signature-invalid');
    // Everything but the verdicts is read as before: the certificate, what each signature covers, the findings.
    const shape = (s: (typeof verified.saml.signatures)[number]) => ({
      ...s,
      keyInfoResult: undefined,
      configuredResults: undefined,
      verifiedAgainst: undefined,
    });
    // Unverified, a signature was verified against nothing: never "configured", never "embedded".
    for (const s of unverified.saml.signatures) expect(s.verifiedAgainst).toBe('nothing');
    expect(unverified.saml.signatures.map(shape)).toEqual(verified.saml.signatures.map(shape));
    expect(unverified.saml.signatures[0]?.keyInfoCertificate?.sha256).toMatch(/^[0-9A-F]{64}$/);
    const others = (ids: string[]) => ids.filter((id) => id !== 'saml-signature-invalid');
    expect(others(ruleIds(unverified.analysis.result.findings))).toEqual(
      others(ruleIds(verified.analysis.result.findings)),
    );
  });

  it('tells the rules when no certificate is configured', async () => {
    const [result] = await analyzeEvidence(signed, options(), nodeDeps());
    expect(result.analysis.result.notChecked).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ruleId: 'saml-certificate-mismatch', reasonId: 'noConfiguredCertificate' }),
      ]),
    );
  });

  it('reports a value changed after signing as an invalid signature', async () => {
    const tampered = signed.replace('Ada Lovelace', 'Mallory');
    const [result] = await analyzeEvidence(
      tampered,
      options({ configuredCertificates: [idp.certificatePem] }),
      nodeDeps(),
    );
    expect(ruleIds(result.analysis.result.findings)).toContain('saml-signature-invalid');
  });

  it('passes the worker to the saml+worker rules', async () => {
    const worker = {
      attributes: { email: 'ada@example.com', full_name: 'Ada', roles: ['agent'], department: 'Sales' },
    };
    const [withWorker] = await analyzeEvidence(signed, options({ worker }), nodeDeps());
    expect(withWorker.analysis.result.findings).toEqual(
      expect.arrayContaining([expect.objectContaining({ ruleId: 'stale-claim', path: 'department' })]),
    );
    const [withoutWorker] = await analyzeEvidence(signed, options(), nodeDeps());
    expect(withoutWorker.analysis.result.notChecked).toEqual(
      expect.arrayContaining([expect.objectContaining({ ruleId: 'stale-claim', reasonId: 'noWorker' })]),
    );
  });

  it('analyses every login response of a capture, newest first, leaving logout messages out', async () => {
    const older = signResponse(buildResponse({ now: NOW, responseId: '_older' }), {
      key: idp.privateKeyPem,
      cert: idp.certificatePem,
    });
    const logout = `<samlp:LogoutResponse xmlns:samlp="${PROTOCOL_NS}" ID="_logout"/>`;
    const text = harOf([
      { time: '2026-01-15T11:00:00Z', xml: older },
      { time: '2026-01-15T12:00:01Z', xml: signed, relayState: 'flex' },
      { time: '2026-01-15T12:30:00Z', xml: logout },
    ]);
    const results = await analyzeEvidence(text, options(), nodeDeps());
    expect(results.map((r) => [r.saml.responseId, r.capture.capturedAt, r.capture.relayState])).toEqual([
      ['_response-1', '2026-01-15T12:00:01.000Z', 'flex'],
      ['_older', '2026-01-15T11:00:00.000Z', undefined],
    ]);
  });

  it('reports a capture holding only a logout message as such', async () => {
    const text = harOf([{ time: '2026-01-15T12:30:00Z', xml: `<samlp:LogoutResponse xmlns:samlp="${PROTOCOL_NS}"/>` }]);
    await expect(analyzeEvidence(text, options(), nodeDeps())).rejects.toMatchObject({ code: 'logoutMessage' });
  });

  it('throws a SamlInputError for a pasted AuthnRequest', async () => {
    const error = await analyzeEvidence(
      `<samlp:AuthnRequest xmlns:samlp="${PROTOCOL_NS}" ID="_q"/>`,
      options(),
      nodeDeps(),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SamlInputError);
    expect(error).toMatchObject({ code: 'authnRequest' });
  });
});

describeCorpus('analyzeEvidence on every real IdP response', () => {
  const files = CORPUS_DIR ? fs.readdirSync(CORPUS_DIR).filter((f) => /\.(xml|b64)$/.test(f)) : [];
  for (const file of files) {
    it(`${file}: analyses without an input error, in well under a second`, async () => {
      const elapsed = cpuTimer();
      const [result] = await analyzeEvidence(readCorpusFile(file), options(), nodeDeps());
      expect(elapsed()).toBeLessThan(1000);
      // None of them was addressed to Flex (MANIFEST.md): the destination check always has something to say.
      expect(result.analysis.result.findings.length + result.analysis.result.notChecked.length).toBeGreaterThan(0);
    });
  }
});
