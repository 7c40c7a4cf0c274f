import { IDP_IDS, type IdpId, type WorkerAttributes } from '../../../src/core/types';
import {
  teamIdp,
  CLAIM_PRIORITY,
  IDP_PROFILES,
  chooseIdp,
  detectIdpFromAttributes,
  detectIdpFromIssuer,
} from '../../../src/core/idp';
import { CORPUS_DIR, describeCorpus, issuersOf, predictedAttributes, readCorpus } from './corpus';

describeCorpus('detection against the real IdP responses in ../shared/saml-corpus', () => {
  const corpus = CORPUS_DIR ? readCorpus() : [];

  /**
   * The one file whose Issuer cannot name its IdP: Okta's SAML test harness (saml.oktadev.com) issues
   * whatever issuer the tester typed, here http://example.com/saml/acs/example.
   */
  const UNRECOGNISABLE_ISSUER = new Set(['oktadev-gosaml2-15.xml']);

  /** What the attribute names alone should tell; undefined where they carry no IdP's trace. */
  const BY_CLAIMS: Readonly<Record<string, IdpId | undefined>> = {
    'adfs-gosaml2-1.xml': 'adfs',
    'adfs-gosaml2-2.xml': undefined, // encrypted: no readable attributes
    'auth0-gosaml2-1.xml': 'auth0', // xmlsoap claims too, but the schemas.auth0.com ones decide
    'azure-entradocs-1.xml': undefined,
    'azure-tercen-1.xml': 'entra-id',
    'azure-wsfed-1.xml': 'entra-id', // xmlsoap claims too, but tenantid decides
    'google-authentik-1.xml': undefined,
    'google-crewjam-1.xml': undefined,
    'keycloak-tercen-1.xml': 'keycloak', // six repeated Role attributes
    'okta-gosaml2-1.xml': undefined, // `username` alone is not Salesforce
    'okta-wsfed-1.xml': undefined, // one Role value is not Keycloak's repeated Role
    'oktadev-gosaml2-15.xml': undefined,
    'onelogin-crewjam-1.xml': 'onelogin',
    'pingfederate-gosaml2-1.xml': undefined,
    'salesforce-saml20-1.xml': undefined,
    'shibboleth-authentik-1.xml': 'shibboleth',
  };

  it('reads every .xml the manifest lists', () => {
    expect(corpus.map((c) => c.file).sort()).toEqual(Object.keys(BY_CLAIMS).sort());
  });

  it("names the manifest's IdP from every Issuer in every file", () => {
    for (const { file, idp, xml } of corpus) {
      const issuers = issuersOf(xml);
      expect({ file, count: issuers.length }).toEqual({ file, count: expect.any(Number) });
      expect(issuers.length).toBeGreaterThan(0);
      const expected = UNRECOGNISABLE_ISSUER.has(file) ? undefined : idp;
      for (const issuer of issuers) {
        expect({ file, issuer, detected: detectIdpFromIssuer(issuer) }).toEqual({ file, issuer, detected: expected });
      }
    }
  });

  it('names the IdP from attribute names where they carry its trace, and never a wrong IdP', () => {
    for (const { file, idp, xml } of corpus) {
      const detected = detectIdpFromAttributes(predictedAttributes(xml));
      expect({ file, detected }).toEqual({ file, detected: BY_CLAIMS[file] });
      if (detected !== undefined) expect(detected).toBe(idp);
    }
  });

  it('prefers the Issuer to the claims when both are known', () => {
    const auth0 = corpus.find((c) => c.file === 'auth0-gosaml2-1.xml');
    expect(auth0).toBeDefined();
    const xml = auth0?.xml ?? '';
    expect(chooseIdp({ issuer: issuersOf(xml)[0], attributes: predictedAttributes(xml) })).toEqual({
      id: 'auth0',
      source: 'issuer',
    });
  });
});

describe('detectIdpFromIssuer', () => {
  const cases: readonly (readonly [string, IdpId])[] = [
    ['https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/', 'entra-id'],
    ['https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0', 'entra-id'],
    ['http://fs.contoso.com/adfs/services/trust', 'adfs'],
    ['https://sts.contoso.com/adfs/services/trust/', 'adfs'],
    ['http://www.okta.com/exk1a2b3c4d5e6f7g8h9', 'okta'],
    ['https://contoso.okta.com/app/exk1a2b3c4/sso/saml', 'okta'],
    ['https://dev-123456.oktapreview.com', 'okta'],
    ['https://accounts.google.com/o/saml2?idpid=C01abcdef', 'google-workspace'],
    ['https://contoso.my.salesforce.com/', 'salesforce'],
    ['https://contoso.my.salesforce.com', 'salesforce'],
    ['https://contoso.lightning.force.com', 'salesforce'],
    ['urn:contoso.auth0.com', 'auth0'],
    ['urn:contoso.eu.auth0.com', 'auth0'],
    ['https://contoso.auth0.com/', 'auth0'],
    ['https://app.onelogin.com/saml/metadata/503983', 'onelogin'],
    ['https://contoso.onelogin.com/saml/metadata/1234', 'onelogin'],
    ['PingConnect', 'ping-identity'],
    ['https://auth.pingone.com/0a7af83d-4ed9-4510-93cd-506fe835f69a', 'ping-identity'],
    ['https://auth.pingone.eu/0a7af83d-4ed9-4510-93cd-506fe835f69a', 'ping-identity'],
    ['https://sso.connect.pingidentity.com/sso/idp/SSO.saml2?idpid=abc', 'ping-identity'],
    ['https://pf.contoso.com:9031', 'ping-identity'],
    ['https://sso.contoso.com/realms/flex', 'keycloak'],
    ['http://127.0.0.1:8080/auth/realms/tercen', 'keycloak'],
    ['https://idp.university.edu/idp/shibboleth', 'shibboleth'],
    ['  https://sts.windows.net/abc/  ', 'entra-id'],
  ];

  it.each(cases)('%s → %s', (issuer, expected) => {
    expect(detectIdpFromIssuer(issuer)).toBe(expected);
  });

  it('has a synthetic case for every issuer pattern of every profile', () => {
    for (const id of IDP_IDS) {
      for (const pattern of IDP_PROFILES[id].issuerPatterns) {
        expect({ id, pattern: pattern.source, covered: cases.some(([issuer]) => pattern.test(issuer.trim())) }).toEqual(
          {
            id,
            pattern: pattern.source,
            covered: true,
          },
        );
      }
    }
  });

  it.each([
    'https://workforce.com/saml', // "force.com" only as the end of another name
    'https://idp.example.com/okta.com/saml', // a vendor name in the path, not the host
    'https://evil.example/?next=https://sts.windows.net/',
    'https://idp.example.com/saml2/idp/metadata.php',
    'http://example.com/saml/acs/example',
    'urn:auth0.com:evil:thing',
    '',
    '   ',
  ])('recognises no IdP in %j', (issuer) => {
    expect(detectIdpFromIssuer(issuer)).toBeUndefined();
  });

  it('takes the first profile in table order when two patterns could match', () => {
    // A Microsoft host with an AD FS-looking path reads as Entra ID: entra-id comes first in the table.
    expect(detectIdpFromIssuer('https://login.microsoftonline.com/adfs/services/trust')).toBe('entra-id');
  });
});

describe('detectIdpFromAttributes', () => {
  const base = { email: 'ana@example.com', full_name: 'Ana', roles: ['agent'], routing: { skills: [] } };

  it.each([
    [{ ...base, 'http://schemas.microsoft.com/identity/claims/tenantid': 'x' }, 'entra-id'],
    [{ ...base, 'http://schemas.microsoft.com/claims/authnmethodsreferences': 'x' }, 'entra-id'],
    [{ ...base, 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname': 'Ana' }, 'adfs'],
    [{ ...base, 'http://schemas.xmlsoap.org/claims/Group': ['Domain Users'] }, 'adfs'],
    [{ ...base, 'http://schemas.auth0.com/nickname': 'ana' }, 'auth0'],
    [{ ...base, userId: '005xx' }, 'salesforce'],
    [{ ...base, is_portal_user: 'false' }, 'salesforce'],
    [{ ...base, 'User.email': 'ana@example.com' }, 'onelogin'],
    [{ ...base, 'User.FirstName': 'Ana' }, 'onelogin'],
    [{ ...base, PersonImmutableID: 'ana' }, 'onelogin'],
    [{ ...base, 'PingOne.environment': 'x' }, 'ping-identity'],
    [{ ...base, 'urn:oid:1.3.6.1.4.1.5923.1.1.1.6': 'ana@university.edu' }, 'shibboleth'],
    [{ ...base, Role: ['manage-account', 'offline_access'] }, 'keycloak'],
    [{ ...base, 'urn:oid:0.9.2342.19200300.100.1.3': 'ana@example.com' }, 'keycloak'],
  ] as [WorkerAttributes, IdpId][])('recognises %j as %s', (attributes, expected) => {
    expect(detectIdpFromAttributes(attributes)).toBe(expected);
  });

  it('lets Entra-only claims beat the xmlsoap claims ADFS also sends', () => {
    expect(
      detectIdpFromAttributes({
        'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name': 'ana@contoso.com',
        'http://schemas.microsoft.com/identity/claims/objectidentifier': 'guid',
      }),
    ).toBe('entra-id');
  });

  it('lets Auth0 claims beat the xmlsoap Group claim ADFS also sends', () => {
    expect(
      detectIdpFromAttributes({
        'http://schemas.xmlsoap.org/claims/Group': 'admins',
        'http://schemas.auth0.com/clientID': 'abc',
      }),
    ).toBe('auth0');
  });

  it('lets eduPerson OIDs make Shibboleth win over the any-OID Keycloak fingerprint', () => {
    expect(
      detectIdpFromAttributes({
        'urn:oid:0.9.2342.19200300.100.1.3': 'ana@university.edu',
        'urn:oid:1.3.6.1.4.1.5923.1.1.1.6': 'ana@university.edu',
      }),
    ).toBe('shibboleth');
  });

  it.each([
    [base],
    [{ ...base, Role: 'Admin' }], // one value: Okta sends Role like this (saml-corpus okta-wsfed-1)
    [{ ...base, username: 'ana@example.com' }], // Okta sends username too
    [{ ...base, 'user.email': 'ana@example.com' }], // an Okta expression typed as a name, not OneLogin
    [{}],
  ] as [WorkerAttributes][])('recognises no IdP in %j', (attributes) => {
    expect(detectIdpFromAttributes(attributes)).toBeUndefined();
  });

  it('survives attributes that are not an object', () => {
    expect(detectIdpFromAttributes(null as unknown as WorkerAttributes)).toBeUndefined();
    expect(detectIdpFromAttributes('x' as unknown as WorkerAttributes)).toBeUndefined();
  });

  it('ranks every profile that has claim fingerprints', () => {
    for (const id of IDP_IDS) {
      if (IDP_PROFILES[id].claimFingerprints.length > 0) expect(CLAIM_PRIORITY).toContain(id);
    }
  });

  it('stays fast for a large team', () => {
    const workers = Array.from({ length: 20000 }, (_, i) => ({
      ...base,
      email: `agent${i}@example.com`,
      team_name: 'Sales',
      team_id: 'T1',
      'channel.chat.capacity': 2,
      ...(i % 100 === 0 ? { 'http://schemas.microsoft.com/identity/claims/tenantid': 't' } : {}),
    }));
    const started = Date.now();
    let found = 0;
    for (const worker of workers) if (detectIdpFromAttributes(worker) !== undefined) found += 1;
    expect(found).toBe(200);
    // Generous bound for a slow CI machine; the real cost is a few milliseconds.
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('chooseIdp', () => {
  const entraClaims = { 'http://schemas.microsoft.com/identity/claims/tenantid': 't' };
  const oktaIssuer = 'http://www.okta.com/exk1';

  it('takes the admin override above everything', () => {
    expect(
      chooseIdp({ override: 'keycloak', configured: 'adfs', issuer: oktaIssuer, attributes: entraClaims }),
    ).toEqual({
      id: 'keycloak',
      source: 'override',
    });
  });

  it('takes the configured IdP over detection', () => {
    expect(chooseIdp({ configured: 'adfs', issuer: oktaIssuer, attributes: entraClaims })).toEqual({
      id: 'adfs',
      source: 'config',
    });
  });

  it('detects when configuration says "auto": Issuer first, then claims', () => {
    expect(chooseIdp({ configured: 'auto', issuer: oktaIssuer, attributes: entraClaims })).toEqual({
      id: 'okta',
      source: 'issuer',
    });
    expect(chooseIdp({ configured: 'auto', issuer: 'https://idp.example.com', attributes: entraClaims })).toEqual({
      id: 'entra-id',
      source: 'claims',
    });
  });

  it('falls back to generic when nothing identifies the IdP', () => {
    expect(chooseIdp({})).toEqual({ id: 'generic', source: 'default' });
    expect(chooseIdp({ configured: 'auto', attributes: { email: 'a@b.c' } })).toEqual({
      id: 'generic',
      source: 'default',
    });
  });

  it('ignores an unknown id from untrusted configuration instead of trusting it', () => {
    expect(chooseIdp({ override: 'azure' as IdpId, configured: 'nope' as IdpId, issuer: oktaIssuer })).toEqual({
      id: 'okta',
      source: 'issuer',
    });
  });
});

describe('teamIdp: one rule for the IdP of a team', () => {
  const entra = { id: 'entra-id', source: 'claims' } as const;
  const okta = { id: 'okta', source: 'claims' } as const;
  const none = { id: 'generic', source: 'default' } as const;

  it('takes the most common detection among the workers, ignoring those with none', () => {
    expect(teamIdp([entra, okta, entra, none, none, none, undefined], none)).toEqual(entra);
  });

  it('keeps a configured or chosen IdP whatever the workers say', () => {
    const config = { id: 'adfs', source: 'config' } as const;
    expect(teamIdp([entra, entra], config)).toBe(config);
    const override = { id: 'okta', source: 'override' } as const;
    expect(teamIdp([entra], override)).toBe(override);
  });

  it('falls back when nothing is detected', () => {
    expect(teamIdp([none, undefined], none)).toBe(none);
  });
});
