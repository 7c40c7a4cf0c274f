import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { Button } from '@twilio-paste/core/button';
import { ListItem, UnorderedList } from '@twilio-paste/core/list';
import { Text } from '@twilio-paste/core/text';
import { countBySeverity } from '../core/engine';
import { planFixes } from '../core/fixPlan';
import { personName } from '../core/identity';
import { groupTitle } from './components/FixPlan';
import { Section } from './components/Section';
import { SeverityBadge } from './components/SeverityBadge';
import { clip } from './format';
import { useStrings } from './StringsProvider';
import type { Translate } from './strings';
import type { WorkerPanelSectionProps } from './types';

/** Characters of an attribute name shown in the narrow panel; the drill-down shows it whole. */
const MAX_PATH = 120;
/** Causes listed in the panel; the drill-down has them all. */
const TOP = 3;

/** "2 errors, 1 warning": the one wording of a worker's counts (never "1 errors"). */
export function countsText(t: Translate, errors: number, warnings: number): string {
  return t('panelStatus', {
    errors: errors === 1 ? t('countErrorsOne') : t('countErrors', { count: errors }),
    warnings: warnings === 1 ? t('countWarningsOne') : t('countWarnings', { count: warnings }),
  });
}

/** The plugin's section in the Teams view's worker panel: who, status, the top causes, a way in. */
export function WorkerPanelSection({ worker, result, onOpen }: WorkerPanelSectionProps): React.ReactElement {
  const t = useStrings();
  const counts = countBySeverity(result.findings);
  // Causes, not findings: four namespaced claims are one line here as in the drill-down. The IdP does
  // not matter for grouping by cause, only for the steps, which the panel does not show.
  const groups = React.useMemo(() => planFixes(result.findings, { idp: 'generic' }).groups.slice(0, TOP), [result]);
  const person = personName({
    attributes: worker.attributes,
    ...(worker.name !== undefined ? { identity: worker.name } : {}),
  });
  return (
    <Box padding="space50">
      <Section heading={t('panelHeading')} level={3} headingId="sso-panel-heading" marginBottom="space0">
        {person.shown !== '' ? (
          <Text as="p" marginBottom="space20" title={person.identity}>
            {t('panelWorker', { name: person.shown })}
          </Text>
        ) : null}
        <Text as="p" marginBottom="space30">
          {result.findings.length === 0 ? t('panelStatusOk') : countsText(t, counts.error, counts.warning)}
        </Text>
        {groups.length > 0 ? (
          <UnorderedList aria-label={t('panelTopFindings')}>
            {groups.map((g) => {
              const title = groupTitle(g);
              const count = g.findings.length;
              // The attributes tell two causes apart ("missing — email, roles"; "near miss — Email").
              const cut = g.paths.length > 0 ? clip(g.paths.join(', '), MAX_PATH) : undefined;
              const path = cut && (cut.omitted > 0 ? `${cut.text}…` : cut.text);
              return (
                <ListItem key={g.id}>
                  <SeverityBadge severity={g.severity} />{' '}
                  <Text as="span" wordBreak="break-word">
                    {path
                      ? t('panelFindingWithPath', { title, path })
                      : count > 1
                        ? t('ruleGroupTitle', { title, count })
                        : title}
                  </Text>
                </ListItem>
              );
            })}
          </UnorderedList>
        ) : null}
        <Button variant="secondary" size="small" onClick={() => onOpen(worker.sid)}>
          {t('openInDiagnostics')}
        </Button>
      </Section>
    </Box>
  );
}
