import { FIX_KEYS, IDP_IDS, type FixKey, type IdpId } from '../../../src/core/types';
import { IDP_PROFILES, resolveFix } from '../../../src/core/idp';
import { FLEX_SP_PAGE, FLEX_SSO_SETTINGS } from '../../../src/core/idp/shared';

type TableIdp = 'entra-id' | 'adfs' | 'okta' | 'google-workspace' | 'salesforce' | 'auth0';

/**
 * idp-fixes.md, "Where each fix is made": every cell with content, and a phrase from it that the
 * profile's own steps must contain. F-CLOCK and F-SESSION have no row, and "—" cells (F-REDIRECT for
 * adfs, salesforce and auth0) are absent here: those fall back to the generic steps.
 */
const TABLE: Readonly<Record<TableIdp, Partial<Record<FixKey, string>>>> = {
  'entra-id': {
    'F-ACS': 'Reply URL',
    'F-ENTITY': 'Identifier (Entity ID)',
    'F-ISSUER': 'Microsoft Entra Identifier',
    'F-SSOURL': 'Login URL',
    'F-CERT': 'Certificate (Base64)',
    'F-SIGN': 'Sign SAML response and assertion',
    'F-NAMEID': 'user.mail',
    'F-CLAIMS': 'roles = user.assignedroles',
    'F-NAMESPACE': 'Namespace',
    'F-ROLES': 'App roles',
    'F-ASSIGN': 'Users and groups',
    'F-REDIRECT': 'Relay State',
  },
  adfs: {
    'F-ACS': 'SAML Assertion Consumer',
    'F-ENTITY': 'relying party trust identifier',
    'F-ISSUER': 'FederationMetadata.xml',
    'F-SSOURL': '/adfs/ls/',
    'F-CERT': 'Token-signing',
    'F-SIGN': '-SamlResponseSignature MessageAndAssertion',
    'F-NAMEID': 'Transform an Incoming Claim',
    'F-CLAIMS': 'Send LDAP Attributes as Claims',
    'F-NAMESPACE': 'predefined claim types',
    'F-ROLES': 'Department',
    'F-ASSIGN': 'Access Control Policy',
  },
  okta: {
    'F-ACS': 'Use this for Recipient URL and Destination URL',
    'F-ENTITY': 'Audience URI (SP Entity ID)',
    'F-ISSUER': 'copy "Identity Provider Issuer"',
    'F-SSOURL': 'Identity Provider Single Sign-On URL',
    'F-CERT': 'copy "X.509 Certificate"',
    'F-SIGN': 'Assertion Signature to Signed',
    'F-NAMEID': 'Application username',
    'F-CLAIMS': 'String.join',
    'F-NAMESPACE': 'Name format to Basic',
    'F-ROLES': 'User type',
    'F-ASSIGN': 'Assignments',
    'F-REDIRECT': 'Default RelayState',
  },
  'google-workspace': {
    'F-ACS': 'Set "ACS URL"',
    'F-ENTITY': 'Set "Entity ID"',
    'F-ISSUER': 'https://accounts.google.com/o/saml2?idpid=',
    'F-SSOURL': '"SSO URL"',
    'F-CERT': '-----BEGIN CERTIFICATE-----',
    'F-SIGN': 'Signed response',
    'F-NAMEID': 'Primary email',
    'F-CLAIMS': 'Manage custom attributes',
    'F-NAMESPACE': 'bare Flex names',
    'F-ROLES': 'User information › Flex Details',
    'F-ASSIGN': 'User access',
    'F-REDIRECT': 'does not support IdP-initiated login',
  },
  salesforce: {
    'F-ACS': 'Enable SAML',
    'F-ENTITY': '"Entity Id"',
    'F-ISSUER': '.my.salesforce.com',
    'F-SSOURL': '/idp/endpoint/HttpRedirect',
    'F-CERT': '2048-bit',
    'F-SIGN': '"Encrypt SAML Response" unchecked',
    'F-NAMEID': '"Subject Type" to Username',
    'F-CLAIMS': '$User.FirstName + " " + $User.LastName',
    'F-NAMESPACE': 'Custom Attributes',
    'F-ROLES': '"agent,supervisor"',
    'F-ASSIGN': 'Connected App Access',
  },
  auth0: {
    'F-ACS': 'Application Callback URL',
    'F-ENTITY': '"audience"',
    'F-ISSUER': 'Usage, and copy "Issuer"',
    'F-SSOURL': 'SAML Protocol URL',
    'F-CERT': 'Usage, and download the certificate',
    'F-SIGN': '"signatureAlgorithm": "rsa-sha256"',
    'F-NAMEID': 'nameIdentifierProbes',
    'F-CLAIMS': 'post-login Action',
    'F-NAMESPACE': '"passthroughClaimsWithNoMapping": false',
    'F-ROLES': 'app_metadata',
    'F-ASSIGN': 'Connections',
  },
};

/** The four IdPs described by a paragraph in idp-fixes.md, and the keys those paragraphs cover. */
const PARAGRAPHS: Readonly<
  Record<'onelogin' | 'ping-identity' | 'keycloak' | 'shibboleth', Partial<Record<FixKey, string>>>
> = {
  onelogin: {
    'F-ACS': 'ACS (Consumer) URL',
    'F-ENTITY': 'Audience',
    'F-SIGN': '"SAML signature element" to Both',
    'F-CLAIMS': 'Include in SAML assertion',
    'F-ASSIGN': 'Users › the user › Applications',
  },
  'ping-identity': {
    'F-ACS': 'Assertion Consumer Service URL',
    'F-ENTITY': 'Entity ID',
    'F-SIGN': 'Sign Assertion & Response',
    'F-CLAIMS': 'Attribute Contract',
  },
  keycloak: {
    'F-ACS': 'Assertion Consumer Service POST Binding URL',
    'F-ENTITY': 'Client ID',
    'F-SIGN': '"Encrypt assertions" OFF',
    'F-CLAIMS': 'NameFormat to Basic',
    'F-ROLES': '"Single Role Attribute" ON',
  },
  shibboleth: {
    'F-SIGN': 'encryptAssertions to false',
    'F-CLAIMS': 'attribute-filter.xml',
  },
};

const joined = (idp: IdpId, key: FixKey): string => (IDP_PROFILES[idp].fixes[key]?.steps ?? []).join('\n');

describe('IdP profiles', () => {
  it('registers a profile for every IdP id, under its own id, with a name', () => {
    expect(Object.keys(IDP_PROFILES).sort()).toEqual([...IDP_IDS].sort());
    for (const id of IDP_IDS) {
      expect(IDP_PROFILES[id].id).toBe(id);
      expect(IDP_PROFILES[id].name.length).toBeGreaterThan(0);
    }
  });

  it.each(Object.keys(TABLE) as TableIdp[])(
    '%s has its own steps for every cell of the "Where each fix is made" table',
    (idp) => {
      const cells = TABLE[idp];
      for (const key of FIX_KEYS) {
        const phrase = cells[key];
        if (phrase === undefined) continue;
        expect({ key, steps: joined(idp, key) }).toEqual({ key, steps: expect.stringContaining(phrase) });
        expect(resolveFix(key, idp).idp).toBe(idp);
      }
    },
  );

  it('falls back to generic for the keys the table leaves to it (clock, session, "—" cells)', () => {
    for (const idp of Object.keys(TABLE) as TableIdp[]) {
      for (const key of FIX_KEYS) {
        if (TABLE[idp][key] !== undefined) continue;
        const fix = resolveFix(key, idp);
        expect({ idp, key, source: fix.idp }).toEqual({ idp, key, source: 'generic' });
        expect(fix.steps).toEqual(IDP_PROFILES.generic.fixes[key]?.steps);
      }
    }
  });

  it.each(Object.keys(PARAGRAPHS) as (keyof typeof PARAGRAPHS)[])('%s has the steps its paragraph describes', (idp) => {
    for (const [key, phrase] of Object.entries(PARAGRAPHS[idp]) as [FixKey, string][]) {
      expect({ key, steps: joined(idp, key) }).toEqual({ key, steps: expect.stringContaining(phrase) });
    }
  });

  it('generic covers all 14 fix keys in plain SAML terms', () => {
    expect(FIX_KEYS).toHaveLength(14);
    for (const key of FIX_KEYS) expect(IDP_PROFILES.generic.fixes[key]?.steps.length).toBeGreaterThan(0);
    expect(joined('generic', 'F-SESSION')).toContain('SessionNotOnOrAfter');
    expect(joined('generic', 'F-CLOCK')).toContain('NTP');
    expect(joined('generic', 'F-REDIRECT')).toContain('RelayState');
    expect(joined('generic', 'F-NAMEID')).toContain('nameid-format:emailAddress');
  });

  it('includes the Flex-side step wherever the fix is made in Flex', () => {
    for (const id of IDP_IDS) {
      const { fixes } = IDP_PROFILES[id];
      for (const key of ['F-ISSUER', 'F-SSOURL', 'F-CERT'] as const) {
        if (fixes[key] !== undefined)
          expect({ id, key, steps: joined(id, key) }).toEqual({
            id,
            key,
            steps: expect.stringContaining(FLEX_SSO_SETTINGS),
          });
      }
      // The IdP needs Flex's values: the step says where Flex shows them.
      for (const key of ['F-ACS', 'F-ENTITY'] as const) {
        if (fixes[key] !== undefined)
          expect({ id, key, steps: joined(id, key) }).toEqual({
            id,
            key,
            steps: expect.stringContaining(FLEX_SP_PAGE),
          });
      }
    }
    expect(joined('generic', 'F-REDIRECT')).toContain(`"Default Redirect URL" in ${FLEX_SSO_SETTINGS}`);
    expect(FLEX_SSO_SETTINGS).toBe('Twilio Console › Flex › Users and access › Single sign-on (SSO)');
  });

  it('writes steps as non-empty sentences with menu paths in ›, never ">"', () => {
    for (const id of IDP_IDS) {
      for (const [key, fix] of Object.entries(IDP_PROFILES[id].fixes)) {
        expect(fix?.steps.length).toBeGreaterThan(0);
        for (const step of fix?.steps ?? []) {
          expect({ id, key, step }).toEqual({ id, key, step: expect.stringMatching(/^[A-Z].*[.)]$/s) });
          expect(step).not.toMatch(/ > /);
        }
      }
    }
  });

  it('says where email, full_name and roles are mapped in every IdP', () => {
    for (const id of IDP_IDS) {
      for (const attribute of ['email', 'full_name', 'roles']) {
        expect({ id, attribute, source: IDP_PROFILES[id].attributeSources?.[attribute] }).toEqual({
          id,
          attribute,
          source: expect.any(String),
        });
      }
    }
    expect(IDP_PROFILES['entra-id'].attributeSources?.email).toBe('Attributes & Claims › email = user.mail');
    expect(IDP_PROFILES.auth0.attributeSources?.image_url).toContain('event.user.picture');
  });

  it('uses stateless patterns (no g or y flag, whose lastIndex would make detection flaky)', () => {
    for (const id of IDP_IDS) {
      for (const pattern of [...IDP_PROFILES[id].issuerPatterns, ...IDP_PROFILES[id].claimFingerprints]) {
        expect({ id, flags: pattern.flags }).toEqual({ id, flags: expect.not.stringMatching(/[gy]/) });
      }
    }
  });
});
