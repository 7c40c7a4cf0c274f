import type { DocLink, FixSteps } from '../types';
import { LINKS, type LinkName } from './links';

/** Where the Flex side of every fix lives (Console menu path, written with ›). */
export const FLEX_SSO_SETTINGS = 'Twilio Console › Flex › Users and access › Single sign-on (SSO)';
/** The enhanced-SSO page that shows the ACS URL and Entity ID the IdP must use. */
export const FLEX_SP_PAGE = `${FLEX_SSO_SETTINGS} › Set up your identity provider`;

/**
 * Flex-side steps, worded once so every IdP says them the same way. Each IdP profile puts its own
 * "copy this value" step first and one of these after it.
 */
export const FLEX_STEPS = {
  copyAcs: `In ${FLEX_SP_PAGE}, copy the ACS URL (enhanced SSO: https://login.flex.<region>.twilio.com/login/callback?connection=JQ…).`,
  copyEntity: `In ${FLEX_SP_PAGE}, copy the Entity ID (enhanced SSO: urn:flex:JQ…).`,
  pasteIssuer: `In ${FLEX_SSO_SETTINGS}, paste it into "Identity Provider Issuer" exactly as the IdP sends it (same scheme, case and trailing slash), and save.`,
  pasteSsoUrl: `In ${FLEX_SSO_SETTINGS}, paste it into "Single Sign-On URL", and save.`,
  pasteCert: `In ${FLEX_SSO_SETTINGS}, paste the whole certificate into "X.509 Certificate", including the BEGIN CERTIFICATE and END CERTIFICATE lines, and save.`,
  defaultRedirect: `For login from the IdP's portal (IdP-initiated), set "Default Redirect URL" in ${FLEX_SSO_SETTINGS} to your Flex login link.`,
  trustedUrls: `For self-hosted Flex, localhost or a custom domain, add its origin to "Trusted URLs" in ${FLEX_SSO_SETTINGS} (no wildcards with enhanced SSO).`,
  // Flex rewrites worker attributes and token roles only when the user logs in through SSO.
  loginAgain: 'Ask the user to log out of Flex and log in again: Flex reads the attributes only at login.',
} as const;

/** Builds one fix from its steps and the names of its documentation links (never raw URLs). */
export function fix(steps: readonly string[], links: readonly LinkName[] = []): FixSteps {
  return { steps, links: links.map((name) => LINKS[name]) };
}

/** A profile's guides: its own Twilio guide(s) first, then the overview with the attribute reference. */
export function guides(...names: readonly LinkName[]): readonly DocLink[] {
  return [...names, 'flexSsoOverview' as const].map((name) => LINKS[name]);
}

/**
 * An issuer pattern for "any URL on this host or a subdomain of it". Anchoring on the host (not a
 * substring anywhere) keeps `workforce.com` from matching `force.com`, and a path that merely
 * mentions `okta.com` from matching Okta. `domain` is a regular-expression source.
 */
export function hostPattern(domain: string): RegExp {
  return new RegExp(`^https?://(?:[^/?#@]*\\.)?${domain}(?::\\d+)?(?:[/?#]|$)`, 'i');
}
