import { legacyAcsUrl, legacyEntityId, previewAcsUrl } from '../../../src/core/flexUrls';
import rule from '../../../src/core/rules/saml/saml-legacy-endpoint';
import { ACCOUNT_SID, baseAssertion, testSamlRule } from './snapshot';

const legacy = {
  saml: { destination: legacyAcsUrl(ACCOUNT_SID) },
  assertion: {
    subjectConfirmation: { recipient: legacyAcsUrl(ACCOUNT_SID) },
    conditions: { ...baseAssertion().conditions, audiences: [legacyEntityId(ACCOUNT_SID)] },
  },
  capture: { postedTo: null },
};

testSamlRule(rule, {
  valid: [
    { name: 'enhanced endpoints', input: {} },
    {
      name: 'an unrelated URL is not this rule’s business',
      input: { saml: { destination: 'https://example.com/acs' } },
    },
  ],
  invalid: [
    {
      name: 'legacy before the 31 March 2026 deadline is a warning, once for every element',
      input: { ...legacy, context: { analyzedAt: '2026-03-31T23:59:00.000Z' } },
      findings: [
        {
          messageId: 'legacy',
          severity: 'warning',
          data: { url: legacyAcsUrl(ACCOUNT_SID), elements: ['Destination', 'Recipient', 'Audience'] },
        },
      ],
    },
    {
      name: 'legacy after the deadline is an error',
      input: { ...legacy, context: { analyzedAt: '2026-04-01T00:00:00.000Z' } },
      findings: [{ messageId: 'legacy', severity: 'error', data: { past: true } }],
    },
    {
      name: 'a legacy URL seen only in the capture’s POST target',
      input: { capture: { postedTo: `${legacyAcsUrl(ACCOUNT_SID)}/` } },
      findings: [{ messageId: 'legacy', severity: 'warning', data: { elements: ['the URL the capture posted to'] } }],
    },
    {
      name: 'the preview endpoint is always an error',
      input: { saml: { destination: previewAcsUrl(ACCOUNT_SID) } },
      findings: [{ messageId: 'preview', severity: 'error', data: { elements: ['Destination'] } }],
    },
  ],
});
