import { isPlainHttps } from '../../../src/core/rules/worker/image-url-invalid';

/** What the rule decided before the shortcut: the URL parser's https with a host. */
function parserAccepts(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
}

/** A deterministic stream of URL-like strings, built from the parts that trip URL parsers. */
function* candidates(): Generator<string> {
  const schemes = ['https://', 'HTTPS://', 'http://', 'https:/', 'https:', ' https://', 'javascript:'];
  const hosts = [
    'a',
    'a.b',
    'cdn.example.com',
    '1.2.3.4',
    '1.2.3.999',
    'a.0x1f',
    '0x7f',
    'a.1',
    'a-.b',
    '-a',
    'xn--a',
    'xn--bcher-kva.ch',
    'a..b',
    '.a',
    'a.',
    'a_b',
    'ä.com',
    'a b',
    'a%41',
    'a:443',
    'a:99999',
    'u@a',
    '[::1]',
    '',
  ];
  const paths = ['', '/', '/x.png', '/a b', '/%zz', '/\\\\x', '?q', '#f', '/\u0000', '/é', '/a?b=c#d', '//x'];
  for (const scheme of schemes) for (const host of hosts) for (const path of paths) yield `${scheme}${host}${path}`;
  // And random strings over a small alphabet that covers every character class above.
  const alphabet = 'ahtps:/.-0x19AZ_%@[]: ?#\\é\t';
  let seed = 7;
  for (let i = 0; i < 20_000; i++) {
    let s = 'https://';
    const length = 1 + (i % 14);
    for (let j = 0; j < length; j++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      s += alphabet[seed % alphabet.length];
    }
    yield s;
  }
}

describe('image-url-invalid: the plain-https shortcut', () => {
  it('never passes an address the URL parser would not (and takes the common ones)', () => {
    const wrong: string[] = [];
    let taken = 0;
    for (const value of candidates()) {
      if (!isPlainHttps(value)) continue;
      taken += 1;
      if (!parserAccepts(value)) wrong.push(value);
    }
    expect(wrong).toEqual([]);
    expect(taken).toBeGreaterThan(1000);
    expect(isPlainHttps('https://avatars.owlbank.example/uma_2Ebrown3_40owlbank_2Eexample.png')).toBe(true);
  });
});
