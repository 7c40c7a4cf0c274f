import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { Button } from '@twilio-paste/core/button';
import { Heading } from '@twilio-paste/core/heading';
import { ListItem, UnorderedList } from '@twilio-paste/core/list';
import { Text } from '@twilio-paste/core/text';
import { ruleById } from '../core/rules';
import { SeverityBadge } from './components/SeverityBadge';
import { clip, countBySeverity } from './format';
import { useStrings } from './StringsProvider';
import type { WorkerPanelSectionProps } from './types';

/** Characters of an attribute name shown in the narrow panel; the drill-down shows it whole. */
const MAX_PATH = 120;

/** The plugin's section in the Teams view's worker panel: status, top 3 findings, a way in. */
export function WorkerPanelSection({ worker, result, onOpen }: WorkerPanelSectionProps): React.ReactElement {
  const t = useStrings();
  const counts = countBySeverity(result.findings);
  const top = result.findings.slice(0, 3);
  return (
    <Box as="section" aria-labelledby="sso-panel-heading" padding="space50">
      <Heading as="h3" variant="heading40" id="sso-panel-heading">
        {t('panelHeading')}
      </Heading>
      <Text as="p" marginBottom="space30">
        {result.findings.length === 0
          ? t('panelStatusOk')
          : t('panelStatus', { errors: counts.error, warnings: counts.warning })}
      </Text>
      {top.length > 0 ? (
        <UnorderedList aria-label={t('panelTopFindings')}>
          {top.map((f, i) => {
            const title = ruleById(f.ruleId)?.meta.title.fail ?? f.ruleId;
            // The attribute tells two findings of the same rule apart ("missing — email", "missing — roles").
            const cut = f.path ? clip(f.path, MAX_PATH) : undefined;
            const path = cut && (cut.omitted > 0 ? `${cut.text}…` : cut.text);
            return (
              <ListItem key={`${f.ruleId}:${i}`}>
                <SeverityBadge severity={f.severity} />{' '}
                <Text as="span" wordBreak="break-word">
                  {path ? t('panelFindingWithPath', { title, path }) : title}
                </Text>
              </ListItem>
            );
          })}
        </UnorderedList>
      ) : null}
      <Button variant="secondary" size="small" onClick={() => onOpen(worker.sid)}>
        {t('openInDiagnostics')}
      </Button>
    </Box>
  );
}
