import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { Button } from '@twilio-paste/core/button';
import { ListItem, UnorderedList } from '@twilio-paste/core/list';
import { Text } from '@twilio-paste/core/text';
import { disclose, PLAIN, rawValue, type Disclosure } from '../../core/disclose';
import { findingText } from '../../core/findingText';
import { personName } from '../../core/identity';
import type { CheckResult, DiagnosticsConfig, Finding, IdpId } from '../../core/types';
import { FindingsList } from '../components/FindingsList';
import { NotCheckedList } from '../components/NotCheckedList';
import { Section } from '../components/Section';
import { IDENTITY_ATTRIBUTES } from '../format';
import { useStrings } from '../StringsProvider';
import type { TeamRowView } from '../teamModel';

export interface TeamChecksProps {
  readonly team: CheckResult;
  readonly idp: IdpId;
  readonly runbookLinks: DiagnosticsConfig['runbookLinks'];
  readonly canSeeValues: boolean;
  /** Worker views by key (SID), to name the workers a finding lists and open them. */
  readonly byKey: ReadonlyMap<string, TeamRowView>;
  readonly onOpen: (key: string) => void;
  /** On mount (back from a worker opened here), focus this worker's button. */
  readonly returnFocusTo?: string;
}

/** The workers a team finding names (their SIDs, else names), in its order. */
function workerKeys(finding: Finding): readonly string[] {
  const named = finding.data['workers'];
  const raw = named === undefined ? [] : rawValue(named);
  return Array.isArray(raw) ? raw.map(String) : [];
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
  returnFocusTo,
}: TeamChecksProps): React.ReactElement | null {
  const t = useStrings();
  const sectionRef = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    if (returnFocusTo === undefined) return;
    const buttons = sectionRef.current?.querySelectorAll<HTMLElement>('button[data-open-key]') ?? [];
    [...buttons].find((b) => b.getAttribute('data-open-key') === returnFocusTo)?.focus();
    // Only on mount: the place to come back to.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const masked = t('masked');
  const disclosure: Disclosure = React.useMemo(
    () => (canSeeValues ? PLAIN : { mode: 'mask', mask: masked, shown: IDENTITY_ATTRIBUTES }),
    [canSeeValues, masked],
  );
  const messageOf = React.useCallback((finding: Finding) => findingText(finding, disclosure), [disclosure]);
  const renderFinding = React.useCallback(
    (finding: Finding): React.ReactNode => {
      const keys = workerKeys(finding);
      if (keys.length === 0) return null;
      const email = finding.data['email'];
      return (
        <Box data-team-finding={finding.ruleId}>
          <Text as="p" marginBottom="space20">
            {email === undefined
              ? t('teamCheckWorkers', { count: keys.length })
              : t('teamCheckSharedEmail', { count: keys.length, email: disclose(email, disclosure) })}
          </Text>
          <UnorderedList marginBottom="space30">
            {keys.map((key) => {
              const view = byKey.get(key);
              const shown = view?.name || personName({ identity: key }).shown || key;
              return (
                <ListItem key={key}>
                  {view ? (
                    <Button variant="link" data-open-key={key} onClick={() => onOpen(key)}>
                      {shown}
                    </Button>
                  ) : (
                    shown
                  )}
                  {view?.row.worker.sid !== undefined && view.row.worker.sid !== shown ? (
                    <Text as="span" color="colorTextWeak" marginLeft="space20">
                      {view.row.worker.sid}
                    </Text>
                  ) : null}
                </ListItem>
              );
            })}
          </UnorderedList>
        </Box>
      );
    },
    [byKey, onOpen, t, disclosure],
  );
  if (team.findings.length === 0 && team.notChecked.length === 0) return null;
  return (
    <Section heading={t('teamChecksHeading')}>
      <Box ref={sectionRef}>
        <FindingsList
          findings={team.findings}
          idp={idp}
          runbookLinks={runbookLinks}
          canSeeValues={canSeeValues}
          headingLevel={3}
          renderFinding={renderFinding}
          {...(canSeeValues ? {} : { messageOf })}
        />
      </Box>
      {team.notChecked.length > 0 ? <NotCheckedList notChecked={team.notChecked} headingLevel="h3" /> : null}
    </Section>
  );
}
