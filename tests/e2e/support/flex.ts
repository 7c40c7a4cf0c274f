/** Ways around the sandbox's Flex and the plugin's view, by role and accessible name. */
import type { Locator, Page } from 'playwright-core';
import { generateWorkforce, type ExampleWorker } from '../../../sandbox/workforce';

export const SIDE_NAV_LABEL = 'SSO diagnostics';
export const TABS = { mySignIn: 'My sign-in', team: 'Team', analyzer: 'SAML analyzer', setup: 'Setup' } as const;

/** A heading each tab always shows, by the tab's name. */
const FIRST_HEADING: Readonly<Record<string, string>> = {
  [TABS.mySignIn]: 'Signed in as',
  [TABS.team]: 'Workers',
  [TABS.analyzer]: 'Evidence',
  [TABS.setup]: 'Identity provider settings',
};

/** The heading a tab always shows; throws for a tab this suite does not know (a new or renamed tab). */
export function firstHeading(tab: string): string {
  const heading = FIRST_HEADING[tab];
  if (heading === undefined) throw new Error(`No known first heading for the tab "${tab}".`);
  return heading;
}
/** Text an error boundary or a crashed render would leave (React's and the host's). */
export const ERROR_TEXTS = [/something went wrong/i, /error boundary/i, /failed to load/i, /minified react error/i];

export function sideNav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Flex side navigation' });
}

export function diagnosticsView(page: Page): Locator {
  return page.locator('[data-view="sso-diagnostics"]');
}

/** Clicks the side-nav control and waits for the view's h1. */
export async function openDiagnostics(page: Page): Promise<Locator> {
  await sideNav(page).getByRole('button', { name: SIDE_NAV_LABEL }).click();
  const view = diagnosticsView(page);
  await view.getByRole('heading', { level: 1, name: 'SSO diagnostics' }).waitFor();
  return view;
}

export async function openTab(page: Page, name: string): Promise<Locator> {
  const tab = diagnosticsView(page).getByRole('tab', { name, exact: true });
  await tab.click();
  await expectSelected(tab);
  return page.getByRole('tabpanel', { name, exact: true });
}

async function expectSelected(tab: Locator): Promise<void> {
  await tab.page().waitForFunction((el) => el?.getAttribute('aria-selected') === 'true', await tab.elementHandle());
}

/** The Team tab's table of workers (the one with an Email column). */
export function workersTable(page: Page): Locator {
  return diagnosticsView(page)
    .getByRole('table')
    .filter({ has: page.getByRole('columnheader', { name: 'Email' }) });
}

/** Worker rows: every row of the workers table but the header row. */
export function workerRows(page: Page): Locator {
  return workersTable(page).locator('tbody').getByRole('row');
}

/** Waits until every worker is loaded (the progress bar goes away and the caption counts them all). */
export async function waitForTeam(page: Page, total: number): Promise<void> {
  const view = diagnosticsView(page);
  await view
    .getByText(new RegExp(`^Workers and their SSO findings\\. \\d+ of ${total} shown\\.`))
    .first()
    .waitFor();
  await view.getByRole('progressbar').waitFor({ state: 'detached' });
}

/** Opens the view's Team tab and waits until the whole example workforce is loaded. */
export async function openTeam(page: Page): Promise<void> {
  await openDiagnostics(page);
  await openTab(page, TABS.team);
  await waitForTeam(page, exampleWorkforce().length);
}

/** The caption's "N of M shown" as numbers. */
export async function shownCount(page: Page): Promise<{ shown: number; total: number }> {
  const text = await diagnosticsView(page)
    .locator('p[aria-live="polite"]')
    .filter({ hasText: /^Workers and their SSO findings/ })
    .innerText();
  const match = /(\d+) of (\d+) shown/.exec(text);
  if (!match) throw new Error(`No count in "${text}"`);
  return { shown: Number(match[1]), total: Number(match[2]) };
}

let workforce: ExampleWorker[] | undefined;
/** The sandbox's seeded workforce, generated here exactly as the host generates it. */
export function exampleWorkforce(): ExampleWorker[] {
  workforce ??= generateWorkforce();
  return workforce;
}

export function workerWithPattern(pattern: string): ExampleWorker {
  const worker = exampleWorkforce().find((w) => w.pattern === pattern);
  if (!worker) throw new Error(`The example workforce has no worker of pattern ${pattern}.`);
  return worker;
}

export function attr(worker: ExampleWorker, name: string): string {
  const value = (worker.attributes as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : '';
}
