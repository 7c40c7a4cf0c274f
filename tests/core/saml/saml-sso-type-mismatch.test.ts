import { legacyAcsUrl, legacyEntityId } from '../../../src/core/flexUrls';
import rule from '../../../src/core/rules/saml/saml-sso-type-mismatch';
import { ACCOUNT_SID, ACS_URL, ENTITY_ID, baseAssertion, testSamlRule } from './snapshot';

const LEGACY_ACS = legacyAcsUrl(ACCOUNT_SID);
const LEGACY_ENTITY = legacyEntityId(ACCOUNT_SID);
const legacyAssertion = {
  subjectConfirmation: { recipient: LEGACY_ACS },
  conditions: { ...baseAssertion().conditions, audiences: [LEGACY_ENTITY] },
};

testSamlRule(rule, {
  valid: [
    { name: 'enhanced throughout, and the account has a connection SID', input: {} },
    {
      name: 'legacy throughout, and the account is configured for legacy',
      input: { saml: { destination: LEGACY_ACS }, assertion: legacyAssertion, context: { ssoType: 'legacy' } },
    },
    {
      name: 'legacy throughout with nothing configured: only consistency is checked',
      input: { saml: { destination: LEGACY_ACS }, assertion: legacyAssertion, context: { connectionSid: null } },
      notChecked: 'noAccountContext',
    },
    {
      name: 'an encrypted assertion: only the Destination is compared',
      input: { encrypted: true },
      notChecked: 'encrypted',
    },
  ],
  invalid: [
    {
      name: 'an enhanced Destination beside a legacy Audience',
      input: {
        assertion: { conditions: { ...baseAssertion().conditions, audiences: [LEGACY_ENTITY] } },
        context: { connectionSid: null },
      },
      notChecked: 'noAccountContext',
      findings: [
        {
          messageId: 'mixed',
          path: 'Response/@Destination',
          data: { destinationType: 'enhanced', audienceType: 'legacy', audience: LEGACY_ENTITY },
        },
      ],
    },
    {
      name: 'legacy throughout while the account is set up for enhanced SSO',
      input: { saml: { destination: LEGACY_ACS }, assertion: legacyAssertion },
      findings: [
        {
          messageId: 'otherType',
          data: { actualType: 'legacy', expectedType: 'enhanced', expectedAcs: ACS_URL, expectedEntity: ENTITY_ID },
        },
      ],
    },
    {
      name: 'enhanced throughout while the configuration says legacy',
      input: { context: { ssoType: 'legacy' } },
      findings: [{ messageId: 'otherType', data: { actualType: 'enhanced', expectedAcs: legacyAcsUrl(ACCOUNT_SID) } }],
    },
  ],
});
