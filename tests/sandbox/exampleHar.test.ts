// The analyzer runs with the CLI's Node dependencies (xmldom, Node's WebCrypto), as `sso-diagnostics analyze` does.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDecoder, TextEncoder } from 'node:util';
import { nodeDeps } from '../../src/cli/nodeDeps';
import { parseConfig } from '../../src/core/config';
import { analyzeEvidence } from '../../src/saml/analyze';
import {
  SANDBOX_ACCOUNT_SID,
  SANDBOX_CONFIG,
  SANDBOX_CONNECTION_SID,
  SANDBOX_IDP_ISSUER,
} from '../../sandbox/workforce';

// tests/sandbox runs under jsdom, which lacks these.
Object.assign(globalThis, { TextDecoder, TextEncoder });

const ROOT = path.join(__dirname, '..', '..');
const EXAMPLES = path.join(ROOT, 'sandbox', 'examples');

describe('the example HAR (sandbox/examples/login.har)', () => {
  it('is what scripts/make-example-har.js generates, byte for byte', () => {
    // --check regenerates in memory and fails when a committed file differs.
    expect(() =>
      execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'make-example-har.js'), '--check']),
    ).not.toThrow();
  });

  it('holds a login for the sandbox account, signed twice with the sandbox IdP certificate', async () => {
    const har = fs.readFileSync(path.join(EXAMPLES, 'login.har'), 'utf8');
    const certificate = fs.readFileSync(path.join(EXAMPLES, 'idp-certificate.pem'), 'utf8');
    const [evidence] = await analyzeEvidence(
      har,
      {
        context: {
          accountSid: SANDBOX_ACCOUNT_SID,
          connectionSid: SANDBOX_CONNECTION_SID,
          region: 'us1',
          ssoType: 'enhanced',
          expectedIssuer: SANDBOX_IDP_ISSUER,
          analyzedAt: '2026-11-20T09:00:00.000Z',
        },
        expectations: parseConfig(SANDBOX_CONFIG).expectations,
        configuredCertificates: [certificate],
      },
      nodeDeps(),
    );
    expect(evidence?.capture.source).toBe('har');
    const ruleIds = evidence?.analysis.result.findings.map((f) => f.ruleId) ?? [];
    // A working login with things to fix, and nothing wrong with the signatures or the endpoints.
    expect(ruleIds).toEqual(expect.arrayContaining(['saml-nameid-email-divergence', 'saml-session-too-short']));
    for (const id of [
      'saml-signature-missing',
      'saml-signature-invalid',
      'saml-certificate-mismatch',
      'saml-destination-mismatch',
      'saml-audience-mismatch',
      'saml-issuer-mismatch',
    ]) {
      expect(ruleIds).not.toContain(id);
    }
  });
});
