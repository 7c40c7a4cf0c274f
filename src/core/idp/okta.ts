import type { IdpProfile } from '../types';
import { FLEX_STEPS, fix, guides, hostPattern } from './shared';

export const SAML_SETTINGS =
  'In the Okta Admin Console, open Applications › the Flex app › General › SAML Settings › Edit';
const SETUP_INSTRUCTIONS = 'In Applications › the Flex app › Sign On › View SAML setup instructions';

export const okta: IdpProfile = {
  id: 'okta',
  name: 'Okta',
  issuerPatterns: [
    // Okta's default issuer is http://www.okta.com/<app id>, on no org host at all.
    /^https?:\/\/www\.okta\.com\//i,
    hostPattern('okta\\.com'),
    hostPattern('oktapreview\\.com'),
  ],
  // Okta sends only what the admin typed: there is no Okta-only claim name to recognise.
  claimFingerprints: [],
  guides: guides('flexSsoOkta'),
  attributeSources: {
    email: 'SAML Settings › Attribute Statements › email = user.email',
    full_name: 'SAML Settings › Attribute Statements › full_name = String.join(" ", user.firstName, user.lastName)',
    roles: 'SAML Settings › Attribute Statements › roles = user.userType (or an app-user attribute)',
  },
  fixes: {
    'F-ACS': fix([
      FLEX_STEPS.copyAcs,
      `${SAML_SETTINGS}.`,
      'Set "Single sign on URL" to the Flex ACS URL, check "Use this for Recipient URL and Destination URL", and save.',
    ]),
    'F-ENTITY': fix([
      FLEX_STEPS.copyEntity,
      `${SAML_SETTINGS}.`,
      'Set "Audience URI (SP Entity ID)" to the Flex Entity ID, and save.',
    ]),
    'F-ISSUER': fix([
      `${SETUP_INSTRUCTIONS}, and copy "Identity Provider Issuer" (http://www.okta.com/<id>).`,
      FLEX_STEPS.pasteIssuer,
    ]),
    'F-SSOURL': fix(
      [`${SETUP_INSTRUCTIONS}, and copy "Identity Provider Single Sign-On URL".`, FLEX_STEPS.pasteSsoUrl],
      ['error70251'],
    ),
    'F-CERT': fix([`${SETUP_INSTRUCTIONS}, and copy "X.509 Certificate".`, FLEX_STEPS.pasteCert], ['error70251']),
    'F-SIGN': fix([
      `${SAML_SETTINGS} › Show Advanced Settings.`,
      'Set Response to Signed and Assertion Signature to Signed, with Signature Algorithm RSA-SHA256 and Digest Algorithm SHA256.',
      'Set Assertion Encryption to Unencrypted, and save.',
    ]),
    'F-NAMEID': fix([
      `${SAML_SETTINGS}.`,
      'Set "Name ID format" to EmailAddress (or Unspecified).',
      'Set "Application username" to Email so the Name ID stays the same at every login, and save.',
    ]),
    'F-CLAIMS': fix(
      [
        `${SAML_SETTINGS} › Attribute Statements.`,
        'With Name format Basic, add email = user.email, full_name = String.join(" ", user.firstName, user.lastName) and roles = user.userType (or an app-user attribute).',
        'Enter the values as Okta expressions, not as quoted text, and save.',
        FLEX_STEPS.loginAgain,
      ],
      ['error45050', 'taskRouterLimits'],
    ),
    'F-NAMESPACE': fix([
      `${SAML_SETTINGS} › Attribute Statements.`,
      'Set Name format to Basic and use the bare names email, full_name and roles (no URI), and save.',
      FLEX_STEPS.loginAgain,
    ]),
    'F-ROLES': fix(
      [
        'Keep each user\'s Flex roles in Directory › People › the user › Profile › "User type" as a comma-separated list (e.g. agent,supervisor), or in an app-user attribute of the Flex app.',
        'Give Flex Insights roles (wfo.*) through the app assignment, in the app-user attribute.',
        FLEX_STEPS.loginAgain,
      ],
      ['flexInsightsRoles'],
    ),
    'F-ASSIGN': fix(['In Applications › the Flex app › Assignments, assign the user (or a group they belong to).']),
    'F-REDIRECT': fix([`${SAML_SETTINGS}, and leave "Default RelayState" blank.`, FLEX_STEPS.defaultRedirect]),
  },
  refinements: {
    'saml-status-not-success/authnFailed': fix([
      'In the Okta Admin Console › Reports › System Log, search for the user and the Flex app: the failed event gives the reason (password, MFA, a sign-on policy, a suspended user).',
      'Ask the user to sign in to their Okta dashboard directly: Okta shows its own reason.',
      'In Applications › the Flex app › Assignments, check that the user (or their group) is assigned.',
    ]),
    'saml-assertion-encrypted': fix([
      `${SAML_SETTINGS} › Show Advanced Settings.`,
      'Set Assertion Encryption to Unencrypted: Flex does not accept encrypted assertions.',
      'Keep Response and Assertion Signature Signed, with RSA-SHA256 and SHA256, and save.',
    ]),
  },
};
