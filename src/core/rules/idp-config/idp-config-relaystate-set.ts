import { defineRule } from '../../engine';
import { notInExport } from '../../idpConfigFacts';
import type { IdpConfigRuleContext } from '../../idpConfigTypes';

type M = 'relayState';

export default defineRule<IdpConfigRuleContext, M>({
  meta: {
    id: 'idp-config-relaystate-set',
    scope: 'idp-config',
    title: { pass: 'No default RelayState is configured', fail: 'A default RelayState is configured' },
    description:
      'A default RelayState is sent with every IdP-initiated login; Flex expects none there and uses its "Default Redirect URL" instead, so logins from the IdP\'s portal can fail or land on the wrong page.',
    severity: 'warning',
    messages: {
      relayState:
        'The IdP sends the default RelayState "{{relayState}}" with IdP-initiated logins. Leave the default RelayState blank and set "Default Redirect URL" in Flex instead.',
    },
    fixKey: 'F-REDIRECT',
  },
  detect: ({ idpConfig }) => {
    const relayState = idpConfig.relayState;
    if (relayState === undefined) return notInExport('relayState', idpConfig.kind);
    if (relayState === null || relayState.trim() === '') return [];
    return [{ messageId: 'relayState', path: 'relayState', data: { relayState: relayState.trim() } }];
  },
});
