/**
 * The sandbox host plays Flex for the plugin: the real plugin class, loaded the way
 * @twilio/flex-plugin's loadPlugin does (Twilio.Flex.Plugins.init), registers into the host's stores.
 */
import * as React from 'react';
import { act, render, screen } from '@testing-library/react';
import { KEYS, VIEW_NAME } from '../../src/flex/register';
import SsoDiagnosticsPlugin from '../../src/SsoDiagnosticsPlugin';
import { createFlexHost } from '../../sandbox/host/flexHost';
import { Layout, sandboxHref, type Role } from '../../sandbox/host/Layout';
import { createSandboxManager } from '../../sandbox/host/manager';
import { themeFromQuery, type ThemeName } from '../../sandbox/host/theme';
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

describe("the host's setProviders, as Flex 2.17.1 does it", () => {
  type Received = { baseTheme?: string; theme?: { backgroundColors?: Record<string, string> }; style?: unknown };

  function renderWith(theme: ThemeName | undefined): Received {
    const { flex, manager } = boot('admin');
    const received: Received[] = [];
    const Spy = (props: Received & { children?: React.ReactNode }): React.ReactElement => {
      received.push(props);
      return <>{props.children}</>;
    };
    act(() => {
      flex.setProviders({ PasteThemeProvider: Spy as unknown as never });
    });
    render(<Layout flex={flex} manager={manager} role="admin" pluginState="loaded" theme={theme} />);
    const last = received[received.length - 1];
    if (!last) throw new Error('The PasteThemeProvider was not rendered.');
    return last;
  }

  it('gives the Paste provider baseTheme "dark" and Flex\'s dark tokens for ?theme=dark', () => {
    const props = renderWith('dark');
    expect(props.baseTheme).toBe('dark');
    expect(props.theme?.backgroundColors?.['colorBackgroundBody']).toBe('rgb(13, 19, 28)');
    expect(props.theme?.backgroundColors?.['colorBackgroundSuccessStrong']).toBe('#7beaa5');
    expect(props.style).toEqual({ minWidth: '100%', height: '100%' });
    expect(screen.getByRole('link', { name: 'Light theme' })).toHaveAttribute('href', '/?as=admin');
  });

  it('gives it baseTheme "default" and the light tokens by default', () => {
    const props = renderWith(undefined);
    expect(props.baseTheme).toBe('default');
    expect(props.theme?.backgroundColors?.['colorBackgroundBody']).toBe('rgb(255, 255, 255)');
    expect(props.theme?.backgroundColors?.['colorBackgroundSuccessStrong']).toBe('#0b602d');
    expect(screen.getByRole('link', { name: 'Dark theme' })).toHaveAttribute('href', '/?as=admin&theme=dark');
  });

  it('reads the theme from the query, light unless it says dark', () => {
    expect(themeFromQuery(new URLSearchParams('as=agent&theme=dark'))).toBe('dark');
    expect(themeFromQuery(new URLSearchParams('theme=light'))).toBe('light');
    expect(themeFromQuery(new URLSearchParams('theme=DARK'))).toBe('light');
    expect(themeFromQuery(new URLSearchParams(''))).toBe('light');
    expect(sandboxHref('?as=agent&config=broken', 'supervisor', 'dark')).toBe(
      '/?as=supervisor&config=broken&theme=dark',
    );
    expect(sandboxHref('?as=agent&theme=dark', 'agent', 'light')).toBe('/?as=agent');
  });
});
