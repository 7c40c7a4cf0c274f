/**
 * The plugin's section in the host's Teams view: selecting a worker shows its SSO status and top
 * findings; "Open in SSO diagnostics" opens the Team tab on that worker.
 */
import { personName } from '../../src/core/identity';
import { expectAccessible } from './support/axe';
import { TABS, diagnosticsView, exampleWorkforce, sideNav } from './support/flex';
import { screenshot, browserSession } from './support/session';

const session = browserSession();

/** The first listed worker whose attributes have findings (the host lists the first 60). */
const listed = exampleWorkforce().slice(0, 60);
const target = listed.find((w) => w.pattern === 'entra-defaults') ?? listed[1]!;
const targetName = String((target.attributes as Record<string, unknown>)['full_name'] || target.friendly_name);
/** The name the diagnostics show: full_name, else the email, else the decoded identity. */
const shownName = personName({
  attributes: target.attributes as Record<string, unknown>,
  identity: target.friendly_name,
}).shown;

beforeAll(async () => {
  await session().open('supervisor');
});

it('selecting a worker shows the SSO diagnostics section with status and top findings', async () => {
  const { page } = session();
  await sideNav(page).getByRole('button', { name: 'Teams' }).click();
  await page.getByRole('heading', { level: 1, name: 'Teams' }).waitFor();
  const list = page.locator('.sbx-worker-list');
  await list
    .getByRole('button', { name: new RegExp(`^${targetName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
    .first()
    .click();

  const panel = page.getByRole('complementary', { name: 'Worker panel' });
  await panel.getByRole('heading', { level: 2, name: targetName }).waitFor();
  const section = panel.getByRole('region', { name: 'SSO diagnostics' });
  await section.waitFor();
  await section.getByText(/^\d+ errors?, \d+ warnings?$|^No SSO problems found\.$/).waitFor();
  expect(await section.innerText()).toMatch(/\d+ errors?, \d+ warnings?/);
  // The person by name, not by their encoded identity.
  await section.getByText(`For ${shownName}`).waitFor();
  const top = section.getByRole('list', { name: 'Top findings' }).getByRole('listitem');
  expect(await top.count()).toBeGreaterThan(0);
  expect(await top.count()).toBeLessThanOrEqual(3);
  // Each finding about an attribute names it, so two "A required attribute is missing" differ.
  const texts = (await top.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
  expect(texts.some((text) => / — \S/.test(text))).toBe(true);
  expect(new Set(texts).size).toBe(texts.length);
  await expectAccessible(page, 'worker panel', '.sbx-worker-canvas');
  await screenshot(page, 'worker-panel.png');
});

it('"Open in SSO diagnostics" opens the Team tab on that worker', async () => {
  const { page } = session();
  const panel = page.getByRole('complementary', { name: 'Worker panel' });
  await panel.getByRole('button', { name: 'Open in SSO diagnostics' }).click();
  const view = diagnosticsView(page);
  await view.getByRole('heading', { level: 1, name: 'SSO diagnostics' }).waitFor();
  await expect(view.getByRole('tab', { name: TABS.team }).getAttribute('aria-selected')).resolves.toBe('true');
  await view.getByRole('heading', { level: 2, name: shownName }).waitFor();
});

it('a worker whose name is HTML opens as text, with no dialog and no injected element', async () => {
  const { page } = session();
  await sideNav(page).getByRole('button', { name: 'Teams' }).click();
  const list = page.locator('.sbx-worker-list');
  await list
    .getByRole('button', { name: /^<img src=x onerror=alert\(1\)>/ })
    .first()
    .click();
  const panel = page.getByRole('complementary', { name: 'Worker panel' });
  await panel.getByRole('heading', { level: 2, name: '<img src=x onerror=alert(1)>' }).waitFor();
  await panel.getByRole('region', { name: 'SSO diagnostics' }).waitFor();
  await expect(page.locator('img[src="x"], a[href^="javascript:" i], img[src^="javascript:" i]').count()).resolves.toBe(
    0,
  );
  await panel.getByRole('button', { name: 'Open in SSO diagnostics' }).click();
  await diagnosticsView(page).getByRole('heading', { level: 2, name: '<img src=x onerror=alert(1)>' }).waitFor();
  await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
});
