/**
 * "Download JSON" and "Copy report" from the Team tab: redacted unless the user chooses to include names,
 * emails and attribute values. The names and emails compared are the ones visible on the page.
 */
import * as fs from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { diagnosticsView, openTeam, TABS, workerRows } from './support/flex';
import { browserSession } from './support/session';

const session = browserSession({ permissions: ['clipboard-read', 'clipboard-write'] });

function teamPanel(page: Page): Locator {
  return page.getByRole('tabpanel', { name: TABS.team });
}

async function downloadJson(page: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    diagnosticsView(page).getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  const file = await download.path();
  if (!file) throw new Error(`The download failed: ${await download.failure()}`);
  return { name: download.suggestedFilename(), text: fs.readFileSync(file, 'utf8') };
}

async function copyReport(page: Page): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await diagnosticsView(page).getByRole('button', { name: 'Copy report' }).click();
  await diagnosticsView(page).getByText('Report copied as Markdown.').waitFor();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Names and emails of the rows on screen, as the page shows them. */
async function visibleIdentities(page: Page): Promise<string[]> {
  const values: string[] = [];
  for (const row of (await workerRows(page).all()).slice(0, 8)) {
    values.push((await row.locator('th').innerText()).trim(), (await row.locator('td').first().innerText()).trim());
  }
  // Emails, and full names (two words or more): short or empty values could occur by chance.
  return values.filter((v) => v.includes('@') || /\S+ \S+/.test(v));
}

let identities: string[] = [];

beforeAll(async () => {
  const { page } = session();
  await session().open('admin');
  await openTeam(page);
  // Rows whose worker has an email, so the page shows real names and addresses.
  await diagnosticsView(page).getByRole('searchbox', { name: 'Search workers' }).fill('@owlbank.example');
  identities = await visibleIdentities(page);
});

it('the page shows names and emails to compare with', () => {
  expect(identities.length).toBeGreaterThanOrEqual(8);
  expect(identities.some((v) => v.includes('@owlbank.example'))).toBe(true);
});

it('Download JSON is redacted by default', async () => {
  const { page } = session();
  const { name, text } = await downloadJson(page);
  expect(name).toBe('sso-diagnostics-team.json');
  const report = JSON.parse(text) as unknown;
  expect(report).toBeTruthy();
  for (const value of identities) expect(text).not.toContain(value);
  expect(text).not.toContain('@owlbank.example');
  await diagnosticsView(page).getByText('Report downloaded as sso-diagnostics-team.json.').waitFor();
});

it('Copy report is redacted by default', async () => {
  const { page } = session();
  const markdown = await copyReport(page);
  expect(markdown).toContain('SSO diagnostics: team');
  for (const value of identities) expect(markdown).not.toContain(value);
  expect(markdown).not.toContain('@owlbank.example');
});

it('both include the values shown on the page once the user chooses to include them', async () => {
  const { page } = session();
  const values = teamPanel(page).getByRole('combobox', { name: 'Names, emails and attribute values in the export' });
  await expect(values.inputValue()).resolves.toBe('redact');
  await values.selectOption({ label: 'Included as they are' });
  const { text } = await downloadJson(page);
  const markdown = await copyReport(page);
  const emails = identities.filter((v) => v.includes('@'));
  expect(emails.length).toBeGreaterThan(0);
  for (const value of emails) {
    expect(text).toContain(value);
    expect(markdown).toContain(value);
  }
  // (Full names stay out of the team report either way: it names workers by identity and email.)
  await values.selectOption({ label: 'Replaced by short codes' });
  const redacted = await copyReport(page);
  for (const value of emails) expect(redacted).not.toContain(value);
});
