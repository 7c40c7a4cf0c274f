import { texts } from '../../disclose';
import { defineRule } from '../../engine';
import { captureTime, formatDuration, parseTime, partial } from '../../samlFacts';
import type { SamlRuleContext } from '../../samlTypes';
import type { NotCheckedReport, Report } from '../../types';

type M = 'expired' | 'notYetValid' | 'skew' | 'inverted';

/** How far IssueInstant may sit from the capture time before clocks are suspected. */
const MAX_SKEW_MS = 5 * 60_000;

export default defineRule<SamlRuleContext, M>({
  meta: {
    id: 'saml-time-window-invalid',
    scope: 'saml',
    title: {
      pass: "The assertion's validity window fits the capture time",
      fail: "The assertion's validity window is wrong",
    },
    description:
      'Flex rejects an assertion outside its NotBefore / NotOnOrAfter window; an IdP clock that is off makes logins fail intermittently. Judged at the capture time, so an old pasted response is not an error.',
    severity: 'error',
    messages: {
      expired:
        "The {{element}} ended at {{notOnOrAfter}}, {{delay}} before the capture time ({{at}}): Flex rejects an expired assertion. Check the IdP's clock, or whether the response was held back or replayed.",
      notYetValid:
        "The {{element}} starts at {{notBefore}}, {{delay}} after the capture time ({{at}}): Flex rejects an assertion that is not valid yet. The IdP's clock is likely ahead.",
      skew: "The {{element}} IssueInstant {{issueInstant}} is {{delay}} away from the capture time ({{at}}): the IdP's clock (or the capturing machine's) is likely off.",
      inverted:
        "The {{element}} window ends ({{notOnOrAfter}}) before it starts ({{notBefore}}): the assertion is never valid. Check the IdP's assertion lifetime settings.",
    },
    fixKey: 'F-CLOCK',
  },
  detect: (ctx) => {
    const { saml } = ctx;
    const reports: Report<M>[] = [];
    const assertion = saml.assertion;
    const conditions = assertion?.conditions;
    const notBefore = parseTime(conditions?.notBefore);
    const notOnOrAfter = parseTime(conditions?.notOnOrAfter);

    // The window's own consistency needs no clock: checked even for a pasted response.
    if (notBefore !== undefined && notOnOrAfter !== undefined && notOnOrAfter <= notBefore) {
      reports.push({
        messageId: 'inverted',
        path: 'Conditions',
        data: texts({
          element: 'Conditions',
          notBefore: conditions?.notBefore ?? '',
          notOnOrAfter: conditions?.notOnOrAfter ?? '',
        }),
      });
    }

    const at = captureTime(ctx);
    if (at === undefined) {
      const detail = ctx.capture.captureTimeUnreadable
        ? "The capture's own time is not a readable date, so it was not used."
        : undefined;
      return { notChecked: { reasonId: 'noCaptureTime', ...(detail ? { detail } : {}) }, reports };
    }
    const atText = ctx.capture.capturedAt ?? '';

    const ends = [
      { element: 'Conditions', path: 'Conditions/@NotOnOrAfter', text: conditions?.notOnOrAfter },
      {
        element: 'SubjectConfirmationData',
        path: 'SubjectConfirmationData/@NotOnOrAfter',
        text: assertion?.subjectConfirmation?.notOnOrAfter,
      },
    ];
    for (const { element, path, text } of ends) {
      const end = parseTime(text);
      if (end !== undefined && at >= end) {
        reports.push({
          messageId: 'expired',
          path,
          data: texts({ element, notOnOrAfter: text ?? '', delay: formatDuration(at - end), at: atText }),
        });
      }
    }
    if (notBefore !== undefined && at < notBefore) {
      reports.push({
        messageId: 'notYetValid',
        path: 'Conditions/@NotBefore',
        data: texts({
          element: 'Conditions',
          notBefore: conditions?.notBefore ?? '',
          delay: formatDuration(notBefore - at),
          at: atText,
        }),
      });
    }

    const instants: { element: string; text: string | undefined }[] = [];
    if (saml.kind === 'response') instants.push({ element: 'Response', text: saml.issueInstant });
    instants.push({ element: 'Assertion', text: assertion?.issueInstant });
    const skewed = instants.find(({ text }) => {
      const t = parseTime(text);
      return t !== undefined && Math.abs(t - at) > MAX_SKEW_MS;
    });
    if (skewed) {
      const t = parseTime(skewed.text) as number;
      reports.push({
        messageId: 'skew',
        severity: 'warning',
        path: `${skewed.element}/@IssueInstant`,
        data: texts({
          element: skewed.element,
          issueInstant: skewed.text ?? '',
          delay: formatDuration(t - at),
          at: atText,
        }),
      });
    }

    const notChecked: NotCheckedReport | undefined =
      !assertion && saml.encryptedAssertionCount > 0
        ? { reasonId: 'encrypted', detail: "The assertion's Conditions were not checked." }
        : undefined;
    return partial(reports, notChecked);
  },
});
