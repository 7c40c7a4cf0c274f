import { SamlInputError, type InputErrorCode } from '../../src/saml/errors';
import { classifyRoot, parseSafely, scanXml, type ParseXml } from '../../src/saml/xml';
import { parseXml } from './node-deps';
import { ASSERTION_NS, PROTOCOL_NS, responseXml, cpuTimer } from './samples';

function codeOf(run: () => unknown): InputErrorCode | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (error instanceof SamlInputError) return error.code;
    throw error;
  }
}

describe('parseSafely: classifying the root by namespace, not prefix', () => {
  it.each([
    ['a Response', responseXml(), 'response'],
    ['a Response with a default namespace', `<Response xmlns="${PROTOCOL_NS}" ID="_1"/>`, 'response'],
    ['an unusual prefix', `<x:Response xmlns:x="${PROTOCOL_NS}" ID="_1"/>`, 'response'],
    ['a bare Assertion', `<Assertion xmlns="${ASSERTION_NS}" ID="_a"/>`, 'assertion'],
  ])('accepts %s', (_label, xml, kind) => {
    expect(classifyRoot(parseSafely(xml, parseXml))).toBe(kind);
  });

  it.each([
    ['an AuthnRequest', `<samlp:AuthnRequest xmlns:samlp="${PROTOCOL_NS}" ID="_q"/>`, 'authnRequest'],
    ['a LogoutRequest', `<samlp:LogoutRequest xmlns:samlp="${PROTOCOL_NS}"/>`, 'logoutMessage'],
    ['a LogoutResponse', `<samlp:LogoutResponse xmlns:samlp="${PROTOCOL_NS}"/>`, 'logoutMessage'],
    ['a Response prefix bound to another namespace', '<samlp:Response xmlns:samlp="urn:example"/>', 'notSaml'],
    ['a Response without a namespace', '<Response ID="_1"/>', 'notSaml'],
    ['an HTML page', '<html><body><form/></body></html>', 'notSaml'],
    ['SAML metadata', '<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata"/>', 'notSaml'],
  ])('refuses %s', (_label, xml, code) => {
    expect(codeOf(() => parseSafely(xml, parseXml))).toBe(code);
  });

  it('names SAML 1.1 (WS-Federation) tokens as such', () => {
    const xml =
      '<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:1.0:assertion" MajorVersion="1" MinorVersion="1" AssertionID="_x"/>';
    const error = (() => {
      try {
        parseSafely(xml, parseXml);
      } catch (e) {
        return e as SamlInputError;
      }
    })();
    expect(error?.code).toBe('notSaml');
    expect(error?.message).toMatch(/SAML 1\.1.*WS-Federation.*Flex does not use/);
  });

  it.each([
    ['truncated XML', responseXml().slice(0, 400)],
    ['mismatched tags', `<samlp:Response xmlns:samlp="${PROTOCOL_NS}"><a></b></samlp:Response>`],
    ['an undeclared prefix', '<samlp:Response ID="_1"/>'],
    ['two roots', `<Response xmlns="${PROTOCOL_NS}"/><Response xmlns="${PROTOCOL_NS}"/>`],
    ['text only', '<'],
  ])('reports %s as notXml', (_label, xml) => {
    expect(codeOf(() => parseSafely(xml, parseXml))).toBe('notXml');
  });

  it('reports a browser-style <parsererror> document as notXml', () => {
    // What Chromium returns for bad XML: a document with an XHTML parsererror inside.
    const chromiumLike: ParseXml = () =>
      parseXml(
        `<Response xmlns="${PROTOCOL_NS}"><parsererror xmlns="http://www.w3.org/1999/xhtml">error on line 1</parsererror></Response>`,
      );
    const firefoxLike: ParseXml = () =>
      parseXml(
        '<parsererror xmlns="http://www.mozilla.org/newlayout/xml/parsererror.xml">XML Parsing Error</parsererror>',
      );
    expect(codeOf(() => parseSafely('<x/>', chromiumLike))).toBe('notXml');
    expect(codeOf(() => parseSafely('<x/>', firefoxLike))).toBe('notXml');
  });
});

describe('scanXml: refusing hostile XML before any parser sees it', () => {
  /** A parser that must never be called. */
  const neverParse: ParseXml = () => {
    throw new Error('the parser was called');
  };

  const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol9 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<samlp:Response xmlns:samlp="${PROTOCOL_NS}">&lol9;</samlp:Response>`;
  const externalEntity = `<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<samlp:Response xmlns:samlp="${PROTOCOL_NS}"><x>&xxe;</x></samlp:Response>`;

  it.each([
    ['billion laughs', billionLaughs, 'doctype'],
    ['an external entity (file:///etc/passwd)', externalEntity, 'doctype'],
    ['a lower-case doctype', '<!doctype x><x/>', 'doctype'],
    ['a stray ENTITY declaration', '<x><!ENTITY a "b"></x>', 'doctype'],
    ['50,000-deep nesting', '<a>'.repeat(50_000) + '</a>'.repeat(50_000), 'tooDeep'],
    ['257-deep nesting', '<a>'.repeat(257) + '</a>'.repeat(257), 'tooDeep'],
    ['100,001 elements', `<r>${'<a/>'.repeat(100_001)}</r>`, 'tooManyElements'],
    ['10,001 attributes', `<r>${'<a b="1"/>'.repeat(10_001)}</r>`, 'tooManyElements'],
  ])('refuses %s within a second, never calling the parser', (_label, xml, code) => {
    const elapsed = cpuTimer();
    expect(codeOf(() => parseSafely(xml, neverParse))).toBe(code);
    expect(elapsed()).toBeLessThan(1000);
  });

  it('lets 256 levels, self-closing siblings and quoted > and = through', () => {
    expect(() => scanXml('<a>'.repeat(256) + '</a>'.repeat(256))).not.toThrow();
    expect(() => scanXml(`<r>${'<a/>'.repeat(50_000)}</r>`)).not.toThrow();
    expect(() => scanXml('<r a="x > y" b=\'1=2\'><!-- <a><a><a> --><![CDATA[<b><b>]]></r>')).not.toThrow();
  });

  it('counts a DOCTYPE anywhere, even after the root, as hostile', () => {
    expect(codeOf(() => scanXml(`${responseXml()}<!DOCTYPE x>`))).toBe('doctype');
  });

  it('is linear: a 2 MB document scans in well under a second', () => {
    const big = `<r>${'<a b="1">text</a>'.repeat(9_000)}${'x'.repeat(1_800_000)}</r>`;
    const elapsed = cpuTimer();
    scanXml(big);
    expect(elapsed()).toBeLessThan(500);
  });
});
