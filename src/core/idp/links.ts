import type { DocLink } from '../types';

/**
 * The one place where documentation URLs are written. Profiles and fixes refer to these entries by
 * name, so a moved page is fixed once, and a test can hold every link the product shows against this
 * list (https only, no invented deep links).
 *
 * Sources: every URL is listed in shared/reference/idp-fixes.md, except those in
 * CONFIRMED_BY_SEARCH, which were confirmed to exist with a documentation search before being added.
 */
export const LINKS = {
  // Twilio (idp-fixes.md, "Twilio guide pages"). These are the authority; the overview comes with every fix.
  flexSsoOverview: {
    title: 'Twilio: Configuring SSO and IdP in Flex',
    url: 'https://www.twilio.com/docs/flex/admin-guide/setup/sso-configuration',
  },
  flexSsoAzureAd: {
    title: 'Twilio: Configure Flex SSO with Microsoft Entra ID (Azure AD)',
    url: 'https://www.twilio.com/docs/flex/admin-guide/setup/sso-configuration/azure-ad',
  },
  flexSsoAzureAdCustomAttributes: {
    title: 'Twilio: Custom Entra ID (Azure AD) attributes as SAML claims',
    url: 'https://www.twilio.com/docs/flex/admin-guide/setup/sso-configuration/azure-ad/custom-azure-ad-attributes-as-saml-claims',
  },
  flexSsoAdfs: {
    title: 'Twilio: Configure Flex SSO with AD FS',
    url: 'https://www.twilio.com/docs/flex/admin-guide/setup/sso-configuration/adfs',
  },
  flexSsoOkta: {
    title: 'Twilio: Configure Flex SSO with Okta',
    url: 'https://www.twilio.com/docs/flex/admin-guide/setup/sso-configuration/okta',
  },
  flexSsoGoogle: {
    title: 'Twilio: Configure Flex SSO with Google Workspace',
    url: 'https://www.twilio.com/docs/flex/admin-guide/setup/sso-configuration/google',
  },
  flexSsoSalesforce: {
    title: 'Twilio: Configure Flex SSO with Salesforce',
    url: 'https://www.twilio.com/docs/flex/admin-guide/setup/sso-configuration/salesforce',
  },
  flexSsoAuth0: {
    title: 'Twilio: Configure Flex SSO with Auth0',
    url: 'https://www.twilio.com/docs/flex/admin-guide/setup/sso-configuration/auth0',
  },
  flexSsoMigration: {
    title: 'Twilio: Migrate to enhanced SSO',
    url: 'https://www.twilio.com/docs/flex/admin-guide/setup/sso-configuration/migration-guide',
  },
  flexSsoSelfHosted: {
    title: 'Twilio: Self-hosted Flex, additional SSO configuration',
    url: 'https://www.twilio.com/docs/flex/admin-guide/setup/sso-configuration/self-hosted-sso',
  },
  flexInsightsRoles: {
    title: 'Twilio: Flex Insights user roles',
    url: 'https://www.twilio.com/docs/flex/admin-guide/setup/sso-configuration/insights-user-roles',
  },
  flexInsightsAttributes: {
    title: 'Twilio: Enhance the Flex Insights integration (attributes)',
    url: 'https://www.twilio.com/docs/flex/developer/insights/enhance-integration',
  },
  taskRouterLimits: {
    title: 'Twilio: TaskRouter limits (worker attributes size)',
    url: 'https://www.twilio.com/docs/taskrouter/limits',
  },
  error45050: {
    title: 'Twilio error 45050: missing or invalid required attributes',
    url: 'https://www.twilio.com/docs/api/errors/45050',
  },
  error70251: {
    title: 'Twilio error 70251: Bad SSO Settings',
    url: 'https://www.twilio.com/docs/api/errors/70251',
  },

  // Vendors (idp-fixes.md, "Vendor pages").
  entraSamlTokens: {
    title: 'Microsoft: SAML token claims reference',
    url: 'https://learn.microsoft.com/entra/identity-platform/reference-saml-tokens',
  },
  entraAppRoleManagement: {
    title: 'Microsoft: Configure the role claim for an enterprise application',
    url: 'https://learn.microsoft.com/entra/identity-platform/enterprise-app-role-management',
  },
  auth0SamlAssertions: {
    title: 'Auth0: Customize SAML assertions',
    url: 'https://auth0.com/docs/authenticate/protocols/saml/saml-configuration/customize-saml-assertions',
  },
  googleSamlAppTroubleshooting: {
    title: 'Google: SAML app error messages',
    url: 'https://support.google.com/a/answer/6301076',
  },

  // Confirmed with a documentation search (see CONFIRMED_BY_SEARCH).
  entraAddAppRoles: {
    title: 'Microsoft: Add app roles to your application and receive them in the token',
    url: 'https://learn.microsoft.com/entra/identity-platform/howto-add-app-roles-in-apps',
  },
  entraClaimsMappingPolicy: {
    title: 'Microsoft: Claims customization using PowerShell and a claims-mapping policy',
    url: 'https://learn.microsoft.com/en-us/entra/identity-platform/claims-customization-powershell',
  },
  adfsUpdateCertificate: {
    title: 'Microsoft: Update-AdfsCertificate (token-signing certificate rollover)',
    url: 'https://learn.microsoft.com/powershell/module/adfs/update-adfscertificate?view=windowsserver2025-ps',
  },
  entraManageSamlCertificates: {
    title: 'Microsoft: Manage certificates for federated single sign-on',
    url: 'https://learn.microsoft.com/en-us/azure/active-directory/manage-apps/tutorial-manage-certificates-for-federated-single-sign-on',
  },
} as const satisfies Record<string, DocLink>;

export type LinkName = keyof typeof LINKS;

/** Every link the IdP profiles may show. A test holds all profile and fix links against it. */
export const ALLOWED_LINKS: readonly DocLink[] = Object.values(LINKS);

/**
 * URLs that idp-fixes.md does not list, each confirmed to exist with a documentation search
 * (docs or pages corpus) before it was added: Microsoft Learn's app-roles how-to (the UI path the Entra
 * F-ROLES steps follow), its claims-mapping-policy page (needed for extension attributes), AD FS's
 * Update-AdfsCertificate reference and Entra's "Manage certificates for federated single sign-on".
 */
export const CONFIRMED_BY_SEARCH: readonly string[] = [
  LINKS.entraAddAppRoles.url,
  LINKS.entraClaimsMappingPolicy.url,
  // For the idp-config refinements: AD FS's rollover cmdlet, and Entra's SAML certificate tutorial
  // (notification addresses, making a new certificate active).
  LINKS.adfsUpdateCertificate.url,
  LINKS.entraManageSamlCertificates.url,
];

/** The overview is shown with every profile's guides: it holds the attribute reference. */
export const OVERVIEW_LINK: DocLink = LINKS.flexSsoOverview;
