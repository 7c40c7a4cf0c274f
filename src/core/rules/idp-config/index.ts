/**
 * The registry of idp-config rules, in the order reports list them within a severity: the IdP itself
 * (issuer, certificates, SSO URL), then what it sends to Flex (ACS, audience, signing, encryption),
 * then the claims and NameID, then Entra's app settings. A rule file not imported here never runs.
 */
import type { IdpConfigRule } from '../../idpConfigTypes';
import idpConfigAcsMismatch from './idp-config-acs-mismatch';
import idpConfigAppRolesInvalid from './idp-config-app-roles-invalid';
import idpConfigAssignmentNotRequired from './idp-config-assignment-not-required';
import idpConfigAudienceMismatch from './idp-config-audience-mismatch';
import idpConfigCertificateExpiring from './idp-config-certificate-expiring';
import idpConfigCertificateNotPublished from './idp-config-certificate-not-published';
import idpConfigCertificateRollover from './idp-config-certificate-rollover';
import idpConfigClaimMissing from './idp-config-claim-missing';
import idpConfigClaimNamespaced from './idp-config-claim-namespaced';
import idpConfigEncryptionEnabled from './idp-config-encryption-enabled';
import idpConfigIssuerMismatch from './idp-config-issuer-mismatch';
import idpConfigMetadataSignatureInvalid from './idp-config-metadata-signature-invalid';
import idpConfigNameidNotEmail from './idp-config-nameid-not-email';
import idpConfigNotificationEmailMissing from './idp-config-notification-email-missing';
import idpConfigRelaystateSet from './idp-config-relaystate-set';
import idpConfigRuleUnreadable from './idp-config-rule-unreadable';
import idpConfigSignatureAlgorithmWeak from './idp-config-signature-algorithm-weak';
import idpConfigSigningIncomplete from './idp-config-signing-incomplete';
import idpConfigSsoUrlMismatch from './idp-config-sso-url-mismatch';

export const idpConfigRules: readonly IdpConfigRule[] = [
  idpConfigIssuerMismatch,
  idpConfigCertificateNotPublished,
  idpConfigCertificateRollover,
  idpConfigCertificateExpiring,
  idpConfigMetadataSignatureInvalid,
  idpConfigSsoUrlMismatch,
  idpConfigAcsMismatch,
  idpConfigAudienceMismatch,
  idpConfigSigningIncomplete,
  idpConfigSignatureAlgorithmWeak,
  idpConfigEncryptionEnabled,
  idpConfigClaimMissing,
  idpConfigClaimNamespaced,
  idpConfigNameidNotEmail,
  idpConfigAppRolesInvalid,
  idpConfigAssignmentNotRequired,
  idpConfigNotificationEmailMissing,
  idpConfigRelaystateSet,
  idpConfigRuleUnreadable,
] as readonly IdpConfigRule[];
