import { predictWorkerAttributes, splitRoles, splitTypedClaim } from '../../../src/core/predict';
import type { SamlAttribute } from '../../../src/core/samlTypes';
import { rawValue } from '../../../src/core/disclose';
import type { FindingData } from '../../../src/core/types';

const rawData = (data: FindingData) => Object.fromEntries(Object.entries(data).map(([k, v]) => [k, rawValue(v)]));

const attr = (name: string, ...values: string[]): SamlAttribute => ({ name, values });

describe('predictWorkerAttributes', () => {
  it('keys each attribute by its Name exactly: one value a string, several a list', () => {
    const predicted = predictWorkerAttributes([
      attr('email', 'ana@example.com'),
      attr('http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress', 'ana@example.com'),
      attr('Department', 'Sales'),
      attr('skills', 'sales', 'support'),
    ]);
    expect(predicted.attributes).toEqual({
      email: 'ana@example.com',
      'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress': 'ana@example.com',
      Department: 'Sales',
      skills: ['sales', 'support'],
    });
    expect(predicted.sources['Department']).toBe('Department');
    expect(predicted.typeErrors).toEqual([]);
  });

  it("splits roles on commas and trims them, as in Twilio's Salesforce example", () => {
    expect(predictWorkerAttributes([attr('roles', 'agent, supervisor, admin')]).attributes['roles']).toEqual([
      'agent',
      'supervisor',
      'admin',
    ]);
    expect(predictWorkerAttributes([attr('roles', 'agent', ' wfo.team_leader ,', '')]).attributes['roles']).toEqual([
      'agent',
      'wfo.team_leader',
    ]);
  });

  it('keeps roles a list even with one value, and only the exact name `roles` is split', () => {
    const predicted = predictWorkerAttributes([attr('roles', 'agent'), attr('Roles', 'agent,admin')]);
    expect(predicted.attributes).toEqual({ roles: ['agent'], Roles: 'agent,admin' });
  });

  it('predicts an attribute sent with no value as an empty string (the documented way to clear a claim)', () => {
    expect(predictWorkerAttributes([attr('location')]).attributes).toEqual({ location: '' });
  });

  it('lets the last of duplicated attributes win', () => {
    const predicted = predictWorkerAttributes([attr('roles', 'agent'), attr('roles', 'supervisor')]);
    expect(predicted.attributes['roles']).toEqual(['supervisor']);
  });

  it('converts typed claims under their base name and records where they came from', () => {
    const predicted = predictWorkerAttributes([
      attr('seniority.int', ' 12 '),
      attr('is_lead.boolean', 'True'),
      attr('nickname.string', 'Ana'),
      attr('languages.stringarray', 'en', 'pt'),
      attr('levels.intarray', '1', '2'),
      attr('flags.booleanarray', 'false', 'true'),
    ]);
    expect(predicted.attributes).toEqual({
      seniority: 12,
      is_lead: true,
      nickname: 'Ana',
      languages: ['en', 'pt'],
      levels: [1, 2],
      flags: [false, true],
    });
    expect(predicted.sources).toMatchObject({ seniority: 'seniority.int', levels: 'levels.intarray' });
    expect(predicted.typeErrors).toEqual([]);
  });

  it('records a type suffix in the wrong case as typeCase and writes nothing for it', () => {
    const predicted = predictWorkerAttributes([attr('seniority.Int', '3'), attr('lead.Boolean', 'true')]);
    expect(predicted.attributes).toEqual({});
    expect(predicted.typeErrors.map((e) => ({ ...e, data: rawData(e.data) }))).toEqual([
      { claim: 'seniority.Int', messageId: 'typeCase', data: { claim: 'seniority.Int', type: 'Int', expected: 'int' } },
      {
        claim: 'lead.Boolean',
        messageId: 'typeCase',
        data: { claim: 'lead.Boolean', type: 'Boolean', expected: 'boolean' },
      },
    ]);
  });

  it.each([
    ['an int that is text', attr('n.int', 'three'), 'three'],
    ['a fractional int', attr('n.int', '1.5'), '1.5'],
    ['an int with several values', attr('n.int', '1', '2'), '1, 2'],
    ['a boolean that is yes', attr('b.boolean', 'yes'), 'yes'],
    ['one bad value in an intarray', attr('n.intarray', '1', 'x'), 'x'],
    ['one bad value in a booleanarray', attr('b.booleanarray', 'true', '1'), '1'],
  ])('records %s as a value error', (_name, attribute, bad) => {
    const predicted = predictWorkerAttributes([attribute]);
    expect(predicted.typeErrors.map((e) => ({ ...e, data: rawData(e.data) }))).toEqual([
      {
        claim: attribute.name,
        messageId: 'value',
        data: expect.objectContaining({ claim: attribute.name, value: bad }),
      },
    ]);
    expect(predicted.attributes).toEqual({});
  });

  it('leaves a suffix that is no Flex type under the literal dotted name', () => {
    expect(predictWorkerAttributes([attr('age.number', '3'), attr('User.email', 'a@b.c')]).attributes).toEqual({
      'age.number': '3',
      'User.email': 'a@b.c',
    });
  });
});

describe('helpers', () => {
  it('splitTypedClaim recognises Flex types in any case, and nothing else', () => {
    expect(splitTypedClaim('a.b.intarray')).toEqual({ base: 'a.b', type: 'intarray' });
    expect(splitTypedClaim('x.STRING')).toEqual({ base: 'x', type: 'STRING' });
    expect(splitTypedClaim('.int')).toBeUndefined();
    expect(splitTypedClaim('x.integer')).toBeUndefined();
  });

  it('splitRoles drops empties', () => {
    expect(splitRoles([',agent,,admin ,'])).toEqual(['agent', 'admin']);
  });
});
