import { legacyAcsUrl, legacyEntityId, previewAcsUrl } from '../../../src/core/flexUrls';
import rule from '../../../src/core/rules/saml/saml-audience-mismatch';
import {
  ACCOUNT_SID,
  ACS_URL,
  ENTITY_ID,
  OTHER_ACCOUNT_SID,
  OTHER_CONNECTION_SID,
  baseAssertion,
  testSamlRule,
} from './snapshot';

const audiences = (...list: string[]) => ({ conditions: { ...baseAssertion().conditions, audiences: list } });
const AUDIENCE = 'Conditions/AudienceRestriction/Audience';
const LEGACY = { context: { ssoType: 'legacy' as const, connectionSid: null } };

testSamlRule(rule, {
  valid: [
    { name: "this connection's enhanced Entity ID", input: {} },
    {
      name: "this account's legacy Entity ID",
      input: { ...LEGACY, assertion: audiences(legacyEntityId(ACCOUNT_SID)) },
    },
    {
      name: 'the preview endpoint, whose Audience was its ACS without /metadata',
      input: { ...LEGACY, assertion: audiences(previewAcsUrl(ACCOUNT_SID)) },
    },
    { name: 'one right Audience among several', input: { assertion: audiences('https://example.com', ENTITY_ID) } },
    {
      name: 'a Flex Entity ID without account context cannot be compared',
      input: { context: { accountSid: null, connectionSid: null } },
      notChecked: 'noAccountContext',
    },
    { name: 'an encrypted assertion', input: { encrypted: true }, notChecked: 'encrypted' },
  ],
  invalid: [
    {
      name: 'an Audience that is no Flex Entity ID, even without account context',
      input: {
        assertion: audiences('https://example.my.salesforce.com'),
        context: { connectionSid: null, accountSid: null },
      },
      findings: [{ messageId: 'notFlex', path: AUDIENCE, data: { audience: 'https://example.my.salesforce.com' } }],
    },
    {
      name: "another connection's Entity ID",
      input: { assertion: audiences(`urn:flex:${OTHER_CONNECTION_SID}`) },
      findings: [{ messageId: 'wrongEntity', path: AUDIENCE, data: { expected: ENTITY_ID } }],
    },
    {
      name: 'the enhanced ACS URL typed in as the Entity ID',
      input: { assertion: audiences(ACS_URL) },
      findings: [{ messageId: 'wrongEntity', path: AUDIENCE, data: { audience: ACS_URL, expected: ENTITY_ID } }],
    },
    {
      name: "another account's legacy Entity ID",
      input: { ...LEGACY, assertion: audiences(legacyEntityId(OTHER_ACCOUNT_SID)) },
      findings: [{ messageId: 'wrongEntity', path: AUDIENCE, data: { expected: legacyEntityId(ACCOUNT_SID) } }],
    },
    {
      name: 'the legacy ACS without /metadata, with or without account context',
      input: { assertion: audiences(legacyAcsUrl(ACCOUNT_SID)), context: { connectionSid: null, accountSid: null } },
      findings: [
        { messageId: 'missingMetadataSuffix', path: AUDIENCE, data: { expected: legacyEntityId(ACCOUNT_SID) } },
      ],
    },
    {
      name: 'no Audience at all',
      input: { assertion: audiences() },
      findings: [{ messageId: 'missing', path: 'Conditions/AudienceRestriction', data: { expected: ENTITY_ID } }],
    },
  ],
});
