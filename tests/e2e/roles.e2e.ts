/**
 * Who sees what, in the production bundle inside the sandbox's Flex: admins get four tabs, supervisors
 * three (no SAML analyzer), agents nothing at all. Every tab renders a heading and no error text.
 */
import { expectAccessible } from './support/axe';
import {
  ERROR_TEXTS,
  SIDE_NAV_LABEL,
  TABS,
  diagnosticsView,
  firstHeading,
  openDiagnostics,
  openTab,
  sideNav,
} from './support/flex';
import { screenshot, browserSession } from './support/session';

const session = browserSession();

async function tabNames(): Promise<string[]> {
  const tabs = diagnosticsView(session().page).getByRole('tab');
  return (await tabs.allInnerTexts()).map((t) => t.trim());
}

async function expectNoErrorText(): Promise<void> {
  const text = await diagnosticsView(session().page).innerText();
  for (const pattern of ERROR_TEXTS) expect(text).not.toMatch(pattern);
}

describe('an admin', () => {
  beforeAll(async () => {
    await session().open('admin');
  });

  it('sees the side-nav control and the four tabs', async () => {
    await expect(sideNav(session().page).getByRole('button', { name: SIDE_NAV_LABEL }).count()).resolves.toBe(1);
    await openDiagnostics(session().page);
    expect(await tabNames()).toEqual([TABS.mySignIn, TABS.team, TABS.analyzer, TABS.setup]);
  });

  it('My sign-in renders the signed-in identity, findings and attributes', async () => {
    const { page } = session();
    const panel = await openTab(page, TABS.mySignIn);
    await panel.getByRole('heading', { name: 'Signed in as' }).waitFor();
    await panel
      .getByRole('heading', { name: /Findings|Summary/ })
      .first()
      .waitFor();
    expect(await panel.innerText()).toContain('admin.owl@owlbank.example');
    await expectNoErrorText();
    await expectAccessible(page, 'My sign-in (admin)');
    await screenshot(page, 'my-sign-in.png');
  });

  it('Setup renders the identity provider settings and the configuration', async () => {
    const { page } = session();
    const panel = await openTab(page, TABS.setup);
    await panel.getByRole('heading', { name: 'Identity provider settings' }).waitFor();
    await panel.getByRole('heading', { name: 'Active configuration' }).waitFor();
    // sso_type is "enhanced": its values are the section; Legacy's are behind a closed disclosure.
    const legacy = panel.getByRole('button', { name: 'The values for Legacy SSO' });
    await expect(legacy.getAttribute('aria-expanded')).resolves.toBe('false');
    const order = await panel.getByRole('heading').allInnerTexts();
    expect(order.indexOf('Enhanced SSO')).toBeLessThan(order.indexOf('The values for Legacy SSO'));
    expect(order.indexOf('Enhanced SSO')).toBeGreaterThan(-1);
    // The configured certificate: wrapped PEM, with subject, validity and thumbprints.
    const certificates = panel
      .locator('section')
      .filter({ has: page.getByRole('heading', { name: 'IdP signing certificates' }) });
    const pem = await certificates.getByText(/^-----BEGIN CERTIFICATE-----/).innerText();
    const lines = pem.trim().split('\n');
    expect(lines[lines.length - 1]).toBe('-----END CERTIFICATE-----');
    for (const line of lines.slice(1, -2)) expect(line).toMatch(/^[A-Za-z0-9+/]{64}$/);
    const text = await certificates.innerText();
    for (const label of ['Subject', 'Valid from', 'Valid until', 'SHA-1 thumbprint', 'SHA-256 thumbprint']) {
      expect(text).toContain(label);
    }
    expect(text).toMatch(/UTC · (\d+ days ago|expires in \d+ days)/);
    await panel.getByRole('textbox', { name: 'Configuration (JSON)' }).waitFor();
    await expectNoErrorText();
    await expectAccessible(page, 'Setup (admin)');
    await screenshot(page, 'setup.png');
  });

  it('Team and SAML analyzer render their headings', async () => {
    const { page } = session();
    const team = await openTab(page, TABS.team);
    await team.getByRole('heading', { name: 'Workers', exact: true }).waitFor();
    const analyzer = await openTab(page, TABS.analyzer);
    await analyzer.getByRole('heading', { name: 'Evidence', exact: true }).waitFor();
    await expectNoErrorText();
  });
});

describe('a supervisor', () => {
  beforeAll(async () => {
    await session().open('supervisor');
  });

  it('sees the side-nav control and My sign-in, Team, Setup but not the SAML analyzer', async () => {
    const { page } = session();
    await openDiagnostics(page);
    const names = await tabNames();
    expect(names).toEqual([TABS.mySignIn, TABS.team, TABS.setup]);
    expect(names).not.toContain(TABS.analyzer);
    await expect(page.getByRole('tab', { name: TABS.analyzer }).count()).resolves.toBe(0);
  });

  it('every tab it has renders a heading and no error text', async () => {
    const { page } = session();
    for (const name of await tabNames()) {
      const panel = await openTab(page, name);
      await panel
        .getByRole('heading', { name: firstHeading(name), exact: true })
        .first()
        .waitFor();
      await expectNoErrorText();
      await expectAccessible(page, `${name} (supervisor)`);
    }
  });

  it('Setup shows the values to check agents by, not the certificates or the configuration editor', async () => {
    const { page } = session();
    const setup = await openTab(page, TABS.setup);
    await setup.getByRole('heading', { name: 'Enhanced SSO', exact: true }).waitFor();
    await setup.getByRole('button', { name: 'Copy ACS URL (Reply URL)' }).first().waitFor();
    await setup.getByText('The configuration is valid.').waitFor();
    const text = await setup.innerText();
    expect(text).not.toContain('BEGIN CERTIFICATE');
    await expect(setup.getByRole('heading', { name: 'IdP signing certificates' }).count()).resolves.toBe(0);
    await expect(setup.getByRole('heading', { name: 'Configuration editor' }).count()).resolves.toBe(0);
    await expect(setup.getByRole('textbox').count()).resolves.toBe(0);
  });
});

describe('an agent', () => {
  beforeAll(async () => {
    await session().open('agent');
  });

  it('sees no control whose name contains "SSO" and no diagnostics view', async () => {
    const { page } = session();
    for (const role of ['button', 'link', 'tab', 'menuitem'] as const) {
      await expect(page.getByRole(role, { name: /SSO/ }).count()).resolves.toBe(0);
    }
    await expect(diagnosticsView(page).count()).resolves.toBe(0);
    await expect(page.getByRole('heading', { name: 'SSO diagnostics' }).count()).resolves.toBe(0);
    await expect(page.locator('[data-plugin-state]').getAttribute('data-registered')).resolves.toBe('0');
  });
});
