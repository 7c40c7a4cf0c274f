/**
 * The page bench/browser.ts drives in Chromium. `?bench=start&plugin=sso|hello&as=agent|admin` plays Flex
 * (the sandbox's host: React 17 globals, window.Twilio.Flex, the manager) for one production plugin
 * bundle and times what the plugin adds to a Flex start: evaluating the bundle, its `init`, and rendering
 * what it registered where Flex shows it at start (the side nav, the agent desktop panel). The bundle's
 * text is already in the page, so the time is the browser's, not the network's.
 * `?bench=team&workers=N` times the Team view from its data (rows checked beforehand, as the live Team
 * tab holds them) to the first rendered table; then each keystroke in its search box to the re-rendered
 * table. Results go to `window.__bench`.
 */
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { Theme } from '@twilio-paste/core/theme';
import { parseConfig } from '../src/core/config';
import { TeamResults } from '../src/flex/teamResults';
import type { WorkerItem } from '../src/flex/teamQuery';
import { TeamView } from '../src/ui/TeamView';
import { SimulatedIndex } from '../sandbox/simulatedIndex';
import { generateWorkforce, sandboxUser, SANDBOX_CONFIG } from '../sandbox/workforce';
import { ContentStore } from '../sandbox/host/contentStore';
import { createFlexHost } from '../sandbox/host/flexHost';
import { createSandboxManager } from '../sandbox/host/manager';

interface BenchResult {
  ms?: number;
  keystrokes?: number[];
  error?: string;
}

declare global {
  interface Window {
    React: typeof React;
    ReactDOM: typeof ReactDOM;
    __bench: BenchResult | undefined;
    __pluginCode: string;
  }
}

/** After React has committed: the next frame, then the task after it (the frame has been painted). */
function painted(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
}

async function start(params: URLSearchParams, root: HTMLElement): Promise<number> {
  window.React = React;
  window.ReactDOM = ReactDOM;
  const as = params.get('as') === 'admin' ? 'admin' : 'agent';
  const index = new SimulatedIndex(generateWorkforce({ size: 100 }), { cap: 200 });
  const manager = createSandboxManager(sandboxUser(as), SANDBOX_CONFIG, index);
  const host = createFlexHost(manager, 'agent-desktop');
  // The official template adds its component to the agent desktop's first panel.
  const panel = new ContentStore('AgentDesktopView.Panel1');
  let initDone: Promise<void> = Promise.resolve();
  const flex = {
    ...host,
    AgentDesktopView: { Panel1: { Content: panel } },
    Plugins: {
      init(Plugin: new () => { init: (flex: unknown, manager: unknown) => Promise<void> }): void {
        initDone = new Plugin().init(flex, manager.asFlexManager());
      },
    },
  };
  (window as unknown as { Twilio: { Flex: typeof flex } }).Twilio = { Flex: flex };

  const started = performance.now();
  const script = document.createElement('script');
  script.textContent = window.__pluginCode;
  document.head.appendChild(script); // evaluated now, synchronously
  await initDone;
  // What Flex renders at start: its side nav and the agent desktop, with whatever plugins added there.
  ReactDOM.render(
    <>
      <nav>{host.SideNav.Content.fragments}</nav>
      <main>{panel.fragments}</main>
    </>,
    root,
  );
  return (await painted()) - started;
}

async function team(params: URLSearchParams, root: HTMLElement): Promise<number> {
  const size = Number(params.get('workers') ?? 100);
  const expectations = parseConfig(SANDBOX_CONFIG).expectations;
  const results = new TeamResults(expectations);
  for (const { pattern: _pattern, ...item } of generateWorkforce({ size })) {
    results.upsert(item.worker_sid, item as WorkerItem);
  }
  const { rows, team: teamResult, summary } = results.snapshot();
  const view = (
    <Theme.Provider theme="default">
      <TeamView
        rows={rows}
        team={teamResult}
        summary={summary}
        canSeeValues
        expectations={expectations}
        idp={{ id: 'entra-id', source: 'config' }}
      />
    </Theme.Provider>
  );
  await painted();
  const started = performance.now();
  ReactDOM.render(view, root);
  const ms = (await painted()) - started;

  // A keystroke: from the key event to the re-rendered table (bench/browser.ts presses the keys). React 17
  // re-renders inside the input event, before this listener on the document runs.
  let keyAt = 0;
  document.addEventListener('keydown', () => (keyAt = performance.now()), true);
  document.addEventListener('input', () => {
    const at = keyAt;
    void painted().then((done) => window.__bench?.keystrokes?.push(done - at));
  });
  return ms;
}

async function main(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const root = document.getElementById('root') as HTMLElement;
  try {
    const ms = params.get('bench') === 'team' ? await team(params, root) : await start(params, root);
    window.__bench = { ms, keystrokes: [] };
  } catch (error) {
    window.__bench = { error: String((error as Error)?.stack ?? error) };
  }
}

void main();
