import { legacyAcsUrl } from '../../../src/core/flexUrls';
import rule from '../../../src/core/rules/saml/saml-destination-mismatch';
import {
  ACCOUNT_SID,
  ACS_URL,
  CONNECTION_SID,
  OTHER_ACCOUNT_SID,
  OTHER_CONNECTION_SID,
  testSamlRule,
} from './snapshot';

const OTHER_ACS = `https://login.flex.us1.twilio.com/login/callback?connection=${OTHER_CONNECTION_SID}`;
const recipient = (url: string | null) => ({ subjectConfirmation: url === null ? {} : { recipient: url } });

testSamlRule(rule, {
  valid: [
    { name: "this account's enhanced ACS in Destination and Recipient", input: {} },
    {
      name: 'query parameters in another order',
      input: {
        saml: { destination: `https://login.flex.us1.twilio.com/login/callback?foo=1&connection=${CONNECTION_SID}` },
      },
    },
    {
      name: "this account's legacy ACS, with the trailing slash Twilio's example shows",
      input: {
        saml: { destination: `${legacyAcsUrl(ACCOUNT_SID)}/` },
        assertion: recipient(legacyAcsUrl(ACCOUNT_SID)),
      },
    },
    {
      name: 'a Flex ACS with no account context cannot be compared',
      input: { context: { accountSid: null, connectionSid: null } },
      notChecked: 'noAccountContext',
    },
    {
      name: 'an encrypted assertion hides the Recipient',
      input: { encrypted: true },
      notChecked: 'encrypted',
    },
    {
      name: 'a bare Assertion has no Destination; only the Recipient is judged',
      input: { saml: { kind: 'assertion', destination: null } },
    },
  ],
  invalid: [
    {
      name: 'a Destination that is no Flex URL, even without account context',
      input: {
        saml: { destination: 'https://example.com/saml/acs' },
        context: { accountSid: null, connectionSid: null },
      },
      notChecked: 'noAccountContext',
      findings: [
        { messageId: 'notFlex', path: 'Response/@Destination', data: { url: 'https://example.com/saml/acs' } },
      ],
    },
    {
      name: "the enhanced Entity ID typed into the IdP's Reply URL",
      input: { assertion: recipient(`urn:flex:${CONNECTION_SID}`) },
      findings: [{ messageId: 'notFlex', path: 'SubjectConfirmationData/@Recipient', data: { expected: ACS_URL } }],
    },
    {
      name: "another connection's enhanced ACS",
      input: { saml: { destination: OTHER_ACS } },
      findings: [
        {
          messageId: 'wrongConnection',
          path: 'Response/@Destination',
          data: { connectionSid: OTHER_CONNECTION_SID, expected: ACS_URL },
        },
      ],
    },
    {
      name: 'the right connection in another region',
      input: { saml: { destination: ACS_URL.replace('.us1.', '.ie1.') } },
      findings: [{ messageId: 'wrongConnection', path: 'Response/@Destination', data: { region: 'ie1' } }],
    },
    {
      name: "another account's legacy ACS",
      input: {
        context: { ssoType: 'legacy', connectionSid: null },
        saml: { destination: legacyAcsUrl(OTHER_ACCOUNT_SID) },
        assertion: recipient(legacyAcsUrl(ACCOUNT_SID)),
      },
      findings: [
        {
          messageId: 'wrongAccount',
          path: 'Response/@Destination',
          data: { accountSid: OTHER_ACCOUNT_SID, expected: legacyAcsUrl(ACCOUNT_SID) },
        },
      ],
    },
    {
      name: 'plain http, reported even without account context',
      input: {
        saml: { destination: ACS_URL.replace('https:', 'http:') },
        context: { accountSid: null, connectionSid: null },
      },
      notChecked: 'noAccountContext',
      findings: [{ messageId: 'insecure', path: 'Response/@Destination', data: { expected: ACS_URL } }],
    },
    {
      name: 'no Destination and no Recipient: one cause, one finding naming both',
      input: { saml: { destination: null }, assertion: recipient(null) },
      findings: [
        {
          messageId: 'missing',
          path: 'Response/@Destination',
          data: { element: 'Response Destination and SubjectConfirmationData Recipient' },
        },
      ],
    },
    {
      name: 'Destination and Recipient both set to the same wrong URL are one finding that names both',
      input: {
        saml: { destination: 'https://example.com/saml/acs' },
        assertion: recipient('https://example.com/saml/acs'),
      },
      findings: [
        {
          messageId: 'notFlex',
          path: 'Response/@Destination',
          data: { element: 'Response Destination and SubjectConfirmationData Recipient' },
        },
      ],
    },
    {
      name: 'Destination and Recipient wrong in different ways stay two findings',
      input: {
        saml: { destination: 'https://example.com/saml/acs' },
        assertion: recipient(OTHER_ACS),
      },
      findings: [
        { messageId: 'notFlex', path: 'Response/@Destination', data: { element: 'Response Destination' } },
        {
          messageId: 'wrongConnection',
          path: 'SubjectConfirmationData/@Recipient',
          data: { element: 'SubjectConfirmationData Recipient' },
        },
      ],
    },
  ],
});
