/**
 * A small DER reader and an X.509 certificate summary, for the certificates in a SAML signature's
 * KeyInfo and the ones an admin configured in Flex.
 *
 * Why not @peculiar/x509 or pkijs: they add 54–100 KB gzipped to a bundle every agent downloads, and
 * the analyzer only needs names, dates, serial, key type and thumbprints plus the SubjectPublicKeyInfo
 * to hand to WebCrypto. The reader walks the fixed shape of a certificate — it never recurses into
 * arbitrary ASN.1 — and checks every length against the bytes that are really there, so hostile
 * input (truncated, lengths of gigabytes, nesting) fails fast with an `Error` naming what was wrong.
 */
import type { CertificateInfo } from '../core/samlTypes';
import { decodeBase64 } from './base64';

export interface ParsedCertificate {
  readonly info: CertificateInfo;
  /** The DER SubjectPublicKeyInfo, ready for `subtle.importKey('spki', …)`. */
  readonly spki: Uint8Array<ArrayBuffer>;
  /** What WebCrypto needs to import the key: the key type and, for EC keys, the named curve. */
  readonly key: { readonly type: 'RSA' | 'EC' | 'other'; readonly namedCurve?: 'P-256' | 'P-384' | 'P-521' };
  /** The whole certificate, DER. */
  readonly der: Uint8Array<ArrayBuffer>;
}

/** Certificates are a few KB; anything far larger is not one, and is refused before decoding. */
const MAX_INPUT_BYTES = 256 * 1024;

const TAG = {
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  null: 0x05,
  oid: 0x06,
  sequence: 0x30,
  set: 0x31,
  utcTime: 0x17,
  generalizedTime: 0x18,
  explicit0: 0xa0,
} as const;

/** One DER element: its tag, and where its content lies in `bytes`. */
export interface Tlv {
  readonly tag: number;
  readonly start: number;
  /** Offset of the first content byte. */
  readonly contentStart: number;
  /** Offset just past the last content byte. */
  readonly end: number;
}

/** Reads the element at `offset`, which must end by `limit`. Only low tag numbers and definite lengths (DER). */
export function readTlv(bytes: Uint8Array, offset: number, limit: number = bytes.length): Tlv {
  if (offset >= limit) throw new Error(`DER: expected an element at byte ${offset}, but the data ends there`);
  const tag = bytes[offset] as number;
  if ((tag & 0x1f) === 0x1f) throw new Error(`DER: unsupported high tag number at byte ${offset}`);
  let pos = offset + 1;
  if (pos >= limit) throw new Error(`DER: truncated length at byte ${pos}`);
  const first = bytes[pos] as number;
  pos += 1;
  let length: number;
  if (first < 0x80) {
    length = first;
  } else if (first === 0x80) {
    throw new Error(`DER: indefinite length at byte ${offset} (not DER)`);
  } else {
    const count = first & 0x7f;
    if (count > 4) throw new Error(`DER: a length of ${count} bytes at byte ${offset} is larger than any certificate`);
    if (pos + count > limit) throw new Error(`DER: truncated length at byte ${pos}`);
    length = 0;
    for (let i = 0; i < count; i += 1) length = length * 256 + (bytes[pos + i] as number);
    pos += count;
  }
  if (length > limit - pos) {
    throw new Error(`DER: element at byte ${offset} claims ${length} bytes but only ${limit - pos} remain`);
  }
  return { tag, start: offset, contentStart: pos, end: pos + length };
}

/** The direct children of a constructed element, in order. */
export function readChildren(bytes: Uint8Array, parent: Tlv): Tlv[] {
  if ((parent.tag & 0x20) === 0) throw new Error(`DER: element at byte ${parent.start} is not constructed`);
  const children: Tlv[] = [];
  for (let pos = parent.contentStart; pos < parent.end;) {
    const child = readTlv(bytes, pos, parent.end);
    children.push(child);
    pos = child.end;
  }
  return children;
}

function expectTag(tlv: Tlv | undefined, tag: number, what: string): Tlv {
  if (!tlv) throw new Error(`DER: ${what} is missing`);
  if (tlv.tag !== tag) {
    throw new Error(`DER: expected ${what} (tag 0x${hex2(tag)}) at byte ${tlv.start}, found tag 0x${hex2(tlv.tag)}`);
  }
  return tlv;
}

function content(bytes: Uint8Array, tlv: Tlv): Uint8Array {
  return bytes.subarray(tlv.contentStart, tlv.end);
}

export function decodeOid(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new Error('DER: empty object identifier');
  const parts: number[] = [];
  let value = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i] as number;
    value = value * 128 + (byte & 0x7f);
    if (value > Number.MAX_SAFE_INTEGER / 128) throw new Error('DER: object identifier component too large');
    if ((byte & 0x80) === 0) {
      if (parts.length === 0) {
        const first = value < 80 ? Math.floor(value / 40) : 2;
        parts.push(first, value - first * 40);
      } else {
        parts.push(value);
      }
      value = 0;
    } else if (i === bytes.length - 1) {
      throw new Error('DER: truncated object identifier');
    }
  }
  return parts.join('.');
}

/** Short names for attribute types, as @peculiar/x509 prints them; others are shown as their OID. */
const NAME_TYPES: Readonly<Record<string, string>> = {
  '2.5.4.3': 'CN',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.6': 'C',
  '0.9.2342.19200300.100.1.25': 'DC',
  '1.2.840.113549.1.9.1': 'E',
  '2.5.4.42': 'G',
  '2.5.4.43': 'I',
  '2.5.4.4': 'SN',
  '2.5.4.12': 'T',
};

/**
 * A Name as "CN=…, O=…": RDNs in the order the certificate stores them (as @peculiar/x509 and most
 * admin tools show them, which is the reverse of RFC 4514's order), multi-valued RDNs joined with
 * "+", RFC 4514 escaping, values of unknown string types as "#" + hex of their DER.
 */
function readName(bytes: Uint8Array, name: Tlv): string {
  expectTag(name, TAG.sequence, 'Name');
  return readChildren(bytes, name)
    .map((rdn) =>
      readChildren(bytes, expectTag(rdn, TAG.set, 'RelativeDistinguishedName'))
        .map((atv) => {
          const [type, value] = readChildren(bytes, expectTag(atv, TAG.sequence, 'AttributeTypeAndValue'));
          const oid = decodeOid(content(bytes, expectTag(type, TAG.oid, 'attribute type')));
          if (!value) throw new Error('DER: attribute value is missing');
          const text = decodeString(bytes, value);
          const shown = text === undefined ? `#${toHex(bytes.subarray(value.start, value.end))}` : escapeDn(text);
          return `${NAME_TYPES[oid] ?? oid}=${shown}`;
        })
        .join('+'),
    )
    .join(', ');
}

function decodeString(bytes: Uint8Array, tlv: Tlv): string | undefined {
  const data = content(bytes, tlv);
  switch (tlv.tag) {
    case 0x0c: // UTF8String
      return new TextDecoder('utf-8', { fatal: false }).decode(data);
    case 0x12: // NumericString
    case 0x13: // PrintableString
    case 0x14: // TeletexString: in practice Latin-1
    case 0x16: // IA5String
    case 0x1a: // VisibleString
      return latin1(data);
    case 0x1e: {
      // BMPString: UTF-16BE
      let text = '';
      for (let i = 0; i + 1 < data.length; i += 2)
        text += String.fromCharCode(((data[i] as number) << 8) | (data[i + 1] as number));
      return text;
    }
    case 0x1c: {
      // UniversalString: UTF-32BE
      let text = '';
      for (let i = 0; i + 3 < data.length; i += 4) {
        const code =
          ((data[i] as number) << 24) |
          ((data[i + 1] as number) << 16) |
          ((data[i + 2] as number) << 8) |
          (data[i + 3] as number);
        text += code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
      }
      return text;
    }
    default:
      return undefined;
  }
}

function latin1(data: Uint8Array): string {
  let text = '';
  for (let i = 0; i < data.length; i += 1) text += String.fromCharCode(data[i] as number);
  return text;
}

function escapeDn(value: string): string {
  return value
    .replace(/([,+"\\<>;])/g, '\\$1')
    .replace(/^([ #])/, '\\$1')
    .replace(/ $/, '\\ ')
    .replace(/[\r\n\t]/g, (c) => `\\${hex2(c.charCodeAt(0))}`);
}

/** UTCTime (YYMMDDHHMM[SS]Z) or GeneralizedTime (YYYYMMDDHHMMSS[.f]Z) → ISO-8601 in UTC. */
function readTime(bytes: Uint8Array, tlv: Tlv | undefined, what: string): string {
  if (!tlv) throw new Error(`DER: ${what} is missing`);
  const text = latin1(content(bytes, tlv));
  let match: RegExpExecArray | null;
  let year: number;
  if (tlv.tag === TAG.utcTime) {
    match = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?Z$/.exec(text);
    if (!match) throw new Error(`DER: ${what} is not a valid UTCTime: ${JSON.stringify(text)}`);
    const yy = Number(match[1]);
    year = yy >= 50 ? 1900 + yy : 2000 + yy; // RFC 5280 4.1.2.5.1
  } else if (tlv.tag === TAG.generalizedTime) {
    match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.(\d{1,9}))?Z$/.exec(text);
    if (!match) throw new Error(`DER: ${what} is not a valid GeneralizedTime: ${JSON.stringify(text)}`);
    year = Number(match[1]);
  } else {
    throw new Error(`DER: ${what} has tag 0x${hex2(tlv.tag)}, expected a time`);
  }
  const [month, day, hour, minute] = [match[2], match[3], match[4], match[5]].map(Number) as [
    number,
    number,
    number,
    number,
  ];
  const second = Number(match[6] ?? '0');
  const millis = Math.floor(Number(`0.${match[7] ?? '0'}`) * 1000);
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second, millis));
  if (
    Number.isNaN(date.getTime()) ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    throw new Error(`DER: ${what} is not a real date: ${JSON.stringify(text)}`);
  }
  // Date.UTC maps years 0–99 to 1900–1999; GeneralizedTime can say 0050, so set the year explicitly.
  date.setUTCFullYear(year);
  return date.toISOString();
}

const KEY_ALGORITHMS = {
  rsa: '1.2.840.113549.1.1.1',
  rsaPss: '1.2.840.113549.1.1.10',
  ec: '1.2.840.10045.2.1',
  dsa: '1.2.840.10040.4.1',
  ed25519: '1.3.101.112',
  ed448: '1.3.101.113',
} as const;

const CURVES: Readonly<Record<string, { name: 'P-256' | 'P-384' | 'P-521'; label: string }>> = {
  '1.2.840.10045.3.1.7': { name: 'P-256', label: 'EC P-256' },
  '1.3.132.0.34': { name: 'P-384', label: 'EC P-384' },
  '1.3.132.0.35': { name: 'P-521', label: 'EC P-521' },
};

function describeKey(bytes: Uint8Array, spki: Tlv): { label: string; key: ParsedCertificate['key'] } {
  const [algorithm, publicKey] = readChildren(bytes, spki);
  const [oidTlv, parameters] = readChildren(bytes, expectTag(algorithm, TAG.sequence, 'key AlgorithmIdentifier'));
  const oid = decodeOid(content(bytes, expectTag(oidTlv, TAG.oid, 'key algorithm')));
  const keyBits = content(bytes, expectTag(publicKey, TAG.bitString, 'subjectPublicKey'));
  if (keyBits.length === 0 || keyBits[0] !== 0) throw new Error('DER: subjectPublicKey has unused bits');
  switch (oid) {
    case KEY_ALGORITHMS.rsa:
    case KEY_ALGORITHMS.rsaPss: {
      // RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER }, inside the BIT STRING.
      const inner = keyBits.subarray(1);
      const rsaKey = expectTag(readTlv(inner, 0), TAG.sequence, 'RSAPublicKey');
      const modulus = content(inner, expectTag(readChildren(inner, rsaKey)[0], TAG.integer, 'RSA modulus'));
      return {
        label: `${oid === KEY_ALGORITHMS.rsa ? 'RSA' : 'RSA-PSS'} ${integerBits(modulus)}`,
        key: { type: oid === KEY_ALGORITHMS.rsa ? 'RSA' : 'other' },
      };
    }
    case KEY_ALGORITHMS.ec: {
      const curveOid =
        parameters && parameters.tag === TAG.oid ? decodeOid(content(bytes, parameters)) : 'explicit parameters';
      const curve = CURVES[curveOid];
      return curve
        ? { label: curve.label, key: { type: 'EC', namedCurve: curve.name } }
        : { label: `EC ${curveOid}`, key: { type: 'other' } };
    }
    case KEY_ALGORITHMS.dsa: {
      // Dss-Parms ::= SEQUENCE { p, q, g }: the key size is the size of p.
      const p = parameters && parameters.tag === TAG.sequence ? readChildren(bytes, parameters)[0] : undefined;
      return {
        label: p && p.tag === TAG.integer ? `DSA ${integerBits(content(bytes, p))}` : 'DSA',
        key: { type: 'other' },
      };
    }
    case KEY_ALGORITHMS.ed25519:
      return { label: 'Ed25519', key: { type: 'other' } };
    case KEY_ALGORITHMS.ed448:
      return { label: 'Ed448', key: { type: 'other' } };
    default:
      return { label: oid, key: { type: 'other' } };
  }
}

function integerBits(integer: Uint8Array): number {
  let i = 0;
  while (i < integer.length - 1 && integer[i] === 0) i += 1;
  const top = integer[i] ?? 0;
  return top === 0 ? 0 : (integer.length - i - 1) * 8 + (32 - Math.clz32(top));
}

/**
 * Reads a certificate from PEM (with or without the BEGIN/END lines, any whitespace), a bare base64
 * body, or DER bytes. Thumbprints are computed with the given SubtleCrypto (the browser's or Node's).
 * Throws an `Error` saying what is wrong for anything that is not a readable X.509 certificate.
 */
export async function parseCertificate(input: string | Uint8Array, subtle: SubtleCrypto): Promise<ParsedCertificate> {
  // A copy: the caller's buffer may be a view into something larger, or change later.
  const der = typeof input === 'string' ? pemToDer(input) : new Uint8Array(input);
  if (der.length > MAX_INPUT_BYTES) throw new Error('Certificate: larger than any real certificate');
  if (der[0] !== TAG.sequence)
    throw new Error('Certificate: not an X.509 certificate (DER must start with a SEQUENCE)');
  const certificate = expectTag(readTlv(der, 0), TAG.sequence, 'Certificate');
  if (certificate.end !== der.length) throw new Error('Certificate: unexpected bytes after the certificate');
  const [tbs] = readChildren(der, certificate);
  const fields = readChildren(der, expectTag(tbs, TAG.sequence, 'TBSCertificate'));
  // version [0] EXPLICIT is optional (absent means v1).
  const offset = fields[0]?.tag === TAG.explicit0 ? 1 : 0;
  const serial = expectTag(fields[offset], TAG.integer, 'serialNumber');
  expectTag(fields[offset + 1], TAG.sequence, 'signature AlgorithmIdentifier');
  const issuer = readName(der, fields[offset + 2] as Tlv);
  const validity = readChildren(der, expectTag(fields[offset + 3], TAG.sequence, 'Validity'));
  const subject = readName(der, fields[offset + 4] as Tlv);
  const spki = expectTag(fields[offset + 5], TAG.sequence, 'SubjectPublicKeyInfo');
  const { label, key } = describeKey(der, spki);
  const [sha1, sha256] = await Promise.all([subtle.digest('SHA-1', der), subtle.digest('SHA-256', der)]);
  return {
    info: {
      subject,
      issuer,
      notBefore: readTime(der, validity[0], 'notBefore'),
      notAfter: readTime(der, validity[1], 'notAfter'),
      sha1: toHex(new Uint8Array(sha1)),
      sha256: toHex(new Uint8Array(sha256)),
      serialNumber: serialHex(content(der, serial)),
      publicKey: label,
    },
    spki: der.slice(spki.start, spki.end),
    key,
    der,
  };
}

/** The DER bytes of the first certificate in PEM text, or of a bare base64 body. */
export function pemToDer(text: string): Uint8Array<ArrayBuffer> {
  if (text.length > MAX_INPUT_BYTES * 2) throw new Error('Certificate: larger than any real certificate');
  let body = text;
  const begin = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(text);
  if (begin) {
    const label = begin[1] ?? '';
    if (label !== 'CERTIFICATE' && label !== 'X509 CERTIFICATE' && label !== 'TRUSTED CERTIFICATE') {
      throw new Error(`Certificate: this PEM holds a ${label.toLowerCase()}, not a certificate`);
    }
    const start = begin.index + begin[0].length;
    const end = text.indexOf('-----END', start);
    if (end === -1) throw new Error('Certificate: the PEM has no END line (truncated?)');
    body = text.slice(start, end);
  }
  const bytes = decodeBase64(body);
  if (bytes.length === 0) throw new Error('Certificate: empty');
  return bytes;
}

/** The serial as tools show it: without the 00 that DER adds to keep a high first bit positive. */
function serialHex(integer: Uint8Array): string {
  let start = 0;
  while (start < integer.length - 1 && integer[start] === 0) start += 1;
  return toHex(integer.subarray(start));
}

export function toHex(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 1) text += hex2(bytes[i] as number);
  return text;
}

function hex2(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}
