import { readIdpConfig } from '../../src/idpconfig/read';
import { IdpConfigInputError } from '../../src/idpconfig/errors';
import { makeKeyPair, type TestKeyPair } from '../saml/fixtures/keys';
import { parseXml, subtle } from '../saml/node-deps';
import {
  aadGraphManifest,
  adfsMetadata,
  adfsTrustJson,
  adfsTrustListText,
  auth0Client,
  CONNECTION_SID,
  ENHANCED_ACS,
  ENHANCED_ENTITY_ID,
  entraManifest,
  entraServicePrincipal,
  GUIDE_CLAIM_RULES,
  keycloakClient,
  LEGACY_ACS,
  LEGACY_ENTITY_ID,
  oktaApp,
  utf16le,
} from './fixtures/exports';

const deps = { parseXml, subtle };
const read = (input: string | Uint8Array, options = {}) => readIdpConfig(input, deps, options);
const json = (value: unknown) => JSON.stringify(value, null, 2);

const EMAIL_URI = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress';

async function inputError(input: string | Uint8Array): Promise<IdpConfigInputError> {
  try {
    await read(input);
  } catch (error) {
    if (error instanceof IdpConfigInputError) return error;
    throw error;
  }
  throw new Error('expected an input error');
}

let primary: TestKeyPair;
let secondary: TestKeyPair;
beforeAll(async () => {
  primary = await makeKeyPair({
    subject: 'CN=ADFS Signing - fs.owlbank.example',
    notBefore: new Date('2025-11-01T00:00:00Z'),
  });
  secondary = await makeKeyPair({
    subject: 'CN=ADFS Signing - fs.owlbank.example',
    notBefore: new Date('2026-11-15T00:00:00Z'),
  });
});

describe('AD FS relying party trust (ConvertTo-Json)', () => {
  it('reads the trust as the guide leaves it before its PowerShell step: assertion-only signing', async () => {
    const s = await read(json(adfsTrustJson()));
    expect(s).toMatchObject({
      kind: 'adfs-trust',
      idp: 'adfs',
      name: 'Twilio Flex',
      enabled: true,
      spEntityIds: [LEGACY_ENTITY_ID],
      acsUrls: [LEGACY_ACS],
      signing: { response: false, assertion: true, raw: 'AssertionOnly' },
      signatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
      // EncryptClaims is true by default, but AD FS encrypts only with an encryption certificate.
      encryption: false,
    });
  });

  it("reads the guide's claim rules: what is sent, and the NameID from the email claim", async () => {
    const s = await read(json(adfsTrustJson()));
    expect(s.claims?.map((c) => [c.name, c.source, c.consumedByNameId ?? false])).toEqual([
      [EMAIL_URI, 'mail', true],
      ['email', 'mail', false],
      ['full_name', 'displayName', false],
      ['roles', 'department', false],
    ]);
    expect(s.nameId).toEqual({
      format: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
      source: EMAIL_URI,
      rule: 'Name ID',
    });
    expect(s.unreadableRules).toEqual([]);
  });

  it('reads MessageAndAssertion after the PowerShell step, and a Location written as a plain string', async () => {
    const s = await read(
      json(
        adfsTrustJson({
          SamlResponseSignature: 'MessageAndAssertion',
          SamlEndpoints: [{ Binding: 'POST', Protocol: 'SAMLAssertionConsumer', Location: ENHANCED_ACS, Index: 0 }],
        }),
      ),
    );
    expect(s.signing).toEqual({ response: true, assertion: true, raw: 'MessageAndAssertion' });
    expect(s.acsUrls).toEqual([ENHANCED_ACS]);
  });

  it('does not guess an enum PowerShell 5.1 wrote as a number', async () => {
    const s = await read(json(adfsTrustJson({ SamlResponseSignature: 0 })));
    expect(s.signing?.response).toMatchObject({ unreadable: 'adfsEnumNumber', raw: '0' });
    expect(s.signing?.assertion).toMatchObject({ unreadable: 'adfsEnumNumber' });
  });

  it('sees encryption only when an encryption certificate is set', async () => {
    const s = await read(json(adfsTrustJson({ EncryptionCertificate: { Subject: 'CN=flex-encryption' } })));
    expect(s).toMatchObject({ encryption: true, encryptionSetting: 'EncryptClaims + EncryptionCertificate' });
  });

  it('marks the emitted set unknown for a pass-through-all rule', async () => {
    const s = await read(
      json(adfsTrustJson({ IssuanceTransformRules: '@RuleName = "All"\nc:[] => issue(claim = c);' })),
    );
    expect(s.claimsUnknown).toEqual({ reason: 'passThroughAll', rule: 'All' });
  });

  it('takes the Flex trust out of an array of trusts, and names the trusts when none is Flex', async () => {
    const other = adfsTrustJson({
      Name: 'Payroll',
      Identifier: ['https://payroll.owlbank.example/'],
      SamlEndpoints: [],
    });
    expect((await read(json([other, adfsTrustJson()]))).name).toBe('Twilio Flex');
    const error = await inputError(json([other, { ...other, Name: 'Intranet' }]));
    expect(error.code).toBe('several');
    expect(error.message).toContain('2 AD FS relying party trusts ("Payroll", "Intranet")');
    expect(error.message).toContain('Get-AdfsRelyingPartyTrust -Name');
  });
});

describe('AD FS relying party trust (PowerShell list text)', () => {
  it('reads UTF-16LE with a BOM, joins wrapped values, and leaves SamlEndpoints to the command that shows it', async () => {
    const s = await read(utf16le(adfsTrustListText()));
    expect(s.kind).toBe('adfs-trust');
    expect(s.spEntityIds).toEqual([LEGACY_ENTITY_ID]);
    expect(s.acsUrls).toEqual({
      unreadable: 'adfsListTypeName',
      raw: 'Microsoft.IdentityServer.Management.Resources.SamlEndpoint',
      detail: '(Get-AdfsRelyingPartyTrust -Name "<trust>").SamlEndpoints',
    });
    expect(s.signing).toEqual({ response: false, assertion: true, raw: 'AssertionOnly' });
    expect(s.encryption).toBe(false);
    expect(s.claims?.map((c) => c.name)).toEqual([EMAIL_URI, 'email', 'full_name', 'roles']);
    expect(s.nameId?.rule).toBe('Name ID');
  });

  it('reads {} as no ACS at all and a collection cut short as truncated', async () => {
    const s = await read(
      adfsTrustListText({
        samlEndpoints: '{}',
        identifier: `{${ENHANCED_ENTITY_ID}, https://a.example/, https://b.example/, https://c.example/...}`,
      }),
    );
    expect(s.acsUrls).toEqual([]);
    expect(s.spEntityIds).toEqual([
      ENHANCED_ENTITY_ID,
      'https://a.example/',
      'https://b.example/',
      'https://c.example/',
    ]);
    expect(s.truncated).toEqual(['spEntityIds']);
  });
});

describe('AD FS claim rules alone', () => {
  it('is its own kind, read with the same parser', async () => {
    const s = await read(GUIDE_CLAIM_RULES);
    expect(s).toMatchObject({ kind: 'adfs-claim-rules', idp: 'adfs' });
    expect(s.nameId?.format).toBe('urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress');
  });

  it('lists a rule it cannot follow by name, and keeps the others', async () => {
    const s = await read(
      `${GUIDE_CLAIM_RULES}\n@RuleName = "Custom"\nc:[Type == "x"] => issue(Type = "y", Value = c.Value)\n`,
    );
    expect(s.unreadableRules).toEqual([{ name: 'Custom', position: 3, detail: 'the rule ends before it is complete' }]);
    expect(s.claims).toHaveLength(4);
  });
});

describe('SAML metadata', () => {
  it('reads AD FS metadata during auto-rollover: two signing certificates, the signature verified', async () => {
    const xml = adfsMetadata({ certificates: [{ pair: primary }, { pair: secondary }], signer: secondary });
    const s = await read(xml);
    expect(s).toMatchObject({
      kind: 'saml-metadata',
      idp: 'adfs',
      entityId: 'http://fs.owlbank.example/adfs/services/trust',
    });
    expect(s.certificates?.map((c) => [c.use, c.notBefore])).toEqual([
      ['signing', '2025-11-01T00:00:00.000Z'],
      ['signing', '2026-11-15T00:00:00.000Z'],
    ]);
    expect(s.ssoServices).toEqual([
      { binding: 'Redirect', location: 'https://fs.owlbank.example/adfs/ls/' },
      { binding: 'POST', location: 'https://fs.owlbank.example/adfs/ls/' },
    ]);
    // AD FS's own SPSSODescriptor ACS is never read as the app's.
    expect(s.acsUrls).toBeUndefined();
    expect(s.metadataSignature).toMatchObject({ status: 'valid' });
  });

  it('reports an edited signed document as a failed signature, not a crash', async () => {
    const xml = adfsMetadata({ certificates: [{ pair: primary }], signer: primary }).replace(
      'https://fs.owlbank.example/adfs/ls/"/></IDPSSODescriptor>',
      'https://evil.example/adfs/ls/"/></IDPSSODescriptor>',
    );
    const s = await read(xml);
    expect(s.metadataSignature).toMatchObject({ status: 'invalid' });
  });

  it('keeps encryption certificates apart, and reads unsigned metadata as such', async () => {
    const s = await read(adfsMetadata({ certificates: [{ pair: primary, use: 'encryption' }, { pair: secondary }] }));
    expect(s.certificates?.map((c) => c.use)).toEqual(['encryption', 'signing']);
    expect(s.metadataSignature).toEqual({ status: 'absent' });
  });

  it("refuses a DOCTYPE, a service provider's metadata, and several IdPs with no configured issuer", async () => {
    expect((await inputError('<!DOCTYPE x [<!ENTITY a "b">]><EntityDescriptor/>')).code).toBe('unsafeXml');
    const sp = `<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="${ENHANCED_ENTITY_ID}"><SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"/></EntityDescriptor>`;
    expect((await inputError(sp)).code).toBe('notIdp');
    const one = (id: string) =>
      `<EntityDescriptor entityID="${id}"><IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"/></EntityDescriptor>`;
    const aggregate = `<EntitiesDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata">${one('https://a.example/idp')}${one('https://b.example/idp')}</EntitiesDescriptor>`;
    const error = await inputError(aggregate);
    expect(error.code).toBe('several');
    expect(error.message).toContain('2 identity providers');
    expect((await read(aggregate, { configuredIssuer: 'https://b.example/idp' })).entityId).toBe(
      'https://b.example/idp',
    );
  });
});

describe('Microsoft Entra ID', () => {
  it("reads a Graph manifest: identifiers, reply URLs, the guide's three app roles", async () => {
    const s = await read(json(entraManifest()));
    expect(s).toMatchObject({
      kind: 'entra-manifest',
      idp: 'entra-id',
      appId: '9d7a3c1b-2e4f-4a6b-8c0d-1e3f5a7b9c2d',
      spEntityIds: [ENHANCED_ENTITY_ID],
      acsUrls: [ENHANCED_ACS],
      encryption: false,
    });
    expect(s.appRoles?.map((r) => [r.value, r.isEnabled, r.allowedMemberTypes, r.origin])).toEqual([
      ['admin', true, ['User'], 'manifest'],
      ['supervisor', true, ['User'], 'manifest'],
      ['agent', true, ['User'], 'manifest'],
    ]);
    // No claims, NameID or signing option in a manifest: absent, never guessed.
    expect(s.claims).toBeUndefined();
    expect(s.nameId).toBeUndefined();
    expect(s.signing).toBeUndefined();
  });

  it('reads the Azure AD Graph format and a token encryption key', async () => {
    const s = await read(json({ ...aadGraphManifest(), tokenEncryptionKeyId: 'f1e2d3c4-0000-4000-8000-000000000009' }));
    expect(s.acsUrls).toEqual([ENHANCED_ACS]);
    expect(s.spEntityIds).toContain('api://9d7a3c1b-2e4f-4a6b-8c0d-1e3f5a7b9c2d');
    expect(s).toMatchObject({ encryption: true, encryptionSetting: 'tokenEncryptionKeyId' });
  });

  it('reads a service principal: the Verify certificate, which one is active, who is notified', async () => {
    const s = await read(json(entraServicePrincipal(primary, { preferredTokenSigningKeyThumbprint: 'ab'.repeat(20) })));
    expect(s.kind).toBe('entra-service-principal');
    expect(s.certificates).toHaveLength(1);
    expect(s.certificates?.[0]).toMatchObject({
      use: 'signing',
      subject: 'CN=ADFS Signing - fs.owlbank.example',
      active: false,
    });
    expect(s.preferredTokenSigningKeyThumbprint).toBe('AB'.repeat(20));
    expect(s.notificationEmailAddresses).toEqual(['idp-admins@owlbank.example']);
    expect(s).toMatchObject({ appRoleAssignmentRequired: true, relayState: null, preferredSingleSignOnMode: 'saml' });
  });

  it('matches a key credential without its certificate by customKeyIdentifier', async () => {
    const sha1 = Buffer.from(await subtle.digest('SHA-1', new Uint8Array(primary.certificateDer)))
      .toString('hex')
      .toUpperCase();
    const s = await read(
      json(
        entraServicePrincipal(primary, {
          preferredTokenSigningKeyThumbprint: sha1.toLowerCase(),
          keyCredentials: [
            {
              customKeyIdentifier: Buffer.from(sha1, 'hex').toString('base64'),
              endDateTime: '2027-01-01T00:00:00Z',
              key: null,
              usage: 'Verify',
              type: 'AsymmetricX509Cert',
            },
          ],
        }),
      ),
    );
    expect(s.certificates).toEqual([
      { use: 'signing', position: 1, sha1, notAfter: '2027-01-01T00:00:00Z', active: true },
    ]);
  });

  it('takes the one object of a Graph collection', async () => {
    expect((await read(json({ value: [entraManifest()] }))).kind).toBe('entra-manifest');
  });
});

describe('Okta', () => {
  it('reads the app: ACS, audience, signing, NameID template, attribute statements', async () => {
    const s = await read(json(oktaApp()));
    expect(s).toMatchObject({
      kind: 'okta-app',
      idp: 'okta',
      acsUrls: [ENHANCED_ACS],
      spEntityIds: [ENHANCED_ENTITY_ID],
      responseTargets: [
        { field: 'settings.signOn.recipient', url: ENHANCED_ACS },
        { field: 'settings.signOn.destination', url: ENHANCED_ACS },
      ],
      signing: { response: true, assertion: true },
      signatureAlgorithm: 'RSA_SHA256',
      digestAlgorithm: 'SHA256',
      encryption: false,
      nameId: { format: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress', source: '${user.email}' },
      relayState: null,
    });
    expect(s.claims?.map((c) => [c.name, c.source])).toEqual([
      ['email', 'user.email'],
      ['full_name', 'user.displayName'],
      ['roles', 'groups STARTS_WITH flex-'],
    ]);
  });

  it('prefers an override, reads a relay state, and picks the Flex app of an apps array', async () => {
    const s = await read(json(oktaApp({ audienceOverride: 'urn:flex:override', defaultRelayState: '/flex' })));
    expect(s.spEntityIds).toEqual(['urn:flex:override']);
    expect(s.relayState).toBe('/flex');
    const other = oktaApp({
      ssoAcsUrl: 'https://payroll.example/saml',
      audience: 'payroll',
      recipient: 'https://payroll.example/saml',
      destination: 'https://payroll.example/saml',
    });
    expect((await read(json([other, oktaApp()]))).acsUrls).toEqual([ENHANCED_ACS]);
  });

  it('refuses an app that does not sign on with SAML', async () => {
    expect((await inputError(json({ ...oktaApp(), signOnMode: 'OPENID_CONNECT' }))).code).toBe('notSaml');
  });
});

describe('Keycloak', () => {
  it('reads a client: signing flags, NameID short form, mappers, one Attribute per role', async () => {
    const s = await read(json(keycloakClient()));
    expect(s).toMatchObject({
      kind: 'keycloak-client',
      idp: 'keycloak',
      acsUrls: [ENHANCED_ACS],
      spEntityIds: [ENHANCED_ENTITY_ID],
      signing: { response: true, assertion: true },
      signatureAlgorithm: 'RSA_SHA256',
      encryption: false,
      nameId: { format: 'email', source: 'email' },
    });
    expect(s.claims?.map((c) => [c.name, c.source, c.repeatedAttribute ?? false])).toEqual([
      ['email', 'email', false],
      ['full_name', 'fullName', false],
      ['roles', 'roles', true],
    ]);
  });

  it("applies Keycloak's defaults when the signing attributes are absent", async () => {
    const client = keycloakClient();
    const attributes = { ...(client['attributes'] as Record<string, string>) };
    delete attributes['saml.server.signature'];
    delete attributes['saml.assertion.signature'];
    const s = await read(json({ ...client, attributes }));
    expect(s.signing).toEqual({ response: true, assertion: false });
    expect(s.defaulted).toEqual(['signing.response', 'signing.assertion']);
  });

  it('finds the Flex client in a realm export, and refuses a realm with two others', async () => {
    const realm = (clients: unknown[]) => json({ realm: 'owlbank', enabled: true, clients });
    const oidc = { clientId: 'account', protocol: 'openid-connect' };
    const other = {
      ...keycloakClient({ saml_assertion_consumer_url_post: 'https://wiki.example/saml' }, 'https://wiki.example/'),
      redirectUris: ['https://wiki.example/*'],
    };
    expect((await read(realm([oidc, other, keycloakClient()]))).spEntityIds).toEqual([ENHANCED_ENTITY_ID]);
    const error = await inputError(realm([other, { ...other, clientId: 'https://crm.example/' }]));
    expect(error.message).toContain('2 Keycloak SAML clients');
  });
});

describe('Auth0', () => {
  it("reads the addon and applies Auth0's defaults: unsigned response, SHA-1, pass-through claims", async () => {
    const s = await read(json(auth0Client()));
    expect(s).toMatchObject({
      kind: 'auth0-client',
      idp: 'auth0',
      acsUrls: [ENHANCED_ACS],
      spEntityIds: [ENHANCED_ENTITY_ID],
      signing: { response: false, assertion: true },
      signatureAlgorithm: 'rsa-sha1',
      digestAlgorithm: 'sha1',
      claimsUnknown: { reason: 'passthroughUnmapped' },
    });
    expect(s.defaulted).toEqual(
      expect.arrayContaining([
        'signing.response',
        'signatureAlgorithm',
        'digestAlgorithm',
        'createUpnClaim',
        'passthroughClaimsWithNoMapping',
      ]),
    );
    expect(s.claims?.map((c) => c.name)).toEqual([
      'email',
      'full_name',
      'roles',
      'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn',
    ]);
  });

  it('reads explicit settings as set', async () => {
    const s = await read(
      json(
        auth0Client({
          signResponse: true,
          signatureAlgorithm: 'rsa-sha256',
          digestAlgorithm: 'sha256',
          createUpnClaim: false,
          passthroughClaimsWithNoMapping: false,
        }),
      ),
    );
    expect(s).toMatchObject({
      signing: { response: true },
      signatureAlgorithm: 'rsa-sha256',
      digestAlgorithm: 'sha256',
    });
    expect(s.claimsUnknown).toBeUndefined();
    expect(s.defaulted).toBeUndefined();
  });
});

describe('unusable input', () => {
  it('names the kinds accepted, and never echoes the input', async () => {
    const secret = 'jane.doe@owlbank.example';
    for (const input of [json({ email: secret }), `hello ${secret}`, `<Response>${secret}</Response>`]) {
      const error = await inputError(input);
      expect(error.code).toBe('unknownKind');
      expect(error.message).toContain('AD FS relying party trust');
      expect(error.message).not.toContain(secret);
    }
    expect((await inputError('  ')).code).toBe('empty');
    expect((await inputError('{"Identifier": ')).code).toBe('notJson');
    expect((await inputError('x'.repeat(5 * 1024 * 1024 + 1))).code).toBe('tooLarge');
  });

  it('reads every connection SID it is given without confusing kinds', async () => {
    // A Keycloak client whose clientId is Flex's entity ID is not mistaken for an Okta app or Entra manifest.
    expect((await read(json(keycloakClient()))).kind).toBe('keycloak-client');
    expect(CONNECTION_SID).toMatch(/^JQ/);
  });
});
