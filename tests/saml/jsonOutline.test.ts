import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractResponses } from '../../src/saml/input';
import { MAX_JSON_DEPTH, outlineCapture, type JsonOutline } from '../../src/saml/jsonOutline';
import { makeHar } from '../../bench/har';
import { inflateRaw } from './node-deps';
import { b64, responseXml } from './samples';

const deps = { inflateRaw };
const LOGIN_HAR = readFileSync(join(__dirname, '..', '..', 'sandbox', 'examples', 'login.har'), 'utf8');
const B64 = b64(responseXml({}));

const post = (time: string, value = B64) => ({
  startedDateTime: time,
  request: {
    method: 'POST',
    url: 'https://iam.twilio.com/v2/saml2/authenticate/AC123',
    postData: { params: [{ name: 'SAMLResponse', value }] },
  },
});
const page = (i: number) => ({
  startedDateTime: `2025-05-01T10:0${i}:00Z`,
  request: { method: 'GET', url: `https://flex.twilio.com/${i}`, queryString: [] },
  response: { content: { text: `{"a":[1,{"b":"}]\\"{["}],"c":"${'x'.repeat(i * 10)}"}` } },
});
const har = (entries: unknown[], extra = '') =>
  `{"log":{"version":"1.2","entries":${JSON.stringify(entries)}${extra}}}`;
const tracer = (requests: unknown[], timestamp: unknown) => JSON.stringify({ timestamp, requests }, null, 2);

/** The requests an outline found, as the text between their braces. */
const texts = (text: string, outline: JsonOutline) => outline.requests.map(({ start, end }) => text.slice(start, end));

function expectOutline(text: string): JsonOutline {
  const outline = outlineCapture(text);
  if (outline === undefined || outline === 'tooDeep') throw new Error(`not outlined: ${String(outline)}`);
  return outline;
}

describe('outlineCapture', () => {
  it("finds each object of a HAR's log.entries, strings with brackets and escaped quotes skipped", () => {
    const entries = [page(1), post('2025-05-01T10:02:00Z'), 'not an entry', 42, [1], page(3)];
    const text = har(entries);
    const outline = expectOutline(text);
    expect(outline.kind).toBe('har');
    expect(texts(text, outline).map((t) => JSON.parse(t) as unknown)).toEqual([entries[0], entries[1], entries[5]]);
  });

  it("finds a SAML-tracer export's requests and its timestamp, wherever the timestamp is", () => {
    for (const text of [
      tracer([{ a: 1 }, { b: [2] }], 1746093600000),
      `{"requests":[{"a":1}], "timestamp" : "2025-05-01T10:09:00Z" }`,
    ]) {
      const outline = expectOutline(text);
      expect(outline.kind).toBe('saml-tracer');
      expect(outline.timestamp && JSON.parse(text.slice(outline.timestamp.start, outline.timestamp.end))).toEqual(
        (JSON.parse(text) as { timestamp: unknown }).timestamp,
      );
    }
  });

  it('reads the kind as JSON.parse would: a HAR when log.entries is a list, else the requests', () => {
    expect(expectOutline(`{"requests":[{"x":1}],"log":{"entries":[{"y":2}]}}`).kind).toBe('har');
    expect(expectOutline(`{"log":{"entries":{"y":2}},"requests":[{"x":1}]}`).kind).toBe('saml-tracer');
    // Lists of that name elsewhere are not the capture's.
    expect(outlineCapture(`{"log":[{"entries":[{"y":2}]}]}`)).toBeUndefined();
    expect(outlineCapture(`{"other":{"entries":[{"y":2}]},"x":{"requests":[{"z":1}]}}`)).toBeUndefined();
  });

  it.each([
    ['a key written with escapes', `{"l\\u006fg":{"entries":[]},"requests":[{"a":1}]}`],
    ['a repeated member (JSON.parse reads the last)', `{"log":{"entries":[{"a":1}]},"log":{"entries":[]}}`],
    ['a repeated list inside log', `{"log":{"entries":[{"a":1}],"entries":[]}}`],
    ['text after the document', `${har([page(1)])} {}`],
    ['a document cut short', har([page(1), page(2)]).slice(0, -30)],
    ['an unterminated string', `{"log":{"entries":[{"a":"b}]}}`],
    ['one brace too many', `${har([page(1)])}}`],
    ['a list at the root', '[{"log":{"entries":[]}}]'],
  ])('gives up on %s (the whole document is parsed instead)', (_, text) => {
    expect(outlineCapture(text)).toBeUndefined();
  });

  it('stops at the nesting limit', () => {
    expect(outlineCapture(`{"a":${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}}`)).toBe('tooDeep');
    expect(outlineCapture(`{"a":${'['.repeat(MAX_JSON_DEPTH - 1)}${']'.repeat(MAX_JSON_DEPTH - 1)}}`)).toBeUndefined();
  });
});

describe('extractResponses on an outlined capture', () => {
  /** The same capture as one the outline gives up on: a leading duplicate member JSON.parse overrides. */
  const parsedWhole = (text: string, member: string) => `{"${member}":null,${text.trimStart().slice(1)}`;

  const captures: [string, string, string][] = [
    ['the sandbox login', LOGIN_HAR, 'log'],
    ['an 800 kB HAR around it', makeHar(LOGIN_HAR, 800 * 1024), 'log'],
    [
      'several SAML posts, one undecodable, among pages',
      har([
        page(1),
        post('2025-05-01T10:02:00Z'),
        page(2),
        post('2025-05-01T10:03:00Z', '!!'),
        post('', b64(responseXml({ attributes: '<saml:Attribute Name="a"/>' }))),
        post(''),
      ]),
      'log',
    ],
    [
      'a SAML-tracer export',
      tracer(
        [
          { method: 'GET', url: 'https://a/' },
          { method: 'POST', url: 'https://b/', post: [['SAMLResponse', B64]] },
        ],
        '2025-05-01T10:09:00.000Z',
      ),
      'requests',
    ],
  ];

  it.each(captures)('finds what parsing the whole document finds: %s', async (_, text, member) => {
    expect(outlineCapture(parsedWhole(text, member))).toBeUndefined();
    const whole = await extractResponses(parsedWhole(text, member), deps);
    expect(await extractResponses(text, deps)).toEqual(whole);
    expect(whole.length).toBeGreaterThan(0);
  });

  it('parses the whole file instead when more than a thousand requests mention SAML (not a million small parses)', async () => {
    const noise = Array.from({ length: 1_200 }, (_, i) => ({ ...page(1), comment: `SAML ${i}` }));
    const text = har([...noise, post('2025-05-01T10:02:00Z')]);
    const parse = jest.spyOn(JSON, 'parse');
    try {
      const found = await extractResponses(text, deps);
      expect(found).toEqual(await extractResponses(parsedWhole(text, 'log'), deps));
      expect(parse.mock.calls.some(([t]) => t === text)).toBe(true);
    } finally {
      parse.mockRestore();
    }
  });

  it('parses only the requests that mention SAML, never the whole file', async () => {
    const text = makeHar(LOGIN_HAR, 800 * 1024);
    const parse = jest.spyOn(JSON, 'parse');
    try {
      await extractResponses(text, deps);
      const longest = Math.max(...parse.mock.calls.map(([t]) => String(t).length));
      expect(longest).toBeLessThan(text.length / 10);
    } finally {
      parse.mockRestore();
    }
  });

  it('reports a request that is not JSON as the whole file does: where it stops', async () => {
    const text = har([page(1), post('2025-05-01T10:02:00Z')]).replace('"method":"POST"', '"method":POST');
    const column = text.indexOf(':POST') + 2;
    await expect(extractResponses(text, deps)).rejects.toThrow(
      new RegExp(`cannot be read \\(it may be truncated\\).* \\(line 1, column ${column}: expected a value\\)`),
    );
  });

  it('still finds nothing in a capture without SAML, and says so', async () => {
    await expect(extractResponses(har([page(1), page(2)]), deps)).rejects.toMatchObject({ code: 'noSamlInCapture' });
  });
});
