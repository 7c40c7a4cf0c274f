// Loading the idp-config check registers its rules for ruleById (the plugin's registry leaves them out).
import '../../../src/core/checkIdpConfig';
import { IDP_PROFILES, RUNBOOK_TITLE, attributeSource, idpName, isIdpId, resolveFix } from '../../../src/core/idp';
import { IDP_CONFIG_REFINEMENTS } from '../../../src/core/idp/idpConfigRefinements';
import { LINKS } from '../../../src/core/idp/links';
import { ruleById } from '../../../src/core/rules';

describe('resolveFix', () => {
  it("gives the IdP's own steps and links, then its guides", () => {
    const fix = resolveFix('F-ROLES', 'entra-id');
    expect(fix.idp).toBe('entra-id');
    expect(fix.steps).toBe(IDP_PROFILES['entra-id'].fixes['F-ROLES']?.steps);
    expect(fix.links.map((l) => l.url)).toEqual([
      LINKS.entraAddAppRoles.url,
      LINKS.entraAppRoleManagement.url,
      LINKS.flexInsightsRoles.url,
      LINKS.flexSsoAzureAd.url,
      LINKS.flexSsoAzureAdCustomAttributes.url,
      LINKS.flexSsoOverview.url,
    ]);
  });

  it("falls back to the generic steps for a key the profile lacks, keeping the IdP's guides", () => {
    const fix = resolveFix('F-SESSION', 'okta');
    expect(IDP_PROFILES.okta.fixes['F-SESSION']).toBeUndefined();
    expect(fix.idp).toBe('generic');
    expect(fix.steps).toBe(IDP_PROFILES.generic.fixes['F-SESSION']?.steps);
    expect(fix.links).toContainEqual(LINKS.flexSsoOkta);

    const shib = resolveFix('F-ACS', 'shibboleth');
    expect(shib.idp).toBe('generic');
    expect(shib.steps.join(' ')).toContain('Assertion Consumer Service (ACS) URL');
  });

  it("gives a rule's refinement before its fix key's steps, and the fix key's steps to other rules", () => {
    const refined = resolveFix('F-SIGN', 'adfs', undefined, 'idp-config-signing-incomplete');
    expect(refined.idp).toBe('adfs');
    expect(refined.steps).toBe(IDP_CONFIG_REFINEMENTS.adfs?.['idp-config-signing-incomplete']?.steps);
    expect(refined.steps.join(' ')).toContain('-SamlResponseSignature MessageAndAssertion');
    expect(resolveFix('F-SIGN', 'adfs', undefined, 'saml-signature-missing').steps).toBe(
      IDP_PROFILES.adfs.fixes['F-SIGN']?.steps,
    );
    expect(resolveFix('F-SIGN', 'adfs').steps).toBe(IDP_PROFILES.adfs.fixes['F-SIGN']?.steps);
  });

  it("prefers the IdP's own fix-key steps to a generic refinement, which serves IdPs without either", () => {
    const rule = 'idp-config-certificate-rollover';
    expect(IDP_PROFILES.salesforce.refinements?.[rule]).toBeUndefined();
    expect(resolveFix('F-CERT', 'salesforce', undefined, rule).steps).toBe(
      IDP_PROFILES.salesforce.fixes['F-CERT']?.steps,
    );
    expect(IDP_PROFILES.shibboleth.fixes['F-CERT']).toBeUndefined();
    const shib = resolveFix('F-CERT', 'shibboleth', undefined, rule);
    expect(shib).toMatchObject({ idp: 'generic', steps: IDP_CONFIG_REFINEMENTS.generic?.[rule]?.steps });
  });

  it('refines only rules that exist, with the fix key they report', () => {
    for (const profile of Object.values(IDP_PROFILES)) {
      for (const [ruleId, fix] of Object.entries(profile.refinements ?? {})) {
        expect({ profile: profile.id, ruleId, exists: ruleById(ruleId.split('/')[0] as string) !== undefined }).toEqual(
          {
            profile: profile.id,
            ruleId,
            exists: true,
          },
        );
        expect(fix.steps.length).toBeGreaterThan(0);
      }
    }
  });

  it("puts the organisation's runbook first when one is configured for that key", () => {
    const runbook = 'https://wiki.example.com/flex-sso#roles';
    const fix = resolveFix('F-ROLES', 'okta', { 'F-ROLES': runbook, 'F-ACS': 'https://wiki.example.com/acs' });
    expect(fix.links[0]).toEqual({ title: RUNBOOK_TITLE, url: runbook, runbook: true });
    expect(fix.links.map((l) => l.url)).not.toContain('https://wiki.example.com/acs');
    expect(resolveFix('F-CERT', 'okta', { 'F-ROLES': runbook }).links.map((l) => l.url)).not.toContain(runbook);
  });

  it('never turns a non-https runbook into a link', () => {
    for (const bad of ['http://wiki.example.com', 'javascript:alert(1)', '', 'https://has space.example']) {
      expect(resolveFix('F-ROLES', 'okta', { 'F-ROLES': bad }).links.map((l) => l.title)).not.toContain(RUNBOOK_TITLE);
    }
  });

  it('lists each URL once, even when the runbook or a fix repeats a guide', () => {
    const fix = resolveFix('F-ACS', 'okta', { 'F-ACS': LINKS.flexSsoOverview.url });
    const urls = fix.links.map((l) => l.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(fix.links[0]?.title).toBe(RUNBOOK_TITLE);
  });
});

describe('names and attribute sources', () => {
  it('names each IdP as admins know it', () => {
    expect(idpName('entra-id')).toBe('Microsoft Entra ID');
    expect(idpName('google-workspace')).toBe('Google Workspace');
    expect(idpName('generic')).toBe('SAML 2.0 identity provider');
  });

  it('says where an attribute is mapped, falling back to the generic wording', () => {
    expect(attributeSource('okta', 'email')).toBe('SAML Settings › Attribute Statements › email = user.email');
    expect(attributeSource('okta', 'image_url')).toBe(IDP_PROFILES.generic.attributeSources?.image_url);
    expect(attributeSource('okta', 'team_member')).toBeUndefined();
  });

  it('recognises profile ids and nothing else', () => {
    expect(isIdpId('keycloak')).toBe(true);
    expect(isIdpId('azure')).toBe(false);
    expect(isIdpId('constructor')).toBe(false);
    expect(isIdpId(undefined)).toBe(false);
  });
});
