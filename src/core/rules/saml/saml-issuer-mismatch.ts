import { fixed, texts } from '../../disclose';
import { defineRule } from '../../engine';
import { isEncrypted, partial } from '../../samlFacts';
import type { SamlRuleContext } from '../../samlTypes';
import type { NotCheckedReport, Report } from '../../types';

type M = 'configured' | 'inconsistent';

const withoutTrailingSlash = (s: string) => s.replace(/\/+$/, '');

export default defineRule<SamlRuleContext, M>({
  meta: {
    id: 'saml-issuer-mismatch',
    scope: 'saml',
    title: { pass: 'The Issuer matches Flex', fail: 'The Issuer does not match Flex' },
    description:
      'Flex compares the Issuer exactly with its "Identity Provider Issuer" setting; any difference fails the login (Twilio error 70004, or a Twilio username/password dialog).',
    severity: 'error',
    messages: {
      configured:
        '{{#issuer}}The {{element}} Issuer is "{{issuer}}" but{{/issuer}}{{^issuer}}The {{element}} has no Issuer, but{{/issuer}} the Identity Provider Issuer configured in Flex is "{{expected}}"; they must be equal exactly.{{#slashOnly}} They differ only by a trailing slash, which is enough to fail.{{/slashOnly}}',
      inconsistent:
        'The Response Issuer "{{responseIssuer}}" differs from the Assertion Issuer "{{assertionIssuer}}": Flex checks both against one configured value, so one of them likely fails.',
    },
    fixKey: 'F-ISSUER',
  },
  detect: ({ saml, context }) => {
    const reports: Report<M>[] = [];
    const issuers: { element: string; path: string; value: string | undefined }[] = [];
    if (saml.kind === 'response') issuers.push({ element: 'Response', path: 'Response/Issuer', value: saml.issuer });
    if (saml.assertion) issuers.push({ element: 'Assertion', path: 'Assertion/Issuer', value: saml.assertion.issuer });

    const responseIssuer = saml.kind === 'response' ? saml.issuer : undefined;
    const assertionIssuer = saml.assertion?.issuer;
    if (responseIssuer !== undefined && assertionIssuer !== undefined && responseIssuer !== assertionIssuer) {
      reports.push({
        messageId: 'inconsistent',
        path: 'Assertion/Issuer',
        data: texts({ responseIssuer, assertionIssuer }),
      });
    }

    let notChecked: NotCheckedReport | undefined;
    const expected = context.expectedIssuer;
    if (expected === undefined) {
      notChecked = { reasonId: 'noExpectedIssuer' };
    } else {
      // The Response's Issuer is optional in SAML; only the issuers that are present are compared.
      for (const { element, path, value } of issuers) {
        if (value === undefined || value === expected) continue;
        const slashOnly = withoutTrailingSlash(value) === withoutTrailingSlash(expected);
        reports.push({
          messageId: 'configured',
          path,
          data: { ...texts({ element, issuer: value, expected }), ...(slashOnly ? { slashOnly: fixed(true) } : {}) },
        });
      }
      if (issuers.every((i) => i.value === undefined)) {
        reports.push({
          messageId: 'configured',
          path: saml.kind === 'response' ? 'Response/Issuer' : 'Assertion/Issuer',
          data: texts({ element: saml.kind === 'response' ? 'Response' : 'Assertion', expected }),
        });
      }
    }
    if (!notChecked && isEncrypted(saml)) {
      notChecked = { reasonId: 'encrypted', detail: "The Assertion's Issuer was not checked." };
    }
    return partial(reports, notChecked);
  },
});
