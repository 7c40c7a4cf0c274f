/**
 * The sandbox host page. It plays Flex for the production plugin bundle: it provides the globals the
 * bundle's externals expect (React and ReactDOM 17 exactly as Flex provides them), implements
 * `window.Twilio.Flex` and `Manager.getInstance()`, then loads /plugins/plugin-sso-diagnostics.js
 * unchanged — which calls `Twilio.Flex.Plugins.init(SsoDiagnosticsPlugin)` as it would in Flex.
 *
 * `?as=admin|supervisor|agent` chooses the signed-in user's token roles; `?config=none` removes the
 * plugin configuration and `?config=broken` installs one with mistakes (for the Setup tab);
 * `?theme=dark` gives Flex (and so the plugin's Paste provider) the dark theme, light by default.
 */
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { SimulatedIndex } from '../simulatedIndex';
import { generateWorkforce, reLogin, sandboxUser, seededRandom, SANDBOX_CONFIG, SANDBOX_NOW } from '../workforce';
import { createFlexHost } from './flexHost';
import { Layout, type Role } from './Layout';
import { createSandboxManager } from './manager';
import { themeFromQuery } from './theme';

declare global {
  interface Window {
    React: typeof React;
    ReactDOM: typeof ReactDOM;
  }
}

const PLUGIN_URL = '/plugins/plugin-sso-diagnostics.js';
const CERTIFICATE_URL = '/examples/idp-certificate.pem';
/** Largest result the simulated live index returns before answering 54510 (so the plugin must split). */
const INDEX_CAP = 200;

function roleFromQuery(params: URLSearchParams): Role {
  const as = params.get('as');
  return as === 'supervisor' || as === 'agent' ? as : 'admin';
}

async function configFromQuery(params: URLSearchParams): Promise<unknown> {
  const choice = params.get('config');
  if (choice === 'none') return undefined;
  if (choice === 'broken') {
    return { ...SANDBOX_CONFIG, roles_alowed: ['admin'], region: 'US-1', connection_sid: 'JQ123' };
  }
  // The example HAR is signed with this certificate: configuring it lets the analyzer compare them.
  let certificates: string[] = [];
  try {
    const response = await fetch(CERTIFICATE_URL);
    if (response.ok) certificates = [(await response.text()).trim()];
  } catch {
    certificates = [];
  }
  return { ...SANDBOX_CONFIG, idp_certificates: certificates };
}

/** `npm start` serves the page at once and builds the bundle in the background: wait for it. */
async function waitForBundle(src: string, onWait: () => void): Promise<void> {
  for (;;) {
    const response = await fetch(src, { method: 'HEAD', cache: 'no-store' });
    if (response.ok) return;
    if (response.status !== 503) throw new Error(`${src}: ${response.status} ${await response.text()}`);
    onWait();
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Could not load ${src}`));
    document.head.appendChild(script);
  });
}

/** Some workers log in again every few seconds (new attributes); the signed-in user now and then. */
function startLogins(index: SimulatedIndex, manager: ReturnType<typeof createSandboxManager>): void {
  const rng = seededRandom(42);
  const workers = index.all();
  let tick = 0;
  setInterval(() => {
    tick += 1;
    const at = new Date(Date.parse(SANDBOX_NOW) + tick * 3000).toISOString();
    const count = 1 + Math.floor(rng() * 3);
    for (let i = 0; i < count; i += 1) {
      const worker = workers[Math.floor(rng() * workers.length)];
      if (worker) index.upsert(reLogin(index.get(worker.worker_sid) ?? worker, rng, at));
    }
    if (tick % 7 === 0) {
      const own = reLogin(
        {
          worker_sid: manager.workerClient.sid,
          friendly_name: manager.workerClient.name,
          activity_name: 'Available',
          attributes: manager.workerClient.attributes,
          date_updated: at,
          date_activity_changed: at,
        },
        rng,
        at,
      );
      void manager.workerClient.setAttributes(own.attributes as Record<string, unknown>);
    }
  }, 3000);
}

async function main(): Promise<void> {
  window.React = React;
  window.ReactDOM = ReactDOM;

  const params = new URLSearchParams(window.location.search);
  const role = roleFromQuery(params);
  const theme = themeFromQuery(params);
  // host.css styles the host's own chrome from this (and sets color-scheme for scrollbars and controls).
  document.documentElement.dataset['theme'] = theme;
  const user = sandboxUser(role);
  const index = new SimulatedIndex(generateWorkforce(), { cap: INDEX_CAP, latencyMs: 15 });
  const manager = createSandboxManager(user, await configFromQuery(params), index);
  const flex = createFlexHost(manager, 'agent-desktop');
  // @twilio/flex-plugin declares window.Twilio as the whole Flex module; the host is the part the plugin uses.
  (window as unknown as { Twilio: { Flex: typeof flex } }).Twilio = { Flex: flex };

  const container = document.getElementById('root') as HTMLElement;
  const draw = (state: 'building' | 'loading' | 'loaded' | 'failed'): void => {
    ReactDOM.render(<Layout flex={flex} manager={manager} role={role} pluginState={state} theme={theme} />, container);
  };
  draw('loading');
  try {
    await waitForBundle(PLUGIN_URL, () => draw('building'));
    await loadScript(PLUGIN_URL);
    draw('loaded');
  } catch (error) {
    console.error(error);
    draw('failed');
  }
  startLogins(index, manager);
}

void main();
