import { IDP_PROFILES, lookupFixSteps, resolveFindingFix } from '../../../src/core/idp';
import { allRules as pluginRules } from '../../../src/core/rules';
import { idpConfigRules } from '../../../src/core/rules/idp-config';
// Loading the idp-config check registers those rules' steps in each profile (the plugin's bundle leaves them out).
import '../../../src/core/checkIdpConfig';

// Every rule of every scope: the plugin's registry plus the idp-config rules the CLI loads.
const allRules = [...pluginRules, ...idpConfigRules];
import { IDP_IDS, type FixKey, type IdpId } from '../../../src/core/types';

/** Every (rule, message) of the catalogue with the fix key the engine gives its findings. */
const MESSAGES = allRules.flatMap((rule) =>
  Object.keys(rule.meta.messages).map((messageId) => ({
    ruleId: rule.meta.id,
    messageId,
    fixKey: ((rule.meta.messageFixKeys as Partial<Record<string, FixKey>> | undefined)?.[messageId] ??
      rule.meta.fixKey) as FixKey,
  })),
);

/**
 * The rule × IdP pairs whose steps are the generic profile's, as reviewed by a person: a rule is listed
 * when its findings in that IdP get the generic steps (with the message ids when only some do). Each
 * was read against that IdP and fits: the clock, the session length, IdP-initiated login and a token
 * that predates an edit are fixed the same way everywhere; Keycloak, Shibboleth and PingFederate use
 * SAML's own terms, which is how the generic steps are worded. A new rule, message or profile changes
 * this table, and whoever changes it reads the steps the new pairs get.
 */
const REVIEWED_FALLBACKS: Readonly<Record<Exclude<IdpId, 'generic'>, readonly string[]>> = {
  'entra-id': [
    'token-roles-mismatch',
    'saml-status-not-success (other)',
    'saml-time-window-invalid',
    'saml-session-too-short',
  ],
  adfs: [
    'insights-role-implicit',
    'token-roles-mismatch',
    'saml-status-not-success (other)',
    'saml-time-window-invalid',
    'saml-session-too-short',
    'saml-unsolicited-response',
    'saml-relaystate-set',
    'idp-config-relaystate-set',
  ],
  okta: [
    'insights-role-implicit',
    'token-roles-mismatch',
    'saml-status-not-success (other)',
    'saml-time-window-invalid',
    'saml-session-too-short',
  ],
  'google-workspace': [
    'insights-role-implicit',
    'token-roles-mismatch',
    'saml-status-not-success (authnFailed, other)',
    'saml-assertion-encrypted',
    'saml-time-window-invalid',
    'saml-session-too-short',
  ],
  salesforce: [
    'insights-role-implicit',
    'token-roles-mismatch',
    'saml-status-not-success (other)',
    'saml-time-window-invalid',
    'saml-session-too-short',
    'saml-unsolicited-response',
    'saml-relaystate-set',
    'idp-config-relaystate-set',
  ],
  auth0: [
    'insights-role-implicit',
    'token-roles-mismatch',
    'saml-status-not-success (authnFailed, other)',
    'saml-assertion-encrypted',
    'saml-time-window-invalid',
    'saml-session-too-short',
    'saml-unsolicited-response',
    'saml-relaystate-set',
    'idp-config-relaystate-set',
  ],
  onelogin: [
    'roles-not-list',
    'role-value-invalid',
    'base-role-missing',
    'insights-role-unknown',
    'insights-role-on-agent',
    'insights-role-implicit',
    'token-roles-mismatch',
    'expected-role-missing',
    'duplicate-worker-email',
    'saml-status-not-success (invalidNameIdPolicy, authnFailed, other)',
    'saml-assertion-encrypted',
    'saml-nameid-missing',
    'saml-nameid-transient',
    'saml-nameid-email-divergence',
    'saml-time-window-invalid',
    'saml-session-too-short',
    'saml-unsolicited-response',
    'saml-relaystate-set',
    'idp-config-nameid-not-email',
    'idp-config-app-roles-invalid',
    'idp-config-relaystate-set',
  ],
  'ping-identity': [
    'claim-name-namespaced',
    'roles-not-list',
    'role-value-invalid',
    'base-role-missing',
    'insights-role-unknown',
    'insights-role-on-agent',
    'insights-role-implicit',
    'token-roles-mismatch',
    'expected-role-missing',
    'duplicate-worker-email',
    'saml-status-not-success',
    'saml-issuer-mismatch',
    'saml-signature-invalid',
    'saml-certificate-mismatch',
    'saml-certificate-expired',
    'saml-nameid-missing',
    'saml-nameid-transient',
    'saml-nameid-email-divergence',
    'saml-time-window-invalid',
    'saml-session-too-short',
    'saml-attribute-friendly-name-only',
    'saml-unsolicited-response',
    'saml-relaystate-set',
    'idp-config-issuer-mismatch',
    'idp-config-certificate-not-published',
    'idp-config-certificate-rollover',
    'idp-config-certificate-expiring',
    'idp-config-metadata-signature-invalid',
    'idp-config-sso-url-mismatch',
    'idp-config-claim-namespaced',
    'idp-config-nameid-not-email',
    'idp-config-app-roles-invalid',
    'idp-config-assignment-not-required',
    'idp-config-notification-email-missing',
    'idp-config-relaystate-set',
  ],
  keycloak: [
    'insights-role-implicit',
    'token-roles-mismatch',
    'duplicate-worker-email',
    'saml-status-not-success',
    'saml-issuer-mismatch',
    'saml-signature-invalid',
    'saml-certificate-mismatch',
    'saml-certificate-expired',
    'saml-nameid-missing',
    'saml-nameid-transient',
    'saml-nameid-email-divergence',
    'saml-time-window-invalid',
    'saml-session-too-short',
    'saml-unsolicited-response',
    'saml-relaystate-set',
    'idp-config-issuer-mismatch',
    'idp-config-certificate-not-published',
    'idp-config-certificate-rollover',
    'idp-config-certificate-expiring',
    'idp-config-metadata-signature-invalid',
    'idp-config-sso-url-mismatch',
    'idp-config-assignment-not-required',
    'idp-config-notification-email-missing',
    'idp-config-relaystate-set',
  ],
  shibboleth: [
    'roles-not-list',
    'role-value-invalid',
    'base-role-missing',
    'insights-role-unknown',
    'insights-role-on-agent',
    'insights-role-implicit',
    'token-roles-mismatch',
    'expected-role-missing',
    'duplicate-worker-email',
    'saml-status-not-success',
    'saml-destination-mismatch',
    'saml-audience-mismatch',
    'saml-sso-type-mismatch',
    'saml-legacy-endpoint',
    'saml-issuer-mismatch',
    'saml-signature-invalid',
    'saml-certificate-mismatch',
    'saml-certificate-expired',
    'saml-nameid-missing',
    'saml-nameid-transient',
    'saml-nameid-email-divergence',
    'saml-time-window-invalid',
    'saml-session-too-short',
    'saml-unsolicited-response',
    'saml-relaystate-set',
    'idp-config-issuer-mismatch',
    'idp-config-certificate-not-published',
    'idp-config-certificate-rollover',
    'idp-config-certificate-expiring',
    'idp-config-metadata-signature-invalid',
    'idp-config-sso-url-mismatch',
    'idp-config-acs-mismatch',
    'idp-config-audience-mismatch',
    'idp-config-nameid-not-email',
    'idp-config-app-roles-invalid',
    'idp-config-assignment-not-required',
    'idp-config-notification-email-missing',
    'idp-config-relaystate-set',
  ],
};

function fallbacksOf(idp: IdpId): string[] {
  const out: string[] = [];
  for (const rule of allRules) {
    const messages = MESSAGES.filter((m) => m.ruleId === rule.meta.id);
    const generic = messages.filter((m) => lookupFixSteps(m, idp).from === 'generic').map((m) => m.messageId);
    if (generic.length === 0) continue;
    out.push(generic.length === messages.length ? rule.meta.id : `${rule.meta.id} (${generic.join(', ')})`);
  }
  return out;
}

const steps = (ruleId: string, messageId: string, fixKey: FixKey, idp: IdpId): string =>
  resolveFindingFix({ ruleId, messageId, fixKey }, idp).steps.join('\n');

describe('fix steps per rule and IdP', () => {
  it.each(IDP_IDS.filter((id): id is Exclude<IdpId, 'generic'> => id !== 'generic'))(
    '%s: the pairs that use the generic steps are exactly the reviewed ones',
    (idp) => {
      expect(fallbacksOf(idp)).toEqual(REVIEWED_FALLBACKS[idp]);
    },
  );

  it('gives every message of the catalogue some steps, in every IdP', () => {
    const without = IDP_IDS.flatMap((idp) =>
      MESSAGES.filter((m) => steps(m.ruleId, m.messageId, m.fixKey, idp) === '').map(
        (m) => `${idp}: ${m.ruleId}/${m.messageId}`,
      ),
    );
    expect(without).toEqual([]);
  });

  it('refines only rules and messages that exist', () => {
    const known = new Set(MESSAGES.flatMap((m) => [m.ruleId, `${m.ruleId}/${m.messageId}`]));
    const unknown = Object.values(IDP_PROFILES).flatMap((profile) =>
      Object.keys(profile.refinements ?? {})
        .filter((key) => !known.has(key))
        .map((key) => `${profile.id}: ${key}`),
    );
    expect(unknown).toEqual([]);
  });

  it('token-roles-mismatch: log out and in again, or the edit after login; never the app-role setup', () => {
    for (const idp of IDP_IDS) {
      const text = steps('token-roles-mismatch', 'mismatch', 'F-ROLES', idp);
      expect(text).toMatch(/log out of Flex and log in again/);
      expect(text).toMatch(/edited in Flex/);
      expect(text).not.toMatch(/App roles|create app roles/i);
    }
  });

  it('insights-role-implicit: decide on Insights access; only Entra talks of app roles, and then of a wfo. one', () => {
    for (const idp of IDP_IDS) {
      const text = steps('insights-role-implicit', 'implicitFullAccess', 'F-ROLES', idp);
      expect(text).toMatch(/wfo\.full_access/);
      if (idp === 'entra-id') expect(text).toMatch(/app role whose Value is the Insights role/);
      else expect(text).not.toMatch(/App roles/);
    }
  });

  it('an encrypted AD FS assertion: the encryption step first, not the SamlResponseSignature steps', () => {
    const [first, ...rest] = resolveFindingFix(
      { ruleId: 'saml-assertion-encrypted', messageId: 'encrypted', fixKey: 'F-SIGN' },
      'adfs',
    ).steps;
    expect(first).toMatch(/Encryption.*EncryptClaims \$false/);
    expect(rest.join('\n')).not.toMatch(
      /^On the AD FS server, run in PowerShell: Set-AdfsRelyingPartyTrust .*SamlResponseSignature/m,
    );
    // Every IdP puts encryption first for this rule.
    for (const idp of IDP_IDS) {
      const all = steps('saml-assertion-encrypted', 'encrypted', 'F-SIGN', idp).split('\n');
      expect(all.findIndex((s) => /encrypt/i.test(s))).toBeLessThanOrEqual(1);
    }
  });

  it('Salesforce AuthnFailed: the login history and the profile, not the HttpRedirect SSO URL', () => {
    const text = steps('saml-status-not-success', 'authnFailed', 'F-SSOURL', 'salesforce');
    expect(text).toMatch(/Login History/);
    expect(text).not.toMatch(/HttpRedirect/);
    // The SSO URL steps stay for a request the IdP does not support.
    expect(steps('saml-status-not-success', 'requestUnsupported', 'F-SSOURL', 'salesforce')).toMatch(/HttpRedirect/);
  });

  it('RequestDenied is fixed by assigning the user, in the IdP where the user is assigned', () => {
    expect(steps('saml-status-not-success', 'requestDenied', 'F-SSOURL', 'entra-id')).toBe(
      IDP_PROFILES['entra-id'].fixes['F-ASSIGN']?.steps.join('\n'),
    );
    const lookup = lookupFixSteps(
      { ruleId: 'saml-status-not-success', messageId: 'requestDenied', fixKey: 'F-SSOURL' },
      'okta',
    );
    expect(lookup).toMatchObject({
      from: 'okta',
      fixKey: 'F-ASSIGN',
      refinement: 'saml-status-not-success/requestDenied',
    });
  });

  it('the runbook follows the fix key a refinement sends the finding to', () => {
    const fix = resolveFindingFix(
      { ruleId: 'saml-status-not-success', messageId: 'requestDenied', fixKey: 'F-SSOURL' },
      'okta',
      { 'F-ASSIGN': 'https://wiki.example.com/assign', 'F-SSOURL': 'https://wiki.example.com/sso-url' },
    );
    expect(fix.links[0]?.url).toBe('https://wiki.example.com/assign');
    expect(fix.links.map((l) => l.url)).not.toContain('https://wiki.example.com/sso-url');
  });

  it('a profile refinement beats the generic one, which beats the fix key', () => {
    expect(
      lookupFixSteps({ ruleId: 'saml-assertion-encrypted', messageId: 'encrypted', fixKey: 'F-SIGN' }, 'adfs'),
    ).toMatchObject({ from: 'adfs', refinement: 'saml-assertion-encrypted' });
    expect(
      lookupFixSteps({ ruleId: 'saml-assertion-encrypted', messageId: 'encrypted', fixKey: 'F-SIGN' }, 'auth0'),
    ).toMatchObject({ from: 'generic', refinement: 'saml-assertion-encrypted' });
    expect(
      lookupFixSteps({ ruleId: 'saml-signature-missing', messageId: 'unsigned', fixKey: 'F-SIGN' }, 'auth0'),
    ).toEqual({ steps: IDP_PROFILES.auth0.fixes['F-SIGN'], from: 'auth0', fixKey: 'F-SIGN' });
  });
});
