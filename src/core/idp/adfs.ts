import type { IdpProfile } from '../types';
import { FLEX_STEPS, fix, guides } from './shared';

export const TRUST = 'In AD FS Management › Relying Party Trusts, open the Flex trust';

export const adfs: IdpProfile = {
  id: 'adfs',
  name: 'Microsoft AD FS',
  issuerPatterns: [/^https?:\/\/[^/?#]+\/adfs\/services\/trust\/?$/i],
  // Entra and Auth0 use the same xmlsoap namespace; detection ranks ADFS after them for that reason.
  claimFingerprints: [
    /^http:\/\/schemas\.xmlsoap\.org\/claims\/Group$/,
    /^http:\/\/schemas\.xmlsoap\.org\/ws\/\d{4}\/\d{2}\/identity\/claims\//,
  ],
  guides: guides('flexSsoAdfs'),
  attributeSources: {
    email: 'Claim Issuance Policy › Send LDAP Attributes as Claims › E-Mail-Addresses → email',
    full_name: 'Claim Issuance Policy › Send LDAP Attributes as Claims › Display-Name → full_name',
    roles:
      'Claim Issuance Policy › Send LDAP Attributes as Claims › Department (or Token-Groups – Unqualified Names) → roles',
  },
  fixes: {
    'F-ACS': fix([
      FLEX_STEPS.copyAcs,
      `${TRUST} › Properties › Endpoints.`,
      'Edit the SAML Assertion Consumer endpoint (the "SAML 2.0 WebSSO" URL, binding POST) so its URL is the Flex ACS URL, and apply.',
    ]),
    'F-ENTITY': fix([
      FLEX_STEPS.copyEntity,
      `${TRUST} › Properties › Identifiers.`,
      'Add the Flex Entity ID as a relying party trust identifier, remove any stale identifier, and apply.',
    ]),
    'F-ISSUER': fix([
      'Copy the Federation Service Identifier from AD FS Management › Service › Edit Federation Service Properties, or the entityID in https://<fs-host>/FederationMetadata/2007-06/FederationMetadata.xml (usually http://<fs-host>/adfs/services/trust, with http).',
      FLEX_STEPS.pasteIssuer,
    ]),
    'F-SSOURL': fix(
      ['Use https://<fs-host>/adfs/ls/ as the single sign-on URL.', FLEX_STEPS.pasteSsoUrl],
      ['error70251'],
    ),
    'F-CERT': fix(
      [
        'In AD FS Management › Service › Certificates, open the Token-signing certificate › View Certificate › Details › Copy to File, and export it as "Base-64 encoded X.509 (.CER)".',
        'Open the .cer file in a text editor and copy its content.',
        FLEX_STEPS.pasteCert,
        'AD FS replaces the token-signing certificate on its own when automatic certificate rollover is on: paste the new one into Flex each time it changes.',
      ],
      ['error70251'],
    ),
    'F-SIGN': fix([
      'On the AD FS server, run in PowerShell: Set-AdfsRelyingPartyTrust -TargetName "<trust>" -SamlResponseSignature MessageAndAssertion (the default signs only the assertion).',
      'Check it with Get-AdfsRelyingPartyTrust -Name "<trust>": SamlResponseSignature must show MessageAndAssertion.',
      `${TRUST} › Properties › Advanced, and set the secure hash algorithm to SHA-256.`,
      "Leave the trust's Encryption tab empty: Flex does not accept encrypted assertions.",
    ]),
    'F-NAMEID': fix([
      `${TRUST} › Edit Claim Issuance Policy.`,
      'After the rule that sends E-Mail Address, add a rule "Transform an Incoming Claim": incoming claim type E-Mail Address, outgoing claim type Name ID, outgoing name ID format Email.',
      'This also fixes the InvalidNameIDPolicy status that sends users to a Twilio password dialog.',
    ]),
    'F-CLAIMS': fix(
      [
        `${TRUST} › Edit Claim Issuance Policy › Add Rule › "Send LDAP Attributes as Claims", attribute store Active Directory.`,
        'Map E-Mail-Addresses → email, Display-Name → full_name, and Department (or Token-Groups – Unqualified Names) → roles.',
        'Type each outgoing claim type literally (email, full_name, roles) instead of picking one from the list.',
        FLEX_STEPS.loginAgain,
      ],
      ['error45050', 'taskRouterLimits'],
    ),
    'F-NAMESPACE': fix([
      `${TRUST} › Edit Claim Issuance Policy, and edit each rule that sends a Flex attribute.`,
      'Type the outgoing claim type as the bare name (email, full_name, roles); the predefined claim types such as E-Mail Address send schema URIs.',
      FLEX_STEPS.loginAgain,
    ]),
    'F-ROLES': fix(
      [
        'Send roles from Department, or from AD group names (Token-Groups – Unqualified Names).',
        'Make the values exactly agent, supervisor or admin, lowercase: set Department accordingly, or use groups named that way.',
        FLEX_STEPS.loginAgain,
      ],
      ['flexInsightsRoles'],
    ),
    'F-ASSIGN': fix([
      `${TRUST} › Edit Access Control Policy.`,
      'Choose a policy that permits the user, for example "Permit specific group" with a group that contains them.',
    ]),
  },
  refinements: {
    // Encryption is the cause here: remove it first, then keep the signing right.
    'saml-assertion-encrypted': fix([
      `${TRUST} › Properties › Encryption, and remove the encryption certificate (or run in PowerShell: Set-AdfsRelyingPartyTrust -TargetName "<trust>" -EncryptClaims $false): Flex does not accept encrypted assertions.`,
      'Check it with Get-AdfsRelyingPartyTrust -Name "<trust>": EncryptClaims must show False.',
      'Keep both signed: SamlResponseSignature must show MessageAndAssertion.',
    ]),
    'saml-status-not-success/authnFailed': fix([
      'On the AD FS server, open Event Viewer › Applications and Services Logs › AD FS › Admin, and find the error for this sign-in: it says why authentication failed.',
      'Ask the user to sign in at https://<fs-host>/adfs/ls/idpinitiatedsignon.aspx (when enabled) to see the AD FS error page for their account: a wrong password, a locked or disabled account, or an expired password.',
      `${TRUST} › Edit Access Control Policy, and check that the policy permits the user.`,
    ]),
  },
};
