/**
 * The SAML analyzer with the three kinds of evidence an admin brings: a pasted SAML response, a HAR
 * dropped on the page, and a SAML-tracer export opened as a file. Each shows findings and the decoded
 * response; nothing is sent anywhere (the network guard checks it).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { TABS, openDiagnostics, openTab } from './support/flex';
import { screenshot, browserSession } from './support/session';

const session = browserSession();
const EXAMPLES = path.join(__dirname, '..', '..', 'sandbox', 'examples');
const RESPONSE_XML = fs.readFileSync(path.join(EXAMPLES, 'login-response.xml'), 'utf8');
const ISSUER = /<(?:saml2?:)?Issuer[^>]*>([^<]+)</.exec(RESPONSE_XML)?.[1] ?? '';
const DESTINATION = /Destination="([^"]+)"/.exec(RESPONSE_XML)?.[1] ?? '';

let panel: Locator;

async function evidence(page: Page): Promise<Locator> {
  return page.getByRole('textbox', { name: 'SAML response, HAR file or SAML-tracer export' });
}

async function analyze(): Promise<Locator> {
  await panel.getByRole('button', { name: 'Analyze' }).click();
  const results = panel.getByRole('region', { name: 'Results' });
  await results.getByRole('heading', { name: 'Decoded response' }).waitFor();
  return results;
}

async function expectFindingsAndSummary(results: Locator): Promise<void> {
  const text = await results.innerText();
  expect(text).toContain(ISSUER);
  expect(text).toContain(DESTINATION);
  await results
    .getByRole('heading', { name: /^Findings|^Summary/ })
    .first()
    .waitFor();
  expect(await results.getByRole('article').count()).toBeGreaterThan(0);
  await results.getByRole('heading', { name: 'Signatures' }).waitFor();
  await results.getByRole('heading', { name: 'Attributes sent and what Flex will store' }).waitFor();
}

beforeAll(async () => {
  const { page } = session();
  await session().open('admin');
  await openDiagnostics(page);
  panel = await openTab(page, TABS.analyzer);
});

it('a pasted SAML response shows findings and the decoded response', async () => {
  const { page } = session();
  await (await evidence(page)).fill(RESPONSE_XML);
  const results = await analyze();
  await expectFindingsAndSummary(results);
  // The sandbox configures the certificate the example is signed with.
  expect(await results.innerText()).toMatch(/Verified against/);
  await expectAccessible(page, 'SAML analyzer with results');
  await results.getByRole('heading', { name: 'Results' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await screenshot(page, 'analyzer.png');
});

it('a HAR dropped on the evidence area is read and analysed', async () => {
  const { page } = session();
  await (await evidence(page)).fill('');
  const dataTransfer = await page.evaluateHandle(async () => {
    const response = await fetch('/examples/login.har');
    const transfer = new DataTransfer();
    transfer.items.add(new File([await response.text()], 'login.har', { type: 'application/json' }));
    return transfer;
  });
  const zone = page.getByTestId('drop-zone');
  await zone.dispatchEvent('dragover', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
  await panel.getByText(/^Loaded login\.har \(/).waitFor();
  expect(await (await evidence(page)).inputValue()).toContain('"log"');
  const results = await analyze();
  await expectFindingsAndSummary(results);
  expect(await results.innerText()).toMatch(/HAR|login\.har/i);
});

it('a SAML-tracer export opened with the file picker is read and analysed', async () => {
  const timestamp = Date.parse('2026-11-20T08:59:58Z');
  const tracer = {
    requests: [
      {
        method: 'POST',
        url: DESTINATION,
        post: [['SAMLResponse', Buffer.from(RESPONSE_XML, 'utf8').toString('base64')]],
        saml: RESPONSE_XML,
        timestamp,
      },
    ],
    timestamp,
  };
  await panel.locator('input[type="file"]').setInputFiles({
    name: 'saml-tracer.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(tracer), 'utf8'),
  });
  await panel.getByText(/^Loaded saml-tracer\.json \(/).waitFor();
  const results = await analyze();
  await expectFindingsAndSummary(results);
  expect(await results.innerText()).toMatch(/SAML-tracer|tracer/i);
});

it('every finding is titled in words and says why it matters', async () => {
  const results = panel.getByRole('region', { name: 'Results' });
  const findings = results.getByRole('article');
  expect(await findings.count()).toBeGreaterThan(0);
  // A bare rule id as the title (e.g. "saml-audience-mismatch") means the rule's metadata was not found.
  const titles = await findings.locator('h1, h2, h3, h4, h5, h6').allInnerTexts();
  expect(titles.filter((title) => /^[a-z0-9]+(-[a-z0-9]+)+$/.test(title.trim()))).toEqual([]);
  for (const text of await findings.allInnerTexts()) expect(text).toContain('Why it matters');
});

it('the worst canonicalization amplification within the limits: the tab keeps ticking and the result comes within 2 s', async () => {
  const { page } = session();
  // Issue 14, item 6: four Response signatures whose Reference is URI="" (the whole document), over
  // 90,000 elements. Within every input limit; the work budget lets two passes run and refuses the rest.
  const signature = /<Signature [\s\S]*?<\/Signature>/.exec(RESPONSE_XML)?.[0] ?? '';
  const whole = signature.replace(/<Reference URI="[^"]*"/, '<Reference URI=""');
  const worst = RESPONSE_XML.replace(/<Signature [\s\S]*?<\/Signature>/g, '')
    .replace('</Issuer>', `</Issuer>${whole.repeat(4)}`)
    .replace('<samlp:Status>', `<samlp:Extensions>${'<x/>'.repeat(90_000)}</samlp:Extensions><samlp:Status>`);
  expect(signature).not.toBe('');
  expect(worst.length).toBeLessThan(2 * 1024 * 1024);
  await (await evidence(page)).fill(worst);

  // Main-thread CPU time (thread ticks), which a machine busy with other suites does not inflate the way
  // it inflates wall time; and a heartbeat on the page's event loop, which stops if analysis blocks it.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const mainThreadSeconds = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  await page.evaluate(() => {
    const w = window as unknown as { beats: number[]; beat: number };
    w.beats = [];
    w.beat = window.setInterval(() => w.beats.push(performance.now()), 25);
  });
  const cpuBefore = await mainThreadSeconds();
  const started = await page.evaluate(() => performance.now());
  await panel.getByRole('button', { name: 'Analyze' }).click();
  const results = panel.getByRole('region', { name: 'Results' });
  await results.getByRole('heading', { name: 'Decoded response' }).waitFor({ timeout: 60_000 });
  const { finished, beats } = await page.evaluate(() => {
    const w = window as unknown as { beats: number[]; beat: number };
    window.clearInterval(w.beat);
    return { finished: performance.now(), beats: w.beats };
  });
  const cpuMs = ((await mainThreadSeconds()) - cpuBefore) * 1000;
  await cdp.detach();

  const wallMs = finished - started;
  const during = beats.filter((t) => t >= started && t <= finished);
  const marks = [started, ...during, finished];
  const longestGap = Math.max(...marks.slice(1).map((t, i) => t - (marks[i] as number)));
  console.log(
    `worst item-6 case in the browser: main thread ${Math.round(cpuMs)} ms CPU, ${Math.round(wallMs)} ms wall, ` +
      `${during.length} heartbeats, longest gap ${Math.round(longestGap)} ms (load average ${os.loadavg()[0]?.toFixed(1)})`,
  );
  expect(cpuMs).toBeLessThan(2000);
  // The heartbeat kept firing while the analysis ran: it is not one block that freezes the tab.
  expect(during.length).toBeGreaterThan(2);
  // Wall time means something only when the machine is not oversubscribed (CI runs this suite alone).
  if ((os.loadavg()[0] ?? 0) <= os.cpus().length * 2) {
    expect(wallMs).toBeLessThan(2000);
    expect(longestGap).toBeLessThan(1000);
  }
  // The answer is the truth: the signatures could not be verified (the budget), an error, never a pass.
  const text = await results.innerText();
  expect(text).toMatch(/work budget/);
  expect(text).toMatch(/A signature does not verify/);
});
