import { name } from '../../disclose';
import { isNoiseClaim } from '../../claims';
import { defineRule, PASS } from '../../engine';
import type { WorkerRuleContext } from '../../types';

/**
 * One finding per worker listing every noise claim: they share one cause (the IdP's default claim
 * set) and one fix, and a worker with a dozen Auth0 pass-through claims should read as one problem.
 */
export default defineRule<WorkerRuleContext, 'noise'>({
  meta: {
    id: 'unused-claims',
    scope: 'worker',
    title: {
      pass: 'No claims that Flex never uses',
      fail: 'The IdP sends claims that Flex never uses',
    },
    description:
      "Entra ID's default claims (objectidentifier, tenantid, identityprovider, authnmethodsreferences) and Auth0's " +
      'pass-through claims are stored on the worker at every login but never used by Flex: they only add personal ' +
      'data and eat into the 4096-character attributes limit.',
    severity: 'info',
    messages: {
      noise:
        "The attributes include {{count}} {{count|claim|claims}} Flex never uses: {{claims}}. Remove them from the IdP's claim " +
        'list to reduce personal data and size. The worker keeps the old values after the IdP stops sending them, ' +
        'so remove them from the worker as well.',
    },
    fixKey: 'F-CLAIMS',
  },
  detect: ({ keys }) => {
    const claims = keys.filter(isNoiseClaim);
    return claims.length === 0
      ? PASS
      : [{ messageId: 'noise', data: { count: claims.length, claims: name(claims, 20) } }];
  },
});
