import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { Field } from '../components/Fields';
import { Button } from '@twilio-paste/core/button';
import { countBySeverity } from '../../core/engine';
import type { DiagnosticsConfig, Finding, IdpChoice } from '../../core/types';
import { GroupedAttributes } from '../components/AttributeViews';
import { FindingsList } from '../components/FindingsList';
import { IdpSelect, useIdpOverride } from '../components/IdpSelect';
import { NotCheckedList } from '../components/NotCheckedList';
import { Section } from '../components/Section';
import { ValueText } from '../components/ValueText';
import { findingText } from '../../core/findingText';
import { IDENTITY_ATTRIBUTES } from '../format';
import { useStrings } from '../StringsProvider';
import type { TeamRowView } from '../teamModel';
import type { TeamRow } from '../types';
import { countsText } from '../WorkerPanelSection';

export interface WorkerViewProps {
  readonly view: TeamRowView;
  /** The team's IdP, used when the worker has no detection of its own. */
  readonly teamIdp: IdpChoice;
  readonly expectations: DiagnosticsConfig;
  readonly canSeeValues: boolean;
  readonly onClose: () => void;
  readonly onAnalyzeWorker?: ((worker: TeamRow['worker']) => void) | undefined;
  /** The export toolbar for this worker (the view decides its scope). */
  readonly exportControls: React.ReactNode;
}

/**
 * One worker, opened from the table: a header with who they are (name, email, SID, identity, roles and
 * counts), then their fix plan and findings. Escape or "Back to all workers" returns to the list.
 */
export function WorkerView({
  view,
  teamIdp,
  expectations,
  canSeeValues,
  onClose,
  onAnalyzeWorker,
  exportControls,
}: WorkerViewProps): React.ReactElement {
  const t = useStrings();
  const { row } = view;
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const detected: IdpChoice = row.idp ?? teamIdp;
  const [idpId, setIdpId] = useIdpOverride(detected);
  React.useEffect(() => headingRef.current?.focus(), [view.key]);
  const masked = t('masked');
  const messageOf = React.useCallback(
    (finding: Finding) => findingText(finding, { mode: 'mask', mask: masked, shown: IDENTITY_ATTRIBUTES }),
    [masked],
  );
  const counts = countBySeverity(row.result.findings);
  const unknown = t('unknownValue');
  return (
    <Box
      onKeyDown={(event: React.KeyboardEvent) => {
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <Box marginBottom="space40" display="flex" columnGap="space40" flexWrap="wrap">
        <Button variant="secondary" size="small" onClick={onClose}>
          {t('closeDrillDown')}
        </Button>
        {onAnalyzeWorker ? (
          <Button variant="secondary" size="small" onClick={() => onAnalyzeWorker(row.worker)}>
            {t('analyzeWorker')}
          </Button>
        ) : null}
      </Box>
      <Section
        heading={view.name || view.identity || row.worker.sid || unknown}
        headingId="sso-drilldown-heading"
        headingRef={headingRef}
      >
        <Box as="dl" margin="space0" marginBottom="space50" data-testid="worker-header">
          <Field label={t('emailLabel')}>
            <ValueText value={view.email || unknown} />
          </Field>
          <Field label={t('workerHeaderSid')}>
            <ValueText value={row.worker.sid ?? unknown} />
          </Field>
          {view.identity !== undefined ? (
            <Field label={t('workerHeaderIdentity')}>
              <ValueText value={view.identity} />
            </Field>
          ) : null}
          <Field label={t('workerHeaderRoles')}>
            <ValueText value={view.roles.join(', ') || t('none')} />
          </Field>
          <Field label={t('summaryHeading')}>{countsText(t, counts.error, counts.warning)}</Field>
        </Box>
        {exportControls}
        <IdpSelect detected={detected} value={idpId} onChange={setIdpId} />
        <FindingsList
          findings={row.result.findings}
          idp={idpId}
          runbookLinks={expectations.runbookLinks}
          attributes={row.worker.attributes}
          canSeeValues={canSeeValues}
          {...(canSeeValues ? {} : { messageOf })}
          headingLevel={3}
        />
        <NotCheckedList notChecked={row.result.notChecked} headingLevel="h3" />
        <GroupedAttributes attributes={row.worker.attributes} canSeeValues={canSeeValues} headingLevel={3} />
      </Section>
    </Box>
  );
}
