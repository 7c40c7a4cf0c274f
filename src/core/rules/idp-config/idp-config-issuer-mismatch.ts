import { defineRule } from '../../engine';
import { compareExact, notInExport } from '../../idpConfigFacts';
import type { IdpConfigRuleContext } from '../../idpConfigTypes';

type M = 'configured' | 'trailingSlash' | 'scheme';

export default defineRule<IdpConfigRuleContext, M>({
  meta: {
    id: 'idp-config-issuer-mismatch',
    scope: 'idp-config',
    title: {
      pass: "The IdP's entity ID is the Identity Provider Issuer configured in Flex",
      fail: "The IdP's entity ID differs from the Identity Provider Issuer configured in Flex",
    },
    description:
      'Flex compares the Issuer of every response with its "Identity Provider Issuer" field as an exact string; the IdP sends its metadata entityID, so a difference fails every login.',
    severity: 'error',
    messages: {
      configured:
        'The IdP\'s entity ID is {{entityId}}, but Flex\'s "Identity Provider Issuer" is {{configured}}: every login fails. Copy the entity ID into Flex exactly.',
      trailingSlash:
        'The IdP\'s entity ID is {{entityId}}, but Flex\'s "Identity Provider Issuer" is {{configured}}: they differ only by a trailing slash, which is still a mismatch. Copy the entity ID into Flex exactly.',
      scheme:
        'The IdP\'s entity ID is {{entityId}}, but Flex\'s "Identity Provider Issuer" is {{configured}}: they differ only by http / https, which is still a mismatch (AD FS uses http://<fs-host>/adfs/services/trust). Copy the entity ID into Flex exactly.',
    },
    fixKey: 'F-ISSUER',
  },
  detect: ({ idpConfig, context }) => {
    if (idpConfig.entityId === undefined) return notInExport('issuer', idpConfig.kind);
    if (context.configuredIssuer === undefined || context.configuredIssuer.trim() === '') {
      return { notChecked: { reasonId: 'noExpectedIssuer' } };
    }
    const how = compareExact(idpConfig.entityId, context.configuredIssuer);
    if (how === 'same') return [];
    const messageId: M = how === 'different' ? 'configured' : how;
    return [
      {
        messageId,
        path: 'entityID',
        data: { entityId: idpConfig.entityId.trim(), configured: context.configuredIssuer.trim() },
      },
    ];
  },
});
