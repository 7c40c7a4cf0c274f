import type { IdpProfile } from '../types';
import { FLEX_STEPS, fix, guides, hostPattern } from './shared';

const ENTERPRISE_APP = 'In the Microsoft Entra admin center, open Enterprise applications › the Flex app';
export const APP =
  'In the Microsoft Entra admin center, open Enterprise applications › the Flex app › Single sign-on › SAML';

export const entraId: IdpProfile = {
  id: 'entra-id',
  name: 'Microsoft Entra ID',
  issuerPatterns: [/^https:\/\/sts\.windows\.net\//i, hostPattern('login\\.microsoftonline\\.com')],
  // Only Entra sends these by default; ADFS shares the xmlsoap claim namespace, so these decide.
  claimFingerprints: [
    /^http:\/\/schemas\.microsoft\.com\/identity\/claims\//,
    /^http:\/\/schemas\.microsoft\.com\/claims\/authnmethodsreferences$/,
  ],
  guides: guides('flexSsoAzureAd', 'flexSsoAzureAdCustomAttributes'),
  attributeSources: {
    email: 'Attributes & Claims › email = user.mail',
    full_name: 'Attributes & Claims › full_name = user.displayname',
    roles: 'Attributes & Claims › roles = user.assignedroles (app roles)',
  },
  fixes: {
    'F-ACS': fix([
      FLEX_STEPS.copyAcs,
      `${APP} › Basic SAML Configuration › Edit.`,
      'Set "Reply URL (Assertion Consumer Service URL)" to the Flex ACS URL exactly, mark it Default, and save.',
    ]),
    'F-ENTITY': fix([
      FLEX_STEPS.copyEntity,
      `${APP} › Basic SAML Configuration › Edit.`,
      'Set "Identifier (Entity ID)" to the Flex Entity ID, mark it Default, remove the default entry Microsoft added, and save.',
    ]),
    'F-ISSUER': fix([
      `${APP}, and in the "Set up" section copy "Microsoft Entra Identifier" (https://sts.windows.net/<tenant-id>/).`,
      FLEX_STEPS.pasteIssuer,
    ]),
    'F-SSOURL': fix([`${APP}, and in the "Set up" section copy "Login URL".`, FLEX_STEPS.pasteSsoUrl], ['error70251']),
    'F-CERT': fix(
      [
        `${APP} › SAML Certificates, and download "Certificate (Base64)" of the certificate whose status is Active.`,
        FLEX_STEPS.pasteCert,
        'In SAML Certificates, set "Notification Email Addresses" so someone is warned before the certificate expires.',
      ],
      ['error70251'],
    ),
    'F-SIGN': fix([
      `${APP} › SAML Certificates › Edit.`,
      'Set Signing Option to "Sign SAML response and assertion" (the default signs only the assertion).',
      'Set Signing Algorithm to SHA-256, and save.',
      'Leave token encryption off: Flex does not accept encrypted assertions.',
    ]),
    'F-NAMEID': fix([
      `${APP} › Attributes & Claims, and edit "Unique User Identifier (Name ID)".`,
      'Set Source attribute to user.mail and Name identifier format to "Email address", and save.',
      'Changing the Name ID of existing users creates new Flex users: make the change before they log in again, and clean up the old workers.',
    ]),
    'F-CLAIMS': fix(
      [
        `${APP} › Attributes & Claims › Add new claim, once for each Flex attribute, leaving Namespace empty.`,
        'Add email = user.mail, full_name = user.displayname and roles = user.assignedroles.',
        'Delete the default additional claims (givenname, surname, emailaddress, name): Flex does not use them and they fill the worker attributes.',
        'An extension (directory) attribute that the claim editor does not offer needs a claims-mapping policy.',
        FLEX_STEPS.loginAgain,
      ],
      [
        'flexSsoAzureAdCustomAttributes',
        'entraSamlTokens',
        'entraClaimsMappingPolicy',
        'error45050',
        'taskRouterLimits',
      ],
    ),
    'F-NAMESPACE': fix(
      [
        `${APP} › Attributes & Claims, and open each claim Flex reads.`,
        'Clear the Namespace field so the claim name is bare (email, not http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress), and save.',
        FLEX_STEPS.loginAgain,
      ],
      ['entraSamlTokens'],
    ),
    'F-ROLES': fix(
      [
        'In App registrations › the Flex app › App roles, create app roles with Value admin, supervisor and agent (and any wfo.* Insights roles), allowed member types Users/Groups.',
        'In Enterprise applications › the Flex app › Users and groups, give each user or group a role; one assignment carries one role, so add one assignment per extra role.',
        'Send roles = user.assignedroles; do not send the groups claim: group object ids are not Flex roles.',
        FLEX_STEPS.loginAgain,
      ],
      ['entraAddAppRoles', 'entraAppRoleManagement', 'flexInsightsRoles'],
    ),
    'F-ASSIGN': fix([
      'In Enterprise applications › the Flex app › Users and groups › Add user/group, add the user (or a group they belong to) with a Flex role.',
    ]),
    'F-REDIRECT': fix([
      'Start the login from the Flex login link rather than the My Apps tile, or leave "Relay State" empty in Basic SAML Configuration.',
      FLEX_STEPS.defaultRedirect,
    ]),
  },
  refinements: {
    'saml-assertion-encrypted': fix([
      `${ENTERPRISE_APP} › Security › Token encryption, select the active certificate and deactivate it: Flex does not accept encrypted assertions.`,
      `${APP} › SAML Certificates: keep Signing Option "Sign SAML response and assertion" with SHA-256.`,
    ]),
    'insights-role-implicit': fix(
      [
        'Decide whether this admin or supervisor should have full access to Flex Insights: with no wfo. role, Insights grants wfo.full_access.',
        'If not, in App registrations › the Flex app › App roles, create an app role whose Value is the Insights role to give (for example wfo.team_leader), allowed member types Users/Groups.',
        `${ENTERPRISE_APP} › Users and groups, and add an assignment of that role to the user or their group (one assignment carries one role).`,
        FLEX_STEPS.loginAgain,
      ],
      ['entraAddAppRoles', 'flexInsightsRoles'],
    ),
    'saml-status-not-success/authnFailed': fix([
      'In the Microsoft Entra admin center › Monitoring & health › Sign-in logs, filter by the user and the Flex application, and open the failed sign-in: its failure reason and AADSTS error code say why.',
      'Ask the user to sign in at https://myapps.microsoft.com: Entra shows its own reason, such as MFA, a conditional-access policy or a disabled account.',
      `${ENTERPRISE_APP} › Users and groups, and check that the user (or their group) is assigned.`,
    ]),
  },
};
