/**
 * An 8 MB HAR for har-analyze-8mb: the sandbox's example login capture (the IdP redirect and the one
 * SAML POST to Flex) among the traffic a real Flex start records around it — scripts and style sheets
 * with their bodies, JSON API calls, base64 images, a websocket upgrade — until the file reaches the
 * size asked for. Deterministic: the same bytes every run.
 */
import { seededRandom } from '../sandbox/workforce';

type Entry = Record<string, unknown>;

function header(name: string, value: string) {
  return { name, value };
}

function entry(rng: () => number, at: number, index: number): Entry {
  const kind = index % 5;
  const started = new Date(at).toISOString();
  const id = Math.floor(rng() * 1e9).toString(36);
  let url: string;
  let mimeType: string;
  let text: string;
  let encoding: string | undefined;
  if (kind === 0 || kind === 1) {
    url = `https://assets.flex.twilio.com/releases/flex-ui/2.17.1/static/js/${id}.chunk.js`;
    mimeType = 'application/javascript';
    const parts: string[] = [];
    for (let i = 0; i < 400; i++)
      parts.push(`function f${id}${i}(a,b){return a&&b?"${id}-${i}".concat(a+b*${i}):void 0}`);
    text = parts.join(';');
  } else if (kind === 2) {
    url = `https://flex-api.twilio.com/v1/Configuration?UiVersion=2.17.1&r=${id}`;
    mimeType = 'application/json';
    const items = Array.from({ length: 120 }, (_, i) => ({
      sid: `WK${id}${i}`,
      friendly_name: `user_${id}_${i}`,
      available: rng() > 0.5,
      attributes: JSON.stringify({ routing: { skills: ['voice', 'chat'] }, i }),
    }));
    text = JSON.stringify({ meta: { page: 0, page_size: 120 }, workers: items });
  } else if (kind === 3) {
    url = `https://media.twiliocdn.com/avatars/${id}.png`;
    mimeType = 'image/png';
    encoding = 'base64';
    text = Buffer.from(Array.from({ length: 9000 }, () => Math.floor(rng() * 256))).toString('base64');
  } else {
    url = `https://assets.flex.twilio.com/releases/flex-ui/2.17.1/static/css/${id}.css`;
    mimeType = 'text/css';
    text = Array.from(
      { length: 300 },
      (_, i) =>
        `.Twilio-${id}-${i}{display:flex;margin:${i % 16}px;color:#${((i * 2654435761) >>> 8).toString(16).padStart(6, '0').slice(0, 6)}}`,
    ).join('');
  }
  return {
    startedDateTime: started,
    time: 20 + Math.floor(rng() * 300),
    request: {
      method: kind === 2 && rng() > 0.5 ? 'POST' : 'GET',
      url,
      httpVersion: 'h2',
      headers: [
        header(':authority', new URL(url).host),
        header('accept', '*/*'),
        header('user-agent', 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0'),
      ],
      queryString: [...new URL(url).searchParams].map(([name, value]) => ({ name, value })),
      cookies: [],
      headersSize: -1,
      bodySize: kind === 2 ? 64 : 0,
      ...(kind === 2
        ? { postData: { mimeType: 'application/json', text: JSON.stringify({ token: id.repeat(20) }) } }
        : {}),
    },
    response: {
      status: 200,
      statusText: '',
      httpVersion: 'h2',
      headers: [header('content-type', mimeType), header('cache-control', 'max-age=31536000')],
      cookies: [],
      content: { size: text.length, mimeType, text, ...(encoding ? { encoding } : {}) },
      redirectURL: '',
      headersSize: -1,
      bodySize: text.length,
    },
    cache: {},
    timings: { blocked: 1, dns: -1, connect: -1, send: 0, wait: 15, receive: 3, ssl: -1 },
  };
}

/** `login` (the example HAR's text) padded with realistic entries to about `bytes` characters. */
export function makeHar(login: string, bytes: number): string {
  const har = JSON.parse(login) as { log: { entries: Entry[] } };
  const real = har.log.entries;
  const rng = seededRandom(12);
  const start = Date.parse(String(real[0]?.['startedDateTime']));
  const before: Entry[] = [];
  const after: Entry[] = [];
  let size = login.length;
  for (let i = 0; size < bytes; i++) {
    // Two thirds after the login (Flex starting), one third before it (the page that sent the user to the IdP).
    const e = entry(rng, i % 3 === 0 ? start - 60_000 + i * 10 : start + 20_000 + i * 10, i);
    (i % 3 === 0 ? before : after).push(e);
    size += JSON.stringify(e).length + 1;
  }
  har.log.entries = [...before, ...real, ...after];
  return JSON.stringify(har);
}
