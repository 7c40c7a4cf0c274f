/**
 * The Team tab over the sandbox's 2,424 seeded workers: a real, virtualised table; search, filters and
 * the rule summary narrow it; a row opens the drill-down; the keyboard alone gets there; live
 * re-logins show without a reload; hostile attribute values stay text.
 */
import type { Locator, Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import {
  attr,
  diagnosticsView,
  exampleWorkforce,
  openTeam,
  shownCount,
  TABS,
  workerRows,
  workersTable,
  workerWithPattern,
} from './support/flex';
import { screenshot, browserSession } from './support/session';

const session = browserSession();
const TOTAL = exampleWorkforce().length;

async function search(page: Page, text: string): Promise<void> {
  await diagnosticsView(page).getByRole('searchbox', { name: 'Search workers' }).fill(text);
}

async function clearFilters(page: Page): Promise<void> {
  const view = diagnosticsView(page);
  if (await view.getByRole('button', { name: 'Back to all workers' }).count()) {
    await view.getByRole('button', { name: 'Back to all workers' }).click();
  }
  await search(page, '');
  for (const name of ['Severity', 'Rule', 'Role', 'Identity provider']) {
    const select = view.getByRole('combobox', { name, exact: true });
    if (await select.count()) await select.selectOption({ index: 0 });
  }
  await waitForShown(page, (shown) => shown === TOTAL);
}

async function waitForShown(page: Page, predicate: (shown: number) => boolean): Promise<number> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const { shown } = await shownCount(page);
    if (predicate(shown)) return shown;
    if (Date.now() > deadline) throw new Error(`The table still shows ${shown} workers.`);
    await page.waitForTimeout(100);
  }
}

/** Scrolls the page so this element is at the top of the window (for the screenshots). */
async function scrollToTop(locator: Locator): Promise<void> {
  await locator.evaluate((el) => el.scrollIntoView({ block: 'start' }));
}

/** The worker view: a region named by its heading, the worker's shown name. */
async function drillDown(page: Page): Promise<Locator> {
  const region = diagnosticsView(page).locator('section[aria-labelledby="sso-drilldown-heading"]');
  await region.locator('#sso-drilldown-heading').waitFor();
  return region;
}

/** What has focus: its tag, role and, for a table row, the worker key it shows. */
function focused(page: Page): Promise<{ tag: string; role: string; key: string | null; text: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      role: el?.getAttribute('role') ?? '',
      key: el?.getAttribute('data-worker-key') ?? null,
      text: el?.innerText?.trim() ?? '',
    };
  });
}

/** Focus on the table's active row, by a click on its first row, as a keyboard user gets there with Tab. */
async function focusFirstRow(page: Page): Promise<string> {
  const first = workerRows(page).first();
  await first.focus();
  const key = await first.getAttribute('data-worker-key');
  return key ?? '';
}

beforeAll(async () => {
  const { page } = session();
  await session().open('admin');
  await openTeam(page);
});

afterEach(async () => {
  await clearFilters(session().page);
});

describe('the workers table', () => {
  it('is a real table with column headers, and only the visible rows are in the DOM', async () => {
    const { page } = session();
    const table = workersTable(page);
    await expect(table.count()).resolves.toBe(1);
    const headers = (await table.getByRole('columnheader').allInnerTexts()).map((t) => t.trim());
    expect(headers).toEqual(['Name', 'Email', 'Roles', 'Errors', 'Warnings', 'Top finding']);
    expect(await table.getAttribute('aria-rowcount')).toBe(String(TOTAL + 1));
    const rendered = await workerRows(page).count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(100);
    await expect(shownCount(page)).resolves.toEqual({ shown: TOTAL, total: TOTAL });
    await expectAccessible(page, 'Team tab');
    await scrollToTop(diagnosticsView(page).getByRole('heading', { name: 'Workers', exact: true }));
    await screenshot(page, 'team.png');
  });

  it('every rendered row is as tall as the windowing assumes', async () => {
    const { page } = session();
    // The spacer rows are computed from a fixed row height: rows of another height make the scroll
    // height wrong and, further down, the scroll position points at the wrong workers.
    const geometry = await workersTable(page).evaluate((table) => {
      const body = table.querySelector('tbody') as HTMLElement;
      const rows = [...body.querySelectorAll('tr[aria-rowindex]')].map((row) => row.getBoundingClientRect().height);
      return { body: body.getBoundingClientRect().height, rows };
    });
    const assumed = geometry.body / TOTAL;
    for (const height of geometry.rows) expect(Math.abs(height - assumed)).toBeLessThanOrEqual(2);
    // ROW_HEIGHT in TeamView: long values are cut on one line, never wrapped or followed by a note.
    for (const height of geometry.rows) expect(Math.abs(height - 44)).toBeLessThanOrEqual(0.5);
  });

  it('a row that holds long values is still one line, with the whole value in a tooltip', async () => {
    const { page } = session();
    // The longest roles list in the workforce: without the ellipsis it wraps or widens the table.
    const rolesLength = (w: ReturnType<typeof exampleWorkforce>[number]) =>
      JSON.stringify((w.attributes as Record<string, unknown>)['roles'] ?? '').length;
    const longest = [...exampleWorkforce()].sort((a, b) => rolesLength(b) - rolesLength(a))[0]!;
    await search(page, longest.worker_sid);
    await waitForShown(page, (n) => n === 1);
    const row = workerRows(page).first();
    const box = await row.boundingBox();
    expect(Math.abs((box?.height ?? 0) - 44)).toBeLessThanOrEqual(0.5);
    const roles = row.locator('td').nth(1).locator('[title]');
    const cut = await roles.evaluate((el) => ({
      title: el.getAttribute('title') ?? '',
      overflows: el.scrollWidth > el.clientWidth,
      ellipsis: getComputedStyle(el).textOverflow,
    }));
    expect(cut.title.length).toBeGreaterThan(0);
    expect(cut.ellipsis).toBe('ellipsis');
    expect(cut.overflows).toBe(true);
  });

  it('fits its container at 1280×800: every column is on screen without scrolling sideways', async () => {
    const { page } = session();
    const fit = await page.getByTestId('team-scroll').evaluate((scroller) => {
      const table = scroller.querySelector('table') as HTMLElement;
      const right = scroller.getBoundingClientRect().right;
      const headers = [...table.querySelectorAll('thead th')].map((th) => th.getBoundingClientRect().right);
      return { table: table.scrollWidth, area: scroller.clientWidth, right, headers, window: window.innerWidth };
    });
    expect(fit.table).toBeLessThanOrEqual(fit.area);
    expect(fit.headers).toHaveLength(6);
    for (const edge of fit.headers) expect(edge).toBeLessThanOrEqual(Math.min(fit.right, fit.window) + 0.5);
  });

  it('scrolling renders later rows in place of the first ones', async () => {
    const { page } = session();
    const first = await workerRows(page).first().getAttribute('aria-rowindex');
    await page.getByTestId('team-scroll').evaluate((el) => el.scrollTo(0, 44 * 1000));
    await page.waitForFunction(
      (before) =>
        document.querySelector('[data-testid="team-scroll"] tbody tr[aria-rowindex]')?.getAttribute('aria-rowindex') !==
        before,
      first,
    );
    const now = Number(await workerRows(page).first().getAttribute('aria-rowindex'));
    expect(now).toBeGreaterThan(900);
    expect(await workerRows(page).count()).toBeLessThan(100);
    await page.getByTestId('team-scroll').evaluate((el) => el.scrollTo(0, 0));
  });

  it('search narrows the rows by email, name or SID', async () => {
    const { page } = session();
    const worker = exampleWorkforce()[100]!;
    const email = attr(worker, 'email');
    await search(page, email);
    await waitForShown(page, (n) => n >= 1 && n <= 3);
    expect(await workerRows(page).first().innerText()).toContain(email);
    await search(page, worker.worker_sid);
    await waitForShown(page, (n) => n === 1);
    await search(page, 'no-such-worker-anywhere');
    await waitForShown(page, (n) => n === 0);
    await diagnosticsView(page).getByText('No workers match the search and filters.').waitFor();
  });

  it('severity, rule, role and identity-provider filters narrow the rows', async () => {
    const { page } = session();
    const view = diagnosticsView(page);
    const severity = view.getByRole('combobox', { name: 'Severity', exact: true });
    await severity.selectOption({ label: 'With errors' });
    const withErrors = await waitForShown(page, (n) => n > 0 && n < TOTAL);
    for (const text of (await workerRows(page).locator('td:nth-of-type(3)').allInnerTexts()).slice(0, 10)) {
      expect(Number(text)).toBeGreaterThan(0);
    }
    await severity.selectOption({ label: 'Without findings' });
    const clean = await waitForShown(page, (n) => n > 0 && n < TOTAL);
    expect(clean + withErrors).toBeLessThanOrEqual(TOTAL);
    await severity.selectOption({ label: 'Any' });
    await waitForShown(page, (n) => n === TOTAL);

    // The headline's counts are filters too, and say how many workers each stands for.
    const headline = view.getByTestId('team-headline');
    const errorsButton = headline.getByRole('button', { name: /with errors$/ });
    // The sandbox keeps re-logging people in, so the figures move a little while the test runs.
    const said = Number((await errorsButton.innerText()).replace(/\D/g, ''));
    expect(Math.abs(said - withErrors)).toBeLessThanOrEqual(25);
    await errorsButton.click();
    await waitForShown(page, (n) => n > 0 && n < TOTAL && Math.abs(n - said) <= 25);
    await expect(errorsButton.getAttribute('aria-pressed')).resolves.toBe('true');
    await view.getByRole('button', { name: 'Clear filters' }).click();
    await waitForShown(page, (n) => n === TOTAL);

    const rule = view.getByRole('combobox', { name: 'Rule', exact: true });
    const ruleOptions = await rule.locator('option').allInnerTexts();
    expect(ruleOptions.length).toBeGreaterThan(3);
    await rule.selectOption({ index: 1 });
    await waitForShown(page, (n) => n > 0 && n < TOTAL);
    await rule.selectOption({ index: 0 });
    await waitForShown(page, (n) => n === TOTAL);

    const role = view.getByRole('combobox', { name: 'Role', exact: true });
    // Flex roles first, Insights roles next, everything else grouped, with invisible differences shown.
    const groups = await role.locator('optgroup').evaluateAll((els) => els.map((g) => g.getAttribute('label')));
    expect(groups[0]).toBe('Flex roles');
    expect(groups[groups.length - 1]).toMatch(/^Not a Flex role \(\d+ values?\)$/);
    const options = await role.locator('option').allInnerTexts();
    expect(options.some((o) => o.includes('\u2423'))).toBe(true);
    const supervisor = options.find((o) => /^supervisor \(\d+\)$/.test(o)) as string;
    await role.selectOption({ label: supervisor });
    await waitForShown(page, (n) => n > 0 && n < TOTAL);
    for (const text of (await workerRows(page).locator('td:nth-of-type(2)').allInnerTexts()).slice(0, 10)) {
      expect(text).toContain('supervisor');
    }
    await role.selectOption({ label: 'No roles' });
    await waitForShown(page, (n) => n > 0 && n < TOTAL);
    await role.selectOption({ index: 0 });
    await waitForShown(page, (n) => n === TOTAL);

    const idp = view.getByRole('combobox', { name: 'Identity provider', exact: true });
    const idps = await idp.locator('option').allInnerTexts();
    expect(idps.length).toBeGreaterThan(1);
    await idp.selectOption({ index: 1 });
    await waitForShown(page, (n) => n > 0 && n < TOTAL);
  });

  it('the rule summary lists the top 6 rules; a toggle shows all of them', async () => {
    const { page } = session();
    const view = diagnosticsView(page);
    const summary = view.getByRole('region', { name: 'Rules that fail' });
    const items = summary.getByRole('list').getByRole('button');
    await expect(items.count()).resolves.toBe(6);
    const toggle = summary.getByRole('button', { name: /^Show all \d+ rules$/ });
    const all = Number(/\d+/.exec(await toggle.innerText())?.[0]);
    expect(all).toBeGreaterThan(6);
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await toggle.click();
    await expect(items.count()).resolves.toBe(all);
    const fewer = summary.getByRole('button', { name: 'Show fewer rules' });
    await expect(fewer.getAttribute('aria-expanded')).resolves.toBe('true');
    await fewer.click();
    await expect(items.count()).resolves.toBe(6);
  });

  it('clicking a rule in the rule summary filters the table to it', async () => {
    const { page } = session();
    const view = diagnosticsView(page);
    const summary = view.getByRole('region', { name: 'Rules that fail' });
    const item = summary.getByRole('button', { name: /^\d+ workers?: / }).first();
    const label = (await item.innerText()).trim();
    const title = label.replace(/^\d+ workers?: /, '');
    await item.click();
    // The sandbox's workers log in again every few seconds, so a rule's count can move: the table must
    // show the number the pressed rule says at the same moment, not the one read before the click.
    const pressed = summary.locator('button[aria-pressed="true"]');
    await expect(pressed.count()).resolves.toBe(1);
    await expect(view.getByRole('combobox', { name: 'Rule', exact: true }).inputValue()).resolves.not.toBe('');
    expect(title.length).toBeGreaterThan(0);
    const deadline = Date.now() + 10_000;
    for (;;) {
      const count = Number(/^(\d+)/.exec((await pressed.innerText()).trim())?.[1]);
      const { shown } = await shownCount(page);
      if (shown === count) break;
      if (Date.now() > deadline) throw new Error(`The table shows ${shown} workers; the pressed rule says ${count}.`);
      await page.waitForTimeout(100);
    }
    await view.getByRole('button', { name: 'Clear filters' }).click();
    await waitForShown(page, (n) => n === TOTAL);
  });
});

describe('the drill-down', () => {
  it('a row opens the worker with findings and fix steps; Back returns to the table', async () => {
    const { page } = session();
    const worker = workerWithPattern('entra-defaults');
    await search(page, worker.worker_sid);
    await waitForShown(page, (n) => n === 1);
    await workerRows(page).first().click();
    const section = await drillDown(page);
    const text = await section.innerText();
    expect(text).toContain(attr(worker, 'full_name') || worker.friendly_name);
    // Each finding is an article with its title, why it matters, and numbered fix steps for the IdP.
    // The worker's header: name, email, SID, roles and counts; no team-wide controls above it.
    const header = section.getByTestId('worker-header');
    expect(await header.innerText()).toContain(worker.worker_sid);
    await expect(diagnosticsView(page).getByRole('heading', { name: 'Rules that fail' }).count()).resolves.toBe(0);
    // A fix plan first, its first entry open with numbered steps; then one card per cause, linking to it.
    const plan = section.getByRole('region', { name: 'Fix plan' });
    await plan
      .getByText(/^How to fix it in /)
      .first()
      .waitFor();
    expect(await plan.getByRole('listitem').count()).toBeGreaterThan(0);
    const findings = section.getByRole('article');
    expect(await findings.count()).toBeGreaterThan(0);
    const first = findings.first();
    await first.getByRole('heading').waitFor();
    await first.getByRole('button', { name: /^How to fix it: step \d+ of the fix plan$/ }).waitFor();
    // Entra's four default namespaced claims are one card, not four.
    await expect(section.locator('article[data-rule-id="claim-name-namespaced"]').count()).resolves.toBeLessThanOrEqual(
      2,
    );
    await expectAccessible(page, 'Team drill-down');
    await scrollToTop(section);
    await screenshot(page, 'team-drilldown.png');
    await diagnosticsView(page).getByRole('button', { name: 'Back to all workers' }).click();
    await workersTable(page).waitFor();
  });

  it('keyboard only: Tab to the tabs, arrows between them, Tab into the table, Enter opens a row', async () => {
    const { page } = session();
    // Start just above the tabs, as a keyboard user arriving at the view: clicking the (not focusable)
    // h1 moves the sequential focus starting point there.
    await diagnosticsView(page).getByRole('heading', { level: 1 }).click();
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return { role: el?.getAttribute('role') ?? el?.tagName.toLowerCase(), text: el?.innerText?.trim() ?? '' };
      });
    await page.keyboard.press('Tab');
    // Paste tabs are one tab stop (the selected tab); arrows move between them.
    await expect(focused()).resolves.toEqual({ role: 'tab', text: TABS.team });
    await page.keyboard.press('ArrowRight');
    await expect(focused()).resolves.toEqual({ role: 'tab', text: TABS.analyzer });
    await page.keyboard.press('ArrowLeft');
    await expect(focused()).resolves.toEqual({ role: 'tab', text: TABS.team });
    await page.keyboard.press('Enter');

    let onRow = false;
    for (let i = 0; i < 80 && !onRow; i += 1) {
      await page.keyboard.press('Tab');
      onRow = await page.evaluate(
        () => document.activeElement?.tagName === 'TR' && document.activeElement.closest('tbody') !== null,
      );
    }
    expect(onRow).toBe(true);
    const rowText = await page.evaluate(() => (document.activeElement as HTMLElement).innerText);
    await page.keyboard.press('Enter');
    const section = await drillDown(page);
    // The worker view takes focus to its heading so a screen reader announces it.
    await expect(page.evaluate(() => document.activeElement?.id ?? '')).resolves.toBe('sso-drilldown-heading');
    expect(rowText.split('\t')[0]?.trim().length).toBeGreaterThan(0);
    expect(await section.innerText()).toContain(rowText.split(/\t|\n/)[0]!.trim());
  });
});

describe('the table by keyboard', () => {
  it('is one tab stop: Tab from the last filter reaches a row, and the next Tab leaves the table', async () => {
    const { page } = session();
    await focusFirstRow(page);
    await expect(focused(page)).resolves.toMatchObject({ tag: 'tr' });
    const tabbable = await workersTable(page).evaluate(
      (table) => table.querySelectorAll('tbody tr[tabindex="0"]').length,
    );
    expect(tabbable).toBe(1);
    await page.keyboard.press('Tab');
    const after = await focused(page);
    expect(after.tag).not.toBe('tr');
  });

  it('arrows move between rows; Home, End, Page Up and Page Down work across the windowing', async () => {
    const { page } = session();
    const order = await workerRows(page).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-worker-key')));
    const first = await focusFirstRow(page);
    expect(first).toBe(order[0]);
    await page.keyboard.press('ArrowDown');
    await expect(focused(page)).resolves.toMatchObject({ tag: 'tr', key: order[1] });
    await page.keyboard.press('ArrowUp');
    await expect(focused(page)).resolves.toMatchObject({ tag: 'tr', key: order[0] });
    // End: the last of 2,424 workers, far outside the rendered window, is rendered and focused.
    await page.keyboard.press('End');
    await page.waitForFunction(
      (total) => document.activeElement?.getAttribute('aria-rowindex') === String(total + 1),
      TOTAL,
    );
    await expect(focused(page)).resolves.toMatchObject({ tag: 'tr' });
    await page.keyboard.press('PageUp');
    const up = Number(await page.evaluate(() => document.activeElement?.getAttribute('aria-rowindex')));
    expect(up).toBeLessThan(TOTAL + 1);
    expect(up).toBeGreaterThan(TOTAL - 20);
    await page.keyboard.press('Home');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-rowindex') === '2');
    await page.keyboard.press('PageDown');
    const down = Number(await page.evaluate(() => document.activeElement?.getAttribute('aria-rowindex')));
    expect(down).toBeGreaterThan(3);
  });

  it('Enter opens the worker; Escape returns to the list with focus on the same row and the scroll where it was', async () => {
    const { page } = session();
    await focusFirstRow(page);
    for (let i = 0; i < 30; i += 1) await page.keyboard.press('ArrowDown');
    const before = await focused(page);
    const scrollTop = await page.getByTestId('team-scroll').evaluate((el) => el.scrollTop);
    expect(scrollTop).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await drillDown(page);
    await page.keyboard.press('Escape');
    await workersTable(page).waitFor();
    await page.waitForFunction((key) => document.activeElement?.getAttribute('data-worker-key') === key, before.key);
    await expect(page.getByTestId('team-scroll').evaluate((el) => el.scrollTop)).resolves.toBe(scrollTop);
  });

  it('"Back to all workers" keeps focus on the row and the scroll', async () => {
    const { page } = session();
    await focusFirstRow(page);
    for (let i = 0; i < 12; i += 1) await page.keyboard.press('ArrowDown');
    const before = await focused(page);
    const scrollTop = await page.getByTestId('team-scroll').evaluate((el) => el.scrollTop);
    await page.keyboard.press('Enter');
    await drillDown(page);
    await diagnosticsView(page).getByRole('button', { name: 'Back to all workers' }).click();
    await page.waitForFunction((key) => document.activeElement?.getAttribute('data-worker-key') === key, before.key);
    await expect(page.getByTestId('team-scroll').evaluate((el) => el.scrollTop)).resolves.toBe(scrollTop);
  });

  it('the empty state offers "Clear filters"', async () => {
    const { page } = session();
    await search(page, 'no-such-worker-anywhere');
    await waitForShown(page, (n) => n === 0);
    const table = workersTable(page);
    await table.getByRole('button', { name: 'Clear filters' }).click();
    await waitForShown(page, (n) => n === TOTAL);
  });
});

describe('export scope', () => {
  async function downloadedJson(page: Page): Promise<{ workers: { sid?: string; idp?: string }[] }> {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      diagnosticsView(page).getByRole('button', { name: 'Download JSON' }).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  }

  it('on the list: the filtered workers (and says how many), or the whole team; SIDs kept when redacted', async () => {
    const { page } = session();
    const worker = exampleWorkforce()[7]!;
    await search(page, worker.worker_sid);
    await waitForShown(page, (n) => n === 1);
    const scope = diagnosticsView(page).getByRole('combobox', { name: 'Export', exact: true });
    expect(await scope.locator('option').allInnerTexts()).toEqual([
      'The 1 worker shown',
      `The whole team (${TOTAL} workers)`,
    ]);
    const filtered = await downloadedJson(page);
    expect(filtered.workers.map((w) => w.sid)).toEqual([worker.worker_sid]);
    await scope.selectOption({ index: 1 });
    const whole = await downloadedJson(page);
    expect(whole.workers).toHaveLength(TOTAL);
    // Each worker carries the IdP detected for it.
    expect(whole.workers.some((w) => w.idp !== undefined)).toBe(true);
  });

  it('inside a worker: that worker only', async () => {
    const { page } = session();
    const worker = exampleWorkforce()[9]!;
    await search(page, worker.worker_sid);
    await waitForShown(page, (n) => n === 1);
    await workerRows(page).first().click();
    await drillDown(page);
    const report = await downloadedJson(page);
    expect(report.workers.map((w) => w.sid)).toEqual([worker.worker_sid]);
  });
});

describe('hostile values in worker attributes', () => {
  async function expectInert(page: Page): Promise<void> {
    await expect(page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).resolves.toBeUndefined();
    await expect(page.locator('a[href^="javascript:" i]').count()).resolves.toBe(0);
    await expect(page.locator('img[src^="javascript:" i]').count()).resolves.toBe(0);
    await expect(page.locator('img[src^="data:text/html" i], iframe, object, embed').count()).resolves.toBe(0);
    await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
    await expect(page.locator('script:not([src])').count()).resolves.toBe(0);
  }

  it('a name made of HTML is shown as text in the table and the drill-down', async () => {
    const { page } = session();
    await search(page, 'onerror');
    const shown = await waitForShown(page, (n) => n >= 1);
    expect(shown).toBe(exampleWorkforce().filter((w) => attr(w, 'full_name').includes('onerror')).length);
    await workerRows(page).first().getByText('<img src=x onerror=alert(1)>').waitFor();
    await workerRows(page).first().click();
    const section = await drillDown(page);
    await section.getByRole('heading', { name: '<img src=x onerror=alert(1)>' }).waitFor();
    await expectInert(page);
  });

  it('a javascript: image URL and a data: URL are neither links nor images', async () => {
    const { page } = session();
    for (const pattern of ['hostile-image', 'hostile-data-url']) {
      const worker = workerWithPattern(pattern);
      await search(page, worker.worker_sid);
      await waitForShown(page, (n) => n === 1);
      await workerRows(page).first().click();
      const section = await drillDown(page);
      await section.getByText(attr(worker, 'image_url'), { exact: false }).first().waitFor();
      await expectInert(page);
      await diagnosticsView(page).getByRole('button', { name: 'Back to all workers' }).click();
    }
  });

  it('a <script> in an attribute value is visible as text and never runs', async () => {
    const { page } = session();
    const worker = workerWithPattern('hostile-huge-value');
    await search(page, worker.worker_sid);
    await waitForShown(page, (n) => n === 1);
    await workerRows(page).first().click();
    const section = await drillDown(page);
    await section.getByText('<script>alert("x")</script>', { exact: false }).first().waitFor();
    await expectInert(page);
  });
});

describe('live updates', () => {
  it('a worker who logs in again is re-checked in place, without a reload', async () => {
    const { page } = session();
    const worker = workerWithPattern('clean-agent');
    await search(page, worker.worker_sid);
    await waitForShown(page, (n) => n === 1);
    const row = workerRows(page).first();
    const before = await row.innerText();
    expect(before).not.toContain('Administrator');
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => navigations.push(frame.url()));
    // The sandbox's live index is Flex's insightsClient: a new login is an upsert with new attributes,
    // exactly what Sync delivers to the plugin's live query in Flex.
    await page.evaluate((sid) => {
      type Index = {
        get(sid: string): { attributes: Record<string, unknown> } | undefined;
        upsert(item: unknown): void;
      };
      const flex = (
        window as unknown as { Twilio: { Flex: { Manager: { getInstance(): { insightsClient: Index } } } } }
      ).Twilio.Flex;
      const index = flex.Manager.getInstance().insightsClient;
      const item = index.get(sid);
      if (!item) throw new Error(`no worker ${sid}`);
      index.upsert({ ...item, attributes: { ...item.attributes, roles: ['Administrator'] } });
    }, worker.worker_sid);
    await row.getByText('Administrator').waitFor({ timeout: 10_000 });
    expect(await row.innerText()).not.toEqual(before);
    expect(navigations).toEqual([]);
  });

  it("the sandbox's own re-logins change the team's figures within 20 s", async () => {
    const { page } = session();
    const view = diagnosticsView(page);
    const summary = view.getByRole('region', { name: 'Rules that fail' });
    const before = await summary.innerText();
    await page.waitForFunction(
      (text) => {
        const heading = [...document.querySelectorAll('h2, h3')].find((h) => h.textContent === 'Rules that fail');
        return heading?.closest('section')?.textContent !== undefined && heading.closest('section')!.innerText !== text;
      },
      before,
      { timeout: 20_000, polling: 250 },
    );
  });
});
