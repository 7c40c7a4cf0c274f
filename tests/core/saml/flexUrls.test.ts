import {
  classifyFlexUrl,
  enhancedAcsUrl,
  enhancedEntityId,
  expectedEndpoints,
  isAccountSid,
  isConnectionSid,
  legacyAcsUrl,
  legacyEntityId,
  previewAcsUrl,
  ssoTypeOf,
} from '../../../src/core/flexUrls';

const AC = 'AC0123456789abcdef0123456789abcdef';
const JQ = 'JQfedcba9876543210fedcba9876543210';

describe('SID validators', () => {
  it('accepts AC / JQ followed by exactly 32 hex digits', () => {
    expect(isAccountSid(AC)).toBe(true);
    expect(isConnectionSid(JQ)).toBe(true);
    expect(isAccountSid(AC.toUpperCase().replace(/^AC/, 'AC'))).toBe(true);
  });

  it.each([
    ['the wrong prefix', JQ, isAccountSid],
    ['a lower-case prefix', `ac${AC.slice(2)}`, isAccountSid],
    ['31 digits', AC.slice(0, -1), isAccountSid],
    ['33 digits', `${AC}0`, isAccountSid],
    ['a non-hex digit', `${JQ.slice(0, -1)}g`, isConnectionSid],
    ['surrounding text', ` ${JQ}`, isConnectionSid],
  ])('rejects %s', (_name, value, validate) => {
    expect(validate(value)).toBe(false);
  });
});

describe('endpoint builders', () => {
  it('builds the enhanced ACS and Entity ID, in us1 unless told otherwise', () => {
    expect(enhancedAcsUrl(JQ)).toBe(`https://login.flex.us1.twilio.com/login/callback?connection=${JQ}`);
    expect(enhancedAcsUrl(JQ, 'ie1')).toBe(`https://login.flex.ie1.twilio.com/login/callback?connection=${JQ}`);
    expect(enhancedEntityId(JQ)).toBe(`urn:flex:${JQ}`);
  });

  it('builds the legacy ACS and Entity ID from the Account SID, and the preview endpoint', () => {
    expect(legacyAcsUrl(AC)).toBe(`https://iam.twilio.com/v1/Accounts/${AC}/saml2`);
    expect(legacyEntityId(AC)).toBe(`https://iam.twilio.com/v1/Accounts/${AC}/saml2/metadata`);
    expect(previewAcsUrl(AC)).toBe(`https://preview.twilio.com/iam/Accounts/${AC}/saml2`);
  });

  it('gives the pair for a type only when its SID is known', () => {
    expect(expectedEndpoints('enhanced', { connectionSid: JQ, region: 'au1' })).toEqual({
      acsUrl: enhancedAcsUrl(JQ, 'au1'),
      entityId: enhancedEntityId(JQ),
    });
    expect(expectedEndpoints('legacy', { accountSid: AC })?.entityId).toBe(legacyEntityId(AC));
    expect(expectedEndpoints('enhanced', { accountSid: AC })).toBeUndefined();
  });
});

describe('classifyFlexUrl', () => {
  it('round-trips every builder', () => {
    expect(classifyFlexUrl(enhancedAcsUrl(JQ, 'ie1'))).toEqual({
      type: 'enhanced',
      endpoint: 'acs',
      connectionSid: JQ,
      region: 'ie1',
      insecure: false,
    });
    expect(classifyFlexUrl(enhancedEntityId(JQ))).toEqual({
      type: 'enhanced',
      endpoint: 'entityId',
      connectionSid: JQ,
      insecure: false,
    });
    expect(classifyFlexUrl(legacyAcsUrl(AC))).toEqual({
      type: 'legacy',
      endpoint: 'acs',
      accountSid: AC,
      insecure: false,
    });
    expect(classifyFlexUrl(legacyEntityId(AC))).toMatchObject({ type: 'legacy', endpoint: 'entityId', accountSid: AC });
    expect(classifyFlexUrl(previewAcsUrl(AC))).toMatchObject({ type: 'preview', endpoint: 'acs', accountSid: AC });
  });

  it('tolerates a trailing slash on the legacy ACS and Entity ID', () => {
    expect(classifyFlexUrl(`${legacyAcsUrl(AC)}/`)).toMatchObject({ type: 'legacy', endpoint: 'acs' });
    expect(classifyFlexUrl(`${legacyEntityId(AC)}/`)).toMatchObject({ type: 'legacy', endpoint: 'entityId' });
  });

  it('tolerates query-parameter order, extra parameters, host case and surrounding spaces', () => {
    const url = `  https://LOGIN.flex.us1.twilio.com/login/callback?utm=x&connection=${JQ}&b=2 `;
    expect(classifyFlexUrl(url)).toMatchObject({ type: 'enhanced', connectionSid: JQ, region: 'us1' });
  });

  it('flags plain http on a Flex endpoint and elsewhere', () => {
    expect(classifyFlexUrl(enhancedAcsUrl(JQ).replace('https:', 'http:'))).toMatchObject({
      type: 'enhanced',
      insecure: true,
    });
    expect(classifyFlexUrl(legacyAcsUrl(AC).replace('https:', 'http:'))).toMatchObject({
      type: 'legacy',
      insecure: true,
    });
    expect(classifyFlexUrl('http://example.com/acs')).toEqual({ type: 'notFlex', insecure: true });
  });

  it.each([
    ['an IdP URL', 'https://example.okta.com/app/sso/saml'],
    ['the enhanced callback without a connection', 'https://login.flex.us1.twilio.com/login/callback'],
    ['a malformed connection SID', `https://login.flex.us1.twilio.com/login/callback?connection=${JQ.slice(0, -1)}`],
    [
      'an Account SID where the connection belongs',
      `https://login.flex.us1.twilio.com/login/callback?connection=${AC}`,
    ],
    ['another path on the enhanced host', `https://login.flex.us1.twilio.com/login?connection=${JQ}`],
    ['a look-alike host', `https://login.flex.us1.twilio.com.evil.example/login/callback?connection=${JQ}`],
    ['the legacy path on another host', `https://iam.twilio.example/v1/Accounts/${AC}/saml2`],
    ['a legacy path with extra segments', `${legacyAcsUrl(AC)}/extra`],
    ['a malformed urn', `urn:flex:${AC}`],
    ['text that is no URL', 'not a url'],
    ['another scheme', `ftp://iam.twilio.com/v1/Accounts/${AC}/saml2`],
  ])('is notFlex for %s', (_name, url) => {
    expect(classifyFlexUrl(url).type).toBe('notFlex');
  });

  it('maps each endpoint family to its SSO type', () => {
    expect(ssoTypeOf(classifyFlexUrl(enhancedEntityId(JQ)))).toBe('enhanced');
    expect(ssoTypeOf(classifyFlexUrl(legacyAcsUrl(AC)))).toBe('legacy');
    expect(ssoTypeOf(classifyFlexUrl(previewAcsUrl(AC)))).toBe('legacy');
    expect(ssoTypeOf(classifyFlexUrl('https://example.com'))).toBeUndefined();
  });
});
