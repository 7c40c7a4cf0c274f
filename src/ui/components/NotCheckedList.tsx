import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { Heading } from '@twilio-paste/core/heading';
import { ListItem, UnorderedList } from '@twilio-paste/core/list';
import { Paragraph } from '@twilio-paste/core/paragraph';
import { Text } from '@twilio-paste/core/text';
import type { NotChecked } from '../../core/types';
import { ruleById } from '../../core/rules';
import { useStrings } from '../StringsProvider';

export interface NotCheckedListProps {
  readonly notChecked: readonly NotChecked[];
  readonly headingLevel?: 'h2' | 'h3';
}

/** Rules that could not run, each with its reason. Never findings. */
export function NotCheckedList({ notChecked, headingLevel = 'h2' }: NotCheckedListProps): React.ReactElement {
  const t = useStrings();
  return (
    <Box as="section" marginBottom="space60">
      <Heading as={headingLevel} variant={headingLevel === 'h2' ? 'heading20' : 'heading30'}>
        {t('notCheckedHeading')}
      </Heading>
      {notChecked.length === 0 ? (
        <Paragraph>{t('notCheckedNone')}</Paragraph>
      ) : (
        <UnorderedList>
          {notChecked.map((n) => (
            <ListItem key={`${n.ruleId}:${n.reasonId}`}>
              <Text as="span" fontWeight="fontWeightSemibold">
                {ruleById(n.ruleId)?.meta.title.pass ?? n.ruleId}
              </Text>
              {': '}
              {n.reason}
            </ListItem>
          ))}
        </UnorderedList>
      )}
    </Box>
  );
}
