/**
 * Core acceptance of issue 11, on snapshots built by hand as the readers produce them from the seed
 * guides' exports (IDP-A tests the readers on the real text): the AD FS trust before and after the
 * guide's PowerShell step, the guide's claim rules, and the Entra manifest's app roles. Also the
 * predicted attributes and the IdP whose fix steps apply.
 */
import { checkIdpConfig, predictClaims } from '../../../src/core/checkIdpConfig';
import { DEFAULT_CONFIG } from '../../../src/core/config';
import type { IdpConfigSnapshot } from '../../../src/core/idpConfigTypes';
import type { DiagnosticsConfig } from '../../../src/core/types';
import { CONTEXT, GUIDE_APP_ROLES, PRESETS, XMLSOAP } from './snapshot';

const run = (idpConfig: IdpConfigSnapshot, expectations: DiagnosticsConfig = DEFAULT_CONFIG) =>
  checkIdpConfig({ idpConfig, context: CONTEXT, expectations });
const ids = (check: ReturnType<typeof run>) => check.result.findings.map((f) => `${f.ruleId}/${f.messageId}`);

/** The trust as the seed guide's wizard leaves it: AD FS signs only the assertion (its default). */
const BEFORE_POWERSHELL: IdpConfigSnapshot = {
  ...PRESETS.adfsTrust,
  signing: { response: false, assertion: true, raw: 'AssertionOnly' },
};
/** After `Set-AdfsRelyingPartyTrust -TargetName "Twilio Flex" -SamlResponseSignature MessageAndAssertion`. */
const AFTER_POWERSHELL: IdpConfigSnapshot = PRESETS.adfsTrust;

describe('AD FS trust and the seed guide', () => {
  it('before the PowerShell step: idp-config-signing-incomplete (assertionOnly), an error', () => {
    const check = run(BEFORE_POWERSHELL);
    expect(ids(check)).toEqual(['idp-config-signing-incomplete/assertionOnly']);
    expect(check.result.findings[0]?.severity).toBe('error');
    expect(check.result.findings[0]?.message).toContain('AssertionOnly');
  });

  it('after it: no finding at all, and signing-incomplete passed', () => {
    const check = run(AFTER_POWERSHELL);
    expect(check.result.findings).toEqual([]);
    expect(check.result.passed).toContain('idp-config-signing-incomplete');
  });

  it("the guide's claim rules (LDAP rule + Name ID transform) give no claim or NameID error", () => {
    const check = run(AFTER_POWERSHELL);
    for (const id of ['idp-config-claim-missing', 'idp-config-claim-namespaced', 'idp-config-nameid-not-email']) {
      expect(check.result.passed).toContain(id);
    }
  });

  it('without the Name ID transform the NameID rule fails (InvalidNameIDPolicy), and only it', () => {
    const check = run({ ...AFTER_POWERSHELL, nameId: { format: null, source: null } });
    expect(ids(check)).toEqual(['idp-config-nameid-not-email/missing']);
  });

  it('says what a trust cannot tell: issuer, SSO URL and certificates are "not checked", naming the metadata', () => {
    const check = run(AFTER_POWERSHELL);
    const notChecked = new Map(check.result.notChecked.map((n) => [n.ruleId, n]));
    for (const id of [
      'idp-config-issuer-mismatch',
      'idp-config-sso-url-mismatch',
      'idp-config-certificate-not-published',
    ]) {
      expect(notChecked.get(id)?.reasonId).toBe('notInExport');
      expect(notChecked.get(id)?.reason).toContain('FederationMetadata.xml');
    }
  });
});

describe('Entra manifest app roles', () => {
  it("the guide's three app roles: no role finding", () => {
    const check = run(PRESETS.entraManifest);
    expect(check.result.passed).toContain('idp-config-app-roles-invalid');
    expect(check.result.findings.filter((f) => f.ruleId === 'idp-config-app-roles-invalid')).toEqual([]);
  });

  it.each([
    ['a role valued Admin', { value: 'Admin' }, 'wrongCase'],
    ['allowedMemberTypes ["Application"]', { allowedMemberTypes: ['Application'] }, 'memberType'],
  ])('%s: a role finding', (_name, change, messageId) => {
    const [admin, ...rest] = GUIDE_APP_ROLES;
    const check = run({ ...PRESETS.entraManifest, appRoles: [{ ...admin, ...change }, ...rest] });
    expect(ids(check)).toEqual([`idp-config-app-roles-invalid/${messageId}`]);
  });

  it('claims, NameID and signing are "not checked" for Entra, pointing to the SAML analyzer', () => {
    const check = run(PRESETS.entraManifest);
    for (const id of ['idp-config-claim-missing', 'idp-config-nameid-not-email', 'idp-config-signing-incomplete']) {
      const entry = check.result.notChecked.find((n) => n.ruleId === id);
      expect(entry?.reason).toContain('SAML analyzer');
    }
  });
});

describe('predicted attributes', () => {
  it('shows each claim beside the worker attribute it becomes: roles ← Department', () => {
    const check = run(AFTER_POWERSHELL);
    expect(check.predicted).toEqual([
      {
        claim: `${XMLSOAP}/emailaddress`,
        source: 'LDAP mail',
        attribute: `${XMLSOAP}/emailaddress`,
        flexAttribute: false,
        note: 'namespaced',
      },
      { claim: 'email', source: 'LDAP mail', attribute: 'email', flexAttribute: true },
      { claim: 'full_name', source: 'LDAP displayName', attribute: 'full_name', flexAttribute: true },
      { claim: 'roles', source: 'LDAP department', attribute: 'roles', flexAttribute: true },
    ]);
  });

  it('converts typed claims as the response prediction does, and refuses a wrong-case type', () => {
    expect(
      predictClaims([
        { name: 'routing.skills.stringArray', source: null },
        { name: 'level.int', source: 'user.level' },
        { name: 'Role', source: null, repeatedAttribute: true },
      ]),
    ).toEqual([
      { claim: 'routing.skills.stringArray', source: null, flexAttribute: false, note: 'typeCase' },
      { claim: 'level.int', source: 'user.level', attribute: 'level', flexAttribute: false, note: 'typed' },
      { claim: 'Role', source: null, attribute: 'Role', flexAttribute: false, repeated: true },
    ]);
  });

  it('is absent when the export carries no claims (Entra)', () => {
    expect(run(PRESETS.entraManifest).predicted).toBeUndefined();
  });
});

describe('the IdP whose fix steps apply', () => {
  it('comes from the export when nothing pins it', () => {
    expect(run(PRESETS.oktaApp).idp).toEqual({ id: 'okta', source: 'export' });
  });
  it('comes from the issuer for metadata', () => {
    expect(run(PRESETS.adfsMetadata).idp).toEqual({ id: 'adfs', source: 'issuer' });
  });
  it('is the configured one when configuration pins it', () => {
    expect(run(PRESETS.oktaApp, { ...DEFAULT_CONFIG, idp: 'generic' }).idp).toEqual({
      id: 'generic',
      source: 'config',
    });
  });
  it('is the override above all', () => {
    expect(
      checkIdpConfig({
        idpConfig: PRESETS.oktaApp,
        context: CONTEXT,
        expectations: DEFAULT_CONFIG,
        override: 'auth0',
      }).idp,
    ).toEqual({ id: 'auth0', source: 'override' });
  });
});
