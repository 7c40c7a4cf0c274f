import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { Button } from '@twilio-paste/core/button';
import { Heading } from '@twilio-paste/core/heading';
import { ListItem, UnorderedList } from '@twilio-paste/core/list';
import { Text } from '@twilio-paste/core/text';
import { ruleById } from '../core/rules';
import { SeverityBadge } from './components/SeverityBadge';
import { countBySeverity } from './format';
import { useStrings } from './StringsProvider';
import type { WorkerPanelSectionProps } from './types';

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
          {top.map((f, i) => (
            <ListItem key={`${f.ruleId}:${i}`}>
              <SeverityBadge severity={f.severity} /> {ruleById(f.ruleId)?.meta.title.fail ?? f.ruleId}
            </ListItem>
          ))}
        </UnorderedList>
      ) : null}
      <Button variant="secondary" size="small" onClick={() => onOpen(worker.sid)}>
        {t('openInDiagnostics')}
      </Button>
    </Box>
  );
}
