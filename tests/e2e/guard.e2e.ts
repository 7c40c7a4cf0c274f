/**
 * The guards every browser test ends on are only worth something if they trip: an off-machine request,
 * a console error and a dialog each fail `expectClean`, and the request never leaves (it is aborted).
 */
import { isLocal, startSession, type Session } from './support/session';

let session: Session;

beforeAll(async () => {
  session = await startSession();
  await session.open('admin');
});

afterAll(async () => {
  await session.close();
});

it('tells local URLs from the rest', () => {
  expect(isLocal('http://127.0.0.1:3000/host.js')).toBe(true);
  expect(isLocal('data:image/png;base64,AAAA')).toBe(true);
  expect(isLocal('blob:http://127.0.0.1:3000/0b5c')).toBe(true);
  expect(isLocal('http://localhost:3000/')).toBe(false);
  expect(isLocal('https://assets.twilio.com/public_assets/paste-fonts/1.5.2/Inter.woff2')).toBe(false);
  expect(isLocal('not a url')).toBe(false);
});

it('a page of the sandbox, left alone, makes no request off the machine', async () => {
  await session.page.waitForTimeout(1000);
  expect(session.requests.length).toBeGreaterThan(3);
  expect(session.requests.filter((url) => !isLocal(url))).toEqual([]);
  // What the sandbox's CSP refused (and Chromium logged): shown here so a new kind is noticed.
  for (const text of new Set(session.expectedConsoleErrors.map((t) => t.slice(0, 160)))) console.log(text);
  session.expectClean();
});

it('an off-machine request, a console error and a dialog each fail the check', async () => {
  session.reset();
  const { page } = session;
  // A navigation is not subject to the page's CSP: only the route guard stands in its way.
  const popup = await session.context.newPage();
  await popup.goto('http://example.invalid/').catch(() => undefined);
  await popup.close();
  expect(session.requests).toContain('http://example.invalid/');
  expect(() => session.expectClean()).toThrow();
  session.reset();

  await page.evaluate(() => console.error('something broke'));
  await page.waitForTimeout(100);
  expect(() => session.expectClean()).toThrow();
  session.reset();

  await page.evaluate(() => window.alert('hello'));
  expect(session.dialogs).toEqual(['alert: hello']);
  expect(() => session.expectClean()).toThrow();
  session.reset();
  session.expectClean();
});
