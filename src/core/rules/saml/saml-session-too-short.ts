import { texts } from '../../disclose';
import { defineRule } from '../../engine';
import { formatDuration, isNotCheckedReport, parseTime, readableAssertion } from '../../samlFacts';
import type { SamlRuleContext } from '../../samlTypes';

type M = 'tooShort' | 'shorterThanShift';

const HOUR_MS = 3_600_000;
/** The Flex token lives one hour: a shorter IdP session cannot renew it. */
const TOKEN_LIFETIME_MS = HOUR_MS;
/** Twilio recommends a shift length (8–10 h) or no limit. */
const SHIFT_MS = 8 * HOUR_MS;

export default defineRule<SamlRuleContext, M>({
  meta: {
    id: 'saml-session-too-short',
    scope: 'saml',
    title: { pass: 'The IdP session lasts a shift', fail: 'The IdP session is short' },
    description:
      'When the IdP session (SessionNotOnOrAfter) ends, Flex cannot renew its token and agents are logged out, possibly mid-call.',
    severity: 'warning',
    messages: {
      tooShort:
        'The IdP session ends {{duration}} after login (SessionNotOnOrAfter {{sessionNotOnOrAfter}}), within the 1-hour Flex token lifetime: agents are likely logged out mid-shift. Set the session lifetime to a shift length (8–10 h) or remove the limit.',
      shorterThanShift:
        'The IdP session ends {{duration}} after login (SessionNotOnOrAfter {{sessionNotOnOrAfter}}), shorter than an 8-hour shift: agents may have to log in again during their shift. Twilio recommends a shift length (8–10 h) or no limit.',
    },
    fixKey: 'F-SESSION',
  },
  detect: ({ saml }) => {
    const assertion = readableAssertion(saml);
    if (isNotCheckedReport(assertion)) return { notChecked: assertion };
    const end = parseTime(assertion.sessionNotOnOrAfter);
    // No SessionNotOnOrAfter is what Twilio recommends.
    if (end === undefined) return [];
    const start =
      parseTime(assertion.authnInstant) ?? parseTime(assertion.issueInstant) ?? parseTime(saml.issueInstant);
    if (start === undefined) return [];
    const length = end - start;
    const data = texts({
      duration: formatDuration(Math.max(0, length)),
      sessionNotOnOrAfter: assertion.sessionNotOnOrAfter ?? '',
    });
    if (length < TOKEN_LIFETIME_MS)
      return [{ messageId: 'tooShort', path: 'AuthnStatement/@SessionNotOnOrAfter', data }];
    if (length < SHIFT_MS) {
      return [{ messageId: 'shorterThanShift', severity: 'info', path: 'AuthnStatement/@SessionNotOnOrAfter', data }];
    }
    return [];
  },
});
