import { FLEX_ATTRIBUTES, isBlankValue, isFlexAttribute, isNamespacedClaim } from '../../src/core/attributes';
import {
  AUTH0_PASSTHROUGH_PREFIX,
  ENTRA_DEFAULT_CLAIMS,
  intendedAttribute,
  isNoiseClaim,
  keysProbablyMeaning,
} from '../../src/core/claims';
import { groupAttributes, showValue } from '../../src/core/attributeDisplay';
import { isPlausibleEmail, plausibleByParts } from '../../src/core/email';

const WS = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/';

describe('FLEX_ATTRIBUTES', () => {
  it('lists the required, Insights and reserved names once each', () => {
    expect(FLEX_ATTRIBUTES.slice(0, 3)).toEqual(['email', 'full_name', 'roles']);
    expect(FLEX_ATTRIBUTES).toEqual(
      expect.arrayContaining(['team_id', 'agent_label_3', 'role', 'routing', 'image_url']),
    );
    expect(new Set(FLEX_ATTRIBUTES).size).toBe(FLEX_ATTRIBUTES.length);
  });

  it('recognises channel settings by pattern and nothing case-shifted', () => {
    expect(isFlexAttribute('channel.voice.capacity')).toBe(true);
    expect(isFlexAttribute('channel.voice.colour')).toBe(false);
    expect(isFlexAttribute('Email')).toBe(false);
  });
});

describe('intendedAttribute', () => {
  const cases: [string, unknown, Record<string, unknown>, string | undefined][] = [
    ['email', 'a@b.co', {}, 'email'],
    [`${WS}emailaddress`, 'a@b.co', {}, 'email'],
    ['HTTP://SCHEMAS.XMLSOAP.ORG/ws/2005/05/identity/claims/EmailAddress', 'a@b.co', {}, 'email'],
    [`${WS}name`, 'ana@example.com', {}, 'email'],
    [`${WS}name`, 'Ana Lima', {}, 'full_name'],
    [`${WS}name`, ['ana@example.com'], {}, 'email'],
    [`${WS}givenname`, 'Ana', {}, 'full_name'],
    ['http://schemas.microsoft.com/identity/claims/displayname', 'Ana', {}, 'full_name'],
    [`${WS}upn`, 'ana@corp.local', {}, 'email'],
    [`${WS}nameidentifier`, 'x', {}, undefined],
    ['http://schemas.microsoft.com/ws/2008/06/identity/claims/role', 'agent', {}, 'roles'],
    ['http://schemas.xmlsoap.org/claims/Group', 'agent', {}, 'roles'],
    ['http://schemas.microsoft.com/identity/claims/tenantid', 't', {}, undefined],
    ['http://schemas.auth0.com/email', 'a@b.co', {}, undefined],
    [`${WS}mobilephone`, '+1', {}, 'phone'],
    ['urn:oid:2.5.4.42', 'Ana', {}, 'full_name'],
    ['urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress', 'a@b.co', {}, 'email'],
    ['https://example.com/claims/full_name', 'Ana', {}, 'full_name'],
    ['Email', 'a@b.co', {}, 'email'],
    ['emailAddress', 'a@b.co', {}, 'email'],
    ['User.email', 'a@b.co', {}, 'email'],
    ['fullName', 'Ana', {}, 'full_name'],
    ['User.LastName', 'Lima', {}, 'full_name'],
    ['name', 'Ana Lima', {}, 'full_name'],
    ['userType', 'agent', {}, 'roles'],
    ['member-of', 'agent', {}, 'roles'],
    ['role', 'agent', {}, 'roles'],
    ['role', 'Tier 1', { roles: ['agent'] }, 'role'],
    ['costCentre', '42', {}, undefined],
    ['x'.repeat(10_000), 'v', {}, undefined],
  ];
  it.each(cases)('%s (%j) → %s', (key, value, others, expected) => {
    expect(intendedAttribute(key, value, others)).toBe(expected);
  });

  it('finds every key that probably means an attribute, in key order', () => {
    const attributes = { firstName: 'Ana', email: 'a@b.co', lastName: 'Lima', full_name: 'Ana Lima' };
    expect(keysProbablyMeaning('full_name', attributes)).toEqual(['firstName', 'lastName']);
  });
});

describe('groupAttributes', () => {
  it('puts every key in exactly one group, keeping order', () => {
    const groups = groupAttributes({
      roles: ['agent'],
      email: 'a@b.co',
      department: 'Sales',
      role: 'Tier 1',
      routing: { skills: [] },
      'channel.voice.capacity': 1,
      costCentre: '42',
      Full_Name: 'Ana Lima',
      [`${WS}givenname`]: 'Ana',
      mail: 'a@b.co',
    });
    expect(groups).toEqual({
      required: ['roles', 'email'],
      insights: ['department', 'role'],
      routingAndReserved: ['routing', 'channel.voice.capacity'],
      custom: ['costCentre', 'mail'],
      namespacedOrUnknown: ['Full_Name', `${WS}givenname`],
    });
  });

  it('handles an empty worker', () => {
    expect(Object.values(groupAttributes({})).flat()).toEqual([]);
  });
});

describe('isNoiseClaim', () => {
  it('knows Entra defaults and Auth0 pass-through, and nothing useful', () => {
    expect(isNoiseClaim('http://schemas.microsoft.com/claims/authnmethodsreferences')).toBe(true);
    expect(isNoiseClaim('http://schemas.auth0.com/nickname')).toBe(true);
    expect(isNoiseClaim(`${WS}emailaddress`)).toBe(false);
  });

  it('matches names in any case, and every noise name starts with http:// (it skips the rest unread)', () => {
    expect(isNoiseClaim('HTTP://Schemas.Microsoft.com/identity/claims/TenantId')).toBe(true);
    expect(isNoiseClaim('https://schemas.auth0.com/nickname')).toBe(false);
    expect([...ENTRA_DEFAULT_CLAIMS, AUTH0_PASSTHROUGH_PREFIX].every((name) => name.startsWith('http://'))).toBe(true);
  });
});

describe('isNamespacedClaim', () => {
  it.each([
    ['http://schemas.xmlsoap.org/claims/Group', true],
    ['HTTPS://example.com/x', true],
    ['Urn:oid:0.9.2342.19200300.100.1.3', true],
    ['urn', false],
    ['httpx://a', false],
    ['email', false],
  ])('%s: %s', (key, namespaced) => {
    expect(isNamespacedClaim(key)).toBe(namespaced);
  });
});

describe('isPlausibleEmail', () => {
  it.each(['ana@example.com', 'a.b+c@sub.example.co.uk', 'ana@xn--bcher-kva.example', 'ana@bücher.de'])(
    'accepts %s',
    (v) => expect(isPlausibleEmail(v)).toBe(true),
  );
  it.each([
    '',
    'ana',
    '@example.com',
    'ana@',
    'ana@example',
    'ana@-x.com',
    'a b@example.com',
    '.ana@example.com',
    'ana@example.c0m',
  ])('rejects %j', (v) => expect(isPlausibleEmail(v)).toBe(false));

  it('decides in one pass only what the checks one by one decide the same way', () => {
    // local@domain.tld from an alphabet with every character class the checks tell apart, and strings
    // with no structure at all.
    const ANY = 'aZ09.-_+@ "(),;<>[]\\xn-ü';
    const LOCAL = 'abZ09._+-%!"@ ';
    const DOMAIN = 'abZ09-_.ü';
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 4;
    const random = (length: number, alphabet: string) => {
      let text = '';
      for (let j = 0; j < length; j++) text += alphabet[next() % alphabet.length];
      return text;
    };
    const differ: string[] = [];
    let plausible = 0;
    for (let i = 0; i < 40_000; i++) {
      const tld = ['.com', '.c0m', '', '.xn--p1ai', '.ü'][next() % 5] as string;
      const value =
        i % 4 === 0
          ? random(1 + (next() % 30), ANY)
          : `${random(1 + (next() % 7), LOCAL)}@${random(1 + (next() % 6), DOMAIN)}${tld}`;
      if (isPlausibleEmail(value) !== plausibleByParts(value)) differ.push(value);
      if (plausibleByParts(value)) plausible += 1;
    }
    expect(differ).toEqual([]);
    expect(plausible).toBeGreaterThan(1000);
    for (const v of [
      'a. b@ab.com',
      'a b@ab.com',
      'a_b@ab.com',
      'a@a_b.com',
      'a@a.b.com',
      'a@ab.c0m',
      'ü@ab.com',
      'a@ü.com',
      'a..b@c.com',
      '.a@b.com',
      'a.@b.com',
      'a@-b.com',
      'a@b-.com',
      'a@b.co-m',
      'a@b.c',
      'a@b.co',
      `${'a'.repeat(64)}@b.co`,
      `${'a'.repeat(65)}@b.co`,
      `a@${'b'.repeat(63)}.co`,
      `a@${'b'.repeat(64)}.co`,
    ]) {
      expect(isPlausibleEmail(v)).toBe(plausibleByParts(v));
    }
  });
});

describe('isBlankValue and showValue', () => {
  it('counts null, blank text and lists without a non-blank item as blank', () => {
    expect([null, '', ' ', [], [''], [null]].map(isBlankValue)).toEqual([true, true, true, true, true, true]);
    expect([0, false, {}, 'x', [' ', 'x']].map(isBlankValue)).toEqual([false, false, false, false, false]);
  });

  it('quotes text as is, other values as JSON, cut at 80 characters, and never throws', () => {
    expect(showValue('a"b')).toBe('a"b');
    expect(showValue({ a: 1 })).toBe('{"a":1}');
    expect(showValue('x'.repeat(100))).toHaveLength(80);
    expect(showValue(BigInt(1))).toBe('1');
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(showValue(cyclic)).toBe('[object Object]');
  });
});

describe('keysProbablyMeaning ranking', () => {
  it('puts a direct synonym before a value guess and a group list last', () => {
    const attributes = {
      [`${WS}name`]: 'ana@example.com',
      groups: ['agent'],
      [`${WS}emailaddress`]: 'ana@example.com',
      Role: 'agent',
    };
    expect(keysProbablyMeaning('email', attributes)).toEqual([`${WS}emailaddress`, `${WS}name`]);
    expect(keysProbablyMeaning('roles', attributes)).toEqual(['Role', 'groups']);
  });
});
