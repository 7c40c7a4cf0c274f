/**
 * Each IdP's steps for the idp-config rules (what check-idp and the IdP configuration panel show). Apart from the
 * profiles: the plugin bundle, which every agent downloads, carries neither these rules nor their steps;
 * src/core/checkIdpConfig.ts registers both when it is loaded (`registerRefinements`, `registerRules`).
 */
import type { FixSteps, IdpId } from '../types';
import { TRUST } from './adfs';
import { ADDON } from './auth0';
import { APP } from './entra-id';
import { CLIENT } from './keycloak';
import { SAML_SETTINGS } from './okta';
import { FLEX_STEPS, fix } from './shared';

export const IDP_CONFIG_REFINEMENTS: Readonly<Partial<Record<IdpId, Readonly<Record<string, FixSteps>>>>> = {
  adfs: {
    'idp-config-signing-incomplete': fix([
      'On the AD FS server, run in PowerShell: Set-AdfsRelyingPartyTrust -TargetName "<trust>" -SamlResponseSignature MessageAndAssertion (AD FS signs only the assertion by default, and the wizard has no setting for it).',
      'Check it with Get-AdfsRelyingPartyTrust -Name "<trust>": SamlResponseSignature must show MessageAndAssertion.',
    ]),
    'idp-config-signature-algorithm-weak': fix([
      `${TRUST} › Properties › Advanced, set the secure hash algorithm to SHA-256, and apply.`,
      'Or in PowerShell: Set-AdfsRelyingPartyTrust -TargetName "<trust>" -SignatureAlgorithm http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    ]),
    'idp-config-encryption-enabled': fix([
      `${TRUST} › Properties › Encryption, and remove the encryption certificate: AD FS encrypts only when one is set.`,
      'Or in PowerShell: Set-AdfsRelyingPartyTrust -TargetName "<trust>" -EncryptClaims $false',
    ]),
    'idp-config-certificate-rollover': fix(
      [
        'AD FS creates the new token-signing certificate as secondary and makes it primary a few days later (automatic certificate rollover). See both with Get-AdfsCertificate -CertificateType Token-Signing.',
        'In AD FS Management › Service › Certificates, open the secondary Token-signing certificate › View Certificate › Details › Copy to File, as "Base-64 encoded X.509 (.CER)".',
        'Replace the certificate in Flex with it on the day it becomes primary (Flex holds one certificate):',
        FLEX_STEPS.pasteCert,
        'To choose the moment yourself, turn automatic rollover off (Set-AdfsProperties -AutoCertificateRollover $false) and promote the new certificate when Flex is updated (Set-AdfsCertificate -CertificateType Token-Signing -Thumbprint <thumbprint> -IsPrimary).',
      ],
      ['adfsUpdateCertificate'],
    ),
    'idp-config-metadata-signature-invalid': fix([
      'Download the metadata again from https://<fs-host>/FederationMetadata/2007-06/FederationMetadata.xml and check it without editing it.',
    ]),
    'idp-config-rule-unreadable': fix([
      `${TRUST} › Edit Claim Issuance Policy, select the rule › Edit Rule › View Rule Language, and check what it issues.`,
      'Where you can, rewrite it with a template ("Send LDAP Attributes as Claims", "Transform an Incoming Claim"), so its claims can be checked.',
    ]),
  },
  auth0: {
    'idp-config-signing-incomplete': fix([
      `${ADDON} › Settings, set "signResponse": true (it is false when not set), and save.`,
    ]),
    'idp-config-signature-algorithm-weak': fix([
      `${ADDON} › Settings, set "signatureAlgorithm": "rsa-sha256" and "digestAlgorithm": "sha256" (Auth0 uses SHA-1 when they are not set), and save.`,
    ]),
  },
  'entra-id': {
    'idp-config-app-roles-invalid': fix(
      [
        'In the Microsoft Entra admin center, open App registrations › the Flex app › App roles.',
        'For each of admin, supervisor and agent, create (or edit) an app role: Allowed member types "Users/Groups", Value exactly admin / supervisor / agent in lower case, and "Do you want to enable this app role?" checked.',
        'Then in Enterprise applications › the Flex app › Users and groups, assign each user (or group) the role they need.',
      ],
      ['entraAddAppRoles', 'entraAppRoleManagement'],
    ),
    'idp-config-assignment-not-required': fix([
      'In the Microsoft Entra admin center, open Enterprise applications › the Flex app › Properties, set "Assignment required?" to Yes, and save.',
      'In Users and groups, assign every Flex user (or their group) with an app role.',
    ]),
    'idp-config-notification-email-missing': fix(
      [
        `${APP} › SAML Certificates › Edit, and add the addresses of the people who renew the certificate and update Flex under "Notification Email Addresses".`,
        'Entra ID e-mails them before the signing certificate expires.',
      ],
      ['entraManageSamlCertificates'],
    ),
    'idp-config-certificate-rollover': fix(
      [
        `${APP} › SAML Certificates › Edit: the export names the certificate to use.`,
        'Download "Certificate (Base64)" of the new certificate, and at the same moment make it Active in Entra and paste it into Flex: Flex holds one certificate, so the two must change together.',
        FLEX_STEPS.pasteCert,
      ],
      ['entraManageSamlCertificates'],
    ),
    'idp-config-encryption-enabled': fix([
      'In the Microsoft Entra admin center, open Enterprise applications › the Flex app › Token encryption, and deactivate the encryption certificate: Flex does not accept encrypted assertions.',
    ]),
  },
  generic: {
    'idp-config-certificate-rollover': fix([
      "Get the IdP's new signing certificate from its metadata or its admin console.",
      'Flex holds one certificate: paste the new one into Flex at the moment the IdP starts signing with it, or logins fail until you do.',
      FLEX_STEPS.pasteCert,
    ]),
    'idp-config-metadata-signature-invalid': fix([
      "Download the IdP's metadata again from the IdP itself, and check it without editing it.",
    ]),
  },
  keycloak: {
    'idp-config-encryption-enabled': fix([`${CLIENT} › Keys, and turn "Encrypt assertions" off.`]),
    'idp-config-nameid-not-email': fix([
      `${CLIENT} › Settings › SAML capabilities: set "Name ID format" to email and turn "Force name ID format" on.`,
    ]),
    'idp-config-signing-incomplete': fix([
      `${CLIENT} › Settings › Signature and Encryption: turn "Sign documents" and "Sign assertions" on, with signature algorithm RSA_SHA256.`,
    ]),
  },
  okta: {
    'idp-config-encryption-enabled': fix([
      `${SAML_SETTINGS} › Show Advanced Settings, and set "Assertion Encryption" to Unencrypted.`,
    ]),
    'idp-config-certificate-rollover': fix([
      'In Applications › the Flex app › Sign On › SAML Signing Certificates, find the new certificate.',
      'Download it, and at the same moment make it Active in Okta and paste it into Flex: Flex holds one certificate, so the two must change together.',
      FLEX_STEPS.pasteCert,
    ]),
  },
};
