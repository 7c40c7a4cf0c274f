/**
 * The slow-input suite (issue 14, item 6): the canonicalization amplification shapes at the sizes the
 * probe used, all within the documented input limits and without a DOCTYPE, through the real entry
 * point. Each must finish in well under a second: canonicalization is linear in its output, references
 * and signatures are bounded, and verification has a work budget.
 *
 * Time is the lesser of this process's CPU time (see cpuTimer) and wall time, asserted below LIMIT_MS; each test also checks the
 * analysis really did the work (or refused it with the documented input error), so a shortcut that
 * skipped verification would fail here rather than pass for being fast.
 */
import { DEFAULT_CONFIG } from '../../src/core/config';
import { C14N_ALGORITHMS, canonicalize } from '../../src/saml/c14n';
import { analyzeEvidence, type EvidenceAnalysis } from '../../src/saml/analyze';
import { INPUT_LIMITS, SamlInputError } from '../../src/saml/errors';
import { buildResponse, parseXml, signResponse } from './fixtures/build';
import { makeKeyPair, type TestKeyPair } from './fixtures/keys';
import { nodeDeps } from './node-deps';
import { cpuTimer } from './samples';

/**
 * The bar: 1 s of CPU per input. Measured on the 2-core development machine under a load
 * average of 13 (other suites running): 0.2–0.8 s, the xmldom parse being most of it.
 */
const LIMIT_MS = 1000;

// Building these inputs (and xmldom parsing them) takes seconds of wall time on a busy machine; the
// limit that matters is the CPU time measured around the analysis itself.
jest.setTimeout(60_000);
const EXC = C14N_ALGORITHMS.exclusive;
const INCLUSIVE = C14N_ALGORITHMS.inclusive10;

let idp: TestKeyPair;
let signed: string;

beforeAll(async () => {
  idp = await makeKeyPair();
  signed = signResponse(buildResponse({ typedValues: false }), { key: idp.privateKeyPem, cert: idp.certificatePem });
});

const options = () => ({
  context: { region: 'us1', analyzedAt: '2026-01-15T12:00:30Z' },
  expectations: DEFAULT_CONFIG,
  configuredCertificates: [idp.certificatePem],
});

/** `count` empty elements inside the signed Response (its digest no longer matches: the work is the same). */
function withElements(xml: string, count: number): string {
  return xml.replace('<samlp:Status>', `<samlp:Extensions>${'<x/>'.repeat(count)}</samlp:Extensions><samlp:Status>`);
}

/** `count` namespace declarations on the root Response. */
function withDeclarations(xml: string, count: number): string {
  const declarations = Array.from({ length: count }, (_, i) => ` xmlns:n${i}="urn:n:${i}"`).join('');
  return xml.replace('<samlp:Response ', `<samlp:Response${declarations} `);
}

/** `count` elements inside the signed Response, the first `declaring` of them each declaring a namespace. */
function withDeclaringElements(xml: string, count: number, declaring: number): string {
  let body = '';
  for (let i = 0; i < count; i += 1) body += i < declaring ? `<x xmlns:m${i}="urn:m:${i}"/>` : '<x/>';
  return xml.replace('<samlp:Status>', `<samlp:Extensions>${body}</samlp:Extensions><samlp:Status>`);
}

/** The Response signature's exclusive c14n transform given an InclusiveNamespaces PrefixList of `count` prefixes. */
function withPrefixList(xml: string, count: number, declared = 0): string {
  const list = Array.from({ length: count }, (_, i) => `n${i}`).join(' ');
  // The Response's signature is the second one in the text (the Assertion is signed first, inside it).
  const transform = `<ds:Transform Algorithm="${EXC}"/>`;
  const at = xml.indexOf(transform, xml.indexOf(transform) + 1);
  const withList =
    xml.slice(0, at) +
    `<ds:Transform Algorithm="${EXC}"><ec:InclusiveNamespaces xmlns:ec="${EXC}" PrefixList="${list}"/></ds:Transform>` +
    xml.slice(at + transform.length);
  return withDeclarations(withList, declared);
}

/** Inclusive c14n for SignedInfo and every reference. */
function inclusive(xml: string): string {
  return xml.split(`Algorithm="${EXC}"`).join(`Algorithm="${INCLUSIVE}"`);
}

/** The root Response's signature repeated `signatures` times, each with `references` copies of a URI="" Reference. */
function withWholeDocumentReferences(xml: string, signatures: number, references: number): string {
  const match = /<ds:Signature [\s\S]*?<\/ds:Signature>/.exec(xml);
  if (!match) throw new Error('no signature');
  const reference = /<ds:Reference [\s\S]*?<\/ds:Reference>/.exec(match[0])?.[0] ?? '';
  const whole = reference.replace(/URI="[^"]*"/, 'URI=""');
  const signature = match[0].replace(reference, whole.repeat(references));
  const stripped = xml.replace(/<ds:Signature [\s\S]*?<\/ds:Signature>/g, '');
  return stripped.replace('</saml:Issuer>', `</saml:Issuer>${signature.repeat(signatures)}`);
}

/**
 * The lesser of CPU time and wall time: CPU time also counts the garbage collector's parallel threads
 * (a suite beside others in one jest worker pays for their heap), wall time also counts other processes
 * on a busy machine. Neither inflates both, and runaway work makes both long.
 */
async function timedOnce(xml: string): Promise<{ ms: number; result?: EvidenceAnalysis; error?: unknown }> {
  const cpu = cpuTimer();
  const start = performance.now();
  const ms = () => Math.min(cpu(), performance.now() - start);
  try {
    const [result] = await analyzeEvidence(xml, options(), nodeDeps());
    return { ms: ms(), result };
  } catch (error) {
    return { ms: ms(), error };
  }
}

/**
 * The better of two runs: the process's CPU time also counts the garbage collector's threads, which a
 * suite running beside others in the same jest worker can make pay for the tests before it (seen in CI:
 * 1.47 s once for a shape that takes 0.7 s). The input's own cost is what the bar is about.
 */
async function timed(xml: string): Promise<{ ms: number; result?: EvidenceAnalysis; error?: unknown }> {
  expect(xml.length).toBeLessThanOrEqual(INPUT_LIMITS.maxBytes);
  const first = await timedOnce(xml);
  if (first.ms < LIMIT_MS) return first;
  const second = await timedOnce(xml);
  return second.ms < first.ms ? second : first;
}

/** Every signature was verified (the digest differs: the bulk was added after signing) or refused by the budget. */
function expectVerified(result: EvidenceAnalysis | undefined): void {
  expect(result).toBeDefined();
  for (const signature of result?.saml.signatures ?? []) {
    const verdict = signature.configuredResults[0]?.result;
    expect(verdict?.status === 'invalid' || verdict?.status === 'error').toBe(true);
  }
  expect(result?.analysis.result.findings.map((f) => f.ruleId)).toContain('saml-signature-invalid');
}

describe('canonicalization amplification finishes in under a second', () => {
  it.each([
    [
      'a PrefixList of 40,000 prefixes over 20,000 elements',
      () => withPrefixList(withElements(signed, 20_000), 40_000),
    ],
    [
      'a PrefixList of 40,000 prefixes, 200 of them declared on the root, over 20,000 elements',
      () => withPrefixList(withElements(signed, 20_000), 40_000, 200),
    ],
    [
      'a PrefixList of 40,000 prefixes over 20,000 elements of which 4,000 declare one',
      () => withPrefixList(withDeclaringElements(signed, 20_000, 4_000), 40_000),
    ],
    [
      'a PrefixList of 150,000 prefixes over 80,000 elements',
      () => withPrefixList(withElements(signed, 80_000), 150_000),
    ],
    [
      'a PrefixList of 64 prefixes (the most accepted), all declared on the root, over 90,000 elements',
      () => withPrefixList(withElements(signed, 90_000), 64, 64),
    ],
    [
      '4,000 namespace declarations, one on each of 4,000 of 40,000 elements, inclusive c14n',
      () => inclusive(withDeclaringElements(signed, 40_000, 4_000)),
    ],
    [
      '200 namespace declarations on the root over 85,000 elements, inclusive c14n',
      () => inclusive(withDeclarations(withElements(signed, 85_000), 200)),
    ],
    [
      '9,900 namespace declarations, one on each of 9,900 of 85,000 elements, inclusive c14n',
      () => inclusive(withDeclaringElements(signed, 85_000, 9_900)),
    ],
  ])('%s', async (name, make) => {
    const { ms, result, error } = await timed(make());
    expect(error).toBeUndefined();
    expectVerified(result);
    if (/PrefixList of [0-9]{2,3},000/.test(name)) {
      // Longer than any real PrefixList: the Response's signature cannot be verified, and says why.
      expect(result?.saml.signatures.map((s) => s.configuredResults[0]?.result)).toContainEqual({
        status: 'error',
        reason: expect.stringMatching(/PrefixList names more than 64 prefixes/),
      });
    }
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it.each([
    ['4,000 namespace declarations on one element over 40,000 elements', 4_000, 40_000],
    ['9,900 namespace declarations on one element over 85,000 elements', 9_900, 85_000],
  ])('%s: refused before parsing (xmldom alone would spend most of a second on them)', async (_name, count, size) => {
    const { ms, error } = await timed(inclusive(withDeclarations(withElements(signed, size), count)));
    expect((error as SamlInputError | undefined)?.code).toBe('tooManyElements');
    expect((error as SamlInputError).message).toMatch(/256 attributes on one element/);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('canonicalization alone: 9,900 declarations on the apex over 85,000 elements, inclusive and exclusive with all listed', () => {
    const declarations = Array.from({ length: 9_900 }, (_, i) => ` xmlns:n${i}="urn:n:${i}"`).join('');
    const doc = parseXml(`<r${declarations}>${'<x><y/></x>'.repeat(42_500)}</r>`);
    const prefixes = Array.from({ length: 150_000 }, (_, i) => `n${i}`);
    for (const options of [{ algorithm: INCLUSIVE }, { algorithm: EXC, inclusivePrefixes: prefixes }]) {
      const elapsed = cpuTimer();
      const octets = canonicalize(doc.documentElement as Element, options);
      expect(elapsed()).toBeLessThan(LIMIT_MS);
      // Every declaration once, on the apex, and none again below it.
      expect(octets.split('xmlns:').length - 1).toBe(9_900);
      expect(octets.endsWith('<x><y></y></x></r>')).toBe(true);
    }
  });

  it('16 signatures × 16 URI="" references over 90,000 elements: refused with a clear input error', async () => {
    const { ms, error } = await timed(withWholeDocumentReferences(withElements(signed, 90_000), 16, 16));
    expect(error).toBeInstanceOf(SamlInputError);
    expect((error as SamlInputError).code).toBe('tooManySignatures');
    expect((error as SamlInputError).message).toMatch(/more than 4 signatures/);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('5 signatures, or one signature with 5 references: refused (a real response has two of each)', async () => {
    for (const [signatures, references] of [
      [5, 1],
      [1, 5],
    ] as const) {
      const { error } = await timed(withWholeDocumentReferences(signed, signatures, references));
      expect((error as SamlInputError | undefined)?.code).toBe('tooManySignatures');
    }
  });

  it('4 signatures with URI="" over 90,000 elements, within the limits: the work budget stops the rest', async () => {
    const { ms, result, error } = await timed(withWholeDocumentReferences(withElements(signed, 90_000), 4, 1));
    expect(error).toBeUndefined();
    const verdicts = result?.saml.signatures.map((s) => s.configuredResults[0]?.result) ?? [];
    expect(verdicts).toHaveLength(4);
    // Two passes over the document are within budget (and the digests differ); the rest are refused.
    expect(verdicts.slice(0, 2).map((v) => v?.status)).toEqual(['invalid', 'invalid']);
    for (const verdict of verdicts.slice(2)) {
      expect(verdict).toEqual({ status: 'error', reason: expect.stringMatching(/work budget/) });
    }
    expect(ms).toBeLessThan(LIMIT_MS);
  });
});
