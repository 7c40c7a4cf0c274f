/**
 * The analyzer's verifier against independent ones: xmldsigjs (and xml-crypto where it can tell),
 * on generated responses in every shape and on every signature of the real IdP corpus.
 */
import { createHash, createPublicKey, verify as nodeVerify, webcrypto } from 'node:crypto';
import { C14nCanonicalization } from 'xml-crypto';
import type { SignatureInfo } from '../../src/core/samlTypes';
import { verifySignatures } from '../../src/saml/signature';
import {
  alterSignatureValue,
  buildResponse,
  parseXml,
  signResponse,
  tamperAttributeValue,
  wrapAssertion,
  type SignMode,
} from './fixtures/build';
import { CORPUS_DIR, corpusEntries, describeCorpus, readCorpusFile } from './fixtures/corpus';
import { makeKeyPair, type TestKeyPair } from './fixtures/keys';
import { DSIG_NS, verdictOf, xmlCryptoVerdict, xmldsigjsVerdict, type Verdict } from './fixtures/oracle';

const subtle = webcrypto.subtle as SubtleCrypto;

let idp: TestKeyPair;
let other: TestKeyPair;
beforeAll(async () => {
  [idp, other] = await Promise.all([makeKeyPair(), makeKeyPair({ subject: 'CN=wrong' })]);
});

const analyze = async (xml: string, configured: readonly string[]): Promise<SignatureInfo[]> =>
  (await verifySignatures(parseXml(xml), { subtle, configuredCertificates: configured })).signatures;

/** xml-crypto only says valid or not; map ours to that to compare. */
const coarse = (verdict: Verdict | undefined) =>
  verdict === 'valid' ? 'valid' : verdict?.startsWith('invalid') ? 'invalid' : verdict;

describe('agrees with xmldsigjs and xml-crypto on generated responses', () => {
  const modes: SignMode[] = ['response', 'assertion', 'both'];
  const damages: [string, (xml: string) => string][] = [
    ['intact', (xml) => xml],
    ['tampered', (xml) => tamperAttributeValue(xml, 'roles', 'admin')],
    ['with the assertion SignatureValue altered', (xml) => alterSignatureValue(xml, 'assertion')],
    ['with the response SignatureValue altered', (xml) => alterSignatureValue(xml, 'response')],
    ['wrapped', (xml) => wrapAssertion(xml)],
  ];
  const cases = modes.flatMap((mode) =>
    (['sha1', 'sha256'] as const).flatMap((algorithm) =>
      damages
        .filter(([name]) => (mode === 'both' ? true : !name.includes(mode === 'response' ? 'assertion' : 'response')))
        .filter(([name]) => name !== 'wrapped' || mode !== 'response')
        .map(([name, damage]) => [`${mode} signed with ${algorithm}, ${name}`, mode, algorithm, damage] as const),
    ),
  );

  it.each(cases)('%s', async (_name, mode, algorithm, damage) => {
    const xml = damage(
      signResponse(buildResponse(), {
        key: idp.privateKeyPem,
        cert: idp.certificatePem,
        sign: mode,
        algorithm,
        ...(algorithm === 'sha1' ? { prefixList: ['xs'] } : {}),
      }),
    );
    const signatures = await analyze(xml, [idp.certificatePem, other.certificatePem]);
    expect(signatures.length).toBe(mode === 'both' ? 2 : 1);
    for (const [index, signature] of signatures.entries()) {
      const ours = verdictOf(signature.keyInfoResult);
      expect(ours).toBe(await xmldsigjsVerdict(xml, index));
      expect(verdictOf(signature.configuredResults[0]!.result)).toBe(
        await xmldsigjsVerdict(xml, index, idp.certificatePem),
      );
      expect(verdictOf(signature.configuredResults[1]!.result)).toBe(
        await xmldsigjsVerdict(xml, index, other.certificatePem),
      );
      expect(coarse(ours)).toBe(xmlCryptoVerdict(xml, index, idp.certificatePem));
    }
  });

  it('the comparison can fail: the oracles do see damage', async () => {
    const xml = signResponse(buildResponse(), { key: idp.privateKeyPem, cert: idp.certificatePem, sign: 'assertion' });
    expect(await xmldsigjsVerdict(xml, 0)).toBe('valid');
    expect(await xmldsigjsVerdict(tamperAttributeValue(xml, 'email', 'x@example.com'), 0)).toBe('invalid-digest');
    expect(await xmldsigjsVerdict(alterSignatureValue(xml, 'assertion'), 0)).toBe('invalid-signature');
    expect(await xmldsigjsVerdict(xml, 0, other.certificatePem)).toBe('invalid-signature');
  });
});

// ---------------------------------------------------------------------------------------------

const C14N11 = 'http://www.w3.org/2006/12/xml-c14n11';
const NODE_HASH: Readonly<Record<string, string>> = {
  'http://www.w3.org/2000/09/xmldsig#sha1': 'sha1',
  'http://www.w3.org/2001/04/xmlenc#sha256': 'sha256',
};

/**
 * For signatures neither library can check (Canonical XML 1.1, which both lack): xml-crypto's
 * Canonical XML 1.0 plus node:crypto. 1.0 and 1.1 differ only in inherited xml:* attributes, so
 * this is exact when the document has none, which the caller asserts.
 */
function handVerdict(xml: string, index: number): Verdict {
  const doc = parseXml(xml);
  const signature = doc.getElementsByTagNameNS(DSIG_NS, 'Signature')[index] as Element;
  const signedInfo = signature.getElementsByTagNameNS(DSIG_NS, 'SignedInfo')[0] as Element;
  const reference = signedInfo.getElementsByTagNameNS(DSIG_NS, 'Reference')[0] as Element;
  if (reference.getAttribute('URI') !== '') throw new Error('handVerdict handles URI="" only');
  const certificate = (signature.getElementsByTagNameNS(DSIG_NS, 'X509Certificate')[0] as Element).textContent ?? '';
  const digestMethod =
    (reference.getElementsByTagNameNS(DSIG_NS, 'DigestMethod')[0] as Element).getAttribute('Algorithm') ?? '';
  const digestValue = (reference.getElementsByTagNameNS(DSIG_NS, 'DigestValue')[0] as Element).textContent ?? '';

  const stripped = parseXml(xml);
  const own = stripped.getElementsByTagNameNS(DSIG_NS, 'Signature')[index] as Element;
  own.parentNode!.removeChild(own);
  const c14n = new C14nCanonicalization();
  const { findAncestorNsForElement } = require('xml-crypto/lib/utils') as {
    findAncestorNsForElement: (node: unknown) => { prefix: string; namespaceURI: string }[];
  };
  const octets = c14n.process(stripped.documentElement as never, {});
  const digest = createHash(NODE_HASH[digestMethod] as string)
    .update(octets)
    .digest('base64');
  if (digest !== digestValue.trim()) return 'invalid-digest';
  const key = createPublicKey(
    `-----BEGIN CERTIFICATE-----\n${certificate.replace(/\s+/g, '')}\n-----END CERTIFICATE-----`,
  );
  // Inclusive: SignedInfo carries every namespace in scope, as xml-crypto computes them.
  const signedOctets = c14n.process(signedInfo as never, { ancestorNamespaces: findAncestorNsForElement(signedInfo) });
  const value = Buffer.from(
    (signature.getElementsByTagNameNS(DSIG_NS, 'SignatureValue')[0] as Element).textContent ?? '',
    'base64',
  );
  return nodeVerify('sha256', Buffer.from(signedOctets), key, value) ? 'valid' : 'invalid-signature';
}

describeCorpus('agrees with the oracles on every signature of the real IdP corpus', () => {
  const entries = CORPUS_DIR ? corpusEntries().map((entry) => [entry.file, entry] as const) : [];

  it.each(entries)('%s', async (file, entry) => {
    const xml = readCorpusFile(file);
    const signatures = await analyze(xml, []);

    // Where the manifest says the signatures are, and with which algorithm.
    const expectedLocations = [
      ...(entry.responseSigned === 'True' ? ['response'] : []),
      ...(entry.assertionSigned === 'True' ? ['assertion'] : []),
    ];
    expect(signatures.map((s) => s.on).sort()).toEqual(expectedLocations.sort());
    for (const signature of signatures) {
      expect(signature.signatureMethod.split('#')[1]).toBe(entry.signatureAlgorithm);
      expect(signature.referencesParent).toBe(true);
    }

    // And the same verdict as an independent verifier, signature by signature.
    for (const [index, signature] of signatures.entries()) {
      const ours = verdictOf(signature.keyInfoResult);
      if (signature.canonicalizationMethod === C14N11) {
        expect(xml).not.toMatch(/xml:(base|lang|space|id)=/);
        expect(ours).toBe(handVerdict(xml, index));
      } else if (signature.keyInfoCertificate) {
        expect(ours).toBe(await xmldsigjsVerdict(xml, index));
      } else {
        // No certificate in the document (PingFederate sends none): nothing to verify against.
        expect(signature.keyInfoResult).toBeUndefined();
        expect(await xmldsigjsVerdict(xml, index)).toBe('invalid-signature');
      }
    }
  });

  it('finds the corpus verdicts worth knowing: all valid except the edited Salesforce sample', async () => {
    const summary: Record<string, (Verdict | undefined)[]> = {};
    for (const [file] of entries) {
      summary[file] = (await analyze(readCorpusFile(file), [])).map((s) => verdictOf(s.keyInfoResult));
    }
    expect(Object.entries(summary).filter(([, verdicts]) => verdicts.some((v) => v !== 'valid'))).toEqual([
      ['pingfederate-gosaml2-1.xml', [undefined]],
      ['salesforce-saml20-1.xml', ['invalid-digest']],
    ]);
  });
});
