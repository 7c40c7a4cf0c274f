import type { IdpProfile } from '../types';
import { FLEX_STEPS, fix, guides, hostPattern } from './shared';

const CONNECTED_APP = 'In Salesforce Setup › App Manager, edit the Flex connected app';

/** Signing and encryption are set in one place: the same steps fit an encrypted assertion. */
const SIGN = fix([
  `${CONNECTED_APP} › Web App Settings.`,
  'Leave "Encrypt SAML Response" unchecked: Flex does not accept encrypted assertions, and save.',
]);

export const salesforce: IdpProfile = {
  id: 'salesforce',
  name: 'Salesforce',
  issuerPatterns: [hostPattern('my\\.salesforce\\.com'), hostPattern('force\\.com')],
  // Salesforce's default attributes. `username` is left out on purpose: Okta sends it too
  // (saml-corpus okta-gosaml2-1), so on its own it would misname Okta workers as Salesforce.
  claimFingerprints: [/^userId$/, /^is_portal_user$/],
  guides: guides('flexSsoSalesforce'),
  attributeSources: {
    email: 'Connected App › Custom Attributes › email = $User.Email',
    full_name: 'Connected App › Custom Attributes › full_name = $User.FirstName + " " + $User.LastName',
    roles: 'Connected App › Custom Attributes › roles = "agent,supervisor" (a quoted value or a formula)',
  },
  fixes: {
    'F-ACS': fix([
      FLEX_STEPS.copyAcs,
      `${CONNECTED_APP} › Web App Settings, and check "Enable SAML".`,
      'Set "ACS URL" to the Flex ACS URL, and save.',
    ]),
    'F-ENTITY': fix([
      FLEX_STEPS.copyEntity,
      `${CONNECTED_APP} › Web App Settings.`,
      'Set "Entity Id" to the Flex Entity ID, and save.',
    ]),
    'F-ISSUER': fix([
      'In Setup › Identity Provider, copy the Issuer (https://<domain>.my.salesforce.com) exactly as Salesforce sends it, with or without the trailing slash.',
      FLEX_STEPS.pasteIssuer,
    ]),
    'F-SSOURL': fix(
      [
        'Use https://<domain>.my.salesforce.com/idp/endpoint/HttpRedirect as the single sign-on URL.',
        FLEX_STEPS.pasteSsoUrl,
      ],
      ['error70251'],
    ),
    'F-CERT': fix(
      [
        'In Setup › Identity Provider, download the identity provider certificate (self-signed, 2048-bit).',
        FLEX_STEPS.pasteCert,
      ],
      ['error70251'],
    ),
    'F-SIGN': SIGN,
    'F-NAMEID': fix([
      `${CONNECTED_APP} › Web App Settings.`,
      'Set "Subject Type" to Username and "Name ID Format" to unspecified, and save.',
    ]),
    'F-CLAIMS': fix(
      [
        'In Setup › App Manager › the Flex connected app › Manage › Custom Attributes, add each Flex attribute.',
        'Add full_name = $User.FirstName + " " + $User.LastName and roles = "agent" (quoted), plus email = $User.Email if the response lacks email.',
        FLEX_STEPS.loginAgain,
      ],
      ['error45050', 'taskRouterLimits'],
    ),
    'F-NAMESPACE': fix([
      'In Setup › App Manager › the Flex connected app › Manage › Custom Attributes, check that each key is exactly email, full_name or roles (Salesforce sends keys as typed).',
      FLEX_STEPS.loginAgain,
    ]),
    'F-ROLES': fix(
      [
        'In the connected app\'s Custom Attributes, set roles to the Flex roles as a quoted, comma-separated value, e.g. "agent,supervisor", or a formula that yields one.',
        FLEX_STEPS.loginAgain,
      ],
      ['flexInsightsRoles'],
    ),
    'F-ASSIGN': fix([
      "In Setup › Profiles › the user's profile › Connected App Access, enable the Flex connected app (or grant it through a permission set).",
    ]),
  },
  refinements: {
    'saml-assertion-encrypted': SIGN,
    // AuthnFailed is Salesforce refusing the user, not a wrong SSO URL.
    'saml-status-not-success/authnFailed': fix([
      "In Salesforce Setup › Login History, find the user's attempt: its status says why (a wrong password, a frozen or inactive user, login hours or IP ranges of the profile).",
      "In Setup › Profiles › the user's profile › Connected App Access, check that the Flex connected app is enabled (or granted through a permission set).",
      'Ask the user to log in to Salesforce directly: it shows its own reason.',
    ]),
  },
};
