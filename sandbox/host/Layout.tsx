/**
 * The sandbox page: a header with the sandbox's own controls, Flex's side navigation on the left, the
 * active view in the middle and, in the host's "Teams" view, a worker list with the WorkerCanvas
 * (the worker panel) of the selected worker — where the plugin's section appears.
 */
import * as React from 'react';
import { SANDBOX_ACCOUNT_SID } from '../workforce';
import type { Entry } from './contentStore';
import { useStore } from './contentStore';
import { toIWorker, type FlexHost } from './flexHost';
import type { SandboxManager } from './manager';
import { createFlexTheme, pasteProviderProps, type ThemeName, type WrapperProps } from './theme';

export type Role = 'admin' | 'supervisor' | 'agent';

export interface LayoutProps {
  readonly flex: FlexHost;
  readonly manager: SandboxManager;
  readonly role: Role;
  readonly pluginState: 'building' | 'loading' | 'loaded' | 'failed';
  /** Flex's theme (`?theme=dark`); light by default, as in Flex. */
  readonly theme?: ThemeName | undefined;
}

const TEAMS_VIEW = 'teams';
const AGENT_DESKTOP = 'agent-desktop';
const LISTED_WORKERS = 60;

function useHostEvent(flex: FlexHost, event: 'navigate' | 'providers' | 'notification'): void {
  const [, setVersion] = React.useState(0);
  React.useEffect(() => {
    const bump = (): void => setVersion((v) => v + 1);
    flex.events.on(event, bump);
    return () => {
      flex.events.removeListener(event, bump);
    };
  }, [flex, event]);
}

function render(entry: Entry, props: Record<string, unknown>): React.ReactElement {
  return React.cloneElement(entry.element, { ...(entry.options.noChildProps ? {} : props), key: entry.key });
}

/** The sandbox URL for a role and a theme, keeping the page's other parameters (such as `config`). */
export function sandboxHref(search: string, role: Role, theme: ThemeName): string {
  const params = new URLSearchParams(search);
  params.set('as', role);
  if (theme === 'dark') params.set('theme', 'dark');
  else params.delete('theme');
  return `/?${params.toString()}`;
}

function Chrome({
  role,
  pluginState,
  flex,
  theme,
}: Pick<LayoutProps, 'role' | 'pluginState' | 'flex'> & { theme: ThemeName }): React.ReactElement {
  const search = typeof window === 'undefined' ? '' : window.location.search;
  const otherTheme: ThemeName = theme === 'dark' ? 'light' : 'dark';
  const registered =
    flex.SideNav.Content.fragments.length +
    flex.ViewCollection.Content.fragments.length +
    flex.WorkerCanvas.Content.fragments.length;
  return (
    <header className="sbx-header">
      <div className="sbx-title">
        <strong>Flex sandbox</strong> · plugin-sso-diagnostics (production bundle) · account {SANDBOX_ACCOUNT_SID}
      </div>
      <nav className="sbx-roles" aria-label="Sign in as">
        Sign in as:{' '}
        {(['admin', 'supervisor', 'agent'] as const).map((r) => (
          <a key={r} href={sandboxHref(search, r, theme)} aria-current={r === role ? 'true' : undefined}>
            {r}
          </a>
        ))}
      </nav>
      <a className="sbx-theme" href={sandboxHref(search, role, otherTheme)} data-theme-target={otherTheme}>
        {otherTheme === 'dark' ? 'Dark theme' : 'Light theme'}
      </a>
      <a className="sbx-har" href="/examples/login.har" download="login.har">
        Download an example HAR of a login (for the SAML analyzer)
      </a>
      <p className="sbx-status" role="status" data-plugin-state={pluginState} data-registered={registered}>
        {pluginState === 'failed'
          ? 'The plugin bundle failed to load: see the browser console.'
          : pluginState === 'building'
            ? 'The production plugin bundle is being built (npm start builds it when it is missing or stale)…'
            : pluginState === 'loading'
              ? 'Loading the plugin…'
              : role === 'agent'
                ? 'Signed in as an agent: the plugin registers nothing for agents.'
                : `Signed in as ${role === 'admin' ? 'an admin' : 'a supervisor'}: the plugin added ${registered} item(s) to Flex.`}
      </p>
    </header>
  );
}

function SideNav({ flex, role }: { flex: FlexHost; role: Role }): React.ReactElement {
  useStore(flex.SideNav.Content);
  const activeView = flex.activeView();
  const childProps = { activeView, isOpen: true, reserveSpace: true };
  const builtIn = (name: string, label: string): React.ReactElement => (
    <flex.SideLink
      key={name}
      showLabel
      icon="▣"
      isActive={activeView === name}
      onClick={() => void flex.Actions.invokeAction('NavigateToView', { viewName: name })}
    >
      {label}
    </flex.SideLink>
  );
  return (
    <nav className="sbx-sidenav" aria-label="Flex side navigation">
      {builtIn(AGENT_DESKTOP, 'Agent desktop')}
      {role !== 'agent' ? builtIn(TEAMS_VIEW, 'Teams') : null}
      {flex.SideNav.Content.visible(childProps).map((entry) => render(entry, childProps))}
    </nav>
  );
}

function TeamsView({ flex, manager }: { flex: FlexHost; manager: SandboxManager }): React.ReactElement {
  useStore(flex.WorkerCanvas.Content);
  const [, setVersion] = React.useState(0);
  const [selected, setSelected] = React.useState<string | undefined>(undefined);
  // Follow the live index so the worker panel shows the worker's latest attributes.
  React.useEffect(() => {
    const timer = setInterval(() => setVersion((v) => v + 1), 2000);
    return () => clearInterval(timer);
  }, []);
  const workers = manager.insightsClient.all().slice(0, LISTED_WORKERS);
  const item = selected ? manager.insightsClient.get(selected) : undefined;
  const worker = item ? toIWorker(item) : undefined;
  const canvasProps = worker ? { worker } : undefined;
  return (
    <section className="sbx-teams" data-view={TEAMS_VIEW}>
      <div className="sbx-worker-list">
        <h1>Teams</h1>
        <p>
          {manager.insightsClient.size} workers in this workspace; the first {LISTED_WORKERS} are listed. Select one to
          open its worker panel.
        </p>
        <ul>
          {workers.map((w) => {
            const attributes = (w.attributes ?? {}) as Record<string, unknown>;
            const fullName =
              typeof attributes['full_name'] === 'string' ? (attributes['full_name'] as string).trim() : '';
            const name = fullName !== '' ? fullName : w.friendly_name;
            return (
              <li key={w.worker_sid}>
                <button
                  type="button"
                  aria-pressed={w.worker_sid === selected}
                  onClick={() => setSelected(w.worker_sid)}
                >
                  <span className="sbx-worker-name">{name.length > 60 ? `${name.slice(0, 57)}…` : name}</span>
                  <span className="sbx-worker-activity">{w.activity_name}</span>
                </button>
              </li>
            );
          })}
        </ul>
      </div>
      <aside className="sbx-worker-canvas" aria-label="Worker panel">
        {worker && canvasProps ? (
          <>
            <h2>{worker.fullName.length > 60 ? `${worker.fullName.slice(0, 57)}…` : worker.fullName}</h2>
            <p className="sbx-muted">
              {worker.sid} · {worker.activityName}
            </p>
            {flex.WorkerCanvas.Content.visible(canvasProps).map((entry) => render(entry, canvasProps))}
          </>
        ) : (
          <p className="sbx-muted">No worker selected.</p>
        )}
      </aside>
    </section>
  );
}

function MainView({
  flex,
  manager,
  role,
}: {
  flex: FlexHost;
  manager: SandboxManager;
  role: Role;
}): React.ReactElement {
  useStore(flex.ViewCollection.Content);
  const activeView = flex.activeView();
  if (activeView === TEAMS_VIEW && role !== 'agent') return <TeamsView flex={flex} manager={manager} />;
  const views = flex.ViewCollection.Content.visible({ activeView });
  const view = views.find((entry) => (entry.element.props as { name?: string }).name === activeView);
  if (view) return <div className="sbx-plugin-view">{render(view, {})}</div>;
  return (
    <section className="sbx-placeholder" data-view={AGENT_DESKTOP}>
      <h1>Agent desktop</h1>
      <p>The sandbox does not simulate tasks. Use the side navigation to open the views the plugin added.</p>
      {role === 'agent' ? <p>Signed in as an agent: the plugin registers nothing for agents.</p> : null}
    </section>
  );
}

function Notifications({ flex }: { flex: FlexHost }): React.ReactElement | null {
  useHostEvent(flex, 'notification');
  const shown = flex.notifications();
  if (shown.length === 0) return null;
  return (
    <div className="sbx-notifications" role="alert">
      {shown.map((n) => (
        <div key={n.id} className={`sbx-notification sbx-notification-${String(n.type ?? 'information')}`}>
          <span>{typeof n.content === 'string' || typeof n.content === 'number' ? n.content : n.id}</span>
          <button type="button" onClick={() => flex.dismiss(n.id)} aria-label="Dismiss">
            ×
          </button>
        </div>
      ))}
    </div>
  );
}

export function Layout(props: LayoutProps): React.ReactElement {
  const { flex, manager, role } = props;
  const themeName = props.theme ?? 'light';
  const theme = React.useMemo(() => createFlexTheme(themeName), [themeName]);
  useHostEvent(flex, 'navigate');
  useHostEvent(flex, 'providers');
  useStore(flex.SideNav.Content);
  useStore(flex.ViewCollection.Content);
  useStore(flex.WorkerCanvas.Content);
  const page = (
    <div className="sbx-page">
      <Chrome role={role} pluginState={props.pluginState} flex={flex} theme={themeName} />
      <Notifications flex={flex} />
      <div className="sbx-body">
        <SideNav flex={flex} role={role} />
        <main className="sbx-main">
          <MainView flex={flex} manager={manager} role={role} />
        </main>
      </div>
    </div>
  );
  // What Flex's setProviders does: wrap the root in the plugin's Paste provider with Flex's theme
  // (baseTheme "default" or "dark", Flex's tokens, full size: see theme.ts).
  // (CustomProvider is not implemented: the plugin does not use it.)
  const { PasteThemeProvider } = flex.providers();
  if (!PasteThemeProvider) return page;
  // Paste's prop types leave out `style`, which Flex passes and the provider forwards to its element.
  const Provider = PasteThemeProvider as React.ComponentType<WrapperProps>;
  return <Provider {...pasteProviderProps(theme)}>{page}</Provider>;
}
