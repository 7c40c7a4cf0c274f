import type { IdpProfile } from '../types';
import { FLEX_STEPS, fix, guides, hostPattern } from './shared';

export const ADDON = 'In the Auth0 Dashboard, open Applications › the Flex app › Addons › SAML2 Web App';

export const auth0: IdpProfile = {
  id: 'auth0',
  name: 'Auth0',
  // Auth0's SAML2 Web App addon issues as urn:<tenant>.auth0.com by default.
  issuerPatterns: [/^urn:[^:\s]+\.auth0\.com$/i, hostPattern('auth0\\.com')],
  claimFingerprints: [/^http:\/\/schemas\.auth0\.com\//],
  guides: guides('flexSsoAuth0'),
  attributeSources: {
    email: 'post-login Action › api.samlResponse.setAttribute("email", event.user.email)',
    full_name: 'post-login Action › api.samlResponse.setAttribute("full_name", event.user.name)',
    roles: 'post-login Action › api.samlResponse.setAttribute("roles", …) from app_metadata',
    image_url: 'post-login Action › api.samlResponse.setAttribute("image_url", event.user.picture)',
  },
  fixes: {
    'F-ACS': fix([
      FLEX_STEPS.copyAcs,
      `${ADDON} › Settings, and set "Application Callback URL" to the Flex ACS URL.`,
      'On the app\'s Settings tab, add the same URL to "Allowed Callback URLs", and save.',
    ]),
    'F-ENTITY': fix(
      [FLEX_STEPS.copyEntity, `${ADDON} › Settings, and in the settings JSON set "audience" to the Flex Entity ID.`],
      ['auth0SamlAssertions'],
    ),
    'F-ISSUER': fix([`${ADDON} › Usage, and copy "Issuer" (urn:<tenant>.auth0.com).`, FLEX_STEPS.pasteIssuer]),
    'F-SSOURL': fix([`${ADDON} › Usage, and copy "SAML Protocol URL".`, FLEX_STEPS.pasteSsoUrl], ['error70251']),
    'F-CERT': fix([`${ADDON} › Usage, and download the certificate.`, FLEX_STEPS.pasteCert], ['error70251']),
    'F-SIGN': fix(
      [
        `${ADDON} › Settings.`,
        'In the settings JSON set "signResponse": true, "signatureAlgorithm": "rsa-sha256" and "digestAlgorithm": "sha256" (Auth0 defaults to SHA-1), and save.',
      ],
      ['auth0SamlAssertions'],
    ),
    'F-NAMEID': fix(
      [
        `${ADDON} › Settings.`,
        'In the settings JSON set "nameIdentifierFormat": "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress".',
        'Set "nameIdentifierProbes" with the email claim first, e.g. ["http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress"], and save.',
      ],
      ['auth0SamlAssertions'],
    ),
    'F-CLAIMS': fix(
      [
        'In Actions › Library, create a post-login Action that sets email, full_name, roles and image_url with api.samlResponse.setAttribute(…).',
        'Deploy it and add it to Actions › Flows › Login.',
        FLEX_STEPS.loginAgain,
      ],
      ['auth0SamlAssertions', 'error45050', 'taskRouterLimits'],
    ),
    'F-NAMESPACE': fix(
      [
        `${ADDON} › Settings.`,
        'In the settings JSON remove the default "mappings", and set "passthroughClaimsWithNoMapping": false and "createUpnClaim": false, and save.',
        FLEX_STEPS.loginAgain,
      ],
      ['auth0SamlAssertions'],
    ),
    'F-ROLES': fix(
      [
        'In User Management › Users › the user, keep the Flex roles in app_metadata, e.g. {"flex": {"roles": ["admin"]}}.',
        'Have the post-login Action send them: api.samlResponse.setAttribute("roles", event.user.app_metadata.flex.roles).',
        FLEX_STEPS.loginAgain,
      ],
      ['auth0SamlAssertions', 'flexInsightsRoles'],
    ),
    'F-ASSIGN': fix([
      'In Applications › the Flex app › Connections, enable the connection the user logs in with (database, social or enterprise).',
    ]),
  },
  refinements: {},
};
