import { defineRule } from '../../engine';
import { DIFFERENCE_TEXT, nearMiss, notInExport } from '../../idpConfigFacts';
import type { IdpConfigRuleContext } from '../../idpConfigTypes';

type M = 'mismatch';

export default defineRule<IdpConfigRuleContext, M>({
  meta: {
    id: 'idp-config-sso-url-mismatch',
    scope: 'idp-config',
    title: {
      pass: 'The Single Sign-On URL in Flex is one of the IdP’s SAML endpoints',
      fail: 'The Single Sign-On URL in Flex is not one of the IdP’s SAML endpoints',
    },
    description:
      'Flex sends users to its "Single Sign-On URL" to log in; when that is not one of the IdP\'s SingleSignOnService locations, users land on an error page instead of the IdP\'s login.',
    severity: 'error',
    messages: {
      mismatch:
        'Flex\'s "Single Sign-On URL" is {{configured}}, but the IdP\'s SingleSignOnService locations are {{locations}}.{{difference}} Copy the HTTP-Redirect (or POST) location into Flex.',
    },
    fixKey: 'F-SSOURL',
  },
  detect: ({ idpConfig, context }) => {
    if (idpConfig.ssoServices === undefined) return notInExport('ssoServices', idpConfig.kind);
    const configured = context.configuredSsoUrl?.trim();
    if (!configured) return { notChecked: { reasonId: 'noConfiguredSsoUrl' } };
    const locations = idpConfig.ssoServices.map((s) => s.location.trim());
    if (locations.includes(configured)) return [];
    const near = nearMiss(locations, configured);
    return [
      {
        messageId: 'mismatch',
        path: 'SingleSignOnService',
        data: {
          configured,
          locations: locations.length > 0 ? locations : 'none',
          difference: near ? ` The closest, ${near.value}, differs from it only by ${DIFFERENCE_TEXT[near.how]}.` : '',
        },
      },
    ];
  },
});
