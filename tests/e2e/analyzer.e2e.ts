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

/** The verdict: the first h3 of the results, one sentence. */
function verdict(results: Locator): Locator {
  return results.getByRole('heading', { level: 3, name: /^Flex would (accept|reject) this login/ });
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
  // The sandbox configures the certificate the example is signed with: that, and only that, is trust.
  expect(await results.innerText()).toMatch(/Trusted: verified against the configured certificate/);
  await verdict(results).waitFor();
  expect(await verdict(results).evaluate((el) => el === document.activeElement)).toBe(true);
  await expectAccessible(page, 'SAML analyzer with results');
  await results.getByRole('heading', { name: 'Results' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await screenshot(page, 'analyzer.png');
}, 240_000);

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
  // The file's text stays out of the text box: a real capture is tens of MB.
  expect(await (await evidence(page)).inputValue()).toBe('');
  const results = await analyze();
  await expectFindingsAndSummary(results);
  expect(await results.innerText()).toMatch(/HAR|login\.har/i);
});

it('a real-sized capture (over 8 MB, with the pages and scripts) is read with progress and gets its verdict', async () => {
  const { page } = session();
  // The example login inside a HAR padded as a real one is: the scripts Flex loads, ~9 MB of them.
  const size = await page.evaluate(async () => {
    const har = (await (await fetch('/examples/login.har')).json()) as { log: { entries: unknown[] } };
    const script = `/* flex-ui bundle */ ${'function f(){return 1}\n'.repeat(24_000)}`;
    for (let i = 0; i < 16; i += 1) {
      har.log.entries.unshift({
        startedDateTime: '2026-11-20T08:59:00.000Z',
        request: { method: 'GET', url: `https://assets.flex.twilio.com/static/js/chunk-${i}.js`, headers: [] },
        response: { status: 200, content: { mimeType: 'application/javascript', text: script }, headers: [] },
      });
    }
    const file = new File([JSON.stringify(har)], 'real-login.har', { type: 'application/json' });
    const transfer = new DataTransfer();
    transfer.items.add(file);
    (window as unknown as { bigHar: DataTransfer }).bigHar = transfer;
    return file.size;
  });
  expect(size).toBeGreaterThanOrEqual(8 * 1024 * 1024);
  const dataTransfer = await page.evaluateHandle(() => (window as unknown as { bigHar: DataTransfer }).bigHar);
  const zone = page.getByTestId('drop-zone');
  await zone.dispatchEvent('drop', { dataTransfer });
  await panel.getByText(/^Loaded real-login\.har \((8|9|1\d)\.\d MB\)/).waitFor();
  const started = Date.now();
  const results = await analyze();
  const sentence = await verdict(results).innerText();
  expect(sentence).toMatch(/^Flex would (accept|reject) this login/);
  expect(Date.now() - started).toBeLessThan(10_000);
  // Focus is on the verdict, and the live region said it.
  expect(await verdict(results).evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await panel.getByTestId('analyzer-announcement').innerText()).toBe(sentence);
});

it("another user's login is not compared with the signed-in admin", async () => {
  const { page } = session();
  // Before Analyze: who it will be compared with.
  await panel.getByText(/^The response will be compared with worker /).waitFor();
  await (await evidence(page)).fill(RESPONSE_XML);
  const results = await analyze();
  await results
    .getByText(/^This response is for nadia\.okafor@owlbank\.onmicrosoft\.example, not .+: it was not compared/)
    .waitFor();
  const text = await results.innerText();
  expect(text).not.toContain('The worker was edited and the IdP will overwrite it');
  expect(text).not.toContain('The worker holds claims the IdP no longer sends');
  const diff = results
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: 'Difference from the worker' }) });
  expect(await diff.innerText()).toMatch(/Not compared\. The response is another person/);
  expect(await diff.getByRole('table').count()).toBe(0);
  await expectAccessible(page, 'SAML analyzer, another person’s login');
}, 240_000);

it('the configuration editor never offers a configuration that drops what the admin wrote', async () => {
  const { page } = session();
  const setup = await openTab(page, TABS.setup);
  const editor = setup.getByRole('textbox', { name: 'Configuration (JSON)' });
  expect(await editor.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/mono|courier|menlo|consolas/i);
  await editor.fill(JSON.stringify({ idp: 'okta', regoin: 'ie1', teams: ['Cards'] }, null, 2));
  const preview = setup.getByLabel('JSON to paste into ui_attributes.sso_diagnostics');
  await preview.getByText(/^↑ line 3, regoin: /).waitFor();
  expect(await preview.innerText()).toContain('"regoin": "ie1"');
  expect(await preview.innerText()).toContain('"idp": "okta"');
  const copy = setup.getByRole('button', { name: 'Copy Configuration (JSON)' });
  expect(await copy.isDisabled()).toBe(true);
  await editor.fill(JSON.stringify({ idp: 'okta', region: 'ie1' }, null, 2));
  await setup.getByText('Checked as you type. Valid.').waitFor();
  expect(await copy.isEnabled()).toBe(true);
  await expectAccessible(page, 'Setup, configuration editor');
  panel = await openTab(page, TABS.analyzer);
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
  // Cards after the first of each severity are collapsed: their text is there, behind the disclosure.
  for (const text of await findings.allTextContents()) expect(text).toContain('Why it matters');
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
