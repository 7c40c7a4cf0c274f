import { NAME_ID_CLAIM, parseClaimRules, tokenize } from '../../src/idpconfig/claimRules';

const EMAIL_URI = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress';
const WINDOWS_ACCOUNT = 'http://schemas.microsoft.com/ws/2008/06/identity/claims/windowsaccountname';
const EMAIL_FORMAT = 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress';

/** The two rules of Twilio's AD FS guide, as the rule editor's "View Rule Language" shows them. */
export const GUIDE_RULES = `@RuleTemplate = "LdapClaims"
@RuleName = "Flex attributes"
c:[Type == "${WINDOWS_ACCOUNT}", Issuer == "AD AUTHORITY"]
 => issue(store = "Active Directory", types = ("${EMAIL_URI}", "email", "full_name", "roles"), query = ";mail,mail,displayName,department;{0}", param = c.Value);

@RuleTemplate = "MapClaims"
@RuleName = "Name ID"
c:[Type == "${EMAIL_URI}"]
 => issue(Type = "${NAME_ID_CLAIM}", Issuer = c.Issuer, OriginalIssuer = c.OriginalIssuer, Value = c.Value, ValueType = c.ValueType, Properties["http://schemas.xmlsoap.org/ws/2005/05/identity/claimproperties/format"] = "${EMAIL_FORMAT}");
`;

describe('the AD FS claim rule parser', () => {
  it('reads the LDAP rule: the n-th claim type gets the n-th LDAP attribute', () => {
    const { rules, unreadable } = parseClaimRules(GUIDE_RULES);
    expect(unreadable).toEqual([]);
    expect(rules[0]).toMatchObject({ name: 'Flex attributes', template: 'LdapClaims', action: 'issue' });
    expect(rules[0]?.inputTypes).toEqual([WINDOWS_ACCOUNT]);
    expect(rules[0]?.emits).toEqual([
      { type: EMAIL_URI, source: { kind: 'ldap', attribute: 'mail' } },
      { type: 'email', source: { kind: 'ldap', attribute: 'mail' } },
      { type: 'full_name', source: { kind: 'ldap', attribute: 'displayName' } },
      { type: 'roles', source: { kind: 'ldap', attribute: 'department' } },
    ]);
  });

  it('reads the Name ID transform: type, input claim and format property', () => {
    const { rules } = parseClaimRules(GUIDE_RULES);
    expect(rules[1]?.emits).toEqual([
      { type: NAME_ID_CLAIM, source: { kind: 'claim', claimType: EMAIL_URI }, format: EMAIL_FORMAT },
    ]);
  });

  it('keeps tokenGroups(…) whole when splitting the query on commas', () => {
    const { rules } = parseClaimRules(
      `c:[Type == "${WINDOWS_ACCOUNT}"] => issue(store = "Active Directory", types = ("roles", "email"), query = ";tokenGroups(SAMAccountName),mail;{0}", param = c.Value);`,
    );
    expect(rules[0]?.emits.map((e) => e.source)).toEqual([
      { kind: 'ldap', attribute: 'tokenGroups(SAMAccountName)' },
      { kind: 'ldap', attribute: 'mail' },
    ]);
  });

  it('reads a pass-through of one type, and marks c:[] => issue(claim = c) as pass-through-all', () => {
    const { rules } = parseClaimRules(
      `c:[Type == "http://schemas.xmlsoap.org/claims/Group", Value =~ "^Flex-"] => issue(claim = c);\nc:[] => issue(claim = c);`,
    );
    expect(rules[0]).toMatchObject({
      passThroughAll: false,
      emits: [{ type: 'http://schemas.xmlsoap.org/claims/Group', source: { kind: 'claim' } }],
    });
    expect(rules[1]).toMatchObject({ name: 'rule 2', named: false, passThroughAll: true, emits: [] });
  });

  it('reads add rules, && conjunctions, exists and NOT EXISTS, constants and concatenation', () => {
    const { rules, unreadable } = parseClaimRules(`
NOT EXISTS([Type == "roles"]) => add(Type = "http://example.com/noRole", Value = "none");
exists([Type == "roles"]) && c1:[Type == "http://example.com/givenname"] && c2:[Type == "http://example.com/surname"]
 => issue(Type = "full_name", Value = c1.Value + " " + c2.Value);
c:[Type == "email"] => issue(Type = "email_lower", Value = RegExReplace(c.Value, "[A-Z]", "x"));`);
    expect(unreadable).toEqual([]);
    expect(rules.map((r) => r.action)).toEqual(['add', 'issue', 'issue']);
    expect(rules[0]?.emits[0]).toEqual({ type: 'http://example.com/noRole', source: { kind: 'constant' } });
    expect(rules[1]?.emits[0]).toEqual({ type: 'full_name', source: { kind: 'expression' } });
    expect(rules[1]?.inputTypes).toEqual(['http://example.com/givenname', 'http://example.com/surname']);
    expect(rules[2]?.emits[0]?.source).toEqual({ kind: 'expression' });
  });

  it('resolves Type = c.Type through the condition, and refuses a type it cannot know', () => {
    const { rules, unreadable } = parseClaimRules(
      `c:[Type == "email"] => issue(Type = c.Type, Value = c.Value);\nc:[Type =~ "mail"] => issue(Type = c.Type, Value = c.Value);`,
    );
    expect(rules[0]?.emits[0]?.type).toBe('email');
    expect(unreadable).toEqual([{ position: 2, reason: 'the claim Type is computed when the rule runs' }]);
  });

  it('reports what it cannot follow by @RuleName or position, and reads the rules after it', () => {
    const { rules, unreadable } = parseClaimRules(`@RuleName = "Broken"
c:[Type == "email"] => issue(Type = "email", Value = c.Value)
@RuleName = "Fine"
c:[Type == "email"] => issue(Type = "mail", Value = c.Value);
c:[Type == "x"] || c:[Type == "y"] => issue(claim = c);
c:[Type == "email"] => issue(Type = “email”, Value = c.Value);
c:[Type == "x"] => issue(Type = "y", Value = "unterminated);`);
    // The first rule has no ";" so it swallows the second one's annotation: both are one unreadable rule.
    expect(unreadable.map((u) => [u.name, u.position])).toEqual([
      ['Broken', 1],
      [undefined, 2],
      [undefined, 3],
      [undefined, 4],
    ]);
    expect(unreadable[2]?.reason).toMatch(/curly quotation mark/);
    expect(unreadable[3]?.reason).toMatch(/never closed/);
    expect(rules).toEqual([]);
  });

  it('reads a rule that follows an unreadable one', () => {
    const { rules, unreadable } = parseClaimRules(
      `c:[Type == "x"] => transform(claim = c);\n@RuleName = "Good"\nc:[Type == "email"] => issue(Type = "email", Value = c.Value);`,
    );
    expect(unreadable).toEqual([{ position: 1, reason: 'the action must be issue(…) or add(…)' }]);
    expect(rules.map((r) => r.name)).toEqual(['Good']);
  });

  it('reads a rule set far larger than any real trust within a second, and never throws on garbage', () => {
    // Real trusts have a few dozen rules; 2,000 is ~130 KB.
    const big = `c:[Type == "email"] => issue(Type = "email", Value = c.Value);\n`.repeat(2_000);
    const started = Date.now();
    expect(parseClaimRules(big).rules).toHaveLength(2_000);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(() => parseClaimRules('%%%% ((( [[[ "')).not.toThrow();
    expect(tokenize('a == "b"').map((t) => t.kind)).toEqual(['ident', 'punct', 'string']);
  });
});
