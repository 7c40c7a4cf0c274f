import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { Heading } from '@twilio-paste/core/heading';
import { useUID } from '@twilio-paste/core/uid-library';
import type { WorkerSnapshot } from '../core/types';
import { AnalyzerView } from './AnalyzerView';
import { Tabs } from './components/Tabs';
import { MySignIn } from './MySignIn';
import { SetupView } from './SetupView';
import type { StringKey } from './strings';
import { useStrings } from './StringsProvider';
import { TeamView } from './TeamView';
import { TAB_IDS, type DiagnosticsViewProps, type TabId } from './types';

const TAB_LABEL: Readonly<Record<TabId, StringKey>> = {
  mySignIn: 'tabMySignIn',
  team: 'tabTeam',
  analyzer: 'tabAnalyzer',
  setup: 'tabSetup',
};

/**
 * The SSO diagnostics view: an h1 and one tab per part this user may use. A tab the user may not use
 * is not rendered at all (absent, not disabled), so nothing hints at data they cannot see.
 */
export function DiagnosticsView(props: DiagnosticsViewProps): React.ReactElement {
  const t = useStrings();
  const baseId = `sso-diagnostics-${useUID()}`;
  const available = TAB_IDS.filter((id) => props.tabs.includes(id) && props[id] !== undefined);
  const tabId = React.useCallback((id: TabId): string => `${baseId}-${id}`, [baseId]);
  const initial = props.initialTab && available.includes(props.initialTab) ? props.initialTab : available[0];
  const [selectedId, setSelectedId] = React.useState(initial ? tabId(initial) : '');
  const [compareWith, setCompareWith] = React.useState<WorkerSnapshot | undefined>(undefined);

  // The adapter can switch tabs (e.g. "Open in SSO diagnostics" from the Teams view focuses Team).
  const wanted = props.initialTab && available.includes(props.initialTab) ? props.initialTab : undefined;
  const focusWorkerSid = props.team?.focusWorkerSid;
  React.useEffect(() => {
    if (wanted) setSelectedId(tabId(wanted));
  }, [wanted, focusWorkerSid, setSelectedId, tabId]);

  const canAnalyze = available.includes('analyzer');
  const onAnalyzeWorker = React.useCallback(
    (worker: WorkerSnapshot) => {
      setCompareWith(worker);
      setSelectedId(tabId('analyzer'));
    },
    [setSelectedId, tabId],
  );

  const analyzeFromTeam = props.team?.onAnalyzeWorker ?? (canAnalyze ? onAnalyzeWorker : undefined);

  const panel = (id: TabId): React.ReactNode => {
    switch (id) {
      case 'mySignIn':
        return props.mySignIn ? <MySignIn {...props.mySignIn} /> : null;
      case 'team':
        return props.team ? (
          <TeamView {...props.team} {...(analyzeFromTeam ? { onAnalyzeWorker: analyzeFromTeam } : {})} />
        ) : null;
      case 'analyzer':
        return props.analyzer ? (
          <AnalyzerView {...props.analyzer} {...(compareWith ? { worker: compareWith } : {})} />
        ) : null;
      case 'setup':
        return props.setup ? <SetupView {...props.setup} /> : null;
    }
  };

  return (
    <Box padding="space60" backgroundColor="colorBackgroundBody" color="colorText" minHeight="100%">
      <Heading as="h1" variant="heading10">
        {t('viewTitle')}
      </Heading>
      {available.length > 0 ? (
        <Tabs
          label={t('tabsLabel')}
          tabs={available.map((id) => ({ id: tabId(id), label: t(TAB_LABEL[id]), panel: panel(id) }))}
          selectedId={available.some((id) => tabId(id) === selectedId) ? selectedId : tabId(initial as TabId)}
          onSelect={setSelectedId}
        />
      ) : null}
    </Box>
  );
}
