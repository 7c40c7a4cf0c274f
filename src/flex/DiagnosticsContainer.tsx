/**
 * The diagnostics view's container: reads Flex when it mounts, runs the checks (the signed-in worker
 * now; the team while the view stays mounted; the analyzer on demand) and hands plain props to the view.
 */
import * as React from 'react';
import { checkWorker } from '../core/check';
import { chooseIdp } from '../core/idp';
import { canSeeValues, canUseAnalyzer, canViewTeam, visibleTabs } from '../core/roles';
import { accountContextOf, samlContextFor } from '../core/samlEvidence';
import type { WorkerSnapshot } from '../core/types';
import { analyzeEvidence } from '../saml/analyze';
import { browserDeps } from '../saml/browser';
import { parseCertificate } from '../saml/der';
import { DiagnosticsView } from '../ui/DiagnosticsView';
import { StringsProvider } from '../ui/StringsProvider';
import { fromFlexStrings } from '../ui/strings';
import type { AnalyzeRequest, AnalyzedEvidence, ConfiguredCertificate, DiagnosticsViewProps, TabId } from '../ui/types';
import { useNavigationRequest, useSignedInWorker, useTeam } from './hooks';
import { flexStrings, readAccountSid, readIdentity, readTokenRoles, type ManagerLike } from './manager';
import type { Navigation } from './navigation';
import type { Settings } from './settings';

export interface DiagnosticsContainerProps {
  readonly manager: ManagerLike;
  readonly settings: Settings;
  readonly navigation: Navigation;
}

/** The configured certificates, read for Setup (admins only: nobody else is shown them). */
function useConfiguredCertificates(pems: readonly string[], enabled: boolean): readonly ConfiguredCertificate[] {
  const [read, setRead] = React.useState<readonly ConfiguredCertificate[]>([]);
  React.useEffect(() => {
    if (!enabled || pems.length === 0 || typeof crypto === 'undefined' || !crypto.subtle) return undefined;
    let live = true;
    void Promise.all(
      pems.map(async (pem): Promise<ConfiguredCertificate> => {
        try {
          return { pem, info: (await parseCertificate(pem, crypto.subtle)).info };
        } catch (error) {
          return { pem, error: error instanceof Error ? error.message : String(error) };
        }
      }),
    ).then((list) => {
      if (live) setRead(list);
    });
    return () => {
      live = false;
    };
  }, [pems, enabled]);
  return read;
}

export function DiagnosticsContainer({ manager, settings, navigation }: DiagnosticsContainerProps): React.ReactElement {
  const { expectations } = settings;
  const context = React.useMemo(() => {
    const roles = readTokenRoles(manager);
    return {
      roles,
      identity: readIdentity(manager),
      accountSid: readAccountSid(manager),
      team: canViewTeam(roles, expectations),
      analyzer: canUseAnalyzer(roles, expectations),
      admin: canSeeValues(roles),
    };
  }, [manager, expectations]);
  const strings = React.useMemo(() => fromFlexStrings(flexStrings(manager)), [manager]);
  const request = useNavigationRequest(navigation);
  const worker = useSignedInWorker(manager);
  const team = useTeam(manager.insightsClient, expectations, context.team);
  const [analyzerWorker, setAnalyzerWorker] = React.useState<WorkerSnapshot | undefined>(undefined);
  const certificates = useConfiguredCertificates(expectations.idpCertificates, context.admin);

  const mySignIn = React.useMemo(
    () => ({
      user: {
        ...(context.identity ? { identity: context.identity } : {}),
        ...(context.roles ? { roles: context.roles } : {}),
      },
      ...(worker ? { worker, result: checkWorker(worker, expectations) } : {}),
      expectations,
      idp: chooseIdp({ configured: expectations.idp, ...(worker ? { attributes: worker.attributes } : {}) }),
    }),
    [context, worker, expectations],
  );

  const analyze = React.useCallback(
    async (req: AnalyzeRequest): Promise<readonly AnalyzedEvidence[]> =>
      analyzeEvidence(
        req.text,
        {
          context: samlContextFor(req.context, new Date().toISOString()),
          expectations,
          configuredCertificates: req.context.certificates,
          ...(req.worker ? { worker: req.worker } : {}),
        },
        browserDeps(),
      ),
    [expectations],
  );

  const onAnalyzeWorker = React.useCallback(
    (target: WorkerSnapshot) => {
      setAnalyzerWorker(target);
      navigation.request('analyzer', target.sid);
    },
    [navigation],
  );

  const tabs: TabId[] = visibleTabs(context.roles, expectations);
  const compareWith = analyzerWorker ?? worker;

  const props: DiagnosticsViewProps = {
    tabs,
    ...(request && tabs.includes(request.tab) ? { initialTab: request.tab } : {}),
    mySignIn,
    ...(context.team && team
      ? {
          team: {
            ...team,
            canSeeValues: context.admin,
            expectations,
            idp: chooseIdp({ configured: expectations.idp }),
            ...(request?.tab === 'team' && request.workerSid ? { focusWorkerSid: request.workerSid } : {}),
            ...(context.analyzer ? { onAnalyzeWorker } : {}),
          },
        }
      : {}),
    ...(context.analyzer
      ? {
          analyzer: {
            analyze,
            defaults: {
              ...accountContextOf(expectations, context.accountSid),
              certificates: expectations.idpCertificates,
            },
            expectations,
            canSeeValues: context.admin,
            ...(compareWith ? { worker: compareWith } : {}),
          },
        }
      : {}),
    setup: {
      ...(context.accountSid ? { accountSid: context.accountSid } : {}),
      ...(settings.raw !== undefined ? { rawConfig: settings.raw } : {}),
      expectations,
      configErrors: settings.errors,
      idp: mySignIn.idp,
      canEdit: context.admin,
      certificates,
      now: new Date().toISOString(),
    },
  };

  return (
    <StringsProvider strings={strings}>
      {/* A new navigation request re-opens the view on the requested tab. */}
      <DiagnosticsView key={request?.id ?? 0} {...props} />
    </StringsProvider>
  );
}
