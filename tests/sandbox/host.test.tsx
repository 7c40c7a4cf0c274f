/**
 * The sandbox host plays Flex for the plugin: the real plugin class, loaded the way
 * @twilio/flex-plugin's loadPlugin does (Twilio.Flex.Plugins.init), registers into the host's stores.
 */
import * as React from 'react';
import { act, render, screen } from '@testing-library/react';
import { KEYS, VIEW_NAME } from '../../src/flex/register';
import SsoDiagnosticsPlugin from '../../src/SsoDiagnosticsPlugin';
import { createFlexHost } from '../../sandbox/host/flexHost';
import { Layout, type Role } from '../../sandbox/host/Layout';
import { createSandboxManager } from '../../sandbox/host/manager';
import { SimulatedIndex } from '../../sandbox/simulatedIndex';
import { generateWorkforce, sandboxUser, SANDBOX_CONFIG } from '../../sandbox/workforce';

function boot(role: Role, config: unknown = SANDBOX_CONFIG) {
  const index = new SimulatedIndex(generateWorkforce({ seed: 9, size: 400 }), { cap: 200 });
  const manager = createSandboxManager(sandboxUser(role), config, index);
  const flex = createFlexHost(manager, 'agent-desktop');
  flex.Plugins.init(SsoDiagnosticsPlugin);
  return { index, manager, flex };
}

const keys = (store: { fragments: readonly React.ReactElement[] }): React.Key[] =>
  store.fragments.map((f) => f.key ?? '');

describe('the sandbox host', () => {
  it('loads the plugin for an admin: side link, view and worker panel', () => {
    const { flex } = boot('admin');
    expect(flex.loadedPlugins).toEqual(['SsoDiagnosticsPlugin']);
    expect(keys(flex.SideNav.Content)).toEqual([KEYS.sideLink]);
    expect(keys(flex.ViewCollection.Content)).toEqual([KEYS.view]);
    expect(keys(flex.WorkerCanvas.Content)).toEqual([KEYS.workerPanel]);
    expect(flex.providers().PasteThemeProvider).toBeDefined();
  });

  it('says plainly that nothing is registered for an agent', () => {
    const { flex, manager } = boot('agent');
    expect(flex.SideNav.Content.fragments).toHaveLength(0);
    expect(flex.ViewCollection.Content.fragments).toHaveLength(0);
    expect(flex.WorkerCanvas.Content.fragments).toHaveLength(0);
    render(<Layout flex={flex} manager={manager} role="agent" pluginState="loaded" />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Signed in as an agent: the plugin registers nothing for agents.',
    );
  });

  it('navigates to the plugin view through Actions.invokeAction("NavigateToView")', async () => {
    const { flex, manager } = boot('supervisor');
    render(<Layout flex={flex} manager={manager} role="supervisor" pluginState="loaded" />);
    const link = screen.getByRole('button', { name: /sso diagnostics/i });
    expect(link).not.toHaveAttribute('aria-current');
    await act(async () => {
      link.click();
    });
    expect(flex.activeView()).toBe(VIEW_NAME);
    const active = document.querySelector('.sbx-sidelink[aria-current="page"]');
    expect(active).toHaveTextContent('SSO diagnostics');
    expect(document.querySelector(`[data-view="${VIEW_NAME}"]`)).not.toBeNull();
  });

  it('shows a notification when the configuration has mistakes (admins only)', () => {
    const { flex } = boot('admin', { ...SANDBOX_CONFIG, roles_alowed: ['admin'] });
    expect(flex.notifications().map((n) => n.id)).toEqual([KEYS.configNotification]);
  });
});
