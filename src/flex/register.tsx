/**
 * What the plugin adds to Flex, decided from the user's token roles and the configuration. Agents
 * load this bundle at every Flex start, so for them it must cost next to nothing: when the user may
 * not use the diagnostics, nothing is registered and no rule runs. Even for admins nothing heavy
 * happens here: the checks run when the view (or a worker panel) mounts.
 */
import * as React from 'react';
import { CustomizationProvider } from '@twilio-paste/core/customization';
import { ProductAdminSSOIcon } from '@twilio-paste/icons/esm/ProductAdminSSOIcon';
import { canSeeValues, canUseDiagnostics, canViewTeam } from '../core/roles';
import { toFlexStrings, t } from '../ui/strings';
import { flexStrings, readTokenRoles, type FlexApi, type ManagerLike } from './manager';
import { Navigation } from './navigation';
import { readSettings, type Settings } from './settings';
import type { WorkerPanelProps } from './WorkerPanel';

// The view and the worker panel, with the rules, the analyzer and their Paste components, are evaluated
// when Flex first renders them, not when the bundle loads: an agent, for whom nothing is registered,
// never runs their modules' top level. "eager" keeps them in this one file (Flex deploys one bundle).
const views = () => import(/* webpackMode: "eager" */ './views');
const DiagnosticsContainer = React.lazy(() => views().then((m) => ({ default: m.DiagnosticsContainer })));
const LazyWorkerPanel = React.lazy(() => views().then((m) => ({ default: m.WorkerPanel })));

/** Flex's WorkerCanvas gives its children props (the worker): this element takes them and passes them on. */
function WorkerPanel(props: WorkerPanelProps): React.ReactElement {
  return (
    <React.Suspense fallback={null}>
      <LazyWorkerPanel {...props} />
    </React.Suspense>
  );
}

export const VIEW_NAME = 'sso-diagnostics';
export const KEYS = {
  sideLink: 'sso-diagnostics-side-link',
  view: 'sso-diagnostics-view',
  workerPanel: 'sso-diagnostics-worker-panel',
  configNotification: 'SsoDiagnosticsConfigErrors',
} as const;

export interface Registration {
  readonly settings: Settings;
  readonly team: boolean;
  /** Removes everything this registration added (Flex itself never unloads a plugin; tests and the sandbox do). */
  readonly remove: () => void;
}

interface SideLinkProps {
  /** Given by Flex's SideNav to each of its children. */
  readonly activeView?: string;
  readonly flex: FlexApi;
  readonly label: string;
}

function SsoSideLink({ activeView, flex, label }: SideLinkProps): React.ReactElement {
  const { SideLink, Actions } = flex;
  return (
    <SideLink
      showLabel
      icon={<ProductAdminSSOIcon decorative />}
      iconActive={<ProductAdminSSOIcon decorative />}
      isActive={activeView === VIEW_NAME}
      onClick={() => {
        void Actions.invokeAction('NavigateToView', { viewName: VIEW_NAME });
      }}
    >
      {label}
    </SideLink>
  );
}

/** Adds the plugin's string templates to Flex's, leaving any a deployment has already set. */
function registerStrings(manager: ManagerLike): void {
  const strings = flexStrings(manager);
  for (const [key, value] of Object.entries(toFlexStrings())) {
    if (typeof strings[key] !== 'string') strings[key] = value;
  }
}

function label(manager: ManagerLike): string {
  const custom = flexStrings(manager)['SsoDiagnosticsViewTitle'];
  return typeof custom === 'string' && custom !== '' ? custom : t('viewTitle');
}

/**
 * Registers the side link, the view and (for users who may check the team) the worker panel section.
 * Returns undefined, having registered nothing, for users who may not use the diagnostics.
 */
export function registerSsoDiagnostics(flex: FlexApi, manager: ManagerLike): Registration | undefined {
  const roles = readTokenRoles(manager);
  const settings = readSettings(manager);
  const { expectations } = settings;
  if (!canUseDiagnostics(roles, expectations)) return undefined;

  registerStrings(manager);
  // Paste is bundled into the plugin, with its own theme context: Flex wraps its root in this
  // provider, with Flex's theme tokens, so the plugin's Paste components are themed like Flex.
  flex.setProviders({ PasteThemeProvider: CustomizationProvider });

  const navigation = new Navigation();
  const removers: (() => void)[] = [];
  removers.push(
    flex.SideNav.Content.add(<SsoSideLink key={KEYS.sideLink} flex={flex} label={label(manager)} />, {
      sortOrder: 100,
    }),
  );
  removers.push(
    flex.ViewCollection.Content.add(
      <flex.View name={VIEW_NAME} key={KEYS.view}>
        <React.Suspense fallback={null}>
          <DiagnosticsContainer manager={manager} settings={settings} navigation={navigation} />
        </React.Suspense>
      </flex.View>,
    ),
  );

  const team = canViewTeam(roles, expectations);
  if (team) {
    const onOpen = (workerSid: string | undefined): void => {
      navigation.request('team', workerSid);
      void flex.Actions.invokeAction('NavigateToView', { viewName: VIEW_NAME });
    };
    removers.push(
      flex.WorkerCanvas.Content.add(
        <WorkerPanel key={KEYS.workerPanel} manager={manager} expectations={expectations} onOpen={onOpen} />,
        { sortOrder: 100 },
      ),
    );
  }

  if (settings.errors.length > 0 && canSeeValues(roles)) {
    flex.Notifications.registerNotification({
      id: KEYS.configNotification,
      type: flex.NotificationType.warning,
      content:
        settings.errors.length === 1
          ? t('configProblemNotification')
          : t('configProblemsNotification', { count: settings.errors.length }),
      timeout: 10000,
    });
    flex.Notifications.showNotification(KEYS.configNotification);
  }

  return {
    settings,
    team,
    remove: () => {
      for (const remove of removers.splice(0)) remove();
    },
  };
}
