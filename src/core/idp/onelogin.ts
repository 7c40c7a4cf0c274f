import type { IdpProfile } from '../types';
import { FLEX_STEPS, fix, guides, hostPattern } from './shared';

const APP = 'In OneLogin Administration, open Applications › the Flex app';

export const onelogin: IdpProfile = {
  id: 'onelogin',
  name: 'OneLogin',
  issuerPatterns: [hostPattern('onelogin\\.com')],
  // OneLogin's default parameter names; case matters (`user.email` is an Okta expression, not this).
  claimFingerprints: [/^(?:User\.email|User\.FirstName|User\.LastName|PersonImmutableID)$/],
  guides: guides(),
  attributeSources: {
    email: 'Parameters › email (Include in SAML assertion) = Email',
    full_name: 'Parameters › full_name (Include in SAML assertion)',
    roles: 'Parameters › roles (Include in SAML assertion)',
  },
  fixes: {
    // OneLogin's SAML Custom Connector keeps ACS, Audience and the signature element on its
    // Configuration tab; the issuer, endpoint and certificate are shown on its SSO tab.
    'F-ACS': fix([
      FLEX_STEPS.copyAcs,
      `${APP} › Configuration.`,
      'Set "ACS (Consumer) URL" (and "Recipient") to the Flex ACS URL, and save.',
    ]),
    'F-ENTITY': fix([FLEX_STEPS.copyEntity, `${APP} › Configuration, and set "Audience" to the Flex Entity ID.`]),
    'F-ISSUER': fix([`${APP} › SSO, and copy "Issuer URL".`, FLEX_STEPS.pasteIssuer]),
    'F-SSOURL': fix([`${APP} › SSO, and copy "SAML 2.0 Endpoint (HTTP)".`, FLEX_STEPS.pasteSsoUrl], ['error70251']),
    'F-CERT': fix(
      [`${APP} › SSO › X.509 Certificate › View Details, and copy the PEM certificate.`, FLEX_STEPS.pasteCert],
      ['error70251'],
    ),
    'F-SIGN': fix([
      `${APP} › Configuration, and set "SAML signature element" to Both.`,
      `${APP} › SSO, and set "SAML Signature Algorithm" to SHA-256.`,
    ]),
    'F-CLAIMS': fix(
      [
        `${APP} › Parameters, and add email, full_name and roles, each with "Include in SAML assertion" checked.`,
        FLEX_STEPS.loginAgain,
      ],
      ['error45050', 'taskRouterLimits'],
    ),
    'F-NAMESPACE': fix([
      `${APP} › Parameters, and name the fields exactly email, full_name and roles instead of the defaults such as User.email.`,
      FLEX_STEPS.loginAgain,
    ]),
    'F-ASSIGN': fix(['In Users › the user › Applications, add the Flex app to the user (or grant it through a role).']),
  },
};
