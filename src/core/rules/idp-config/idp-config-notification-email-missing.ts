import { defineRule } from '../../engine';
import { entraOnly, isEntraKind, notInExport } from '../../idpConfigFacts';
import type { IdpConfigRuleContext } from '../../idpConfigTypes';

type M = 'missing';

export default defineRule<IdpConfigRuleContext, M>({
  meta: {
    id: 'idp-config-notification-email-missing',
    scope: 'idp-config',
    title: {
      pass: 'Someone is told before the Entra signing certificate expires',
      fail: 'Nobody is told before the Entra signing certificate expires',
    },
    description:
      'Entra ID e-mails the Notification Email Addresses before the SAML signing certificate expires; with none, the certificate expires unnoticed and every Flex login fails.',
    severity: 'warning',
    messages: {
      missing:
        'The enterprise application has no Notification Email Addresses: nobody is told before its SAML signing certificate expires. Add the addresses of the people who renew it and update Flex.',
    },
    fixKey: 'F-CERT',
  },
  detect: ({ idpConfig }) => {
    if (!isEntraKind(idpConfig.kind)) return entraOnly();
    const addresses = idpConfig.notificationEmailAddresses;
    if (addresses === undefined) return notInExport('entraServicePrincipal', idpConfig.kind);
    return addresses.some((a) => a.trim() !== '') ? [] : [{ messageId: 'missing', path: 'notificationEmailAddresses' }];
  },
});
