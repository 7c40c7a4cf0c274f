import * as fs from 'fs';
import * as path from 'path';
import { FIX_KEYS, IDP_IDS, type DocLink } from '../../../src/core/types';
import { IDP_PROFILES, resolveFix } from '../../../src/core/idp';
import { ALLOWED_LINKS, CONFIRMED_BY_SEARCH, LINKS } from '../../../src/core/idp/links';
import { REFERENCE_DIR, REPO_ROOT } from './corpus';

const allowed = new Map(ALLOWED_LINKS.map((link) => [link.url, link]));

function everyProfileLink(): { where: string; link: DocLink }[] {
  const found: { where: string; link: DocLink }[] = [];
  for (const id of IDP_IDS) {
    const profile = IDP_PROFILES[id];
    for (const link of profile.guides) found.push({ where: `${id} guides`, link });
    for (const [key, fix] of Object.entries(profile.fixes)) {
      for (const link of fix?.links ?? []) found.push({ where: `${id} ${key}`, link });
    }
    for (const [ruleId, fix] of Object.entries(profile.refinements ?? {})) {
      for (const link of fix.links) found.push({ where: `${id} ${ruleId}`, link });
    }
    for (const key of FIX_KEYS) {
      for (const link of resolveFix(key, id).links) found.push({ where: `resolveFix(${key}, ${id})`, link });
    }
  }
  return found;
}

describe('documentation links', () => {
  it('are all https and on the allow-list, with the same title everywhere', () => {
    for (const { where, link } of everyProfileLink()) {
      expect({ where, url: link.url }).toEqual({ where, url: expect.stringMatching(/^https:\/\/[^\s]+$/) });
      expect({ where, allowed: allowed.get(link.url) }).toEqual({ where, allowed: link });
    }
    for (const link of ALLOWED_LINKS) expect(link.url).toMatch(/^https:\/\//);
  });

  it("include the overview in every profile's guides, and each IdP's own Twilio guide", () => {
    for (const id of IDP_IDS) expect(IDP_PROFILES[id].guides).toContainEqual(LINKS.flexSsoOverview);
    expect(IDP_PROFILES['entra-id'].guides).toEqual(
      expect.arrayContaining([LINKS.flexSsoAzureAd, LINKS.flexSsoAzureAdCustomAttributes]),
    );
    expect(IDP_PROFILES.adfs.guides).toContainEqual(LINKS.flexSsoAdfs);
    expect(IDP_PROFILES.okta.guides).toContainEqual(LINKS.flexSsoOkta);
    expect(IDP_PROFILES['google-workspace'].guides).toContainEqual(LINKS.flexSsoGoogle);
    expect(IDP_PROFILES.salesforce.guides).toContainEqual(LINKS.flexSsoSalesforce);
    expect(IDP_PROFILES.auth0.guides).toContainEqual(LINKS.flexSsoAuth0);
  });

  it('point role fixes at the pages about roles', () => {
    expect(resolveFix('F-ROLES', 'entra-id').links).toContainEqual(LINKS.entraAppRoleManagement);
    expect(resolveFix('F-ROLES', 'generic').links).toContainEqual(LINKS.flexInsightsRoles);
    expect(resolveFix('F-CLAIMS', 'generic').links).toEqual(
      expect.arrayContaining([LINKS.error45050, LINKS.taskRouterLimits]),
    );
    expect(resolveFix('F-CLAIMS', 'auth0').links).toContainEqual(LINKS.auth0SamlAssertions);
  });

  it('are written only in links.ts', () => {
    const dir = path.join(REPO_ROOT, 'src/core/idp');
    for (const file of fs.readdirSync(dir).filter((name) => name.endsWith('.ts') && name !== 'links.ts')) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      // A literal after `url:` is a link written outside the list (the runbook's URL comes from configuration).
      expect({ file, urlLiteral: /\burl\s*:\s*['"`]/.test(text) }).toEqual({ file, urlLiteral: false });
    }
  });

  const referenceFile = path.join(REFERENCE_DIR, 'idp-fixes.md');
  const reference = fs.existsSync(referenceFile) ? fs.readFileSync(referenceFile, 'utf8') : undefined;
  if (reference === undefined) {
    console.warn(`Skipping the link cross-check: ${referenceFile} is absent (it lives in ../shared beside the clone).`);
  }
  (reference === undefined ? it.skip : it)(
    'come from idp-fixes.md, or were confirmed with a documentation search',
    () => {
      // idp-fixes.md abbreviates the Entra sub-page as ".../azure-ad/<page>": expand it before comparing.
      const text = (reference ?? '').replace(/(https:\/\/\S+?\/azure-ad) and \.\.\.\/azure-ad\/(\S+)/, '$1 and $1/$2');
      for (const { url } of ALLOWED_LINKS) {
        const listed = text.includes(url);
        expect({ url, listedOrConfirmed: listed || CONFIRMED_BY_SEARCH.includes(url) }).toEqual({
          url,
          listedOrConfirmed: true,
        });
        // A URL idp-fixes.md lists needs no separate confirmation: keep the confirmed list honest.
        if (listed) expect(CONFIRMED_BY_SEARCH).not.toContain(url);
      }
    },
  );
});
