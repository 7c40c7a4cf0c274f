/**
 * Every export in ../shared/idp-config-corpus (third-party data, read in place, never copied) is read
 * without error, and the facts its MANIFEST.md gives — kind, IdP, entity ID, certificates, SSO
 * services, ACS, SP entity IDs, claims — are what `check-idp --format json` reports.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli } from './run';
import { SHARED_DIR } from '../sharedDir';

const dir = path.join(SHARED_DIR, 'idp-config-corpus');
const present = fs.existsSync(path.join(dir, 'MANIFEST.md'));
const SKIP = `SKIPPED: the IdP configuration corpus is not at ${dir} (expected ../shared/idp-config-corpus beside the repository)`;

interface Entry {
  readonly file: string;
  readonly kind: string;
  readonly idp: string;
  readonly facts: Readonly<Record<string, unknown>>;
}

/** `## file` sections of bullet facts: "- name: `JSON`", and the first "- kind `k`, IdP `i`; …" line. */
function entries(): Entry[] {
  if (!present) return [];
  const text = fs.readFileSync(path.join(dir, 'MANIFEST.md'), 'utf8');
  return text
    .split(/^## /m)
    .slice(1)
    .map((section) => {
      const [file, ...lines] = section.split('\n');
      const head = /^- kind `([^`]+)`, IdP `([^`]+)`/.exec(lines.find((l) => l.startsWith('- kind')) ?? '');
      const facts: Record<string, unknown> = {};
      for (const line of lines) {
        const fact = /^- (\w+): `(.*)`$/.exec(line);
        if (fact) facts[fact[1] as string] = JSON.parse(fact[2] as string);
      }
      return { file: (file as string).trim(), kind: head?.[1] ?? '', idp: head?.[2] ?? '', facts };
    });
}

/** RFC 4514 (MANIFEST) and the DER reader write a DN's RDNs in opposite orders: compare them as sets. */
function rdns(dn: string): string[] {
  return dn
    .split(/,\s*/)
    .map((rdn) => rdn.replace(/^E=/, 'emailAddress='))
    .sort();
}

const list = entries();
(present ? describe : describe.skip)(
  present ? 'the IdP configuration corpus' : `the IdP configuration corpus — ${SKIP}`,
  () => {
    if (!present) console.warn(SKIP);

    it('has an entry for every file, and a file for every entry', () => {
      const files = fs.readdirSync(dir).filter((f) => f !== 'MANIFEST.md');
      expect(list.map((e) => e.file).sort()).toEqual(files.sort());
    });

    it.each(list.map((e) => [e.file, e] as const))('%s: read as its MANIFEST says', async (_file, entry) => {
      const run = await cli([
        'check-idp',
        path.join(dir, entry.file),
        '--format',
        'json',
        '--include-values',
        '--now',
        '2026-12-01T00:00:00Z',
      ]);
      expect(run.stderr).toBe('');
      expect([0, 1]).toContain(run.code);
      const report = run.json() as { idp: { id: string }; idpConfig: Record<string, unknown> };
      const c = report.idpConfig;
      expect(c['kind']).toBe(entry.kind);
      expect(report.idp.id).toBe(entry.idp);
      const f = entry.facts;
      if ('entityId' in f) expect(c['entityId']).toBe(f['entityId']);
      if ('ssoServices' in f) expect(c['ssoServices']).toEqual(f['ssoServices']);
      if ('acsUrls' in f) expect(c['acsUrls']).toEqual(f['acsUrls']);
      if ('spEntityIds' in f) expect(c['spEntityIds']).toEqual(f['spEntityIds']);
      if ('claims' in f) expect((c['claims'] as { name: string }[]).map((claim) => claim.name)).toEqual(f['claims']);
      if ('signingCertificates' in f) {
        const got = c['certificates'] as {
          subject: string;
          notBefore: string;
          notAfter: string;
          sha1: string;
          sha256: string;
        }[];
        const want = f['signingCertificates'] as typeof got;
        expect(got).toHaveLength(f['signingCertificateCount'] as number);
        expect(
          got.map((g) => ({
            ...g,
            subject: rdns(g.subject),
            notBefore: Date.parse(g.notBefore),
            notAfter: Date.parse(g.notAfter),
          })),
        ).toEqual(
          want.map((w) => ({
            ...w,
            subject: rdns(w.subject),
            notBefore: Date.parse(w.notBefore),
            notAfter: Date.parse(w.notAfter),
          })),
        );
      }
      if ('responseSigned' in f) expect((c['signing'] as { response: boolean }).response).toBe(f['responseSigned']);
      if ('assertionSigned' in f) expect((c['signing'] as { assertion: boolean }).assertion).toBe(f['assertionSigned']);
      if ('signatureAlgorithm' in f) expect(c['signatureAlgorithm']).toBe(f['signatureAlgorithm']);
      if ('digestAlgorithm' in f) expect(c['digestAlgorithm']).toBe(f['digestAlgorithm']);
      if ('subjectNameIdFormat' in f) expect((c['nameId'] as { format: string }).format).toBe(f['subjectNameIdFormat']);
      if ('nameIdentifierFormat' in f)
        expect((c['nameId'] as { format: string }).format).toBe(f['nameIdentifierFormat']);
    });

    it('verifies the AD FS metadata signature against the certificate in its own KeyInfo', async () => {
      const run = await cli(['check-idp', path.join(dir, 'adfs-javasaml-FederationMetadata.xml'), '--format', 'json']);
      const report = run.json() as { findings: { ruleId: string }[]; notChecked: { ruleId: string }[] };
      // xmlsec1 verifies it (MANIFEST): no "signature invalid" finding, and it was checked.
      expect(report.findings.map((x) => x.ruleId)).not.toContain('idp-config-metadata-signature-invalid');
      expect(report.notChecked.map((x) => x.ruleId)).not.toContain('idp-config-metadata-signature-invalid');
    });
  },
);
