/**
 * The idp-config rule ids, in the registry's order, without the rules themselves: configuration
 * (`rule_severity`) may name them in the plugin, which does not carry the rules. tests/core/catalogue.test.ts
 * holds this list to the registry.
 */
export const IDP_CONFIG_RULE_IDS: readonly string[] = [
  'idp-config-issuer-mismatch',
  'idp-config-certificate-not-published',
  'idp-config-certificate-rollover',
  'idp-config-certificate-expiring',
  'idp-config-metadata-signature-invalid',
  'idp-config-sso-url-mismatch',
  'idp-config-acs-mismatch',
  'idp-config-audience-mismatch',
  'idp-config-signing-incomplete',
  'idp-config-signature-algorithm-weak',
  'idp-config-encryption-enabled',
  'idp-config-claim-missing',
  'idp-config-claim-namespaced',
  'idp-config-nameid-not-email',
  'idp-config-app-roles-invalid',
  'idp-config-assignment-not-required',
  'idp-config-notification-email-missing',
  'idp-config-relaystate-set',
  'idp-config-rule-unreadable',
];
