/**
 * Flex's dark theme: the sandbox's `?theme=dark` (or its "Dark theme" control) gives the plugin's Paste
 * provider `baseTheme: "dark"` and Flex's dark tokens, as Flex does. In it, as an admin, every tab renders,
 * the plugin's surfaces really are dark (not light ones inside a dark page), and axe finds no serious or
 * critical violation (colour contrast included) on the whole page, the host's chrome with it.
 */
import type { Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import {
  ERROR_TEXTS,
  TABS,
  diagnosticsView,
  exampleWorkforce,
  firstHeading,
  openDiagnostics,
  openTab,
  waitForTeam,
} from './support/flex';
import { baseUrl, browserSession, screenshot } from './support/session';

const session = browserSession();

/**
 * The background the plugin's view draws behind its h1: the nearest ancestor of the heading, inside the
 * plugin's view, with a background colour that is not transparent (a Paste Box: the host's own elements
 * are outside the view, so a view that paints nothing fails here instead of measuring the host).
 */
async function surfaceBackground(page: Page): Promise<string> {
  const heading = diagnosticsView(page).getByRole('heading', { level: 1, name: 'SSO diagnostics' });
  return heading.evaluate((h1) => {
    const view = h1.closest('[data-view="sso-diagnostics"]');
    for (let el: Element | null = h1; el && el !== view; el = el.parentElement) {
      const color = getComputedStyle(el).backgroundColor;
      if (color !== 'transparent' && color !== 'rgba(0, 0, 0, 0)') return color;
    }
    throw new Error('Nothing inside the plugin view paints a background behind its heading.');
  });
}

/** Relative luminance (WCAG) of a computed `rgb(...)`/`rgba(...)` colour. */
function luminance(color: string): number {
  const match = /^rgba?\((\d+), (\d+), (\d+)/.exec(color);
  if (!match) throw new Error(`Not an rgb() colour: ${color}`);
  const [r, g, b] = match.slice(1, 4).map((c) => {
    const s = Number(c) / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

async function expectNoErrorText(page: Page): Promise<void> {
  const text = await diagnosticsView(page).innerText();
  for (const pattern of ERROR_TEXTS) expect(text).not.toMatch(pattern);
}

describe('the dark theme, as an admin', () => {
  let lightSurface = '';

  beforeAll(async () => {
    const { page } = session();
    await session().open('admin');
    await openDiagnostics(page);
    lightSurface = await surfaceBackground(page);
  });

  it('is one click away in the host chrome, which keeps the role', async () => {
    const { page } = session();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('light');
    await page.getByRole('link', { name: 'Dark theme', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('theme') === 'dark');
    await page.locator('[data-plugin-state="loaded"]').waitFor();
    const url = new URL(page.url());
    expect(url.searchParams.get('as')).toBe('admin');
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    // The control now offers the way back, again keeping the role.
    const back = page.getByRole('link', { name: 'Light theme', exact: true });
    const href = new URL((await back.getAttribute('href')) ?? '', baseUrl());
    expect(href.searchParams.get('as')).toBe('admin');
    expect(href.searchParams.get('theme')).toBeNull();
    // Switching roles keeps the theme.
    const supervisor = page.getByRole('navigation', { name: 'Sign in as' }).getByRole('link', { name: 'supervisor' });
    expect(new URL((await supervisor.getAttribute('href')) ?? '', baseUrl()).searchParams.get('theme')).toBe('dark');
  });

  it('gives the plugin the dark theme: its surface is dark where the light theme is light', async () => {
    const { page } = session();
    await session().open('admin', '&theme=dark');
    await openDiagnostics(page);
    const darkSurface = await surfaceBackground(page);
    expect(darkSurface).not.toBe(lightSurface);
    expect(luminance(lightSurface)).toBeGreaterThan(0.8);
    expect(luminance(darkSurface)).toBeLessThan(0.05);
    // The text on it is light (Paste's dark colorText), so the plugin is not merely painted over.
    const textColor = await diagnosticsView(page)
      .getByRole('heading', { level: 1, name: 'SSO diagnostics' })
      .evaluate((h1) => getComputedStyle(h1).color);
    expect(luminance(textColor)).toBeGreaterThan(0.6);
  });

  it('every tab renders and passes axe (contrast included), host chrome too', async () => {
    const { page } = session();
    const tabs = (await diagnosticsView(page).getByRole('tab').allInnerTexts()).map((t) => t.trim());
    expect(tabs).toEqual([TABS.mySignIn, TABS.team, TABS.analyzer, TABS.setup]);
    for (const name of tabs) {
      const panel = await openTab(page, name);
      await panel
        .getByRole('heading', { name: firstHeading(name), exact: true })
        .first()
        .waitFor();
      if (name === TABS.team) await waitForTeam(page, exampleWorkforce().length);
      await expectNoErrorText(page);
      await expectAccessible(page, `${name} (admin, dark theme)`);
    }
    // Four full-page axe scans (contrast included): 13–30 s each on a loaded two-core machine.
  }, 240_000);

  it('looks right: docs/screenshots/dark.png', async () => {
    const { page } = session();
    const panel = await openTab(page, TABS.mySignIn);
    await panel.getByRole('heading', { name: firstHeading(TABS.mySignIn), exact: true }).waitFor();
    await screenshot(page, 'dark.png');
  });
});
