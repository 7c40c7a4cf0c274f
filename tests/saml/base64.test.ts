import { Base64Error, decodeBase64 } from '../../src/saml/base64';

const bytesOf = (text: string, options?: Parameters<typeof decodeBase64>[1]) => Array.from(decodeBase64(text, options));

describe('decodeBase64', () => {
  it('matches Node for every length, with and without padding, wrapped or not', () => {
    for (let n = 0; n < 40; n += 1) {
      const bytes = Array.from({ length: n + 1 }, (_, i) => (i * 37 + n) & 0xff);
      const encoded = Buffer.from(bytes).toString('base64');
      expect(bytesOf(encoded)).toEqual(bytes);
      expect(bytesOf(encoded.replace(/=+$/, ''))).toEqual(bytes);
      expect(bytesOf(` ${encoded.replace(/(.{4})/g, '$1\r\n\t')} `)).toEqual(bytes);
    }
    expect(bytesOf('')).toEqual([]);
  });

  it('is strict by default: standard alphabet, no lone final symbol, nothing after the padding', () => {
    for (const text of ['QUJD-w', 'QUJD_w', 'QUJDR', 'QQ=', 'QQ===', 'QQ==QQ==', 'QU*J', '=', 'QUJDé']) {
      expect(() => decodeBase64(text)).toThrow(Base64Error);
    }
  });

  it('accepts what a URL or a truncated copy leaves of a SAMLResponse only when asked', () => {
    const lenient = { urlSafe: true, allowTruncated: true };
    const bytes = [0xfb, 0xff, 0xbf];
    expect(bytesOf(Buffer.from(bytes).toString('base64url'), { urlSafe: true })).toEqual(bytes);
    expect(() => decodeBase64(Buffer.from(bytes).toString('base64url'))).toThrow(Base64Error);
    // "QUJDR": four symbols make "ABC", the fifth carries no whole byte.
    expect(bytesOf('QUJDR', lenient)).toEqual([0x41, 0x42, 0x43]);
    expect(() => decodeBase64('QUJD*', lenient)).toThrow(Base64Error);
  });
});
