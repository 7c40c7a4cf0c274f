import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { Heading } from '@twilio-paste/core/heading';
import { Text } from '@twilio-paste/core/text';
import type { CheckResult } from '../../core/types';
import { countBySeverity } from '../../core/engine';
import type { StringKey } from '../strings';
import { useStrings } from '../StringsProvider';

export interface SummaryCountsProps {
  readonly result: CheckResult;
  readonly headingLevel?: 'h2' | 'h3';
}

/** Errors, warnings, info, passed and not checked, as a labelled list of numbers. */
export function SummaryCounts({ result, headingLevel = 'h2' }: SummaryCountsProps): React.ReactElement {
  const t = useStrings();
  const counts = countBySeverity(result.findings);
  const items: [StringKey, number][] = [
    [counts.error === 1 ? 'summaryErrorsOne' : 'summaryErrors', counts.error],
    [counts.warning === 1 ? 'summaryWarningsOne' : 'summaryWarnings', counts.warning],
    ['summaryInfo', counts.info],
    ['summaryPassed', result.passed.length],
    ['summaryNotChecked', result.notChecked.length],
  ];
  return (
    <Box as="section" aria-label={t('summaryHeading')} marginBottom="space60">
      <Heading as={headingLevel} variant={headingLevel === 'h2' ? 'heading20' : 'heading30'}>
        {t('summaryHeading')}
      </Heading>
      <Box
        as="ul"
        display="flex"
        flexWrap="wrap"
        columnGap="space60"
        rowGap="space30"
        padding="space0"
        margin="space0"
        listStyleType="none"
      >
        {items.map(([key, n]) => (
          <Box as="li" key={key} data-summary={key}>
            <Text as="span" fontWeight="fontWeightSemibold" fontSize="fontSize50">
              {n}
            </Text>{' '}
            <Text as="span">{t(key)}</Text>
          </Box>
        ))}
      </Box>
    </Box>
  );
}
