#!/usr/bin/env node
/**
 * Writes the sandbox's example login capture, byte for byte the same at every run:
 *   sandbox/examples/login.har            a HAR of an SP-initiated Flex SSO login (Entra-like IdP)
 *   sandbox/examples/idp-certificate.pem  the sandbox IdP's signing certificate
 *
 * The SAML Response is signed twice (Assertion, then Response; RSA-SHA256, exclusive c14n) with
 * xml-crypto, as Flex requires. The RSA key is derived from a fixed seed (SHA-256 counter DRBG +
 * Miller-Rabin), so no private key is stored anywhere and every run produces the same key, the same
 * certificate (a minimal self-signed X.509 v3, DER written here) and the same signatures (PKCS#1 v1.5
 * is deterministic). It is a sandbox key for an example account: it signs nothing real.
 *
 * The response is realistic and a little wrong, so the analyzer has something to say: the NameID is
 * the UPN while `email` is the mail address, an Entra default claim is still sent, and the IdP
 * session ends 45 minutes after login.
 *
 * Usage: node scripts/make-example-har.js [--check]   (--check: exit 1 if the files are not up to date)
 */
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { SignedXml } = require('xml-crypto');

const OUT_DIR = path.join(__dirname, '..', 'sandbox', 'examples');
// Must match sandbox/workforce.ts.
const ACCOUNT_SID = 'AC5a4d0b0c1f2e3d4c5b6a79880716253a';
const CONNECTION_SID = 'JQ0f1e2d3c4b5a69788796a5b4c3d2e1f0';
const ISSUER = 'https://sts.windows.net/7c1a2b3c-4d5e-6f70-8192-a3b4c5d6e7f8/';
const ACS = `https://login.flex.us1.twilio.com/login/callback?connection=${CONNECTION_SID}`;
const AUDIENCE = `urn:flex:${CONNECTION_SID}`;
const SEED = 'plugin-sso-diagnostics sandbox IdP key v1';

// ------------------------------------------------------------------------------- deterministic RSA

function drbg(seed) {
  let counter = 0;
  let pool = Buffer.alloc(0);
  return (n) => {
    while (pool.length < n) {
      pool = Buffer.concat([pool, crypto.createHash('sha256').update(seed).update(String(counter++)).digest()]);
    }
    const out = pool.subarray(0, n);
    pool = pool.subarray(n);
    return out;
  };
}

const toBig = (bytes) => BigInt(`0x${Buffer.from(bytes).toString('hex') || '0'}`);
function modPow(base, exp, mod) {
  let result = 1n;
  base %= mod;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % mod;
    base = (base * base) % mod;
    exp >>= 1n;
  }
  return result;
}
function modInverse(a, m) {
  let [r0, r1, s0, s1] = [a % m, m, 1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return ((s0 % m) + m) % m;
}
const gcd = (a, b) => (b === 0n ? a : gcd(b, a % b));
const SMALL_PRIMES = [];
for (let n = 3; SMALL_PRIMES.length < 200; n += 2) if (SMALL_PRIMES.every((p) => n % p !== 0)) SMALL_PRIMES.push(n);

function isProbablePrime(n, random) {
  for (const p of SMALL_PRIMES) if (n % BigInt(p) === 0n) return n === BigInt(p);
  let d = n - 1n;
  let r = 0;
  while ((d & 1n) === 0n) {
    d >>= 1n;
    r += 1;
  }
  for (let round = 0; round < 24; round += 1) {
    const a = 2n + (toBig(random(128)) % (n - 4n));
    let x = modPow(a, d, n);
    if (x === 1n || x === n - 1n) continue;
    let composite = true;
    for (let i = 1; i < r && composite; i += 1) {
      x = (x * x) % n;
      if (x === n - 1n) composite = false;
    }
    if (composite) return false;
  }
  return true;
}

function prime(bits, random, e) {
  for (;;) {
    let candidate = toBig(random(bits / 8));
    candidate |= (1n << BigInt(bits - 1)) | (1n << BigInt(bits - 2)) | 1n;
    if (gcd(e, candidate - 1n) === 1n && isProbablePrime(candidate, random)) return candidate;
  }
}

function b64url(big) {
  let hex = big.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  return Buffer.from(hex, 'hex').toString('base64url');
}

function deterministicRsaKey() {
  const random = drbg(SEED);
  const e = 65537n;
  const p = prime(1024, random, e);
  let q = prime(1024, random, e);
  while (q === p) q = prime(1024, random, e);
  const n = p * q;
  const d = modInverse(e, (p - 1n) * (q - 1n));
  const jwk = {
    kty: 'RSA',
    n: b64url(n),
    e: b64url(e),
    d: b64url(d),
    p: b64url(p),
    q: b64url(q),
    dp: b64url(d % (p - 1n)),
    dq: b64url(d % (q - 1n)),
    qi: b64url(modInverse(q, p)),
  };
  return crypto.createPrivateKey({ key: jwk, format: 'jwk' });
}

// ------------------------------------------------------------------------------- X.509 (DER)

function der(tag, ...parts) {
  const body = Buffer.concat(parts);
  let length;
  if (body.length < 0x80) length = Buffer.from([body.length]);
  else {
    const bytes = [];
    for (let l = body.length; l > 0; l >>= 8) bytes.unshift(l & 0xff);
    length = Buffer.from([0x80 | bytes.length, ...bytes]);
  }
  return Buffer.concat([Buffer.from([tag]), length, body]);
}
const seq = (...parts) => der(0x30, ...parts);
const oid = (hex) => der(0x06, Buffer.from(hex, 'hex'));
const SHA256_WITH_RSA = seq(oid('2a864886f70d01010b'), der(0x05));
const utcTime = (iso) =>
  der(
    0x17,
    Buffer.from(
      `${iso.slice(2, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`,
    ),
  );
const name = (cn) => seq(der(0x31, seq(oid('550403'), der(0x0c, Buffer.from(cn, 'utf8')))));

function selfSignedCertificate(privateKey) {
  const spki = crypto.createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
  const subject = name('Owl Bank sandbox IdP (example only)');
  const tbs = seq(
    der(0xa0, der(0x02, Buffer.from([2]))),
    der(0x02, Buffer.from('0a51d0c0ffee', 'hex')),
    SHA256_WITH_RSA,
    subject,
    seq(utcTime('2026-01-01T00:00:00Z'), utcTime('2027-01-01T00:00:00Z')),
    subject,
    spki,
  );
  const signature = crypto.sign('sha256', tbs, privateKey);
  const certificate = seq(tbs, SHA256_WITH_RSA, der(0x03, Buffer.from([0]), signature));
  const body = certificate.toString('base64').replace(/.{64}/g, '$&\n').trim();
  return `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`;
}

// ------------------------------------------------------------------------------- SAML Response

const RESPONSE_ID = '_7f3c2a1e-5b4d-4e6f-8a9b-0c1d2e3f4a5b';
const ASSERTION_ID = '_1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const REQUEST_ID = '_f1e2d3c4b5a6978812345678';
const T = {
  started: '2026-11-20T08:59:41.120Z',
  issue: '2026-11-20T08:59:57.512Z',
  notBefore: '2026-11-20T08:54:57.512Z',
  notOnOrAfter: '2026-11-20T10:04:57.512Z',
  authn: '2026-11-20T08:59:55.000Z',
  session: '2026-11-20T09:44:55.000Z',
  post: '2026-11-20T08:59:57.900Z',
};
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const attribute = (attrName, values) =>
  `<Attribute Name="${esc(attrName)}">${values.map((v) => `<AttributeValue>${esc(v)}</AttributeValue>`).join('')}</Attribute>`;

function unsignedResponse() {
  const attributes = [
    attribute('email', ['nadia.okafor@owlbank.example']),
    attribute('full_name', ['Nadia Okafor']),
    attribute('roles', ['agent', 'supervisor']),
    attribute('department', ['Collections']),
    attribute('location', ['Leeds']),
    attribute('http://schemas.microsoft.com/identity/claims/objectidentifier', [
      '0f6c1d2e-3b4a-4c5d-8e9f-a0b1c2d3e4f5',
    ]),
  ].join('');
  return (
    `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="${RESPONSE_ID}" Version="2.0" ` +
    `IssueInstant="${T.issue}" Destination="${esc(ACS)}" InResponseTo="${REQUEST_ID}">` +
    `<Issuer xmlns="urn:oasis:names:tc:SAML:2.0:assertion">${ISSUER}</Issuer>` +
    `<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>` +
    `<Assertion xmlns="urn:oasis:names:tc:SAML:2.0:assertion" ID="${ASSERTION_ID}" IssueInstant="${T.issue}" Version="2.0">` +
    `<Issuer>${ISSUER}</Issuer>` +
    `<Subject><NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">nadia.okafor@owlbank.onmicrosoft.example</NameID>` +
    `<SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">` +
    `<SubjectConfirmationData InResponseTo="${REQUEST_ID}" NotOnOrAfter="${T.notOnOrAfter}" Recipient="${esc(ACS)}"/>` +
    `</SubjectConfirmation></Subject>` +
    `<Conditions NotBefore="${T.notBefore}" NotOnOrAfter="${T.notOnOrAfter}"><AudienceRestriction><Audience>${AUDIENCE}</Audience></AudienceRestriction></Conditions>` +
    `<AttributeStatement>${attributes}</AttributeStatement>` +
    `<AuthnStatement AuthnInstant="${T.authn}" SessionIndex="${ASSERTION_ID}" SessionNotOnOrAfter="${T.session}">` +
    `<AuthnContext><AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</AuthnContextClassRef></AuthnContext>` +
    `</AuthnStatement></Assertion></samlp:Response>`
  );
}

function sign(xml, privateKeyPem, certificatePem, elementName, issuerXpath) {
  const signer = new SignedXml({
    privateKey: privateKeyPem,
    publicCert: certificatePem,
    signatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    canonicalizationAlgorithm: 'http://www.w3.org/2001/10/xml-exc-c14n#',
  });
  signer.addReference({
    xpath: `//*[local-name(.)='${elementName}']`,
    digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
    transforms: ['http://www.w3.org/2000/09/xmldsig#enveloped-signature', 'http://www.w3.org/2001/10/xml-exc-c14n#'],
  });
  signer.computeSignature(xml, { location: { reference: issuerXpath, action: 'after' } });
  return signer.getSignedXml();
}

function signedResponse(privateKey, certificatePem) {
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' });
  const assertionSigned = sign(
    unsignedResponse(),
    pem,
    certificatePem,
    'Assertion',
    "//*[local-name(.)='Assertion']/*[local-name(.)='Issuer']",
  );
  return sign(
    assertionSigned,
    pem,
    certificatePem,
    'Response',
    "/*[local-name(.)='Response']/*[local-name(.)='Issuer']",
  );
}

// ------------------------------------------------------------------------------- HAR

function har(samlResponse) {
  const samlRequest = Buffer.from(
    `<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="${REQUEST_ID}" Version="2.0" IssueInstant="${T.started}" ` +
      `AssertionConsumerServiceURL="${esc(ACS)}"><saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">${AUDIENCE}</saml:Issuer></samlp:AuthnRequest>`,
  ).toString('base64');
  const encoded = Buffer.from(samlResponse, 'utf8').toString('base64');
  const body = `SAMLResponse=${encodeURIComponent(encoded)}`;
  const header = (n, v) => ({ name: n, value: v });
  const entry = (startedDateTime, request, status, extra = {}) => ({
    startedDateTime,
    time: 120,
    request: {
      httpVersion: 'HTTP/2',
      cookies: [],
      headersSize: -1,
      bodySize: request.postData ? request.postData.text.length : 0,
      queryString: [],
      headers: [],
      ...request,
    },
    response: {
      status,
      statusText: '',
      httpVersion: 'HTTP/2',
      cookies: [],
      headers: [],
      content: { size: 0, mimeType: 'text/html' },
      redirectURL: '',
      headersSize: -1,
      bodySize: -1,
      ...extra,
    },
    cache: {},
    timings: { send: 1, wait: 100, receive: 19 },
  });
  return {
    log: {
      version: '1.2',
      creator: { name: 'plugin-sso-diagnostics scripts/make-example-har.js', version: '1' },
      pages: [],
      entries: [
        entry(T.started, { method: 'GET', url: `https://flex.twilio.com/owl-bank-sandbox` }, 302, {
          redirectURL: `https://login.microsoftonline.com/7c1a2b3c-4d5e-6f70-8192-a3b4c5d6e7f8/saml2?SAMLRequest=...`,
        }),
        entry(
          '2026-11-20T08:59:41.400Z',
          {
            method: 'GET',
            url: `https://login.microsoftonline.com/7c1a2b3c-4d5e-6f70-8192-a3b4c5d6e7f8/saml2?SAMLRequest=${encodeURIComponent(samlRequest)}`,
            queryString: [header('SAMLRequest', samlRequest)],
          },
          200,
        ),
        entry(
          T.post,
          {
            method: 'POST',
            url: ACS,
            headers: [
              header('content-type', 'application/x-www-form-urlencoded'),
              header('origin', 'https://login.microsoftonline.com'),
            ],
            postData: {
              mimeType: 'application/x-www-form-urlencoded',
              params: [header('SAMLResponse', encoded)],
              text: body,
            },
          },
          302,
          { redirectURL: 'https://flex.twilio.com/owl-bank-sandbox' },
        ),
      ],
    },
  };
}

function build() {
  const privateKey = deterministicRsaKey();
  const certificate = selfSignedCertificate(privateKey);
  const response = signedResponse(privateKey, certificate);
  return {
    'login.har': `${JSON.stringify(har(response), null, 2)}\n`,
    'idp-certificate.pem': certificate,
    'login-response.xml': `${response}\n`,
  };
}

function main() {
  const check = process.argv.includes('--check');
  const files = build();
  let stale = false;
  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(OUT_DIR, file);
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined;
    if (current === content) continue;
    stale = true;
    if (!check) fs.writeFileSync(target, content);
  }
  if (check && stale) {
    console.error('sandbox/examples is not up to date: run node scripts/make-example-har.js');
    process.exit(1);
  }
  if (!check)
    console.log(`sandbox/examples: login.har, idp-certificate.pem, login-response.xml (account ${ACCOUNT_SID})`);
}

if (require.main === module) main();
module.exports = { build };
