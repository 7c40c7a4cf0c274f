import { defineRule } from '../../engine';
import { notInExport } from '../../idpConfigFacts';
import type { IdpConfigRuleContext } from '../../idpConfigTypes';

type M = 'encrypted';

export default defineRule<IdpConfigRuleContext, M>({
  meta: {
    id: 'idp-config-encryption-enabled',
    scope: 'idp-config',
    title: { pass: 'The IdP does not encrypt assertions', fail: 'The IdP encrypts assertions' },
    description:
      "Flex does not accept encrypted assertions: an IdP set to encrypt them fails every login. Twilio's guides leave encryption off.",
    severity: 'error',
    messages: {
      encrypted:
        'The IdP is set to encrypt the assertion ({{setting}}): Flex rejects encrypted assertions. Turn assertion encryption off.',
    },
    fixKey: 'F-SIGN',
  },
  detect: ({ idpConfig }) => {
    if (idpConfig.encryption === undefined) return notInExport('encryption', idpConfig.kind);
    if (!idpConfig.encryption) return [];
    return [
      {
        messageId: 'encrypted',
        path: 'encryption',
        data: { setting: idpConfig.encryptionSetting ?? 'assertion encryption on' },
      },
    ];
  },
});
