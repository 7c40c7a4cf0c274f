import { X509Certificate, webcrypto } from 'node:crypto';
import { parseCertificate, pemToDer, readChildren, readTlv } from '../../src/saml/der';
import { CORPUS_DIR, corpusEntries, describeCorpus, readCorpusFile } from './fixtures/corpus';
import { makeKeyPair, x509, type TestKeyPair } from './fixtures/keys';

const subtle = webcrypto.subtle as SubtleCrypto;
const parse = (input: string | Uint8Array) => parseCertificate(input, subtle);

/** node:crypto's view of a certificate, in our format, to compare field by field. */
function nodeView(pem: string) {
  const cert = new X509Certificate(pem);
  return {
    notBefore: new Date(cert.validFrom).toISOString(),
    notAfter: new Date(cert.validTo).toISOString(),
    sha1: cert.fingerprint.replace(/:/g, ''),
    sha256: cert.fingerprint256.replace(/:/g, ''),
    serialNumber: cert.serialNumber.toUpperCase(),
    keyBits: cert.publicKey.asymmetricKeyDetails?.modulusLength,
    /** Node prints one RDN per line, in certificate order. */
    subjectLines: cert.subject.split('\n'),
  };
}

async function peculiarView(cert: x509.X509Certificate) {
  return {
    subject: cert.subject,
    issuer: cert.issuer,
    notBefore: cert.notBefore.toISOString(),
    notAfter: cert.notAfter.toISOString(),
    serialNumber: cert.serialNumber.toUpperCase(),
    sha1: Buffer.from(await cert.getThumbprint('SHA-1', webcrypto as unknown as Crypto))
      .toString('hex')
      .toUpperCase(),
    sha256: Buffer.from(await cert.getThumbprint('SHA-256', webcrypto as unknown as Crypto))
      .toString('hex')
      .toUpperCase(),
  };
}

describe('parseCertificate on generated certificates', () => {
  const cases: [string, Parameters<typeof makeKeyPair>[0]][] = [
    ['a plain subject', { subject: 'CN=Okta idp, O=Example Inc' }],
    [
      'characters that need escaping, several RDNs and a multi-valued RDN',
      { subject: 'CN=Smith\\, John+OU=Sales, O=A \\"quoted\\" \\<co\\>, C=US, E=admin@example.com, DC=example' },
    ],
    ['a non-ASCII subject (UTF8String)', { subject: 'CN=Zoë Ångström, O=Ünïcödé GmbH' }],
    [
      'dates across 2050 (UTCTime before, GeneralizedTime after) and a chosen serial',
      {
        notBefore: new Date('1999-12-31T23:59:59Z'),
        notAfter: new Date('2051-06-01T12:00:00Z'),
        serialNumber: '0102030405',
      },
    ],
    [
      'an expired 1024-bit SHA-1 certificate',
      {
        notBefore: new Date('2015-01-01T00:00:00Z'),
        notAfter: new Date('2016-01-01T00:00:00Z'),
        modulusLength: 1024,
        certificateHash: 'SHA-1',
      },
    ],
  ];

  const pairs = new Map<string, TestKeyPair>();
  beforeAll(async () => {
    for (const [name, options] of cases) pairs.set(name, await makeKeyPair(options));
  });

  it.each(cases.map(([name]) => name))('reads %s exactly as @peculiar/x509 and node:crypto do', async (name) => {
    const pair = pairs.get(name) as TestKeyPair;
    const { info } = await parse(pair.certificatePem);
    const expected = await peculiarView(pair.certificate);
    expect(info).toEqual({
      ...expected,
      serialNumber: expect.any(String),
      publicKey: `RSA ${(pair.certificate.publicKey.algorithm as RsaHashedKeyAlgorithm).modulusLength}`,
    });
    expect(info.serialNumber).toBe(expected.serialNumber);
    const node = nodeView(pair.certificatePem);
    expect(info).toMatchObject({
      notBefore: node.notBefore,
      notAfter: node.notAfter,
      sha1: node.sha1,
      sha256: node.sha256,
      serialNumber: node.serialNumber,
      publicKey: `RSA ${node.keyBits}`,
    });
    // Same RDNs, same order; node just separates them with line breaks and does not escape.
    expect(info.subject.split(/, (?=[A-Z]+=)/).length).toBe(node.subjectLines.length);
  });

  it('gives the chosen dates and serial', async () => {
    const { info } = await parse(pairs.get(cases[3]![0])!.certificatePem);
    expect(info.notBefore).toBe('1999-12-31T23:59:59.000Z');
    expect(info.notAfter).toBe('2051-06-01T12:00:00.000Z');
    expect(info.serialNumber).toBe('0102030405');
  });

  it('accepts PEM with or without BEGIN/END lines, CRLF and stray whitespace, base64 and DER bytes alike', async () => {
    const pair = pairs.get(cases[0]![0])!;
    const expected = (await parse(pair.certificatePem)).info;
    const inputs: (string | Uint8Array)[] = [
      pair.certificatePem.replace(/\n/g, '\r\n'),
      `  ${pair.certificatePem}  `,
      pair.certificateBase64,
      pair.certificateBase64.replace(/(.{64})/g, '$1\n  '),
      pair.certificatePem.replace(/-----[A-Z ]+-----/g, ''),
      pair.certificateDer,
    ];
    for (const input of inputs) expect((await parse(input)).info).toEqual(expected);
  });

  it('returns the SubjectPublicKeyInfo that WebCrypto imports', async () => {
    const pair = pairs.get(cases[0]![0])!;
    const { spki, key } = await parse(pair.certificatePem);
    expect(key).toEqual({ type: 'RSA' });
    const exported = new Uint8Array(await webcrypto.subtle.exportKey('spki', pair.publicKey as webcrypto.CryptoKey));
    expect(Buffer.from(spki).equals(Buffer.from(exported))).toBe(true);
  });

  it('names EC keys by curve', async () => {
    const keys = (await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-384' }, false, [
      'sign',
      'verify',
    ])) as CryptoKeyPair;
    const cert = await x509.X509CertificateGenerator.createSelfSigned({
      name: 'CN=ec',
      keys,
      signingAlgorithm: { name: 'ECDSA', hash: 'SHA-384' },
    });
    const parsed = await parse(cert.toString('pem'));
    expect(parsed.info.publicKey).toBe('EC P-384');
    expect(parsed.key).toEqual({ type: 'EC', namedCurve: 'P-384' });
  });
});

describeCorpus('parseCertificate on the KeyInfo certificates of the corpus', () => {
  const files = CORPUS_DIR ? corpusEntries().map((e) => e.file) : [];
  const certificates = files.flatMap((file) =>
    [...readCorpusFile(file).matchAll(/<(?:\w+:)?X509Certificate>([^<]+)</g)].map(
      (m, i) => [`${file} #${i}`, m[1] as string] as const,
    ),
  );

  it('finds certificates in the corpus', () => {
    expect(certificates.length).toBeGreaterThanOrEqual(10);
  });

  it.each(certificates)('%s agrees with node:crypto', async (_name, base64) => {
    const pem = `-----BEGIN CERTIFICATE-----\n${base64.replace(/\s+/g, '')}\n-----END CERTIFICATE-----\n`;
    const { info } = await parse(base64);
    const node = nodeView(pem);
    expect(info).toMatchObject({
      notBefore: node.notBefore,
      notAfter: node.notAfter,
      sha1: node.sha1,
      sha256: node.sha256,
    });
    expect(info.serialNumber).toBe(node.serialNumber);
    expect(info.publicKey).toBe(`RSA ${node.keyBits}`);
    const peculiar = new x509.X509Certificate(pem);
    expect(info.subject).toBe(peculiar.subject);
    expect(info.issuer).toBe(peculiar.issuer);
  });
});

describe('hostile input', () => {
  let der: Uint8Array;
  beforeAll(async () => {
    der = (await makeKeyPair({ modulusLength: 1024 })).certificateDer;
  });

  const expectQuickError = async (input: string | Uint8Array, message?: RegExp) => {
    const started = performance.now();
    await expect(parse(input)).rejects.toThrow(message ?? Error);
    expect(performance.now() - started).toBeLessThan(100);
  };

  it('rejects every truncation of a real certificate', async () => {
    const started = performance.now();
    for (let length = 0; length < der.length; length += 1) {
      await expect(parse(der.subarray(0, length))).rejects.toThrow(Error);
    }
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('rejects lengths far beyond the data', async () => {
    await expectQuickError(new Uint8Array([0x30, 0x84, 0x7f, 0xff, 0xff, 0xff, 0x02, 0x01, 0x01]), /claims/);
    await expectQuickError(new Uint8Array([0x30, 0x88, 1, 2, 3, 4, 5, 6, 7, 8]), /larger than any certificate/);
    await expectQuickError(new Uint8Array([0x30, 0x80, 0x00, 0x00]), /indefinite/);
  });

  it('rejects deep nesting without recursing into it', async () => {
    // 40,000 nested SEQUENCEs (240 KB, under the size cap), each with a correct definite length.
    const depth = 40_000;
    const parts: number[] = [];
    for (let i = 0; i < depth; i += 1) parts.push(0x30, 0x84, 0, 0, 0, 0);
    const bytes = new Uint8Array(parts);
    for (let i = depth - 1; i >= 0; i -= 1) {
      const length = bytes.length - (i + 1) * 6;
      bytes.set([(length >>> 24) & 0xff, (length >>> 16) & 0xff, (length >>> 8) & 0xff, length & 0xff], i * 6 + 2);
    }
    await expectQuickError(bytes, /expected serialNumber/);
    await expectQuickError(bytes.subarray(0, 60_000), /claims/);
  });

  it('rejects text that is not a certificate, saying what it is', async () => {
    await expectQuickError('', /empty|not valid base64/);
    await expectQuickError('not base64 at all!', /not valid base64/);
    await expectQuickError(
      '-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----',
      /private key, not a certificate/,
    );
    await expectQuickError('-----BEGIN CERTIFICATE-----\nMIIB', /no END line/);
    await expectQuickError('aGVsbG8gd29ybGQ=', /not an X.509 certificate/);
    await expectQuickError(new Uint8Array([...der, 0x00]), /after the certificate/);
  });

  it('rejects random bytes quickly', async () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 16) & 0xff;
    for (let i = 0; i < 200; i += 1) {
      const bytes = new Uint8Array(64 + (i % 200)).map(() => random());
      bytes[0] = 0x30;
      await expectQuickError(bytes);
    }
  });

  it('reads DER structure with bounds checks', () => {
    const bytes = new Uint8Array([0x30, 0x06, 0x02, 0x01, 0x05, 0x02, 0x01, 0x07]);
    const outer = readTlv(bytes, 0);
    expect(readChildren(bytes, outer).map((c) => bytes[c.contentStart])).toEqual([5, 7]);
    expect(() => readChildren(bytes, { ...outer, end: 7 })).toThrow(/only 0 remain/);
    expect(() => pemToDer('=')).toThrow(/base64/);
  });
});
