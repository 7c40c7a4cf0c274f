import { REQUIRED_ATTRIBUTES } from '../../attributes';
import { keysProbablyMeaning } from '../../claims';
import { defineRule } from '../../engine';
import { claimNames, claimsAsAttributes, isTruncated, notInExport, unreadableRulesText } from '../../idpConfigFacts';
import type { IdpConfigRuleContext } from '../../idpConfigTypes';
import type { Report } from '../../types';

type M = 'missing';

export default defineRule<IdpConfigRuleContext, M>({
  meta: {
    id: 'idp-config-claim-missing',
    scope: 'idp-config',
    title: {
      pass: 'The IdP emits email, full_name and roles',
      fail: 'The IdP does not emit a required attribute under its exact name',
    },
    description:
      'Flex requires the attributes email, full_name and roles under exactly these bare names; when the IdP emits none of one, Twilio rejects the login with error 45050.',
    severity: 'error',
    messages: {
      missing:
        'The IdP emits no "{{attribute}}" claim under that exact, bare name: Twilio rejects the login with error 45050.{{standsInText}}{{unknown}}',
    },
    fixKey: 'F-CLAIMS',
  },
  detect: ({ idpConfig }) => {
    const claims = idpConfig.claims;
    if (claims === undefined) return notInExport('claims', idpConfig.kind);
    if (idpConfig.claimsUnknown) {
      const rule = idpConfig.claimsUnknown.rule;
      return {
        notChecked: {
          reasonId: 'claimsUnknown',
          detail:
            idpConfig.claimsUnknown.reason === 'passThroughAll'
              ? `The rule ${rule ? `"${rule}" ` : ''}passes every incoming claim through.`
              : 'Unmapped profile fields are passed through.',
        },
      };
    }
    const names = claimNames(idpConfig);
    const missing = REQUIRED_ATTRIBUTES.filter((attribute) => !names.has(attribute));
    if (missing.length > 0 && isTruncated(idpConfig, 'claims')) return { notChecked: { reasonId: 'truncatedExport' } };
    const pseudo = claimsAsAttributes(idpConfig);
    const unknown = unreadableRulesText(idpConfig);
    const reports: Report<M>[] = [];
    for (const attribute of missing) {
      const standsIn = keysProbablyMeaning(attribute, pseudo)[0];
      reports.push({
        messageId: 'missing',
        path: attribute,
        data: {
          attribute,
          standsInText:
            standsIn === undefined
              ? ''
              : ` It emits "${standsIn}", which is probably meant as "${attribute}": name it "${attribute}" exactly.`,
          unknown: unknown ? ` ${unknown}` : '',
          ...(standsIn !== undefined ? { standsIn } : {}),
        },
      });
    }
    return reports;
  },
});
