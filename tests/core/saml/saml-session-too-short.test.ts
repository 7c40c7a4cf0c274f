import rule from '../../../src/core/rules/saml/saml-session-too-short';
import { HOUR, MINUTE, at, testSamlRule } from './snapshot';

const PATH = 'AuthnStatement/@SessionNotOnOrAfter';

testSamlRule(rule, {
  valid: [
    { name: 'a 10-hour session', input: {} },
    { name: 'no session limit (what Twilio recommends)', input: { assertion: { sessionNotOnOrAfter: null } } },
    { name: 'exactly 8 hours', input: { assertion: { authnInstant: at(0), sessionNotOnOrAfter: at(8 * HOUR) } } },
    { name: 'an encrypted assertion', input: { encrypted: true }, notChecked: 'encrypted' },
  ],
  invalid: [
    {
      name: 'a 30-minute session, shorter than the Flex token',
      input: { assertion: { authnInstant: at(0), sessionNotOnOrAfter: at(30 * MINUTE) } },
      findings: [{ messageId: 'tooShort', path: PATH, data: { duration: '30 minutes' } }],
    },
    {
      name: 'a 4-hour session, shorter than a shift',
      input: { assertion: { authnInstant: at(0), sessionNotOnOrAfter: at(4 * HOUR) } },
      findings: [{ messageId: 'shorterThanShift', severity: 'info', path: PATH, data: { duration: '4 hours' } }],
    },
    {
      name: 'measured from IssueInstant when AuthnInstant is absent',
      input: { assertion: { authnInstant: null, issueInstant: at(0), sessionNotOnOrAfter: at(45 * MINUTE) } },
      findings: [{ messageId: 'tooShort', path: PATH, data: { duration: '45 minutes' } }],
    },
  ],
});
