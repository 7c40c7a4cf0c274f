import { fixed, text, texts } from '../../disclose';
import { defineRule } from '../../engine';
import { classifyFlexUrl, LEGACY_DEADLINE } from '../../flexUrls';
import { parseTime } from '../../samlFacts';
import type { SamlRuleContext } from '../../samlTypes';
import type { Report } from '../../types';

type M = 'legacy' | 'preview';

export default defineRule<SamlRuleContext, M>({
  meta: {
    id: 'saml-legacy-endpoint',
    scope: 'saml',
    title: { pass: 'The response uses enhanced SSO endpoints', fail: 'The response uses a retired SSO endpoint' },
    description:
      'Legacy SSO (iam.twilio.com) had to migrate to enhanced SSO by 31 March 2026, and the older preview.twilio.com endpoint is deprecated: logins through them stop working.',
    severity: 'error',
    messages: {
      legacy:
        'The response uses the legacy SSO endpoint {{url}} ({{elements}}).{{#past}} The migration deadline (31 March 2026) has passed: logins through this endpoint are likely to fail.{{/past}}{{^past}} Legacy SSO must be migrated to enhanced SSO by 31 March 2026.{{/past}} Migrate to enhanced SSO and set the IdP to the ACS and Entity ID from the Console page "Set up your identity provider".',
      preview:
        'The response uses the deprecated preview endpoint {{url}} ({{elements}}); logins through it are likely to fail. Migrate to enhanced SSO and set the IdP to the ACS and Entity ID from the Console page "Set up your identity provider".',
    },
    fixKey: 'F-ACS',
  },
  detect: ({ saml, capture, context }) => {
    const seen: { element: string; url: string }[] = [];
    const add = (element: string, url: string | undefined) => {
      if (url) seen.push({ element, url });
    };
    if (saml.kind === 'response') add('Destination', saml.destination);
    add('Recipient', saml.assertion?.subjectConfirmation?.recipient);
    for (const audience of saml.assertion?.conditions?.audiences ?? []) add('Audience', audience);
    add('the URL the capture posted to', capture.postedTo);

    // One report per endpoint family, naming every element that uses it: the IdP has one setting to change.
    const reports: Report<M>[] = [];
    for (const family of ['legacy', 'preview'] as const) {
      const hits = seen.filter(({ url }) => classifyFlexUrl(url).type === family);
      const first = hits[0];
      if (!first) continue;
      const elements = [...new Set(hits.map((h) => h.element))];
      if (family === 'preview') {
        reports.push({ messageId: 'preview', data: texts({ url: first.url, elements }) });
        continue;
      }
      const analyzedAt = parseTime(context.analyzedAt) ?? 0;
      const past = analyzedAt > (parseTime(LEGACY_DEADLINE) as number);
      reports.push({
        messageId: 'legacy',
        severity: past ? 'error' : 'warning',
        data: { url: text(first.url, 300), elements: fixed(elements), ...(past ? { past: fixed(true) } : {}) },
      });
    }
    return reports;
  },
});
