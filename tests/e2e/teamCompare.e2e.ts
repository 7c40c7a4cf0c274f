/**
 * Team › a worker › "Compare with a SAML response": the analyzer names the worker before Analyze,
 * compares a response of that same person with them, and refuses to compare another person's login
 * ("this response is for …, not …", the comparison listed under Not checked with that reason).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import {
  attr,
  diagnosticsView,
  exampleWorkforce,
  openTab,
  openTeam,
  shownCount,
  TABS,
  workerRows,
} from './support/flex';
import type { ExampleWorker } from '../../sandbox/workforce';
import { browserSession } from './support/session';

const session = browserSession();
const RESPONSE_XML = fs.readFileSync(
  path.join(__dirname, '..', '..', 'sandbox', 'examples', 'login-response.xml'),
  'utf8',
);
/** The example login's subject (NameID and email claim): a person who is not in the sandbox's team. */
const EXAMPLE_SUBJECT = 'nadia.okafor@owlbank.onmicrosoft.example';

/** Clean agents with a full name and an email of their own. */
const CLEAN = exampleWorkforce().filter(
  (w) => w.pattern === 'clean-agent' && attr(w, 'full_name') !== '' && attr(w, 'email').includes('@'),
);

function cleanAgent(index: number): ExampleWorker {
  const worker = CLEAN[index];
  if (!worker) throw new Error(`The example workforce has no clean agent number ${index + 1}.`);
  return worker;
}

/** Opens a worker from the Team list by searching their SID, and presses "Compare with a SAML response". */
async function compareFromTeam(page: Page, sid: string): Promise<Locator> {
  const team = await openTab(page, TABS.team);
  const view = diagnosticsView(page);
  if (await view.getByRole('button', { name: 'Back to all workers' }).count()) {
    await view.getByRole('button', { name: 'Back to all workers' }).click();
  }
  await view.getByRole('searchbox', { name: 'Search workers' }).fill(sid);
  for (const deadline = Date.now() + 10_000; (await shownCount(page)).shown !== 1;) {
    if (Date.now() > deadline) throw new Error(`Searching ${sid} did not narrow the table to one worker.`);
    await page.waitForTimeout(100);
  }
  await workerRows(page).first().press('Enter');
  await team.locator('#sso-drilldown-heading').waitFor();
  await team.getByRole('button', { name: 'Compare with a SAML response' }).click();
  const analyzer = page.getByRole('tabpanel', { name: TABS.analyzer, exact: true });
  await analyzer.getByRole('textbox', { name: 'SAML response, HAR file or SAML-tracer export' }).waitFor();
  return analyzer;
}

async function analyze(analyzer: Locator, text: string): Promise<Locator> {
  await analyzer.getByRole('textbox', { name: 'SAML response, HAR file or SAML-tracer export' }).fill(text);
  await analyzer.getByRole('button', { name: 'Analyze' }).click();
  const results = analyzer.getByRole('region', { name: 'Results' });
  await results.getByRole('heading', { name: 'Decoded response' }).waitFor();
  return results;
}

function differenceSection(page: Page, results: Locator): Locator {
  return results.locator('section').filter({ has: page.getByRole('heading', { name: 'Difference from the worker' }) });
}

beforeAll(async () => {
  const { page } = session();
  await session().open('admin');
  await openTeam(page);
});

it('the worker to be compared is named before Analyze, and a response of that person is compared', async () => {
  const { page } = session();
  const worker = cleanAgent(0);
  const name = attr(worker, 'full_name');
  const email = attr(worker, 'email');
  const analyzer = await compareFromTeam(page, worker.worker_sid);
  await analyzer.getByText(`The response will be compared with worker ${name} (${email}).`, { exact: true }).waitFor();
  // The example login, as this worker's own (NameID and email claim; the signature no longer verifies).
  const results = await analyze(analyzer, RESPONSE_XML.split(EXAMPLE_SUBJECT).join(email.toUpperCase()));
  expect(await results.innerText()).not.toMatch(/This response is for .+, not /);
  const diff = differenceSection(page, results);
  await diff.getByRole('table').first().waitFor();
  expect(await diff.innerText()).not.toContain('Not compared');
  const notChecked = await results.locator('[data-not-checked="otherPerson"]').count();
  expect(notChecked).toBe(0);
  await expectAccessible(page, 'SAML analyzer, compared with a Team worker');
}, 240_000);

it("another person's response is not compared: it says whose it is, and lists the comparison as not checked", async () => {
  const { page } = session();
  const worker = cleanAgent(1);
  const name = attr(worker, 'full_name');
  const analyzer = await compareFromTeam(page, worker.worker_sid);
  await analyzer
    .getByText(`The response will be compared with worker ${name} (${attr(worker, 'email')}).`, { exact: true })
    .waitFor();
  const results = await analyze(analyzer, RESPONSE_XML);
  await results
    .getByText(
      `This response is for ${EXAMPLE_SUBJECT}, not ${name}: it was not compared with the worker (listed under Not checked).`,
      { exact: true },
    )
    .waitFor();
  const diff = differenceSection(page, results);
  expect(await diff.innerText()).toMatch(/Not compared\. The response is another person’s login/);
  expect(await diff.getByRole('table').count()).toBe(0);
  // Under "Not checked": one line for the reason, with the comparison rules behind it.
  const group = results.locator('[data-not-checked="otherPerson"]');
  await group.waitFor();
  expect(await group.innerText()).toMatch(
    /^The response is another person’s login, so it is not compared with this worker/,
  );
  const text = await results.innerText();
  expect(text).not.toContain('The worker was edited and the IdP will overwrite it');
  expect(text).not.toContain('The worker holds claims the IdP no longer sends');
  await expectAccessible(page, 'SAML analyzer, another person’s login from Team');
}, 240_000);
