/**
 * IdP configuration snapshots as the readers produce them from real exports — an AD FS metadata and
 * relying party trust set up as Twilio's guide leaves them (after its PowerShell step), an Entra app
 * manifest and service principal, an Okta app, a Keycloak client, an Auth0 application — all correct
 * for one enhanced-SSO account, and a way to override any part per test case. Overrides are plain JSON
 * (testRule compares cases by their JSON); `null` in `idpConfig` removes a fact (the export kind does
 * not carry it), and `context` overrides the account and Flex settings.
 */
import type { IdpConfigContext, IdpConfigRuleContext, IdpConfigSnapshot } from '../../../src/core/idpConfigTypes';
import type { CertificateInfo } from '../../../src/core/samlTypes';
import type { DiagnosticsConfig, Rule } from '../../../src/core/types';
import { testRule, type RuleTable } from '../ruleTester';
import { ACCOUNT_SID, ACS_URL, CONNECTION_SID, ENTITY_ID, NOW, at, DAY } from '../saml/snapshot';

export { ACCOUNT_SID, ACS_URL, CONNECTION_SID, ENTITY_ID, NOW, at, DAY };

export const RSA_SHA256 = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256';
export const SHA256 = 'http://www.w3.org/2001/04/xmlenc#sha256';
export const EMAIL_FORMAT = 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress';
export const XMLSOAP = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims';

export const ADFS_ISSUER = 'http://adfs.contoso.com/adfs/services/trust';
export const ADFS_SSO = 'https://adfs.contoso.com/adfs/ls/';

/** AD FS's token-signing certificate as Flex holds it (the configured one). */
export const ADFS_CERT: CertificateInfo = {
  subject: 'CN=ADFS Signing - adfs.contoso.com',
  issuer: 'CN=ADFS Signing - adfs.contoso.com',
  notBefore: '2024-11-20T08:00:00.000Z',
  notAfter: '2025-11-20T08:00:00.000Z',
  sha1: '3F'.repeat(20),
  sha256: 'C3'.repeat(32),
  serialNumber: '1A2B3C',
  publicKey: 'RSA 2048',
};

/** The secondary certificate AD FS auto-rollover creates 20 days before the primary expires. */
export const ADFS_NEXT_CERT: CertificateInfo = {
  ...ADFS_CERT,
  notBefore: '2025-10-31T08:00:00.000Z',
  notAfter: '2026-10-31T08:00:00.000Z',
  sha1: '4E'.repeat(20),
  sha256: 'D4'.repeat(32),
  serialNumber: '4D5E6F',
};

export const ENTRA_APP_ID = '5d1a6b8c-3f2e-4a7b-9c0d-1e2f3a4b5c6d';
export const ENTRA_ISSUER = 'https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/';

export const ENTRA_CERT: CertificateInfo = {
  subject: 'CN=Microsoft Azure Federated SSO Certificate',
  issuer: 'CN=Microsoft Azure Federated SSO Certificate',
  notBefore: '2024-09-01T00:00:00.000Z',
  notAfter: '2027-09-01T00:00:00.000Z',
  sha1: '9A'.repeat(20),
  sha256: 'E5'.repeat(32),
  serialNumber: '77AA',
  publicKey: 'RSA 2048',
};

/** The guide's three app roles, as the manifest holds them (and Entra's default User role, value null). */
export const GUIDE_APP_ROLES = [
  {
    value: 'admin',
    displayName: 'Admin',
    id: '18d14569-c3bd-439b-9a66-3a2aee01d14f',
    isEnabled: true,
    allowedMemberTypes: ['User'],
    origin: 'manifest',
  },
  {
    value: 'supervisor',
    displayName: 'Supervisor',
    id: 'd1c2ade8-98f8-45fd-aa4a-6d06b947c66f',
    isEnabled: true,
    allowedMemberTypes: ['User'],
    origin: 'manifest',
  },
  {
    value: 'agent',
    displayName: 'Agent',
    id: '5a5c5d3e-2b1a-4c0f-9e8d-7f6a5b4c3d2e',
    isEnabled: true,
    allowedMemberTypes: ['User'],
    origin: 'manifest',
  },
  {
    value: null,
    displayName: 'User',
    id: '18d14569-c3bd-439b-9a66-3a2aee01d14a',
    isEnabled: true,
    allowedMemberTypes: ['User'],
    origin: 'manifest',
  },
] as const;

const signing = (c: CertificateInfo, position: number) => ({ ...c, use: 'signing' as const, position });

/** The guide's claim rules, as read: LDAP rule (E-Mail-Addresses twice, Display-Name, Department) + Name ID transform. */
export const ADFS_GUIDE_CLAIMS = [
  { name: `${XMLSOAP}/emailaddress`, source: 'LDAP mail', rule: 'Flex attributes', consumedByNameId: true },
  { name: 'email', source: 'LDAP mail', rule: 'Flex attributes' },
  { name: 'full_name', source: 'LDAP displayName', rule: 'Flex attributes' },
  { name: 'roles', source: 'LDAP department', rule: 'Flex attributes' },
];

export const PRESETS = {
  adfsMetadata: {
    kind: 'saml-metadata',
    idp: 'adfs',
    entityId: ADFS_ISSUER,
    ssoServices: [
      { binding: 'Redirect', location: ADFS_SSO },
      { binding: 'POST', location: ADFS_SSO },
    ],
    offeredNameIdFormats: [EMAIL_FORMAT],
    certificates: [signing(ADFS_CERT, 1)],
    metadataSignature: { status: 'valid', certificateSha256: ADFS_CERT.sha256 },
  },
  adfsTrust: {
    kind: 'adfs-trust',
    idp: 'adfs',
    name: 'Twilio Flex',
    enabled: true,
    spEntityIds: [ENTITY_ID],
    acsUrls: [ACS_URL],
    signing: { response: true, assertion: true, raw: 'MessageAndAssertion' },
    signatureAlgorithm: RSA_SHA256,
    encryption: false,
    nameId: { format: EMAIL_FORMAT, source: `${XMLSOAP}/emailaddress`, rule: 'Name ID' },
    claims: ADFS_GUIDE_CLAIMS,
    unreadableRules: [],
  },
  entraManifest: {
    kind: 'entra-manifest',
    idp: 'entra-id',
    name: 'Twilio Flex',
    appId: ENTRA_APP_ID,
    spEntityIds: [ENTITY_ID],
    acsUrls: [ACS_URL],
    encryption: false,
    appRoles: GUIDE_APP_ROLES,
  },
  entraServicePrincipal: {
    kind: 'entra-service-principal',
    idp: 'entra-id',
    name: 'Twilio Flex',
    appId: ENTRA_APP_ID,
    preferredSingleSignOnMode: 'saml',
    spEntityIds: [ENTITY_ID, ENTRA_APP_ID],
    acsUrls: [ACS_URL],
    certificates: [{ ...signing(ENTRA_CERT, 1), active: true }],
    preferredTokenSigningKeyThumbprint: ENTRA_CERT.sha1,
    appRoles: GUIDE_APP_ROLES.map((r) => ({ ...r, origin: 'servicePrincipal' })),
    appRoleAssignmentRequired: true,
    notificationEmailAddresses: ['it-ops@contoso.com'],
    relayState: null,
  },
  oktaApp: {
    kind: 'okta-app',
    idp: 'okta',
    name: 'Twilio Flex',
    enabled: true,
    acsUrls: [ACS_URL],
    responseTargets: [
      { field: 'settings.signOn.recipient', url: ACS_URL },
      { field: 'settings.signOn.destination', url: ACS_URL },
    ],
    spEntityIds: [ENTITY_ID],
    signing: { response: true, assertion: true },
    signatureAlgorithm: 'RSA_SHA256',
    digestAlgorithm: 'SHA256',
    encryption: false,
    nameId: { format: EMAIL_FORMAT, source: '${user.email}' },
    relayState: null,
    claims: [
      { name: 'email', source: 'user.email', nameFormat: 'urn:oasis:names:tc:SAML:2.0:attrname-format:basic' },
      { name: 'full_name', source: 'String.join(" ", user.firstName, user.lastName)' },
      { name: 'roles', source: 'user.userType' },
    ],
  },
  keycloakClient: {
    kind: 'keycloak-client',
    idp: 'keycloak',
    name: ENTITY_ID,
    enabled: true,
    spEntityIds: [ENTITY_ID],
    acsUrls: [ACS_URL],
    signing: { response: true, assertion: true },
    signatureAlgorithm: 'RSA_SHA256',
    encryption: false,
    nameId: { format: 'email', source: 'email' },
    claims: [
      { name: 'email', source: 'user property email', rule: 'email' },
      { name: 'full_name', source: 'user attribute full_name', rule: 'full_name' },
      { name: 'roles', source: 'role list', rule: 'roles', repeatedAttribute: false },
    ],
  },
  auth0Client: {
    kind: 'auth0-client',
    idp: 'auth0',
    name: 'Twilio Flex',
    acsUrls: [ACS_URL],
    responseTargets: [{ field: 'addons.samlp.recipient', url: ACS_URL }],
    spEntityIds: [ENTITY_ID],
    signing: { response: true, assertion: true },
    signatureAlgorithm: 'rsa-sha256',
    digestAlgorithm: 'sha256',
    nameId: { format: EMAIL_FORMAT, source: 'email' },
    claims: [
      { name: 'email', source: 'mappings.email' },
      { name: 'full_name', source: 'mappings.name' },
      { name: 'roles', source: 'mappings.roles' },
    ],
  },
} as const satisfies Record<string, IdpConfigSnapshot>;

export type Preset = keyof typeof PRESETS;

export const CONTEXT: IdpConfigContext = {
  accountSid: ACCOUNT_SID,
  connectionSid: CONNECTION_SID,
  region: 'us1',
  ssoType: 'enhanced',
  analyzedAt: NOW,
  configuredIssuer: ADFS_ISSUER,
  configuredCertificates: [ADFS_CERT],
  configuredSsoUrl: ADFS_SSO,
};

export interface IdpConfigCase {
  preset: Preset;
  /** Shallow overrides of the snapshot; `null` removes a fact (the kind does not carry it), `NULL` sets it to null. */
  idpConfig?: Record<string, unknown>;
  /** Shallow overrides of the context; `null` removes a value. */
  context?: Record<string, unknown>;
}

/** Override value for a fact that is carried but not set (`null`), since `null` itself removes the fact. */
export const NULL = '<null>';

function merge<T extends object>(base: T, overrides: Record<string, unknown> | undefined): T {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(overrides ?? {})) {
    if (value === null) delete out[key];
    else out[key] = value === NULL ? null : value;
  }
  return out as T;
}

export function buildIdpConfigContext(input: IdpConfigCase, expectations: DiagnosticsConfig): IdpConfigRuleContext {
  return {
    idpConfig: merge(PRESETS[input.preset] as IdpConfigSnapshot, input.idpConfig),
    context: merge(CONTEXT, input.context),
    expectations,
  };
}

export function testIdpConfigRule(rule: Rule<IdpConfigRuleContext>, table: RuleTable<IdpConfigCase>): void {
  testRule(rule, table, buildIdpConfigContext);
}
