import { deflateRawSync } from 'node:zlib';
import { inputLimitFor, SamlInputError, type InputErrorCode } from '../../src/saml/errors';
import { extractResponses } from '../../src/saml/input';
import { inflateRaw } from './node-deps';
import { b64, responseXml, cpuTimer } from './samples';

const deps = { inflateRaw };
const extract = (text: string) => extractResponses(text, deps);

async function expectInputError(promise: Promise<unknown>, code: InputErrorCode): Promise<SamlInputError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SamlInputError);
  expect((error as SamlInputError).code).toBe(code);
  return error as SamlInputError;
}

/** A response whose base64 contains both `+` and `/`, so form-decoding mistakes show. */
const XML = (() => {
  for (let i = 0; i < 1000; i += 1) {
    const xml = responseXml({
      attributes: `<saml:Attribute Name="full_name"><saml:AttributeValue>Ada ~~~ ??? ${i}</saml:AttributeValue></saml:Attribute>`,
    });
    const encoded = b64(xml);
    if (encoded.includes('+') && encoded.includes('/')) return xml;
  }
  throw new Error('no sample with + and /');
})();
const B64 = b64(XML);

/** A HAR 1.2 file with the given entries (the same shape Chrome and Firefox export). */
function har(entries: object[]): string {
  return JSON.stringify({ log: { version: '1.2', creator: { name: 'WebInspector', version: '537.36' }, entries } });
}

function harPost(options: {
  time: string;
  url?: string;
  params?: { name: string; value: string }[];
  text?: string;
}): object {
  return {
    startedDateTime: options.time,
    request: {
      method: 'POST',
      url: options.url ?? 'https://iam.twilio.com/v2/saml2/authenticate/AC123',
      headers: [],
      queryString: [],
      postData: {
        mimeType: 'application/x-www-form-urlencoded',
        ...(options.params ? { params: options.params } : {}),
        ...(options.text !== undefined ? { text: options.text } : {}),
      },
    },
    response: { status: 302 },
  };
}

describe('extractResponses: pasted text', () => {
  it('takes XML as is, after a byte-order mark and whitespace', async () => {
    const [evidence, ...rest] = await extract(`\uFEFF \n ${XML}\n`);
    expect(rest).toHaveLength(0);
    expect(evidence).toEqual({ xml: XML, capture: { source: 'xml' } });
  });

  it('decodes base64 of a SAMLResponse', async () => {
    expect(B64).toMatch(/\+/);
    expect(await extract(B64)).toEqual([{ xml: XML, capture: { source: 'base64' } }]);
  });

  it('decodes base64 wrapped at 76 columns with CRLF line breaks', async () => {
    const wrapped = B64.replace(/(.{76})/g, '$1\r\n');
    expect(wrapped.split('\r\n').length).toBeGreaterThan(5);
    expect((await extract(wrapped))[0].xml).toBe(XML);
  });

  it('decodes a percent-encoded value copied from a form (%2B, %2F, %3D)', async () => {
    const encoded = encodeURIComponent(B64);
    expect(encoded).toMatch(/%2B/);
    expect((await extract(encoded))[0]).toEqual({ xml: XML, capture: { source: 'base64' } });
  });

  it('decodes URL-safe base64 without padding', async () => {
    const urlSafe = B64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    expect(urlSafe).not.toMatch(/[+/=]/);
    expect((await extract(urlSafe))[0].xml).toBe(XML);
  });

  it('inflates base64 of raw-deflated XML (HTTP-Redirect binding)', async () => {
    const deflated = b64(deflateRawSync(Buffer.from(XML)));
    expect(await extract(deflated)).toEqual([{ xml: XML, capture: { source: 'deflate' } }]);
  });

  it('reads SAMLResponse and RelayState from a pasted redirect URL', async () => {
    const value = encodeURIComponent(b64(deflateRawSync(Buffer.from(XML))));
    const url = `https://iam.twilio.com/v2/saml2/authenticate/AC123?SAMLResponse=${value}&RelayState=abc%20def`;
    expect(await extract(url)).toEqual([{ xml: XML, capture: { source: 'deflate', relayState: 'abc def' } }]);
  });

  it('reads a pasted form body', async () => {
    const body = `SAMLResponse=${encodeURIComponent(B64)}&RelayState=`;
    expect(await extract(body)).toEqual([{ xml: XML, capture: { source: 'base64' } }]);
  });

  it("reads the IdP's auto-submitting HTML form, with entity-escaped base64", async () => {
    const html = `<!DOCTYPE html>
<html><body onload="document.forms[0].submit()">
<form method="post" action="https://iam.twilio.com/v2/saml2/authenticate/AC123">
<input type="hidden" name="SAMLResponse" value="${B64.replace(/\+/g, '&#x2B;').replace(/=/g, '&#61;')}" />
<input type='hidden' name='RelayState' value='a&amp;b' />
<noscript><button type="submit">Continue</button></noscript>
</form></body></html>`;
    expect(html).toMatch(/&#x2B;/);
    expect(await extract(html)).toEqual([{ xml: XML, capture: { source: 'base64', relayState: 'a&b' } }]);
  });

  it('decodes base64 of non-ASCII UTF-8 text', async () => {
    const xml = responseXml({
      attributes:
        '<saml:Attribute Name="full_name"><saml:AttributeValue>Zoë Ångström 東京</saml:AttributeValue></saml:Attribute>',
    });
    expect((await extract(b64(xml)))[0].xml).toBe(xml);
  });

  it.each([
    ['an empty string', '', 'empty'],
    ['only whitespace', ' \n\t ', 'empty'],
    ['prose', 'hello, is this the SAML thing?', 'notBase64'],
    ['random punctuation', '!@#$%^&*()_+{}|:"<>?'.slice(0, 12), 'notBase64'],
    ['binary bytes', '\u0000\u0001\u0002\u00ff\u00fe binary', 'notBase64'],
    ['base64 with a single stray symbol', 'QUJDRA=====', 'notBase64'],
    ['one base64 character too many', 'QUJDRAB', 'inflateFailed'],
    ['base64 of something that is neither XML nor deflate', b64('just some plain text, not xml'), 'inflateFailed'],
  ])('refuses %s', async (_label, text, code) => {
    await expectInputError(extract(text), code as InputErrorCode);
  });

  it('reports a truncated deflated message as inflateFailed', async () => {
    const deflated = deflateRawSync(Buffer.from(XML));
    await expectInputError(extract(b64(deflated.subarray(0, deflated.length / 2))), 'inflateFailed');
  });

  it('refuses a deflate bomb as too large without inflating it all', async () => {
    const bomb = deflateRawSync(Buffer.alloc(10 * 1024 * 1024, 0x3c)); // 10 MB of '<' in about 10 KB
    expect(bomb.length).toBeLessThan(100_000);
    const elapsed = cpuTimer();
    await expectInputError(extract(b64(bomb)), 'tooLarge');
    expect(elapsed()).toBeLessThan(1000);
  });

  it('refuses input over 2 MB before decoding it', async () => {
    await expectInputError(extract('A'.repeat(3 * 1024 * 1024)), 'tooLarge');
  });
});

describe('extractResponses: HAR files', () => {
  it('reads a HAR larger than 2 MB (page bodies included), but not one over 50 MB', async () => {
    const page = {
      startedDateTime: '2026-01-15T11:59:00Z',
      request: { method: 'GET', url: 'https://idp.example.com/' },
      response: { content: { text: 'x'.repeat(5 * 1024 * 1024) } },
    };
    const post = harPost({
      time: '2026-01-15T12:00:00Z',
      params: [{ name: 'SAMLResponse', value: encodeURIComponent(B64) }],
    });
    const big = har([page, post]);
    expect(big.length).toBeGreaterThan(5 * 1024 * 1024);
    expect((await extract(big)).map((e) => e.xml)).toEqual([XML]);
    const huge = har([{ ...page, response: { content: { text: 'x'.repeat(51 * 1024 * 1024) } } }, post]);
    await expectInputError(extract(huge), 'captureTooLarge');
  });

  it('still refuses a SAML payload over 2 MB inside a large HAR', async () => {
    const oversized = b64(`<samlp:Response>${'x'.repeat(2 * 1024 * 1024)}</samlp:Response>`);
    await expectInputError(
      extract(har([harPost({ time: '2026-01-15T12:00:00Z', params: [{ name: 'SAMLResponse', value: oversized }] })])),
      'tooLarge',
    );
  });

  it("reads Chrome's percent-encoded params, with capture time, URL and RelayState", async () => {
    const text = har([
      harPost({
        time: '2025-05-01T10:00:02.123Z',
        params: [
          { name: 'SAMLResponse', value: encodeURIComponent(B64) },
          { name: 'RelayState', value: 'https%3A%2F%2Fflex.twilio.com%2Fagent-desktop' },
        ],
      }),
    ]);
    expect(await extract(text)).toEqual([
      {
        xml: XML,
        capture: {
          source: 'har',
          capturedAt: '2025-05-01T10:00:02.123Z',
          relayState: 'https://flex.twilio.com/agent-desktop',
          postedTo: 'https://iam.twilio.com/v2/saml2/authenticate/AC123',
        },
      },
    ]);
  });

  it('keeps + in a plain (not percent-encoded) base64 value', async () => {
    expect(B64).toMatch(/\+/);
    const text = har([harPost({ time: '2025-05-01T10:00:00Z', params: [{ name: 'SAMLResponse', value: B64 }] })]);
    expect((await extract(text))[0].xml).toBe(XML);
  });

  it('reads postData.text when params are absent', async () => {
    const text = har([
      harPost({ time: '2025-05-01T10:00:00Z', text: `SAMLResponse=${encodeURIComponent(B64)}&RelayState=r%2B1` }),
    ]);
    const [evidence] = await extract(text);
    expect(evidence.xml).toBe(XML);
    expect(evidence.capture.relayState).toBe('r+1');
  });

  it('returns every SAML POST, newest first, ignoring other requests', async () => {
    const older = responseXml({ id: '_older' });
    const newer = responseXml({ id: '_newer' });
    const text = har([
      harPost({ time: '2025-05-01T10:05:00Z', params: [{ name: 'SAMLResponse', value: b64(newer) }] }),
      {
        startedDateTime: '2025-05-01T10:04:00Z',
        request: { method: 'GET', url: 'https://flex.twilio.com/', queryString: [] },
      },
      harPost({ time: '2025-05-01T10:06:00Z', params: [{ name: 'username', value: 'ada' }] }),
      harPost({ time: '2025-05-01T09:00:00+00:00', params: [{ name: 'SAMLResponse', value: b64(older) }] }),
    ]);
    const evidence = await extract(text);
    expect(evidence.map((e) => [e.xml.includes('_newer'), e.capture.capturedAt])).toEqual([
      [true, '2025-05-01T10:05:00.000Z'],
      [false, '2025-05-01T09:00:00.000Z'],
    ]);
  });

  it('ignores an AuthnRequest and reports a capture without a response', async () => {
    const text = har([
      harPost({ time: '2025-05-01T10:00:00Z', params: [{ name: 'SAMLRequest', value: b64('<AuthnRequest/>') }] }),
    ]);
    await expectInputError(extract(text), 'noSamlInCapture');
  });

  it('reports a HAR with no SAML at all', async () => {
    const text = har([
      { startedDateTime: '2025-05-01T10:00:00Z', request: { method: 'GET', url: 'https://flex.twilio.com/' } },
    ]);
    const error = await expectInputError(extract(text), 'noSamlInCapture');
    expect(error.message).toMatch(/capture/);
  });

  it('leaves out an unreadable response when another one decodes', async () => {
    const text = har([
      harPost({ time: '2025-05-01T10:00:00Z', params: [{ name: 'SAMLResponse', value: B64 }] }),
      harPost({ time: '2025-05-01T10:01:00Z', params: [{ name: 'SAMLResponse', value: 'not base64!' }] }),
    ]);
    expect((await extract(text)).map((e) => e.capture.capturedAt)).toEqual(['2025-05-01T10:00:00.000Z']);
  });

  it('throws the newest error when no response decodes', async () => {
    const text = har([harPost({ time: '2025-05-01T10:01:00Z', params: [{ name: 'SAMLResponse', value: '!!' }] })]);
    await expectInputError(extract(text), 'notBase64');
  });
});

describe('extractResponses: SAML-tracer exports', () => {
  /** The shape SAMLTraceIO.exportRequests writes: `{ requests, timestamp }`. */
  function tracer(requests: object[], timestamp = '2025-05-01T10:09:00.000Z'): string {
    return JSON.stringify({ requests, timestamp }, null, 2);
  }
  const tracerRequest = (fields: object) => ({
    requestId: '1234',
    requestHeaders: [{ name: 'Content-Type', value: 'application/x-www-form-urlencoded' }],
    responseStatus: 302,
    responseStatusText: 'HTTP/1.1 302 Found',
    responseHeaders: [],
    ...fields,
  });

  it('uses the decoded saml text, with the export timestamp and RelayState', async () => {
    const text = tracer([
      tracerRequest({
        method: 'GET',
        url: 'https://idp.example.com/sso?SAMLRequest=abc',
        get: [['SAMLRequest', 'abc']],
        protocol: 'SAML-P',
        saml: '<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"/>',
      }),
      tracerRequest({
        method: 'POST',
        url: 'https://iam.twilio.com/v2/saml2/authenticate/AC123',
        post: [
          ['SAMLResponse', B64],
          ['RelayState', 'flex'],
        ],
        postData: { SAMLResponse: [B64], RelayState: ['flex'] },
        protocol: 'SAML-P',
        saml: XML,
      }),
    ]);
    expect(await extract(text)).toEqual([
      {
        xml: XML,
        capture: {
          source: 'saml-tracer',
          capturedAt: '2025-05-01T10:09:00.000Z',
          relayState: 'flex',
          postedTo: 'https://iam.twilio.com/v2/saml2/authenticate/AC123',
        },
      },
    ]);
  });

  it('keeps the decoded saml text when an export filter obfuscated the POST values', async () => {
    const text = tracer([
      tracerRequest({
        method: 'POST',
        url: 'https://iam.twilio.com/v2/saml2/authenticate/AC123',
        post: [['SAMLResponse', '****']],
        postData: '',
        protocol: 'SAML-P',
        saml: XML,
      }),
    ]);
    expect((await extract(text))[0].xml).toBe(XML);
  });

  it('decodes the raw parameter when there is no saml text, newest (last) first', async () => {
    const first = responseXml({ id: '_first' });
    const second = responseXml({ id: '_second' });
    const text = tracer([
      tracerRequest({ method: 'POST', url: 'https://a/', post: [['SAMLResponse', b64(first)]] }),
      tracerRequest({ method: 'POST', url: 'https://b/', postData: { SAMLResponse: [b64(second)] } }),
    ]);
    const evidence = await extract(text);
    expect(evidence.map((e) => [e.capture.postedTo, e.xml])).toEqual([
      ['https://b/', second],
      ['https://a/', first],
    ]);
  });

  it('prefers a per-request timestamp when the export has one', async () => {
    const text = tracer([
      tracerRequest({ method: 'POST', url: 'https://a/', timestamp: 1746093600000, post: [['SAMLResponse', B64]] }),
    ]);
    expect((await extract(text))[0].capture.capturedAt).toBe('2025-05-01T10:00:00.000Z');
  });

  it('reports an export with no SAML response', async () => {
    const text = tracer([tracerRequest({ method: 'GET', url: 'https://flex.twilio.com/' })]);
    await expectInputError(extract(text), 'noSamlInCapture');
  });
});

describe('extractResponses: other JSON', () => {
  it.each([
    ['an object that is neither HAR nor SAML-tracer', '{"hello": "world"}', /neither a HAR file/],
    ['an array', '[1, 2, 3]', /neither a HAR file/],
    ['truncated JSON', '{"log": {"entries": [', /cannot be read/],
  ])('refuses %s with a clear message', async (_label, text, message) => {
    const error = await expectInputError(extract(text), 'notSaml');
    expect(error.message).toMatch(message);
  });
});

describe('capture times and broken captures', () => {
  it('treats a time that is no readable date (1e20, 1e300) as unknown, not as a rejected capture', async () => {
    const entry = harPost({ time: '', params: [{ name: 'SAMLResponse', value: encodeURIComponent(B64) }] });
    const evidence = await extract(har([{ ...entry, startedDateTime: 1e20 }]));
    expect(evidence[0]?.capture.capturedAt).toBeUndefined();
    expect(evidence[0]?.capture.captureTimeUnreadable).toBe(true);
    const traced = await extract(
      JSON.stringify({ timestamp: 1e300, requests: [{ protocol: 'SAML-P', saml: XML, timestamp: 1e300 }] }),
    );
    expect(traced[0]?.capture).toEqual({ source: 'saml-tracer', captureTimeUnreadable: true });
  });

  it('says where a broken capture stops being JSON, never what it holds', async () => {
    const error = await expectInputError(extract('{"log": {"entries": [{"email":zed.quill.'), 'notSaml');
    expect(error.message).toContain('line 1, column 31: expected a value');
    expect(error.message).not.toContain('zed');
  });
});

describe('which size limit applies', () => {
  it('gives a JSON capture the capture limit and anything else the SAML message limit', () => {
    expect(inputLimitFor('  {"log": {"entries": []}}')).toEqual({ kind: 'capture', maxBytes: 50 * 1024 * 1024 });
    expect(inputLimitFor('\uFEFF[{"method":"POST"}]').kind).toBe('capture');
    expect(inputLimitFor('<samlp:Response')).toEqual({ kind: 'message', maxBytes: 2 * 1024 * 1024 });
    expect(inputLimitFor('PHNhbWxwOlJlc3BvbnNl').kind).toBe('message');
  });
});

it('tells a text that is no evidence what each kind of evidence looks like', async () => {
  await expect(extract('hello, is this the SAML thing?')).rejects.toThrow(
    /^This is not a SAML response, HAR or SAML-tracer export\. A SAML response is XML .*a HAR file is JSON .*SAML-tracer export is JSON/,
  );
});
