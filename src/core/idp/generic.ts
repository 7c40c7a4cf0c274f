import type { IdpProfile } from '../types';
import { FLEX_STEPS, fix, guides } from './shared';

/**
 * Any SAML 2.0 identity provider, in plain SAML terms. It covers every fix key: it is what every
 * other profile falls back to, and what an unrecognised IdP gets.
 */
export const generic: IdpProfile = {
  id: 'generic',
  name: 'SAML 2.0 identity provider',
  issuerPatterns: [],
  claimFingerprints: [],
  guides: guides(),
  attributeSources: {
    email: "An attribute named email with the user's email address",
    full_name: 'An attribute named full_name with the name to show in Flex',
    roles: 'An attribute named roles: admin, supervisor and/or agent (multi-valued or comma-separated)',
    image_url: 'An attribute named image_url with an https URL of an image',
  },
  fixes: {
    'F-ACS': fix(
      [
        FLEX_STEPS.copyAcs,
        "In the IdP's application for Flex, set the Assertion Consumer Service (ACS) URL (also called Reply URL, Single sign-on URL or Recipient) to exactly that value.",
        'If responses still go to a legacy iam.twilio.com URL, migrate to enhanced SSO and give the IdP the new ACS URL and Entity ID.',
      ],
      ['flexSsoMigration'],
    ),
    'F-ENTITY': fix(
      [
        FLEX_STEPS.copyEntity,
        "In the IdP's application for Flex, set the SP Entity ID (also called Audience or Identifier) to exactly that value.",
        'A legacy setup uses https://iam.twilio.com/v1/Accounts/AC…/saml2/metadata instead, with /metadata at the end.',
      ],
      ['flexSsoMigration'],
    ),
    'F-ISSUER': fix([
      "Find the IdP's Issuer (its entity ID, the entityID in its SAML metadata, or the <Issuer> of its responses).",
      FLEX_STEPS.pasteIssuer,
    ]),
    'F-SSOURL': fix(
      [
        "Find the IdP's SAML 2.0 single sign-on endpoint (SingleSignOnService Location in its metadata), not its metadata URL or portal page.",
        FLEX_STEPS.pasteSsoUrl,
      ],
      ['error70251'],
    ),
    'F-CERT': fix(
      [
        'Download the IdP\'s current signing certificate (Base64 / PEM), from its setup page or the KeyDescriptor use="signing" in its metadata.',
        FLEX_STEPS.pasteCert,
        'Whenever the IdP rotates its signing certificate, update Flex the same day: an old certificate makes every login fail.',
      ],
      ['error70251'],
    ),
    'F-SIGN': fix([
      'In the IdP, sign both the SAML Response (the message) and the Assertion.',
      'Use RSA-SHA256 for the signature and SHA-256 for the digest; SHA-1 is weak.',
      'Turn assertion encryption off: Flex does not accept encrypted assertions.',
    ]),
    'F-NAMEID': fix([
      "Set the Subject NameID to the user's email address, with format urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress.",
      'Keep it stable: never a transient NameID, and do not switch its source (e.g. UPN to mail) for existing users, because a new NameID creates a new Flex user and worker.',
    ]),
    'F-CLAIMS': fix(
      [
        'Send the attributes email, full_name and roles under exactly these names: lowercase, bare, case-sensitive.',
        'Send custom attributes under their Flex names (e.g. team_name with team_id, department_name with department_id).',
        'To clear an attribute, keep sending it with an empty value: one that stops arriving keeps its old value on the worker.',
        "Keep the whole set small: a worker's attributes may not exceed 4096 characters.",
        FLEX_STEPS.loginAgain,
      ],
      ['error45050', 'flexInsightsAttributes', 'taskRouterLimits'],
    ),
    'F-NAMESPACE': fix([
      'Rename each attribute to its bare Flex name: email, not http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress.',
      "Put the Flex name in the attribute's Name (NameFormat basic or unspecified), not only in its FriendlyName.",
      FLEX_STEPS.loginAgain,
    ]),
    'F-ROLES': fix(
      [
        'Send roles as one multi-valued attribute (or a comma-separated string) whose values are exactly admin, supervisor or agent: lowercase, no spaces.',
        'Give every user at least one of these base roles; add Flex Insights roles (wfo.*) only to admins and supervisors.',
        "Do not send group object ids, distinguished names (CN=…) or the IdP's default role names as roles.",
        'Ask the user to log out of Flex and log in again: the Flex token takes its roles at login.',
      ],
      ['flexInsightsRoles'],
    ),
    'F-ASSIGN': fix([
      'In the IdP, assign the user (or a group they belong to) to the Flex application.',
      'Check that the user is active and allowed by any access policy on the application.',
    ]),
    'F-CLOCK': fix([
      "Synchronise the IdP server's clock with NTP: IssueInstant, NotBefore and NotOnOrAfter come from it.",
      'A response captured earlier and analysed or replayed later is outside its validity window by design: capture a fresh login to test.',
    ]),
    'F-SESSION': fix([
      "Set the IdP's session lifetime for the Flex application (SessionNotOnOrAfter) longer than 1 hour, the lifetime of a Flex token.",
      'Prefer a shift length (8–10 hours) or no limit, so agents are not logged out mid-shift.',
    ]),
    'F-REDIRECT': fix(
      [
        'Start the login from the Flex login link (SP-initiated) where you can: it needs no redirect settings.',
        FLEX_STEPS.defaultRedirect,
        'Leave the RelayState empty in the IdP.',
        FLEX_STEPS.trustedUrls,
      ],
      ['flexSsoSelfHosted'],
    ),
  },
  // Rules whose cause is narrower than their fix key's steps. Each is reviewed for every IdP in
  // tests/core/idp/refinements.test.ts; an IdP with a better place to do it refines it in its own profile.
  refinements: {
    'token-roles-mismatch': fix(
      [
        "If the worker's roles were edited in Flex or through the API after this login, that edit is the difference: the next SSO login overwrites the worker with what the IdP sends, so make the change in the IdP instead.",
        'If the roles in the IdP changed since this login, ask the user to log out of Flex and log in again: the Flex token takes its roles only at login.',
        'If the roles the IdP sends are themselves wrong, the roles findings above say what to change.',
      ],
      [],
    ),
    'insights-role-implicit': fix(
      [
        'Decide whether this admin or supervisor should have full access to Flex Insights: with no wfo. role, Insights grants wfo.full_access.',
        'If not, add the narrower Insights role (for example wfo.team_leader or wfo.dashboard_viewer) to the values the IdP sends in roles, beside admin or supervisor.',
        'If full access is intended, nothing needs to change; to stop this note, set "rule_severity": {"insights-role-implicit": "off"} in the configuration.',
        'Ask the user to log out of Flex and log in again: the Flex token takes its roles at login.',
      ],
      ['flexInsightsRoles'],
    ),
    'saml-assertion-encrypted': fix([
      'Turn assertion encryption off for the Flex application in the IdP (remove its encryption certificate): Flex does not accept encrypted assertions and has no key to decrypt them.',
      'Keep the Response and the Assertion signed, with RSA-SHA256.',
    ]),
    'saml-status-not-success/authnFailed': fix([
      'Ask the user to sign in to the IdP directly (its portal or My Apps page): the IdP shows its own reason, such as a wrong password, a failed MFA prompt, a locked or disabled account, or a conditional-access policy.',
      "Look up this attempt in the IdP's sign-in log: it records why authentication failed.",
      'When the user can sign in to the IdP but Flex still gets AuthnFailed, check that the user is assigned to the Flex application and allowed by its access policy.',
    ]),
    'saml-status-not-success/other': fix([
      "Read the status message above and look up this attempt in the IdP's sign-in log: the IdP says there why it did not log the user in.",
      "Check Flex's Single Sign-On URL: it must be the IdP's SAML 2.0 endpoint for this application.",
      FLEX_STEPS.pasteSsoUrl,
    ]),
  },
};
