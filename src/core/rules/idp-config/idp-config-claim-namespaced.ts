import { isNamespacedClaim, isRequiredAttribute } from '../../attributes';
import { AUTH0_PASSTHROUGH_PREFIX, intendedAttribute } from '../../claims';
import { defineRule } from '../../engine';
import { claimNames, claimsAsAttributes, notInExport } from '../../idpConfigFacts';
import type { IdpConfigRuleContext } from '../../idpConfigTypes';
import { partial } from '../../samlFacts';
import type { Report } from '../../types';

type M = 'namespaced';

export default defineRule<IdpConfigRuleContext, M>({
  meta: {
    id: 'idp-config-claim-namespaced',
    scope: 'idp-config',
    title: { pass: 'The IdP emits bare claim names', fail: 'The IdP emits a namespaced claim name' },
    description:
      'Flex reads bare attribute names only: "http://schemas.xmlsoap.org/…/claims/emailaddress" is not "email". When the namespaced claim is meant as a required attribute, Twilio rejects the login with error 45050.',
    severity: 'warning',
    messages: {
      namespaced:
        'The IdP emits the claim "{{claim}}"{{source}}, a namespaced name: Flex reads only bare names, so it does not use this value.{{hint}}',
    },
    fixKey: 'F-NAMESPACE',
  },
  detect: ({ idpConfig }) => {
    const claims = idpConfig.claims;
    const passthrough = idpConfig.claimsUnknown?.reason === 'passthroughUnmapped';
    if (claims === undefined && !passthrough) return notInExport('claims', idpConfig.kind);
    const names = claimNames(idpConfig);
    const pseudo = claimsAsAttributes(idpConfig);
    const reports: Report<M>[] = [];
    for (const claim of claims ?? []) {
      // The seed guide's E-Mail Address claim feeds its Name ID rule: that is its purpose, not a mistake.
      if (!isNamespacedClaim(claim.name) || claim.consumedByNameId) continue;
      const meant = intendedAttribute(claim.name, '', pseudo);
      const standsInForMissing = meant !== undefined && isRequiredAttribute(meant) && !names.has(meant);
      reports.push({
        messageId: 'namespaced',
        path: claim.name,
        ...(standsInForMissing ? { severity: 'error' as const } : {}),
        data: {
          claim: claim.name,
          source: claim.source ? ` (from ${claim.source})` : '',
          hint:
            meant === undefined
              ? ' Type the claim name without a namespace.'
              : standsInForMissing
                ? ` It is probably meant as "${meant}", which the IdP does not emit: name it "${meant}" without a namespace.`
                : ` It is probably meant as "${meant}", which the IdP also emits: this claim is likely redundant.`,
          ...(meant !== undefined ? { probablyMeant: meant } : {}),
        },
      });
    }
    if (passthrough) {
      reports.push({
        messageId: 'namespaced',
        path: AUTH0_PASSTHROUGH_PREFIX,
        data: {
          claim: `${AUTH0_PASSTHROUGH_PREFIX}…`,
          source: ' (passthroughClaimsWithNoMapping, on when not set)',
          hint: ' Auth0 passes every unmapped profile field through under a namespace: set "passthroughClaimsWithNoMapping": false.',
        },
      });
    }
    return partial(
      reports,
      idpConfig.claimsUnknown?.reason === 'passThroughAll'
        ? { reasonId: 'claimsUnknown', detail: 'A pass-through rule may emit further namespaced claims.' }
        : undefined,
    );
  },
});
