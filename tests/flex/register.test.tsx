/**
 * The plugin registered against the REAL @twilio/flex-ui module and its real content stores, with a
 * manager object of the real Manager's shape (the fields the plugin reads).
 */
import * as React from 'react';
import * as Flex from '@twilio/flex-ui';
import { render, screen } from '@testing-library/react';
import { CustomizationProvider } from '@twilio-paste/core/customization';
import * as engine from '../../src/core/engine';
import type { ManagerLike } from '../../src/flex/manager';
import { KEYS, registerSsoDiagnostics, VIEW_NAME, type Registration } from '../../src/flex/register';
import SsoDiagnosticsPlugin from '../../src/SsoDiagnosticsPlugin';
import { SimulatedIndex } from '../../sandbox/simulatedIndex';
import { generateWorkforce, SANDBOX_CONFIG } from '../../sandbox/workforce';

type Role = 'admin' | 'supervisor' | 'agent';

interface FakeManager {
  manager: ManagerLike;
  index: SimulatedIndex;
  liveQuery: jest.SpyInstance;
  workerOn: jest.Mock;
  strings: Record<string, string>;
}

/** A manager with the fields the plugin reads, shaped as Flex's (UserInfo, ServiceConfiguration, store, Worker, SyncClient). */
function fakeManager(roles: string[], config: unknown = SANDBOX_CONFIG): FakeManager {
  const index = new SimulatedIndex(generateWorkforce({ seed: 11, size: 300 }));
  const liveQuery = jest.spyOn(index, 'liveQuery');
  const workerOn = jest.fn();
  const strings: Record<string, string> = { NoTasks: 'No tasks' };
  const user: Pick<Flex.Manager['user'], 'identity' | 'roles'> = { identity: 'nadia_40owlbank_2Eexample', roles };
  const serviceConfiguration: Pick<Flex.Manager['serviceConfiguration'], 'account_sid'> & { ui_attributes: object } = {
    account_sid: 'AC5a4d0b0c1f2e3d4c5b6a79880716253a',
    ui_attributes: { sso_diagnostics: config },
  };
  const workerClient = {
    sid: 'WK00000000000000000000000000000001',
    name: 'nadia_40owlbank_2Eexample',
    friendlyName: 'nadia_40owlbank_2Eexample',
    attributes: { email: 'nadia@owlbank.example', full_name: 'Nadia Okafor', roles },
    on: workerOn,
    removeListener: jest.fn(),
  };
  const store = {
    getState: () => ({
      flex: {
        session: { ssoTokenPayload: { identity: user.identity, roles } },
        worker: { attributes: workerClient.attributes },
      },
    }),
    subscribe: () => () => undefined,
  };
  const manager = {
    user,
    serviceConfiguration,
    strings,
    workerClient,
    store,
    insightsClient: index,
  } as unknown as ManagerLike;
  return { manager, index, liveQuery, workerOn, strings };
}

const keysOf = (store: { fragments: readonly React.ReactElement[] }): React.Key[] =>
  store.fragments.map((fragment) => (fragment.props as { children: React.ReactElement }).children.key ?? '');

let registration: Registration | undefined;
afterEach(() => {
  registration?.remove();
  registration = undefined;
  jest.restoreAllMocks();
});

function setup(
  role: Role,
  config?: unknown,
): FakeManager & { runRules: jest.SpyInstance; setProviders: jest.Mock; invokeAction: jest.Mock } {
  const runRules = jest.spyOn(engine, 'runRules');
  // The module's exports cannot be redefined: hand the plugin the real module with a spy for setProviders.
  const setProviders = jest.fn(Flex.setProviders);
  const invokeAction = jest.fn().mockResolvedValue(undefined);
  const Actions = new Proxy(Flex.Actions, {
    get: (target, key) => (key === 'invokeAction' ? invokeAction : Reflect.get(target, key)),
  });
  const fake = fakeManager(role === 'admin' ? ['admin'] : role === 'supervisor' ? ['supervisor'] : ['agent'], config);
  registration = registerSsoDiagnostics({ ...Flex, setProviders, Actions }, fake.manager);
  return { ...fake, runRules, setProviders, invokeAction };
}

describe.each<Role>(['admin', 'supervisor'])('registered for a %s', (role) => {
  it('adds a side link, the view and the worker panel section to the real content stores', () => {
    const { setProviders } = setup(role);
    expect(registration).toBeDefined();
    expect(keysOf(Flex.SideNav.Content)).toContain(KEYS.sideLink);
    expect(keysOf(Flex.WorkerCanvas.Content)).toContain(KEYS.workerPanel);
    const view = Flex.ViewCollection.Content.fragments
      .map((fragment) => (fragment.props as { children: React.ReactElement }).children)
      .find((child) => child.key === KEYS.view);
    expect(view?.type).toBe(Flex.View);
    expect((view?.props as { name: string }).name).toBe(VIEW_NAME);
    expect(setProviders).toHaveBeenCalledWith({ PasteThemeProvider: CustomizationProvider });
  });

  it('runs no rule and opens no live query until a view mounts', () => {
    const { runRules, liveQuery, workerOn } = setup(role);
    expect(runRules).not.toHaveBeenCalled();
    expect(liveQuery).not.toHaveBeenCalled();
    expect(workerOn).not.toHaveBeenCalled();
  });

  it("registers its string templates in manager.strings without overwriting a deployment's", () => {
    const fake = fakeManager([role]);
    fake.strings['SsoDiagnosticsViewTitle'] = 'Diagnostic SSO';
    registration = registerSsoDiagnostics(Flex, fake.manager);
    expect(fake.strings['SsoDiagnosticsViewTitle']).toBe('Diagnostic SSO');
    expect(fake.strings['SsoDiagnosticsTabTeam']).toBe('Team');
    expect(fake.strings['NoTasks']).toBe('No tasks');
  });
});

describe('for an agent', () => {
  it('registers nothing, runs no rule and reads no worker', () => {
    const before = [Flex.SideNav.Content, Flex.ViewCollection.Content, Flex.WorkerCanvas.Content].map(
      (s) => s.fragments.length,
    );
    const { runRules, liveQuery, workerOn, setProviders, strings } = setup('agent');
    expect(registration).toBeUndefined();
    expect(
      [Flex.SideNav.Content, Flex.ViewCollection.Content, Flex.WorkerCanvas.Content].map((s) => s.fragments.length),
    ).toEqual(before);
    expect(runRules).not.toHaveBeenCalled();
    expect(liveQuery).not.toHaveBeenCalled();
    expect(workerOn).not.toHaveBeenCalled();
    expect(setProviders).not.toHaveBeenCalled();
    expect(Object.keys(strings)).toEqual(['NoTasks']);
  });
});

describe('configuration', () => {
  it('registers nothing when the plugin is disabled', () => {
    setup('admin', { ...SANDBOX_CONFIG, enabled: false });
    expect(registration).toBeUndefined();
    expect(keysOf(Flex.SideNav.Content)).not.toContain(KEYS.sideLink);
  });

  it('follows roles_allowed: agents can be let in, and then get no team panel', () => {
    setup('agent', { ...SANDBOX_CONFIG, roles_allowed: ['admin', 'supervisor', 'agent'] });
    expect(registration?.team).toBe(false);
    expect(keysOf(Flex.SideNav.Content)).toContain(KEYS.sideLink);
    expect(keysOf(Flex.WorkerCanvas.Content)).not.toContain(KEYS.workerPanel);
  });

  it('keeps configuration errors for the Setup tab', () => {
    setup('admin', { ...SANDBOX_CONFIG, roles_alowed: ['admin'] });
    expect(registration?.settings.errors.map((e) => e.path)).toContain('roles_alowed');
  });

  it('remove() takes everything back out of the stores', () => {
    setup('admin');
    registration?.remove();
    registration = undefined;
    expect(keysOf(Flex.SideNav.Content)).not.toContain(KEYS.sideLink);
    expect(keysOf(Flex.ViewCollection.Content)).not.toContain(KEYS.view);
    expect(keysOf(Flex.WorkerCanvas.Content)).not.toContain(KEYS.workerPanel);
  });
});

describe('the worker panel section', () => {
  it('checks the worker Flex hands it and offers to open it in the diagnostics view', async () => {
    const { invokeAction } = setup('supervisor');
    const panel = Flex.WorkerCanvas.Content.fragments
      .map((fragment) => (fragment.props as { children: React.ReactElement }).children)
      .find((child) => child.key === KEYS.workerPanel) as React.ReactElement;
    const worker = {
      sid: 'WK0123456789abcdef0123456789abcdef',
      name: 'ana',
      fullName: 'Ana',
      attributes: { email: 'ana@owlbank.example', full_name: 'Ana', roles: ['Agent'] },
    };
    render(<CustomizationProvider baseTheme="default">{React.cloneElement(panel, { worker })}</CustomizationProvider>);
    // The panel's module is evaluated when Flex first renders it (register.tsx): it appears once jest has
    // loaded the whole views tree, which on a busy machine takes longer than findBy's default second.
    (await screen.findByRole('button', { name: /open in sso diagnostics/i }, { timeout: 15_000 })).click();
    expect(invokeAction).toHaveBeenCalledWith('NavigateToView', { viewName: VIEW_NAME });
  }, 20_000);
});

describe('the plugin class', () => {
  it('init only registers, through registerSsoDiagnostics', () => {
    const fake = fakeManager(['admin']);
    const plugin = new SsoDiagnosticsPlugin();
    void plugin.init(Flex, fake.manager as unknown as Flex.Manager);
    expect(keysOf(Flex.SideNav.Content)).toContain(KEYS.sideLink);
    // (Left registered: Flex has no public way to undo an add without its cleanup function; this suite runs it last.)
  });
});
