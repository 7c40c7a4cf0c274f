import rule from '../../../src/core/rules/saml/saml-time-window-invalid';
import { MINUTE, NOW, at, baseAssertion, testSamlRule } from './snapshot';

const conditions = (notBefore: string, notOnOrAfter: string) => ({
  conditions: { audiences: baseAssertion().conditions?.audiences ?? [], notBefore, notOnOrAfter },
});

testSamlRule(rule, {
  valid: [
    { name: 'captured inside the window', input: {} },
    {
      name: 'an old pasted response: only consistency is checked',
      input: { capture: { source: 'base64', capturedAt: null }, context: { analyzedAt: '2030-01-01T00:00:00.000Z' } },
      notChecked: 'noCaptureTime',
    },
    {
      name: 'an IssueInstant 4 minutes off is within tolerance',
      input: { saml: { issueInstant: at(-4 * MINUTE) }, assertion: { issueInstant: at(-4 * MINUTE) } },
    },
    {
      name: 'an encrypted assertion: only the Response IssueInstant',
      input: { encrypted: true },
      notChecked: 'encrypted',
    },
  ],
  invalid: [
    {
      name: 'captured after NotOnOrAfter',
      input: {
        capture: { capturedAt: at(7 * MINUTE) },
        saml: { issueInstant: at(5 * MINUTE) },
        assertion: { issueInstant: at(5 * MINUTE) },
      },
      findings: [
        { messageId: 'expired', path: 'Conditions/@NotOnOrAfter', data: { delay: '2 minutes', at: at(7 * MINUTE) } },
        {
          messageId: 'expired',
          path: 'SubjectConfirmationData/@NotOnOrAfter',
          data: { element: 'SubjectConfirmationData' },
        },
      ],
    },
    {
      name: 'captured before NotBefore: the IdP clock is ahead',
      input: { ...{ assertion: conditions(at(3 * MINUTE), at(10 * MINUTE)) } },
      findings: [{ messageId: 'notYetValid', path: 'Conditions/@NotBefore', data: { delay: '3 minutes', at: NOW } }],
    },
    {
      name: 'IssueInstant 20 minutes from the capture time is a warning',
      input: { saml: { issueInstant: at(-20 * MINUTE) } },
      findings: [
        { messageId: 'skew', severity: 'warning', path: 'Response/@IssueInstant', data: { delay: '20 minutes' } },
      ],
    },
    {
      name: 'a window that ends before it starts, reported even without a capture time',
      input: { assertion: conditions(at(MINUTE), at(-MINUTE)), capture: { capturedAt: null } },
      notChecked: 'noCaptureTime',
      findings: [
        { messageId: 'inverted', path: 'Conditions', data: { notBefore: at(MINUTE), notOnOrAfter: at(-MINUTE) } },
      ],
    },
  ],
});
