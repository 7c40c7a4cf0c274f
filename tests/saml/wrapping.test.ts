/**
 * The signature-wrapping suite (issue 14): every shape of XML-signature wrapping, tampering and
 * look-alike we know of, built at test time from a response signed with a real key, through the real
 * entry point. Each must be an error, and none may show the attacker's identity as a clean login.
 *
 * "Clean login" here means: no error finding. The attacker's identity is MALLORY (NameID, email)
 * with roles=admin, or the attacker's Response ID, InResponseTo and Issuer on a wrapper. The one
 * exception is by design (issue 14, item 3): a self-signed forgery with no configured certificate
 * is a warning ("not trusted"), as the last describe shows; with the certificate configured, an error.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { signedContent } from '../../src/core/samlFacts';
import { analyzeEvidence, type AnalyzeOptions, type EvidenceAnalysis } from '../../src/saml/analyze';
import { SamlInputError } from '../../src/saml/errors';
import {
  buildResponse,
  DEFAULT_ACCOUNT_SID,
  DEFAULT_CONNECTION_SID,
  flexEndpoints,
  NS,
  parseXml,
  serializeXml,
  signResponse,
  type SignMode,
} from './fixtures/build';
import { makeKeyPair, type TestKeyPair } from './fixtures/keys';
import { cli } from '../cli/run';
import { nodeDeps } from './node-deps';

const NOW = new Date('2026-01-15T12:00:00Z');
const ISSUER = 'https://idp.example.com/saml';
const VICTIM = 'ada@example.com';
const MALLORY = 'mallory@evil.example';
const EVIL_ISSUER = 'https://evil.example/idp';
const EXC = 'http://www.w3.org/2001/10/xml-exc-c14n#';
const RSA_SHA256 = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256';
const SHA256 = 'http://www.w3.org/2001/04/xmlenc#sha256';

let idp: TestKeyPair;
let attacker: TestKeyPair;

beforeAll(async () => {
  const validity = { notBefore: new Date('2025-01-01T00:00:00Z'), notAfter: new Date('2027-01-01T00:00:00Z') };
  [idp, attacker] = await Promise.all([
    makeKeyPair({ ...validity, subject: 'CN=idp.example.com, O=Example IdP' }),
    makeKeyPair({ ...validity, subject: 'CN=idp.example.com, O=Example IdP' }),
  ]);
});

function options(configured: boolean): AnalyzeOptions {
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
    configuredCertificates: configured ? [idp.certificatePem] : [],
    defaultCaptureTime: '2026-01-15T12:00:10Z',
  };
}

function signed(mode: SignMode = 'both', build: Parameters<typeof buildResponse>[0] = {}, key = idp): string {
  return signResponse(buildResponse({ now: NOW, ...build }), {
    key: key.privateKeyPem,
    cert: key.certificatePem,
    sign: mode,
  });
}

// ---------------------------------------------------------------------------------------------
// DOM surgery (xmldom), by namespace and position

function edit(xml: string, change: (doc: Document) => void): string {
  const doc = parseXml(xml);
  change(doc);
  return serializeXml(doc);
}

const elements = (doc: Document | Element, ns: string, name: string): Element[] =>
  Array.from((doc as Document).getElementsByTagNameNS(ns, name));
const childrenOf = (parent: Element): Element[] =>
  Array.from(parent.childNodes).filter((n): n is Element => n.nodeType === 1);
const child = (parent: Element, ns: string, name: string): Element | undefined =>
  childrenOf(parent).find((c) => c.namespaceURI === ns && c.localName === name);
const rootOf = (doc: Document) => doc.documentElement as Element;
const assertionOf = (doc: Document) => child(rootOf(doc), NS.assertion, 'Assertion') as Element;
const signatureOf = (parent: Element) => child(parent, NS.dsig, 'Signature') as Element;

/** Makes `assertion` the attacker's: NameID and email are MALLORY, roles are admin. */
function makeEvil(assertion: Element, id = '_evil'): Element {
  assertion.setAttribute('ID', id);
  for (const nameId of elements(assertion, NS.assertion, 'NameID')) nameId.textContent = MALLORY;
  for (const attribute of elements(assertion, NS.assertion, 'Attribute')) {
    const value = elements(attribute, NS.assertion, 'AttributeValue')[0];
    if (!value) continue;
    if (attribute.getAttribute('Name') === 'email') value.textContent = MALLORY;
    if (attribute.getAttribute('Name') === 'roles') value.textContent = 'admin';
  }
  return assertion;
}

/** An evil, unsigned copy of the root's assertion (its signature removed). */
function evilCopy(doc: Document, id = '_evil'): Element {
  const copy = assertionOf(doc).cloneNode(true) as Element;
  const signature = signatureOf(copy);
  if (signature) copy.removeChild(signature);
  return makeEvil(copy, id);
}

/** The unsigned wrapper of the nested-Response attack: the attacker's ID, InResponseTo, Issuer, Status. */
function wrapper(doc: Document): Element {
  const outer = doc.createElementNS(NS.protocol, 'samlp:Response');
  outer.setAttribute('ID', '_evil-response');
  outer.setAttribute('Version', '2.0');
  outer.setAttribute('IssueInstant', NOW.toISOString());
  outer.setAttribute('Destination', flexEndpoints('enhanced').acs);
  outer.setAttribute('InResponseTo', '_attacker-request');
  const issuer = doc.createElementNS(NS.assertion, 'saml:Issuer');
  issuer.textContent = EVIL_ISSUER;
  outer.appendChild(issuer);
  return outer;
}

function appendStatus(doc: Document, outer: Element): void {
  const status = doc.createElementNS(NS.protocol, 'samlp:Status');
  const code = doc.createElementNS(NS.protocol, 'samlp:StatusCode');
  code.setAttribute('Value', 'urn:oasis:names:tc:SAML:2.0:status:Success');
  status.appendChild(code);
  outer.appendChild(status);
}

/** Nested-Response wrapping: the untouched signed Response inside an unsigned one. */
function nestResponse(xml: string, where: 'extensions' | 'child'): string {
  const doc = parseXml(xml);
  const original = rootOf(doc);
  const outer = wrapper(doc);
  doc.replaceChild(outer, original);
  if (where === 'extensions') {
    const extensions = doc.createElementNS(NS.protocol, 'samlp:Extensions');
    extensions.appendChild(original);
    outer.appendChild(extensions);
    appendStatus(doc, outer);
  } else {
    appendStatus(doc, outer);
    outer.appendChild(original);
  }
  return serializeXml(doc);
}

// ---------------------------------------------------------------------------------------------
// The classic XSW1–8 (Somorovsky et al., "On Breaking SAML", 2012)

const XSW: readonly [string, () => string][] = [
  [
    'XSW1: an evil Response takes the root; the signed original hides inside its Signature',
    () =>
      edit(signed('response'), (doc) => {
        const original = rootOf(doc);
        const signature = signatureOf(original);
        const evil = original.cloneNode(true) as Element;
        evil.removeChild(signatureOf(evil));
        evil.setAttribute('ID', '_evil-response');
        makeEvil(assertionOf({ documentElement: evil } as unknown as Document));
        original.removeChild(signature);
        signature.appendChild(original);
        const issuer = child(evil, NS.assertion, 'Issuer') as Element;
        evil.insertBefore(signature, issuer.nextSibling);
        doc.replaceChild(evil, doc.documentElement as Element);
      }),
  ],
  [
    'XSW2: as XSW1, with the signed original beside the Signature (detached)',
    () =>
      edit(signed('response'), (doc) => {
        const original = rootOf(doc);
        const signature = signatureOf(original);
        const evil = original.cloneNode(true) as Element;
        evil.removeChild(signatureOf(evil));
        evil.setAttribute('ID', '_evil-response');
        makeEvil(assertionOf({ documentElement: evil } as unknown as Document));
        original.removeChild(signature);
        const issuer = child(evil, NS.assertion, 'Issuer') as Element;
        evil.insertBefore(signature, issuer.nextSibling);
        evil.insertBefore(original, signature);
        doc.replaceChild(evil, doc.documentElement as Element);
      }),
  ],
  [
    'XSW3: an evil Assertion before the signed one',
    () =>
      edit(signed('assertion'), (doc) => {
        rootOf(doc).insertBefore(evilCopy(doc), assertionOf(doc));
      }),
  ],
  [
    'XSW4: an evil Assertion with the signed one inside it',
    () =>
      edit(signed('assertion'), (doc) => {
        const original = assertionOf(doc);
        const evil = evilCopy(doc);
        rootOf(doc).replaceChild(evil, original);
        evil.appendChild(original);
      }),
  ],
  [
    'XSW5: the Signature moves into an evil Assertion; the signed original goes to the end of the Response',
    () =>
      edit(signed('assertion'), (doc) => {
        const original = assertionOf(doc);
        const signature = signatureOf(original);
        const evil = evilCopy(doc);
        original.removeChild(signature);
        evil.insertBefore(signature, (child(evil, NS.assertion, 'Issuer') as Element).nextSibling);
        rootOf(doc).replaceChild(evil, original);
        rootOf(doc).appendChild(original);
      }),
  ],
  [
    'XSW6: the Signature moves into an evil Assertion, with the signed original inside the Signature',
    () =>
      edit(signed('assertion'), (doc) => {
        const original = assertionOf(doc);
        const signature = signatureOf(original);
        const evil = evilCopy(doc);
        original.removeChild(signature);
        evil.insertBefore(signature, (child(evil, NS.assertion, 'Issuer') as Element).nextSibling);
        rootOf(doc).replaceChild(evil, original);
        signature.appendChild(original);
      }),
  ],
  [
    'XSW7: the signed Assertion in Extensions, an evil one in its place',
    () =>
      edit(signed('assertion'), (doc) => {
        const original = assertionOf(doc);
        const evil = evilCopy(doc);
        rootOf(doc).replaceChild(evil, original);
        const extensions = doc.createElementNS(NS.protocol, 'samlp:Extensions');
        extensions.appendChild(original);
        rootOf(doc).insertBefore(extensions, evil);
      }),
  ],
  [
    'XSW8: the Signature moves into an evil Assertion, the signed original inside a ds:Object',
    () =>
      edit(signed('assertion'), (doc) => {
        const original = assertionOf(doc);
        const signature = signatureOf(original);
        const evil = evilCopy(doc);
        original.removeChild(signature);
        evil.insertBefore(signature, (child(evil, NS.assertion, 'Issuer') as Element).nextSibling);
        rootOf(doc).replaceChild(evil, original);
        const object = doc.createElementNS(NS.dsig, 'ds:Object');
        object.appendChild(original);
        signature.appendChild(object);
      }),
  ],
  [
    'XSW3 with the Response signed too, and its signature stripped',
    () =>
      edit(signed('both'), (doc) => {
        rootOf(doc).removeChild(signatureOf(rootOf(doc)));
        rootOf(doc).insertBefore(evilCopy(doc), assertionOf(doc));
      }),
  ],
];

// ---------------------------------------------------------------------------------------------
// Item 1: tampered to the attacker's identity, then made unverifiable

/** MALLORY's identity in a signed response (breaking the digests), then the signatures made unverifiable. */
function tamperedThen(change: (xml: string) => string, build: Parameters<typeof buildResponse>[0] = {}): () => string {
  return () =>
    change(
      edit(signed('both', build), (doc) => {
        const assertion = assertionOf(doc);
        if (assertion) makeEvil(assertion, assertion.getAttribute('ID') ?? '');
      }),
    );
}

const UNVERIFIABLE: readonly [string, RegExp, () => string][] = [
  [
    'a DigestValue that is not base64',
    /malformed value: a DigestValue is not base64/,
    tamperedThen((xml) => xml.replace(/<ds:DigestValue>[^<]*/g, '<ds:DigestValue>not*base64!')),
  ],
  [
    'an md5 DigestMethod',
    /unsupported digest method MD5/,
    tamperedThen((xml) => xml.split(SHA256).join('http://www.w3.org/2001/04/xmldsig-more#md5')),
  ],
  [
    'an RSA-PSS SignatureMethod',
    /unsupported signature method RSA-PSS/,
    tamperedThen((xml) => xml.split(RSA_SHA256).join('http://www.w3.org/2007/05/xmldsig-more#sha256-rsa-MGF1')),
  ],
  [
    'an unknown SignatureMethod',
    /unsupported signature method urn:evil:trust-me/,
    tamperedThen((xml) => xml.split(RSA_SHA256).join('urn:evil:trust-me')),
  ],
  [
    'an XPath transform',
    /unsupported transform XPath/,
    tamperedThen((xml) =>
      xml
        .split('<ds:Transforms>')
        .join(
          '<ds:Transforms><ds:Transform Algorithm="http://www.w3.org/TR/1999/REC-xpath-19991116"><ds:XPath>not(ancestor-or-self::*)</ds:XPath></ds:Transform>',
        ),
    ),
  ],
  [
    'an unknown canonicalization URI',
    /unsupported canonicalization method urn:evil:c14n/,
    tamperedThen((xml) =>
      xml
        .split(`<ds:CanonicalizationMethod Algorithm="${EXC}"`)
        .join('<ds:CanonicalizationMethod Algorithm="urn:evil:c14n"'),
    ),
  ],
  [
    'a malformed SignatureValue',
    /malformed value: the SignatureValue is not base64/,
    tamperedThen((xml) => xml.replace(/<ds:SignatureValue>[^<]*/g, '<ds:SignatureValue>%%%')),
  ],
  [
    'an empty SignatureValue',
    /malformed value: the SignatureValue is empty/,
    tamperedThen((xml) => xml.replace(/<ds:SignatureValue>[^<]*/g, '<ds:SignatureValue>')),
  ],
  [
    'a Success response with no assertion whose only signature uses RSA-PSS',
    /unsupported signature method RSA-PSS/,
    () =>
      signed('response', { includeAssertion: false, inResponseTo: '_attacker-request', issuer: EVIL_ISSUER })
        .split(RSA_SHA256)
        .join('http://www.w3.org/2007/05/xmldsig-more#rsa-pss'),
  ],
];

// ---------------------------------------------------------------------------------------------
// ID collisions, comments and CDATA, look-alike namespaces

const OTHERS: readonly [string, () => string][] = [
  [
    'an evil Assertion with the same ID before the signed one',
    () =>
      edit(signed('assertion'), (doc) => {
        rootOf(doc).insertBefore(evilCopy(doc, '_assertion-1'), assertionOf(doc));
      }),
  ],
  [
    'an element in Extensions with the signed Assertion’s ID, the Assertion made evil',
    () =>
      edit(signed('assertion'), (doc) => {
        const extensions = doc.createElementNS(NS.protocol, 'samlp:Extensions');
        const decoy = doc.createElementNS('urn:decoy', 'x:Decoy');
        decoy.setAttribute('ID', '_assertion-1');
        extensions.appendChild(decoy);
        rootOf(doc).insertBefore(extensions, assertionOf(doc));
        makeEvil(assertionOf(doc), '_assertion-1');
      }),
  ],
  [
    'the Response and the Assertion given the same ID after signing',
    () => edit(signed('both'), (doc) => assertionOf(doc).setAttribute('ID', '_response-1')),
  ],
  [
    'a comment hiding the rest of the signed NameID, with the text changed to the attacker',
    () => signed('both').replace(`>${VICTIM}</saml:NameID>`, `>${MALLORY}<!--${VICTIM}--></saml:NameID>`),
  ],
  [
    'the NameID replaced by a CDATA section with the attacker’s address',
    () => signed('both').replace(`>${VICTIM}</saml:NameID>`, `><![CDATA[${MALLORY}]]></saml:NameID>`),
  ],
  [
    'an evil Assertion in a look-alike namespace takes the place of the signed one, keeping its signature',
    () =>
      edit(signed('assertion'), (doc) => {
        const original = assertionOf(doc);
        const lookAlike = doc.createElementNS(`${NS.assertion} `, 'saml:Assertion');
        for (const node of Array.from(original.childNodes)) lookAlike.appendChild(node.cloneNode(true));
        lookAlike.setAttribute('ID', '_assertion-1');
        makeEvil(lookAlike, '_assertion-1');
        rootOf(doc).replaceChild(lookAlike, original);
        rootOf(doc).appendChild(original);
      }),
  ],
  [
    'the signatures re-homed in a look-alike XML-DSig namespace around the attacker’s assertion',
    () =>
      signed('none')
        .replace(`>${VICTIM}</saml:NameID>`, `>${MALLORY}</saml:NameID>`)
        .replace(
          '</saml:Issuer>',
          `</saml:Issuer><ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#more"><ds:SignedInfo/></ds:Signature>`,
        ),
  ],
];

// ---------------------------------------------------------------------------------------------

function errors(result: EvidenceAnalysis) {
  return result.analysis.result.findings.filter((f) => f.severity === 'error');
}

/** What the analysis shows as the login's identity, from every place a view or report reads it. */
function shownIdentity(result: EvidenceAnalysis): string[] {
  const { saml } = result;
  return [
    saml.assertion?.nameId ?? '',
    ...(saml.assertion?.attributes.flatMap((a) => a.values) ?? []),
    JSON.stringify(result.analysis.predicted.attributes),
  ];
}

async function analyze(xml: string, configured: boolean): Promise<EvidenceAnalysis> {
  const results = await analyzeEvidence(xml, options(configured), nodeDeps());
  expect(results).toHaveLength(1);
  return results[0] as EvidenceAnalysis;
}

describe.each([
  ['with the IdP certificate configured', true],
  ['with no certificate configured', false],
])('signature wrapping, %s', (_label, configured) => {
  it('a correctly signed response is a clean login (the suite can tell the difference)', async () => {
    const result = await analyze(signed('both'), configured);
    expect(errors(result)).toEqual([]);
    expect(signedContent(result.saml)).toEqual({ response: true, assertion: true });
    expect(result.saml.signatures.map((s) => s.verifiedAgainst)).toEqual(
      configured ? ['configured', 'configured'] : ['embedded', 'embedded'],
    );
  });

  it.each([...XSW, ...OTHERS])('%s: an error, and never the attacker as a clean login', async (_name, make) => {
    const result = await analyze(make(), configured);
    expect(errors(result).length).toBeGreaterThan(0);
    // The identity shown is either marked by errors (above) or is not the attacker's: both hold here,
    // and where the attacker's identity is shown, the content carrying it is not signed or not trusted.
    const shown = shownIdentity(result).join(' ');
    if (shown.includes(MALLORY)) {
      const ruleIds = errors(result).map((f) => f.ruleId);
      expect(
        ruleIds.some((id) =>
          [
            'saml-signature-invalid',
            'saml-signature-missing',
            'saml-signature-reference-mismatch',
            'saml-certificate-mismatch',
          ].includes(id),
        ),
      ).toBe(true);
    }
  });

  it.each(UNVERIFIABLE)(
    '%s: saml-signature-invalid names why it cannot be verified (never a pass or only "not checked")',
    async (_name, reason, make) => {
      const result = await analyze(make(), configured);
      const invalid = errors(result).filter((f) => f.ruleId === 'saml-signature-invalid');
      expect(invalid.length).toBeGreaterThan(0);
      expect(invalid.map((f) => f.message).join(' ')).toMatch(reason);
      expect(result.analysis.result.passed).not.toContain('saml-signature-invalid');
    },
  );

  it.each([
    ['in samlp:Extensions', 'extensions'],
    ['as a direct child', 'child'],
  ] as const)(
    'nested-Response wrapping %s: the wrapper is unsigned, the signed Response misplaced, no fact from the wrapper passes as signed',
    async (_name, where) => {
      const result = await analyze(nestResponse(signed('both'), where), configured);
      const ruleIds = errors(result).map((f) => f.ruleId);
      expect(ruleIds).toEqual(expect.arrayContaining(['saml-signature-missing', 'saml-signature-reference-mismatch']));
      expect(result.saml.signatures.map((s) => [s.on, s.location])).toEqual([
        ['other', where === 'extensions' ? 'Response/Extensions/Response' : 'Response/Response'],
        ['other', where === 'extensions' ? 'Response/Extensions/Response/Assertion' : 'Response/Response/Assertion'],
      ]);
      // The wrapper's fields are what the snapshot reads at the root, and they are marked unsigned.
      expect(result.saml.responseId).toBe('_evil-response');
      expect(signedContent(result.saml)).toEqual({ response: false, assertion: false });
      // The signed assertion is not the wrapper's: no assertion is read from somewhere else.
      expect(result.saml.assertion).toBeUndefined();
    },
  );

  it('nested-Response wrapping of an IdP-initiated response does not hide saml-unsolicited-response', async () => {
    const xml = nestResponse(signed('both', { inResponseTo: null }), 'extensions');
    const result = await analyze(xml, configured);
    expect(result.analysis.result.findings.map((f) => f.ruleId)).toContain('saml-unsolicited-response');
    expect(errors(result).length).toBeGreaterThan(0);
  });

  it('a comment inside a signed NameID (still valid) shows the whole signed value, not the part before the comment', async () => {
    const registered = `${VICTIM}.evil.example`;
    const xml = signed('both', { nameId: registered }).replace(
      `>${registered}</saml:NameID>`,
      `>${VICTIM}<!---->.evil.example</saml:NameID>`,
    );
    const result = await analyze(xml, configured);
    expect(result.saml.signatures.map((s) => s.keyInfoResult?.status)).toEqual(['valid', 'valid']);
    expect(result.saml.assertion?.nameId).toBe(registered);
  });

  it('a response whose root is in a look-alike protocol namespace is refused as not SAML', async () => {
    const xml = signed('both').split(NS.protocol).join(`${NS.protocol}:evil`);
    await expect(analyzeEvidence(xml, options(configured), nodeDeps())).rejects.toThrow(SamlInputError);
  });
});

/** The text report wraps long lines under a hanging indent: join them back for matching. */
function unwrap(text: string): string {
  return text.replace(/\n +/g, ' ');
}

describe('what a signature was verified against', () => {
  it('a self-signed forgery with nothing configured is valid only against the certificate it brought: a warning that says so', async () => {
    const xml = signed('both', { nameId: MALLORY, attributes: { email: MALLORY, roles: ['admin'] } }, attacker);
    const result = await analyze(xml, false);
    expect(result.saml.signatures.map((s) => s.verifiedAgainst)).toEqual(['embedded', 'embedded']);
    const untrusted = result.analysis.result.findings.filter((f) => f.ruleId === 'saml-certificate-mismatch');
    expect(untrusted.map((f) => f.severity)).toEqual(['warning', 'warning']);
    expect(untrusted[0]?.message).toMatch(/not trusted/);
    expect(untrusted[0]?.message).toMatch(/certificate configured in Flex/);
  });

  it('the same forgery against the configured certificate: verifies against nothing trusted, an error', async () => {
    const xml = signed('both', { nameId: MALLORY }, attacker);
    const result = await analyze(xml, true);
    expect(result.saml.signatures.map((s) => s.verifiedAgainst)).toEqual(['embedded', 'embedded']);
    expect(errors(result).map((f) => f.ruleId)).toContain('saml-certificate-mismatch');
  });
});

describe('the CLI says what each signature was verified against, in every format (issue 14, items 1 and 3)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sso-wrapping-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string) => {
    const at = path.join(dir, name);
    fs.writeFileSync(at, text);
    return at;
  };
  const run = (xml: string, format: string, cert: boolean) =>
    cli([
      'analyze',
      file(`r${Math.random()}.xml`, xml),
      '--format',
      format,
      '--now',
      '2026-01-15T12:00:10Z',
      ...(cert ? ['--cert', file('idp.pem', idp.certificatePem)] : []),
    ]);

  it('a self-signed forgery without --cert: "valid against the certificate in the response only", a warning, not "valid"', async () => {
    const forged = signed('both', { nameId: MALLORY }, attacker);
    const text = await run(forged, 'text', false);
    expect(unwrap(text.stdout)).toMatch(
      /Signature +on response: rsa-sha256, valid against the certificate in the response only; not trusted/,
    );
    expect(unwrap(text.stdout)).not.toMatch(/trusted \(matches/);
    const json = (await run(forged, 'json', false)).json() as {
      saml: { signatures: { verifiedAgainst: string; verdict: string }[] };
      findings: { ruleId: string; severity: string }[];
    };
    expect(json.saml.signatures.map((s) => s.verifiedAgainst)).toEqual(['embedded', 'embedded']);
    expect(json.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'saml-certificate-mismatch', severity: 'warning' }),
    );
    const markdown = await run(forged, 'markdown', false);
    expect(markdown.stdout).toMatch(/Signature on response: .*valid against the certificate in the response only/);
  });

  it('the genuine response with --cert: "trusted (matches the configured certificate)", exit 0', async () => {
    const text = await run(signed('both'), 'text', true);
    expect(unwrap(text.stdout)).toMatch(/on response: rsa-sha256, trusted \(matches the configured certificate\)/);
    expect(text.code).toBe(0);
  });

  it('nested-Response wrapping: exit 1, the wrapper marked unsigned in text and JSON', async () => {
    const wrapped = nestResponse(signed('both'), 'extensions');
    const text = await run(wrapped, 'text', true);
    expect(text.code).toBe(1);
    expect(unwrap(text.stdout)).toMatch(/Unsigned +the Response: no signature placed on it covers these fields/);
    const json = (await run(wrapped, 'json', true)).json() as { saml: { signedContent: unknown } };
    expect(json.saml.signedContent).toEqual({ response: false, assertion: false });
  });

  it.each(UNVERIFIABLE.slice(0, 3))('%s: exit 1 (errors), never "0 errors"', async (_name, reason, make) => {
    const text = await run(make(), 'text', true);
    expect(text.code).toBe(1);
    expect(unwrap(text.stdout)).toMatch(reason);
    expect(unwrap(text.stdout)).not.toMatch(/\b0 errors\b/);
  });
});
