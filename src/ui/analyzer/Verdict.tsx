import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { Heading } from '@twilio-paste/core/heading';
import { ruleById } from '../../core/rules';
import type { LoginVerdict } from '../../core/samlEvidence';
import type { Translate } from '../strings';
import { useStrings } from '../StringsProvider';

/** "The response is not signed" → "the response is not signed"; "SAML status …" keeps its capitals. */
function inSentence(title: string): string {
  return /^[A-Z](?:[a-z]|\s)/.test(title) ? `${title.charAt(0).toLowerCase()}${title.slice(1)}` : title;
}

function joinAnd(t: Translate, parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return t('listAnd', { items: parts.slice(0, -1).join(', '), last: parts[parts.length - 1] as string });
}

/** The verdict in one sentence, as Entra's "Test single sign-on" gives it. */
export function verdictSentence(t: Translate, verdict: LoginVerdict): string {
  let sentence: string;
  if (!verdict.accepted) {
    const reasons = verdict.errorRules.map((id) => inSentence(ruleById(id)?.meta.title.fail ?? id));
    sentence = t('verdictReject', { reasons: joinAnd(t, reasons) });
  } else if (verdict.warnings === 0) {
    sentence = t('verdictAccept');
  } else {
    sentence = t(verdict.warnings === 1 ? 'verdictAcceptWarning' : 'verdictAcceptWarnings', {
      count: verdict.warnings,
    });
  }
  if (verdict.notChecked === 0) return sentence;
  return `${sentence} ${t(verdict.notChecked === 1 ? 'verdictNotCheckedOne' : 'verdictNotChecked', { count: verdict.notChecked })}`;
}

export interface VerdictProps {
  readonly verdict: LoginVerdict;
  /** Focus moves here after Analyze. */
  readonly headingRef: React.Ref<HTMLHeadingElement>;
}

/** The headline of a result: would Flex accept this login, and why not. */
export function Verdict({ verdict, headingRef }: VerdictProps): React.ReactElement {
  const t = useStrings();
  return (
    <Box
      marginBottom="space60"
      padding="space50"
      borderRadius="borderRadius20"
      borderStyle="solid"
      borderWidth="borderWidth10"
      borderColor={
        verdict.accepted ? (verdict.warnings > 0 ? 'colorBorderWarning' : 'colorBorderSuccess') : 'colorBorderError'
      }
      data-verdict={verdict.accepted ? 'accept' : 'reject'}
    >
      <Heading as="h3" variant="heading30" marginBottom="space0" ref={headingRef} tabIndex={-1}>
        {verdictSentence(t, verdict)}
      </Heading>
    </Box>
  );
}
