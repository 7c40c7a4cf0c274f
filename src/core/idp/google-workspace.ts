import type { IdpProfile } from '../types';
import { FLEX_STEPS, fix, guides } from './shared';

const APP = 'In the Google Admin console, open Apps › Web and mobile apps › the Flex SAML app';

export const googleWorkspace: IdpProfile = {
  id: 'google-workspace',
  name: 'Google Workspace',
  issuerPatterns: [/^https:\/\/accounts\.google\.com\/o\/saml2(?:[?/#]|$)/i],
  // Google sends only the attribute names the admin mapped: nothing is Google-only.
  claimFingerprints: [],
  guides: guides('flexSsoGoogle'),
  attributeSources: {
    email: 'SAML attribute mapping › Basic Information › Primary email → email',
    full_name: 'SAML attribute mapping › Flex Details › Full Name → full_name',
    roles: 'SAML attribute mapping › Flex Details › Roles → roles',
  },
  fixes: {
    'F-ACS': fix(
      [FLEX_STEPS.copyAcs, `${APP} › Service provider details.`, 'Set "ACS URL" to the Flex ACS URL, and save.'],
      ['googleSamlAppTroubleshooting'],
    ),
    'F-ENTITY': fix(
      [FLEX_STEPS.copyEntity, `${APP} › Service provider details.`, 'Set "Entity ID" to the Flex Entity ID, and save.'],
      ['googleSamlAppTroubleshooting'],
    ),
    'F-ISSUER': fix([
      `${APP} › Download metadata, and copy Google's "Entity ID" (https://accounts.google.com/o/saml2?idpid=…).`,
      FLEX_STEPS.pasteIssuer,
    ]),
    'F-SSOURL': fix(
      [`${APP} › Download metadata, and copy Google's "SSO URL".`, FLEX_STEPS.pasteSsoUrl],
      ['error70251'],
    ),
    'F-CERT': fix(
      [
        `${APP} › Download metadata, and download the certificate.`,
        'Open it in a text editor and copy the whole PEM, including the -----BEGIN CERTIFICATE----- and -----END CERTIFICATE----- lines.',
        FLEX_STEPS.pasteCert,
      ],
      ['error70251'],
    ),
    'F-SIGN': fix([`${APP} › Service provider details.`, 'Check "Signed response", and save.']),
    'F-NAMEID': fix([
      `${APP} › Service provider details.`,
      'Set "Name ID format" to EMAIL and "Name ID" to Basic Information › Primary email, and save.',
    ]),
    'F-CLAIMS': fix(
      [
        'In Directory › Users › More options › Manage custom attributes, add a category "Flex Details" with the fields Roles and Full Name.',
        `${APP} › SAML attribute mapping, and map Primary email → email, Flex Details › Full Name → full_name and Flex Details › Roles → roles (the names are case-sensitive).`,
        FLEX_STEPS.loginAgain,
      ],
      ['error45050', 'taskRouterLimits'],
    ),
    'F-NAMESPACE': fix([
      `${APP} › SAML attribute mapping.`,
      'Type the bare Flex names (email, full_name, roles) as App attributes: Google sends them exactly as typed.',
      FLEX_STEPS.loginAgain,
    ]),
    'F-ROLES': fix(
      [
        'In Directory › Users › the user › User information › Flex Details, set Roles to agent, supervisor or admin (lowercase).',
        FLEX_STEPS.loginAgain,
      ],
      ['flexInsightsRoles'],
    ),
    'F-ASSIGN': fix(
      [
        `${APP} › User access.`,
        "Turn the service ON for the user's organisational unit (or a group they are in), and save.",
      ],
      ['googleSamlAppTroubleshooting'],
    ),
    'F-REDIRECT': fix(
      [
        "Google Workspace does not support IdP-initiated login to Flex: start from the Flex login link, not from the app in Google's app launcher.",
      ],
      ['googleSamlAppTroubleshooting'],
    ),
  },
};
