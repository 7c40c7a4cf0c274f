import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { Button } from '@twilio-paste/core/button';
import { Paragraph } from '@twilio-paste/core/paragraph';
import { useUID } from '@twilio-paste/core/uid-library';
import { Section } from '../components/Section';
import { SeverityBadge } from '../components/SeverityBadge';
import { useStrings } from '../StringsProvider';
import type { RankedRule } from '../../core/check';
import { ruleTitle } from './TeamTable';

/** Rules listed before "Show all": enough for the usual causes, short enough to keep the table in view. */
export const RULE_SUMMARY_TOP = 6;

export interface RuleSummaryProps {
  /** Failing rules: errors first, then by workers hit. */
  readonly rules: readonly RankedRule[];
  /** The rule the table is filtered to, or ''. */
  readonly active: string;
  readonly onFilter: (ruleId: string) => void;
}

/**
 * The rules that fail, compact and severity-marked, each a toggle that filters the table. Only the top
 * few are listed until the user asks for all; the rule in force stays listed so it can be turned off here.
 * Memoised: a keystroke in search changes none of its props.
 */
export const RuleSummary = React.memo(function RuleSummary({
  rules,
  active,
  onFilter,
}: RuleSummaryProps): React.ReactElement {
  const t = useStrings();
  const listId = useUID();
  const [expanded, setExpanded] = React.useState(false);
  const collapsible = rules.length > RULE_SUMMARY_TOP;
  const shown = expanded || !collapsible ? rules : rules.slice(0, RULE_SUMMARY_TOP);
  const activeHidden = active !== '' && !shown.some((r) => r.ruleId === active);
  const listed = activeHidden ? [...shown, ...rules.filter((r) => r.ruleId === active)] : shown;
  return (
    <Section heading={t('ruleSummaryHeading')} level={3} marginBottom="space50">
      {rules.length === 0 ? (
        <Paragraph>{t('ruleSummaryNone')}</Paragraph>
      ) : (
        <Box
          as="ul"
          role="list"
          id={listId}
          display="flex"
          flexWrap="wrap"
          columnGap="space60"
          rowGap="space20"
          listStyleType="none"
          margin="space0"
          marginBottom="space30"
          padding="space0"
        >
          {listed.map((r) => {
            const title = ruleTitle(r.ruleId);
            const pressed = active === r.ruleId;
            return (
              <Box as="li" key={r.ruleId} display="flex" alignItems="center" columnGap="space20" data-rule={r.ruleId}>
                <SeverityBadge severity={r.severity} />
                <Button variant="link" aria-pressed={pressed} onClick={() => onFilter(pressed ? '' : r.ruleId)}>
                  {r.count === 1 ? t('ruleSummaryItemOne', { title }) : t('ruleSummaryItem', { count: r.count, title })}
                </Button>
              </Box>
            );
          })}
        </Box>
      )}
      {collapsible ? (
        <Button
          variant="secondary"
          size="small"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded((e) => !e)}
        >
          {expanded ? t('ruleSummaryShowFewer') : t('ruleSummaryShowAll', { count: rules.length })}
        </Button>
      ) : null}
    </Section>
  );
});
