/**
 * Property: for any mutation of a generated SAML response carrying personal values (NameID, attribute
 * values, a HAR's login_hint and RelayState) and for any text, `analyze` keeps the contract and its
 * redacted JSON, Markdown and errors show no personal value nor an 8-character piece of one.
 */
import zlib from 'zlib';
import fc from 'fast-check';
import { checkContract, checkNoLeak, markersIn, markWord, params, personalValue, run } from './support';

jest.setTimeout(300_000);

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const CONNECTION = 'JQ0123456789abcdef0123456789abcdef';
const ACS = `https://login.flex.us1.twilio.com/login/callback?connection=${CONNECTION}`;

interface Generated {
  readonly nameId: string;
  readonly attributes: readonly { readonly name: string; readonly values: readonly string[] }[];
}

const attributeNames = fc.constantFrom(
  'email',
  'full_name',
  'roles',
  'department',
  'image_url',
  'team_member',
  'channel.voice.capacity',
  'level.Int',
  'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
  'urn:oid:0.9.2342.19200300.100.1.3',
);

const generated: fc.Arbitrary<Generated> = fc.record({
  nameId: personalValue,
  attributes: fc.array(
    fc.record({
      name: attributeNames,
      values: fc.array(fc.oneof(personalValue, fc.constantFrom('agent', 'admin', 'supervisor', '3', 'true')), {
        minLength: 1,
        maxLength: 3,
      }),
    }),
    { maxLength: 6 },
  ),
});

function responseXml(g: Generated, prefix = 'saml'): string {
  const p = prefix;
  const attributes = g.attributes
    .map(
      (a) =>
        `<${p}:Attribute Name="${esc(a.name)}">${a.values.map((v) => `<${p}:AttributeValue>${esc(v)}</${p}:AttributeValue>`).join('')}</${p}:Attribute>`,
    )
    .join('');
  return (
    `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:${p}="urn:oasis:names:tc:SAML:2.0:assertion" ID="_r1" Version="2.0" IssueInstant="2026-11-24T09:30:00Z" Destination="${esc(ACS)}" InResponseTo="_q1">` +
    `<${p}:Issuer>https://sts.windows.net/7c1a2b3c-4d5e-6f70-8192-a3b4c5d6e7f8/</${p}:Issuer>` +
    `<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>` +
    `<${p}:Assertion ID="_a1" Version="2.0" IssueInstant="2026-11-24T09:30:00Z"><${p}:Issuer>https://sts.windows.net/7c1a2b3c-4d5e-6f70-8192-a3b4c5d6e7f8/</${p}:Issuer>` +
    `<${p}:Subject><${p}:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">${esc(g.nameId)}</${p}:NameID>` +
    `<${p}:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><${p}:SubjectConfirmationData Recipient="${esc(ACS)}" NotOnOrAfter="2026-11-24T09:35:00Z" InResponseTo="_q1"/></${p}:SubjectConfirmation></${p}:Subject>` +
    `<${p}:Conditions NotBefore="2026-11-24T09:25:00Z" NotOnOrAfter="2026-11-24T10:30:00Z"><${p}:AudienceRestriction><${p}:Audience>urn:flex:${CONNECTION}</${p}:Audience></${p}:AudienceRestriction></${p}:Conditions>` +
    `<${p}:AuthnStatement AuthnInstant="2026-11-24T09:30:00Z" SessionNotOnOrAfter="2026-11-24T19:30:00Z"/>` +
    `<${p}:AttributeStatement>${attributes}</${p}:AttributeStatement></${p}:Assertion></samlp:Response>`
  );
}

/** Mutations of the XML text: drop, duplicate or reorder elements, rename prefixes, rewrap, truncate. */
const mutation = fc.oneof(
  fc.constant((x: string) => x),
  fc.nat().map((n) => (x: string) => x.slice(0, n % (x.length + 1))),
  fc
    .constantFrom('Subject', 'Conditions', 'AttributeStatement', 'Issuer', 'Status', 'AuthnStatement')
    .map((tag) => (x: string) => x.replace(new RegExp(`<(\\w+:)?${tag}\\b[\\s\\S]*?</(\\w+:)?${tag}>`), '')),
  fc.constant((x: string) => x.replace(/(<saml:Attribute\b[\s\S]*?<\/saml:Attribute>)/, '$1$1')),
  fc.constant((x: string) => x.replace(/(<saml:Assertion\b[\s\S]*<\/saml:Assertion>)/, '$1$1')),
  fc.constant((x: string) =>
    x.replace(/(<saml:Attribute\b[\s\S]*?<\/saml:Attribute>)(<saml:Attribute\b[\s\S]*?<\/saml:Attribute>)/, '$2$1'),
  ),
  fc.constant((x: string) =>
    x.replace(/(<saml:Assertion\b[\s\S]*<\/saml:Assertion>)/, '<samlp:Extensions>$1</samlp:Extensions>'),
  ),
  fc.constant((x: string) => x.replace(/saml:/g, 'bad:')),
  fc.constant((x: string) =>
    x.replace('urn:oasis:names:tc:SAML:2.0:assertion', 'urn:oasis:names:tc:SAML:2.0:assertion '),
  ),
  fc.constant(
    (x: string) => `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_w">${x}</samlp:Response>`,
  ),
);

/** How the response reaches the tool: XML, base64, deflated base64, a HAR or a SAML-tracer export. */
const encoding = fc.oneof(
  fc.constant((x: string) => x),
  fc.constant((x: string) => Buffer.from(x).toString('base64')),
  fc.constant((x: string) => zlib.deflateRawSync(Buffer.from(x)).toString('base64')),
  fc.tuple(markWord, fc.oneof(fc.constant('2026-11-24T09:30:01Z'), fc.constant(1e20), fc.double(), fc.string())).map(
    ([hint, time]) =>
      (x: string) =>
        JSON.stringify({
          log: {
            entries: [
              {
                startedDateTime: time,
                request: {
                  method: 'POST',
                  url: `${ACS}&login_hint=${hint.toLowerCase()}%40owlbank.example`,
                  postData: {
                    params: [
                      { name: 'SAMLResponse', value: encodeURIComponent(Buffer.from(x).toString('base64')) },
                      { name: 'RelayState', value: `${hint}-state` },
                    ],
                  },
                },
              },
            ],
          },
        }),
  ),
  fc
    .oneof(fc.constant(1e300), fc.integer(), fc.constant(Date.UTC(2026, 10, 24)))
    .map(
      (ts) => (x: string) =>
        JSON.stringify({ timestamp: ts, requests: [{ protocol: 'SAML-P', saml: x, timestamp: ts }] }),
    ),
);

describe('analyze, for any mutation of a response carrying personal values', () => {
  it('keeps the contract and leaks no personal value in redacted output', async () => {
    await fc.assert(
      fc.asyncProperty(
        generated,
        mutation,
        encoding,
        fc.constantFrom('json' as const, 'markdown' as const),
        async (g, mutate, encode, fmt) => {
          const input = encode(mutate(responseXml(g)));
          const argv = [
            'analyze',
            '-',
            '--format',
            fmt,
            '--connection-sid',
            CONNECTION,
            '--now',
            '2026-11-24T09:30:02Z',
          ];
          const r = await run(argv, input);
          checkContract(r, fmt);
          // The HAR's login_hint and RelayState are personal too: their markers are in the input text.
          checkNoLeak(r, [
            ...markersIn(g),
            ...markersIn(input.includes('login_hint') ? input.split('login_hint=')[1]?.slice(0, 30) : ''),
          ]);
        },
      ),
      params(800),
    );
  });

  it('handles any text as a capture', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        async (text) => {
          checkContract(await run(['analyze', '-', '--format', 'json'], text), 'json');
        },
      ),
      params(4_000),
    );
  });
});
