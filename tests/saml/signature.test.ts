import { webcrypto } from 'node:crypto';
import type { SignatureInfo } from '../../src/core/samlTypes';
import { NOT_VERIFIED, verifySignatures } from '../../src/saml/signature';
import {
  alterSignatureValue,
  buildResponse,
  parseXml,
  signResponse,
  tamperAttributeValue,
  wrapAssertion,
  type SignOptions,
} from './fixtures/build';
import { makeKeyPair, type TestKeyPair } from './fixtures/keys';
import { verdictOf } from './fixtures/oracle';

const subtle = webcrypto.subtle as SubtleCrypto;
const RSA_SHA256 = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256';
const RSA_SHA1 = 'http://www.w3.org/2000/09/xmldsig#rsa-sha1';
const SHA256 = 'http://www.w3.org/2001/04/xmlenc#sha256';
const SHA1 = 'http://www.w3.org/2000/09/xmldsig#sha1';
const EXC = 'http://www.w3.org/2001/10/xml-exc-c14n#';

let idp: TestKeyPair;
let other: TestKeyPair;
beforeAll(async () => {
  [idp, other] = await Promise.all([
    makeKeyPair({ subject: 'CN=idp.example.com, O=Example IdP' }),
    makeKeyPair({ subject: 'CN=someone else' }),
  ]);
});

const sign = (xml: string, options: Partial<SignOptions> = {}) =>
  signResponse(xml, { key: idp.privateKeyPem, cert: idp.certificatePem, ...options });

const verify = (xml: string, configuredCertificates: readonly string[] = [idp.certificatePem]) =>
  verifySignatures(parseXml(xml), { subtle, configuredCertificates });

/** A compact view: where each signature sits and what each certificate says about it. */
const verdicts = (signatures: readonly SignatureInfo[]) =>
  signatures.map((s) => ({
    on: s.on,
    referencesParent: s.referencesParent,
    keyInfo: verdictOf(s.keyInfoResult),
    configured: s.configuredResults.map((r) => verdictOf(r.result)),
  }));

describe('verifySignatures on signed responses', () => {
  it('describes and verifies both signatures of a typical response', async () => {
    const { signatures, configuredCertificates } = await verify(sign(buildResponse(), { sign: 'both' }));
    expect(configuredCertificates.map((c) => c.subject)).toEqual(['CN=idp.example.com, O=Example IdP']);
    expect(signatures).toEqual([
      {
        on: 'response',
        location: 'Response',
        parentId: '_response-1',
        referenceUris: ['#_response-1'],
        referencesParent: true,
        signatureMethod: RSA_SHA256,
        digestMethods: [SHA256],
        canonicalizationMethod: EXC,
        keyInfoCertificate: configuredCertificates[0],
        keyInfoResult: { status: 'valid' },
        configuredResults: [{ sha256: configuredCertificates[0]!.sha256, result: { status: 'valid' } }],
        verifiedAgainst: 'configured',
      },
      expect.objectContaining({
        on: 'assertion',
        location: 'Response/Assertion',
        parentId: '_assertion-1',
        referenceUris: ['#_assertion-1'],
        referencesParent: true,
        keyInfoResult: { status: 'valid' },
      }),
    ]);
  });

  it.each([
    ['response', 'sha1', ['response']],
    ['assertion', 'sha256', ['assertion']],
    ['both', 'sha1', ['response', 'assertion']],
    ['none', 'sha256', []],
  ] as const)('signs the %s with %s and finds exactly those signatures, valid', async (mode, algorithm, expected) => {
    const { signatures } = await verify(sign(buildResponse(), { sign: mode, algorithm }));
    expect(signatures.map((s) => s.on)).toEqual(expected);
    for (const s of signatures) {
      expect(s.signatureMethod).toBe(algorithm === 'sha1' ? RSA_SHA1 : RSA_SHA256);
      expect(s.digestMethods).toEqual([algorithm === 'sha1' ? SHA1 : SHA256]);
      expect(verdictOf(s.keyInfoResult)).toBe('valid');
      expect(s.configuredResults.map((r) => verdictOf(r.result))).toEqual(['valid']);
    }
  });

  it('verifies an Okta-style PrefixList signature and a #WithComments one', async () => {
    for (const options of [{ prefixList: ['xs'] }, { canonicalization: 'exclusiveWithComments' as const }]) {
      const { signatures } = await verify(sign(buildResponse(), options));
      expect(verdicts(signatures).map((v) => [v.keyInfo, ...v.configured])).toEqual([
        ['valid', 'valid'],
        ['valid', 'valid'],
      ]);
    }
  });

  it('without KeyInfo, reports no KeyInfo certificate and still verifies against configured ones', async () => {
    const { signatures } = await verify(sign(buildResponse(), { keyInfo: false }));
    for (const s of signatures) {
      expect(s.keyInfoCertificate).toBeUndefined();
      expect(s.keyInfoResult).toBeUndefined();
      expect(s.configuredResults.map((r) => verdictOf(r.result))).toEqual(['valid']);
    }
  });

  it('reports a changed attribute value as an invalid digest on both signatures', async () => {
    const tampered = tamperAttributeValue(sign(buildResponse()), 'email', 'mallory@example.com');
    expect(verdicts((await verify(tampered)).signatures)).toEqual([
      { on: 'response', referencesParent: true, keyInfo: 'invalid-digest', configured: ['invalid-digest'] },
      { on: 'assertion', referencesParent: true, keyInfo: 'invalid-digest', configured: ['invalid-digest'] },
    ]);
  });

  it('reports an altered SignatureValue as an invalid signature (and the Response digest breaks with it)', async () => {
    const altered = alterSignatureValue(sign(buildResponse()), 'assertion');
    expect(verdicts((await verify(altered)).signatures)).toEqual([
      { on: 'response', referencesParent: true, keyInfo: 'invalid-digest', configured: ['invalid-digest'] },
      { on: 'assertion', referencesParent: true, keyInfo: 'invalid-signature', configured: ['invalid-signature'] },
    ]);
  });

  it('without verification, reads every signature but checks nothing: a tampered one is "not checked", never invalid or valid', async () => {
    const calls: string[] = [];
    const counting = new Proxy(subtle, {
      get: (target, name: string) => {
        const member = Reflect.get(target, name) as unknown;
        if (typeof member !== 'function') return member;
        return (...args: unknown[]) => {
          calls.push(name);
          return (member as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    const tampered = tamperAttributeValue(sign(buildResponse()), 'email', 'mallory@example.com');
    const unverified = await verifySignatures(parseXml(tampered), {
      subtle: counting,
      configuredCertificates: [idp.certificatePem],
      verify: false,
    });
    const verified = await verify(tampered);
    for (const s of unverified.signatures) {
      expect([s.keyInfoResult, ...s.configuredResults.map((r) => r.result)]).toEqual([NOT_VERIFIED, NOT_VERIFIED]);
      expect(s.verifiedAgainst).toBe('nothing');
    }
    // What each signature is, where it sits and which certificate it carries are read as when verifying.
    const shape = ({ keyInfoResult: _k, configuredResults: _c, verifiedAgainst: _v, ...rest }: SignatureInfo) => rest;
    expect(unverified.signatures.map(shape)).toEqual(verified.signatures.map(shape));
    // Only the certificates' thumbprints were hashed: no canonicalized element, no key, no signature.
    expect(calls.every((name) => name === 'digest')).toBe(true);
    expect(calls).toHaveLength(4);
  });
  it('tells a signature valid with its KeyInfo certificate apart from the configured one that does not match', async () => {
    const { signatures, configuredCertificates } = await verify(sign(buildResponse()), [
      other.certificatePem,
      idp.certificateBase64,
    ]);
    expect(configuredCertificates.map((c) => c.subject)).toEqual([
      'CN=someone else',
      'CN=idp.example.com, O=Example IdP',
    ]);
    for (const s of signatures) {
      expect(verdictOf(s.keyInfoResult)).toBe('valid');
      expect(s.configuredResults).toEqual([
        { sha256: configuredCertificates[0]!.sha256, result: { status: 'invalid', reason: 'signature' } },
        { sha256: configuredCertificates[1]!.sha256, result: { status: 'valid' } },
      ]);
    }
  });

  it('verifies with an expired certificate: validity dates are reported, not enforced', async () => {
    const expired = await makeKeyPair({ notBefore: new Date('2020-01-01Z'), notAfter: new Date('2021-01-01Z') });
    const xml = signResponse(buildResponse(), { key: expired.privateKeyPem, cert: expired.certificatePem });
    const { signatures } = await verify(xml, [expired.certificatePem]);
    expect(signatures[0]!.keyInfoCertificate!.notAfter).toBe('2021-01-01T00:00:00.000Z');
    expect(verdictOf(signatures[0]!.keyInfoResult)).toBe('valid');
  });

  it('reads a certificate seen before the same way, and each result owns its certificate details', async () => {
    const signed = sign(buildResponse());
    const first = await verify(signed, ['garbage', idp.certificatePem]);
    const mutable = first.configuredCertificates[0] as { subject: string };
    mutable.subject = 'changed by a caller';
    (first.signatures[0]!.keyInfoCertificate as { subject: string }).subject = 'changed too';
    const again = await verify(signed, ['garbage', idp.certificatePem]);
    expect(again.configuredCertificates.map((c) => c.subject)).toEqual(['CN=idp.example.com, O=Example IdP']);
    expect(again.signatures[0]!.keyInfoCertificate!.subject).toBe('CN=idp.example.com, O=Example IdP');
    expect(again.unreadableConfiguredCertificates).toEqual(first.unreadableConfiguredCertificates);
    expect(verdicts(again.signatures)).toEqual(verdicts(first.signatures));
  });

  it('skips unreadable configured certificates, lists them, and counts a repeated one once', async () => {
    const result = await verify(sign(buildResponse()), ['garbage', idp.certificatePem, '', idp.certificateBase64]);
    expect(result.unreadableConfiguredCertificates).toEqual([
      { index: 0, reason: expect.stringMatching(/base64|certificate/) },
      { index: 2, reason: expect.any(String) },
    ]);
    expect(result.configuredCertificates).toHaveLength(1);
    expect(result.signatures[0]!.configuredResults).toHaveLength(1);
  });
});

describe('verifySignatures on wrapped and malformed signatures', () => {
  it('flags signature wrapping: the moved signature still verifies, but not over its parent', async () => {
    const wrapped = wrapAssertion(sign(buildResponse(), { sign: 'assertion' }));
    const { signatures } = await verify(wrapped);
    expect(signatures).toHaveLength(1);
    expect(signatures[0]).toMatchObject({
      on: 'assertion',
      parentId: '_evil',
      referenceUris: ['#_assertion-1'],
      referencesParent: false,
      keyInfoResult: { status: 'valid' },
    });
  });

  it('with the original signature left in place, the signature is valid over its parent but placed where Flex does not look', async () => {
    const wrapped = wrapAssertion(sign(buildResponse(), { sign: 'assertion' }), { mode: 'keep-signature' });
    const { signatures } = await verify(wrapped);
    expect(verdicts(signatures)).toEqual([
      { on: 'other', referencesParent: true, keyInfo: 'valid', configured: ['valid'] },
    ]);
    expect(signatures[0]!.location).toBe('Response/Extensions/Assertion');
    expect(parseXml(wrapped).getElementsByTagNameNS('urn:oasis:names:tc:SAML:2.0:assertion', 'Assertion')).toHaveLength(
      2,
    );
  });

  it('refuses to pick between two elements with the referenced ID', async () => {
    const signed = sign(buildResponse(), { sign: 'assertion' });
    const duplicated = signed.replace(
      '<samlp:Status>',
      '<samlp:Extensions><x ID="_assertion-1"/></samlp:Extensions><samlp:Status>',
    );
    const { signatures } = await verify(duplicated);
    expect(signatures[0]!.referencesParent).toBe(false);
    expect(signatures[0]!.keyInfoResult).toEqual({
      status: 'error',
      reason: expect.stringMatching(/2 elements have the ID/),
    });
  });

  it('reports a missing reference target as an error', async () => {
    const signed = sign(buildResponse(), { sign: 'assertion' }).replace('URI="#_assertion-1"', 'URI="#_gone"');
    const { signatures } = await verify(signed);
    expect(signatures[0]!.referencesParent).toBe(false);
    expect(signatures[0]!.keyInfoResult).toEqual({
      status: 'error',
      reason: expect.stringMatching(/no element has the ID/),
    });
  });

  it.each([
    ['DSA', 'http://www.w3.org/2000/09/xmldsig#dsa-sha1', /unsupported signature method DSA-SHA1/],
    ['HMAC', 'http://www.w3.org/2000/09/xmldsig#hmac-sha1', /unsupported signature method HMAC-SHA1/],
    ['an unknown canonicalization', EXC, /unsupported canonicalization method urn:nope/],
  ])('reports %s as an error, not as invalid', async (_name, method, reason) => {
    let xml = sign(buildResponse(), { sign: 'assertion' });
    xml = reason.source.includes('canonicalization')
      ? xml.replace(`CanonicalizationMethod Algorithm="${EXC}"`, 'CanonicalizationMethod Algorithm="urn:nope"')
      : xml.replace(RSA_SHA256, method);
    const { signatures } = await verify(xml);
    expect(signatures[0]!.keyInfoResult).toEqual({ status: 'error', reason: expect.stringMatching(reason) });
    expect(signatures[0]!.configuredResults[0]!.result).toEqual({
      status: 'error',
      reason: expect.stringMatching(reason),
    });
  });

  it('reports an unreadable KeyInfo certificate as an error result, without a certificate', async () => {
    const xml = sign(buildResponse(), { sign: 'assertion' }).replace(
      /<ds:X509Certificate>[^<]+/,
      '<ds:X509Certificate>AAAA',
    );
    const { signatures } = await verify(xml);
    expect(signatures[0]!.keyInfoCertificate).toBeUndefined();
    expect(signatures[0]!.keyInfoResult).toEqual({
      status: 'error',
      reason: expect.stringMatching(/KeyInfo certificate could not be read/),
    });
    expect(verdictOf(signatures[0]!.configuredResults[0]!.result)).toBe('valid');
  });

  it('reads a value as all of its text: markup inside a KeyInfo certificate makes it unreadable, a comment does not', async () => {
    const signed = sign(buildResponse(), { sign: 'assertion' });
    // Text inside an element nested in the certificate is part of its value (DOM textContent), so the
    // base64 no longer decodes to the certificate: reading only the direct text would have hidden it.
    const nested = signed.replace(/(<ds:X509Certificate>[^<]+)/, '$1<x:junk xmlns:x="urn:junk">AAAA</x:junk>');
    const [withMarkup] = (await verify(nested)).signatures;
    expect(withMarkup?.keyInfoCertificate).toBeUndefined();
    expect(withMarkup?.keyInfoResult).toEqual({
      status: 'error',
      reason: expect.stringMatching(/KeyInfo certificate could not be read/),
    });
    // A comment is no text: the certificate around it is read whole.
    const commented = signed.replace(/<ds:X509Certificate>([^<]{20})/, '<ds:X509Certificate>$1<!-- note -->');
    const [withComment] = (await verify(commented)).signatures;
    expect(withComment?.keyInfoCertificate?.subject).toBe('CN=idp.example.com, O=Example IdP');
    expect(verdictOf(withComment?.keyInfoResult)).toBe('valid');
  });

  it('classifies a signature on something other than a Response or Assertion as "other"', async () => {
    const xml = sign(buildResponse(), { sign: 'none' });
    const doc = parseXml(xml);
    const { signatures } = await verifySignatures(doc, { subtle, configuredCertificates: [] });
    expect(signatures).toEqual([]);
    const stray = xml.replace(
      '<samlp:Status>',
      '<samlp:Extensions ID="_ext"><ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"/></samlp:Extensions><samlp:Status>',
    );
    const [signature] = (await verifySignatures(parseXml(stray), { subtle, configuredCertificates: [] })).signatures;
    expect(signature).toMatchObject({ on: 'other', parentId: '_ext', referencesParent: false, configuredResults: [] });
  });
});

describe('performance', () => {
  it('verifies a typical signed response (two signatures, one configured certificate) in a few milliseconds', async () => {
    const xml = sign(buildResponse(), { sign: 'both' });
    const doc = parseXml(xml);
    await verifySignatures(doc, { subtle, configuredCertificates: [idp.certificatePem] }); // warm-up
    const runs = 50;
    const started = performance.now();
    for (let i = 0; i < runs; i += 1) {
      await verifySignatures(doc, { subtle, configuredCertificates: [idp.certificatePem] });
    }
    const perResponse = (performance.now() - started) / runs;
    console.log(
      `verifySignatures: ${perResponse.toFixed(2)} ms per response (2 signatures × KeyInfo + 1 configured certificate)`,
    );
    expect(perResponse).toBeLessThan(50);
  });
});
