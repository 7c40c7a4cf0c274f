/**
 * Hostile and broken inputs through the real entry point: each must end within a second with one
 * clear SamlInputError — never a crash, a hang, an entity expansion or a file read.
 */
import { DEFAULT_CONFIG } from '../../src/core/config';
import { analyzeEvidence, type AnalyzeDeps } from '../../src/saml/analyze';
import { INPUT_ERROR_CODES, INPUT_ERROR_MESSAGES, SamlInputError, type InputErrorCode } from '../../src/saml/errors';
import { inflateRaw, parseXml, subtle } from './node-deps';
import { b64, PROTOCOL_NS, responseXml, cpuTimer } from './samples';

const options = {
  context: { region: 'us1', analyzedAt: '2025-05-01T10:01:00Z' },
  expectations: DEFAULT_CONFIG,
  configuredCertificates: [],
};

function setup() {
  const parsed: string[] = [];
  const deps: AnalyzeDeps = {
    parseXml: (xml) => {
      parsed.push(xml);
      return parseXml(xml);
    },
    subtle,
    inflateRaw,
  };
  return { deps, parsed };
}

/** Deterministic pseudo-random bytes. */
function randomBytes(length: number, seed: number): Uint8Array {
  let state = seed;
  return Uint8Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state >> 16;
  });
}

const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<samlp:Response xmlns:samlp="${PROTOCOL_NS}" ID="_x">&lol9;</samlp:Response>`;
const externalEntity = `<?xml version="1.0"?>
<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<samlp:Response xmlns:samlp="${PROTOCOL_NS}" ID="_x"><Issuer>&xxe;</Issuer></samlp:Response>`;
const deep = `<samlp:Response xmlns:samlp="${PROTOCOL_NS}">${'<a>'.repeat(50_000)}${'</a>'.repeat(50_000)}</samlp:Response>`;
/** 20,000 SAML Attributes: 20,000+ XML attributes. */
const manyAttributes = responseXml({
  attributes: Array.from(
    { length: 20_000 },
    (_, i) => `<saml:Attribute Name="a${i}"><saml:AttributeValue>v</saml:AttributeValue></saml:Attribute>`,
  ).join(''),
});

const cases: readonly [string, string, InputErrorCode, { parserMayRun?: boolean }?][] = [
  ['billion laughs', billionLaughs, 'doctype'],
  ['billion laughs, base64', b64(billionLaughs), 'doctype'],
  ['an external entity (SYSTEM file:///etc/passwd)', externalEntity, 'doctype'],
  ['an external entity, base64', b64(externalEntity), 'doctype'],
  [
    'a 3 MB input',
    `<samlp:Response xmlns:samlp="${PROTOCOL_NS}">${'x'.repeat(3 * 1024 * 1024)}</samlp:Response>`,
    'tooLarge',
  ],
  ['a 3 MB base64 input', 'QUJD'.repeat(800_000), 'tooLarge'],
  ['50,000-deep nesting', deep, 'tooDeep'],
  ['50,000-deep nesting, base64', b64(deep), 'tooDeep'],
  // Refused rather than analysed: no real response carries more than a few hundred claims, TaskRouter
  // caps worker attributes at 4 KB, and a clear refusal beats a report with 20,000 findings.
  ['20,000 SAML attributes', manyAttributes, 'tooManyElements'],
  ['truncated XML', responseXml().slice(0, 700), 'notXml', { parserMayRun: true }],
  ['base64 truncated at 300', b64(responseXml()).slice(0, 300), 'notXml', { parserMayRun: true }],
  ['base64 truncated at 301', b64(responseXml()).slice(0, 301), 'notXml', { parserMayRun: true }],
  ['base64 truncated at 302', b64(responseXml()).slice(0, 302), 'notXml', { parserMayRun: true }],
  ['base64 truncated at 303', b64(responseXml()).slice(0, 303), 'notXml', { parserMayRun: true }],
  ['random garbage text', 'ÿ¬ asdf ;; ** not saml ** 12', 'notBase64'],
  ['random binary bytes', Buffer.from(randomBytes(4096, 7)).toString('latin1'), 'notBase64'],
  ['base64 of random bytes', b64(randomBytes(4096, 11)), 'inflateFailed'],
  ['an empty string', '', 'empty'],
  ['JSON that is neither HAR nor SAML-tracer', '{"entries": [{"request": {}}]}', 'notSaml'],
  [
    'an AuthnRequest',
    b64(`<samlp:AuthnRequest xmlns:samlp="${PROTOCOL_NS}" ID="_q"/>`),
    'authnRequest',
    { parserMayRun: true },
  ],
];

describe('analyzeEvidence refuses hostile and broken input', () => {
  it.each(cases.map(([label, text, code, flags]) => [label, code, text, flags] as const))(
    '%s → %s',
    async (_label, code, text, flags) => {
      const { deps, parsed } = setup();
      const elapsed = cpuTimer();
      const error = await analyzeEvidence(text, options, deps).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(elapsed()).toBeLessThan(1000);
      expect(error).toBeInstanceOf(SamlInputError);
      expect((error as SamlInputError).code).toBe(code);
      expect((error as SamlInputError).message.length).toBeGreaterThan(20);
      if (!flags?.parserMayRun) expect(parsed).toEqual([]);
      // A DOCTYPE never reaches the parser: nothing can expand an entity or open a file.
    },
  );
});

describe('input error messages', () => {
  it('give one plain sentence per code, saying what to paste instead', () => {
    for (const code of INPUT_ERROR_CODES) {
      const message = INPUT_ERROR_MESSAGES[code];
      expect(message).toMatch(/^[A-Z].*\.$/);
      expect(message).toMatch(/paste|capture|copy|record/i);
      expect(new SamlInputError(code).message).toBe(message);
    }
  });
});

describe('analyzeEvidence stays linear on pathological text for each detector', () => {
  it.each([
    ['a start tag of 280,000 `name =`', '<a ' + 'name = '.repeat(280_000), 'tooManyElements'],
    ['80,000 SAMLResponse inputs in HTML', '<x>' + '<i name="SAMLResponse" '.repeat(80_000), 'tooManyElements'],
    ['`<!` and 2 MB of spaces', '<!' + ' '.repeat(2_000_000), 'doctype'],
    ['600,000 `<!`', '<x>' + '<! '.repeat(600_000), 'doctype'],
    ['an unterminated quote', '"' + 'a'.repeat(2_000_000), 'notBase64'],
    ['a form of 2 MB of `&`', 'SAMLResponse=' + '&'.repeat(2_000_000), 'notBase64'],
    [
      'an HTML form value of 300,000 entities',
      `<input name="SAMLResponse" value="${'&#x2B;'.repeat(300_000)}">`,
      'inflateFailed',
    ],
    ['600,000 unclosed tags', '<a '.repeat(600_000), 'notXml'],
    ['an attribute value never closed', '<a b="' + 'x'.repeat(2_000_000), 'notXml'],
    ['JSON nested a million deep', '['.repeat(1_000_000) + ']'.repeat(1_000_000), 'notSaml'],
  ] as const)('%s → %s', async (_label, text, code) => {
    const elapsed = cpuTimer();
    const error = await analyzeEvidence(text, options, setup().deps).catch((e: unknown) => e);
    expect(elapsed()).toBeLessThan(1000);
    expect(error).toMatchObject({ code });
  });
});
