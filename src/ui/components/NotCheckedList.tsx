import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { Heading } from '@twilio-paste/core/heading';
import { ListItem, UnorderedList } from '@twilio-paste/core/list';
import { Paragraph } from '@twilio-paste/core/paragraph';
import { Text } from '@twilio-paste/core/text';
import { groupNotChecked } from '../../core/notChecked';
import type { NotChecked } from '../../core/types';
import { ruleById } from '../../core/rules';
import { Disclosure } from './Disclosure';
import { useStrings } from '../StringsProvider';

export interface NotCheckedListProps {
  readonly notChecked: readonly NotChecked[];
  readonly headingLevel?: 'h2' | 'h3';
}

/** The rule's own words for what could not run, after the reason every rule of the group shares. */
function detailOf(entry: NotChecked, reason: string): string {
  return entry.reason.startsWith(reason) ? entry.reason.slice(reason.length).trim() : entry.reason;
}

/**
 * Rules that could not run, one line per reason ("The assertion is encrypted…: 23 checks could not
 * run"), each rule with its own detail behind a disclosure. Never findings.
 */
export function NotCheckedList({ notChecked, headingLevel = 'h2' }: NotCheckedListProps): React.ReactElement {
  const t = useStrings();
  const groups = React.useMemo(() => groupNotChecked(notChecked), [notChecked]);
  const groupLevel = headingLevel === 'h2' ? 'h3' : 'h4';
  return (
    <Box as="section" marginBottom="space60">
      <Heading as={headingLevel} variant={headingLevel === 'h2' ? 'heading20' : 'heading30'}>
        {t('notCheckedHeading')}
      </Heading>
      {groups.length === 0 ? (
        <Paragraph>{t('notCheckedNone')}</Paragraph>
      ) : (
        groups.map((group) => (
          <Box key={group.reasonId} marginBottom="space40" data-not-checked={group.reasonId}>
            <Disclosure
              headingLevel={groupLevel === 'h3' ? 3 : 4}
              summary={t(group.entries.length === 1 ? 'notCheckedGroupOne' : 'notCheckedGroup', {
                reason: group.reason.replace(/[.:]$/, ''),
                count: group.entries.length,
              })}
            >
              <UnorderedList>
                {group.entries.map((n) => {
                  const detail = detailOf(n, group.reason);
                  return (
                    <ListItem key={n.ruleId}>
                      <Text as="span" fontWeight="fontWeightSemibold">
                        {ruleById(n.ruleId)?.meta.title.pass ?? n.ruleId}
                      </Text>
                      {detail !== '' ? `: ${detail}` : null}
                    </ListItem>
                  );
                })}
              </UnorderedList>
            </Disclosure>
          </Box>
        ))
      )}
    </Box>
  );
}
