/**
 * The registry of SAML rules, in the order reports list them within a severity: the response as a
 * whole first (status, addressing, issuer), then its signatures and certificate, then its content.
 * A rule file not imported here never runs.
 */
import type { SamlRule } from '../../samlTypes';
import idpOverwritesEdit from './idp-overwrites-edit';
import samlAssertionEncrypted from './saml-assertion-encrypted';
import samlAttributeDuplicated from './saml-attribute-duplicated';
import samlAttributeFriendlyNameOnly from './saml-attribute-friendly-name-only';
import samlAudienceMismatch from './saml-audience-mismatch';
import samlCertificateExpired from './saml-certificate-expired';
import samlCertificateMismatch from './saml-certificate-mismatch';
import samlChannelAttributeInvalid from './saml-channel-attribute-invalid';
import samlDestinationMismatch from './saml-destination-mismatch';
import samlIssuerMismatch from './saml-issuer-mismatch';
import samlLegacyEndpoint from './saml-legacy-endpoint';
import samlNameidEmailDivergence from './saml-nameid-email-divergence';
import samlNameidMissing from './saml-nameid-missing';
import samlNameidTransient from './saml-nameid-transient';
import samlRelaystateSet from './saml-relaystate-set';
import samlSessionTooShort from './saml-session-too-short';
import samlSignatureAlgorithmWeak from './saml-signature-algorithm-weak';
import samlSignatureInvalid from './saml-signature-invalid';
import samlSignatureMissing from './saml-signature-missing';
import samlSignatureReferenceMismatch from './saml-signature-reference-mismatch';
import samlSsoTypeMismatch from './saml-sso-type-mismatch';
import samlStatusNotSuccess from './saml-status-not-success';
import samlTimeWindowInvalid from './saml-time-window-invalid';
import samlTypeSuffixInvalid from './saml-type-suffix-invalid';
import samlUnsolicitedResponse from './saml-unsolicited-response';
import staleClaim from './stale-claim';

export const samlRules: readonly SamlRule[] = [
  samlStatusNotSuccess,
  samlDestinationMismatch,
  samlAudienceMismatch,
  samlSsoTypeMismatch,
  samlLegacyEndpoint,
  samlIssuerMismatch,
  samlSignatureMissing,
  samlSignatureReferenceMismatch,
  samlSignatureAlgorithmWeak,
  samlSignatureInvalid,
  samlCertificateMismatch,
  samlCertificateExpired,
  samlAssertionEncrypted,
  samlNameidMissing,
  samlNameidTransient,
  samlNameidEmailDivergence,
  samlTimeWindowInvalid,
  samlSessionTooShort,
  samlAttributeDuplicated,
  samlAttributeFriendlyNameOnly,
  samlTypeSuffixInvalid,
  samlChannelAttributeInvalid,
  samlUnsolicitedResponse,
  samlRelaystateSet,
];

export const samlWorkerRules: readonly SamlRule[] = [staleClaim, idpOverwritesEdit];
