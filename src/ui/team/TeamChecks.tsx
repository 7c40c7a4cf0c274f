import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { Button } from '@twilio-paste/core/button';
import { ListItem, UnorderedList } from '@twilio-paste/core/list';
import { Text } from '@twilio-paste/core/text';
import { rawValue } from '../../core/disclose';
import { findingText } from '../../core/findingText';
import type { FindingGroup } from '../../core/fixPlan';
import type { CheckResult, Expectations, Finding, IdpId } from '../../core/types';
import { FindingsList } from '../components/FindingsList';
import { NotCheckedList } from '../components/NotCheckedList';
import { Section } from '../components/Section';
import { IDENTITY_ATTRIBUTES } from '../format';
import { useStrings } from '../StringsProvider';
import type { TeamRowView } from '../teamModel';

export interface TeamChecksProps {
  readonly team: CheckResult;
  readonly idp: IdpId;
  readonly runbookLinks: Expectations['runbookLinks'];
  readonly canSeeValues: boolean;
  /** Worker views by key (SID), to name the workers a finding lists and open them. */
  readonly byKey: ReadonlyMap<string, TeamRowView>;
  readonly onOpen: (key: string) => void;
}

/**
 * Findings across workers (duplicate emails): each group once, with the workers it names as links that
 * open them, by their shown names, instead of one sentence per group with bare SIDs.
 */
export function TeamChecks({
  team,
  idp,
  runbookLinks,
  canSeeValues,
  byKey,
  onOpen,
}: TeamChecksProps): React.ReactElement | null {
  const t = useStrings();
  const masked = t('masked');
  const messageOf = React.useCallback(
    (finding: Finding) => findingText(finding, { mode: 'mask', mask: masked, shown: IDENTITY_ATTRIBUTES }),
    [masked],
  );
  const renderGroupExtra = React.useCallback(
    (group: FindingGroup) => {
      const lists = group.findings.map((f) => {
        const named = f.data['workers'];
        const raw = named === undefined ? [] : rawValue(named);
        return Array.isArray(raw) ? raw.map(String) : [];
      });
      if (lists.every((l) => l.length === 0)) return null;
      return (
        <Box marginBottom="space30">
          <Text as="p" fontWeight="fontWeightSemibold">
            {t('teamCheckWorkers')}
          </Text>
          {lists.map((keys, i) => (
            <UnorderedList key={i}>
              {keys.map((key) => {
                const view = byKey.get(key);
                return (
                  <ListItem key={key}>
                    {view ? (
                      <Button variant="link" onClick={() => onOpen(key)}>
                        {view.name || key}
                      </Button>
                    ) : (
                      key
                    )}{' '}
                    <Text as="span" color="colorTextWeak">
                      {key}
                    </Text>
                  </ListItem>
                );
              })}
            </UnorderedList>
          ))}
        </Box>
      );
    },
    [byKey, onOpen, t],
  );
  if (team.findings.length === 0 && team.notChecked.length === 0) return null;
  return (
    <Section heading={t('teamChecksHeading')}>
      <FindingsList
        findings={team.findings}
        idp={idp}
        runbookLinks={runbookLinks}
        canSeeValues={canSeeValues}
        headingLevel={3}
        renderGroupExtra={renderGroupExtra}
        {...(canSeeValues ? {} : { messageOf })}
      />
      {team.notChecked.length > 0 ? <NotCheckedList notChecked={team.notChecked} headingLevel="h3" /> : null}
    </Section>
  );
}
