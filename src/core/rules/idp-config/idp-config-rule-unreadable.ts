import { defineRule } from '../../engine';
import { isAdfsKind } from '../../idpConfigFacts';
import type { IdpConfigRuleContext } from '../../idpConfigTypes';

type M = 'unreadable';

export default defineRule<IdpConfigRuleContext, M>({
  meta: {
    id: 'idp-config-rule-unreadable',
    scope: 'idp-config',
    title: { pass: 'Every AD FS claim rule was read', fail: 'An AD FS claim rule could not be read' },
    description:
      'The claims a trust emits are read from its claim rules; a rule the reader cannot follow may emit claims that are then not known, so the claim checks say so.',
    severity: 'info',
    messages: {
      unreadable:
        'The claim rule {{rule}} could not be read{{detail}}; the claims it emits are not known, so the claim checks do not count them. Check it in AD FS Management › the trust › Edit Claim Issuance Policy.',
    },
    fixKey: 'F-CLAIMS',
  },
  detect: ({ idpConfig }) => {
    if (!isAdfsKind(idpConfig.kind)) {
      return { notChecked: { reasonId: 'notApplicable', detail: 'Only AD FS exports hold claim rules.' } };
    }
    return (idpConfig.unreadableRules ?? []).map((rule) => ({
      messageId: 'unreadable' as const,
      path: `rules[${rule.position}]`,
      data: {
        rule: rule.name ? `"${rule.name}" (rule ${rule.position})` : `${rule.position}`,
        detail: rule.detail ? ` (${rule.detail})` : '',
      },
    }));
  },
});
