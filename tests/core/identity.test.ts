import { compareShownNames, decodeIdentity, encodeIdentity, personName } from '../../src/core/identity';

describe('Flex identities', () => {
  it.each([
    ['admin_2Eowl_40owlbank_2Eexample', 'admin.owl@owlbank.example'],
    ['user_40example_2Ecom', 'user@example.com'],
    ['ana_5Flima_40x_2Eexample', 'ana_lima@x.example'],
    ['jo_2Dann_2Bflex_40x_2Eexample', 'jo-ann+flex@x.example'],
    ['s_C3_B8ren_40x_2Edk', 'søren@x.dk'],
    ['plain', 'plain'],
  ])('decodes %s as %s, and encodes it back', (identity, nameId) => {
    expect(decodeIdentity(identity)).toBe(nameId);
    expect(encodeIdentity(nameId)).toBe(identity);
  });

  it.each([
    ['a literal underscore', 'ana_lima'],
    ['lower-case hex (Flex writes upper case)', 'ana_2echen'],
    ['a character Flex escapes', 'ana.chen@x.example'],
    ['bytes that are not UTF-8', 'bad_C3'],
    ['a cut-off escape', 'bad_4'],
    ['empty', ''],
  ])('leaves %s undecoded', (_what, identity) => {
    expect(decodeIdentity(identity)).toBeUndefined();
  });

  it('decodes a long identity quickly, and refuses an absurd one', () => {
    const long = encodeIdentity('x.'.repeat(600));
    const started = Date.now();
    expect(decodeIdentity(long)).toBe('x.'.repeat(600));
    expect(Date.now() - started).toBeLessThan(100);
    expect(decodeIdentity('a'.repeat(5_000))).toBeUndefined();
  });
});

describe('personName', () => {
  const identity = 'admin_2Eowl_40owlbank_2Eexample';

  it('shows full_name first, keeping the raw and decoded identity', () => {
    expect(personName({ attributes: { full_name: ' Owl Admin ', email: 'a@x.example' }, identity })).toEqual({
      shown: 'Owl Admin',
      source: 'full_name',
      identity,
      decoded: 'admin.owl@owlbank.example',
    });
  });

  it('then the email, then the decoded identity, then the raw one', () => {
    expect(personName({ attributes: { full_name: '  ', email: 'a@x.example' }, identity }).shown).toBe('a@x.example');
    expect(personName({ attributes: { full_name: 42 }, identity })).toMatchObject({
      shown: 'admin.owl@owlbank.example',
      source: 'identity',
    });
    expect(personName({ identity: 'ana_lima' })).toEqual({ shown: 'ana_lima', source: 'raw', identity: 'ana_lima' });
    expect(personName({ attributes: {} })).toEqual({ shown: '', source: 'none' });
  });

  it('sorts shown names as people read them, empty names last', () => {
    const names = ['', 'bea', 'Ana', '', 'carl 10', 'carl 9'];
    expect([...names].sort(compareShownNames)).toEqual(['Ana', 'bea', 'carl 9', 'carl 10', '', '']);
  });
});
