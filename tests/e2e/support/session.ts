/**
 * One browser and one fresh context per test file, with the guards every test ends on:
 * - no request leaves 127.0.0.1 (data: and blob: allowed): every request is recorded, and one to any
 *   other host is aborted as well as reported, so a failing run still sends nothing;
 * - no unexpected console error or page error;
 * - no dialog (alert/confirm/prompt) ever opens.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const VIEWPORT = { width: 1280, height: 800 } as const;
export const SCREENSHOTS = path.join(__dirname, '..', '..', '..', 'docs', 'screenshots');

export type Role = 'admin' | 'supervisor' | 'agent';

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run the browser tests with `npm run test:e2e`.');
  return url;
}

/**
 * Console errors the sandbox causes on purpose. Its Content-Security-Policy refuses Paste's web fonts
 * (Twilio's asset host) and avatar images on made-up hosts, and Chromium logs each refusal as a console
 * error: those are the CSP keeping requests on this machine, which is what the network guard checks.
 */
const EXPECTED_CONSOLE_ERRORS: readonly RegExp[] = [
  /^Refused to load the font '[^']+' because it violates the following Content Security Policy directive: "font-src 'self'"/,
  /^Refused to load the image '[^']+' because it violates the following Content Security Policy directive: "img-src 'self' data:"/,
];

export interface Session {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every request URL the page made (including aborted ones). */
  readonly requests: string[];
  readonly consoleErrors: string[];
  /** Console errors matched by EXPECTED_CONSOLE_ERRORS (kept to show what was let through). */
  readonly expectedConsoleErrors: string[];
  readonly pageErrors: string[];
  readonly dialogs: string[];
  /** Opens the sandbox as `role`; waits until the plugin bundle has loaded (or failed). */
  open(role: Role, query?: string): Promise<void>;
  /** Fails the test on an off-machine request, an unexpected console or page error, or a dialog. */
  expectClean(): void;
  /** Forgets what was recorded (after expectClean, so the next test starts fresh). */
  reset(): void;
  close(): Promise<void>;
}

export function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    return new URL(url).hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

export async function startSession(options: { permissions?: string[] } = {}): Promise<Session> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    locale: 'en-US',
    timezoneId: 'UTC',
    colorScheme: 'light',
    reducedMotion: 'reduce',
    acceptDownloads: true,
  });
  if (options.permissions) await context.grantPermissions(options.permissions, { origin: baseUrl() });

  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const expectedConsoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const dialogs: string[] = [];

  context.on('request', (request) => {
    requests.push(request.url());
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return isLocal(url) ? route.continue() : route.abort('blockedbyclient');
  });
  context.on('page', (other) => {
    // A page the product opens (window.open, target=_blank) is recorded like the main one.
    other.on('websocket', (ws) => requests.push(ws.url()));
  });

  const page = await context.newPage();
  page.on('websocket', (ws) => requests.push(ws.url()));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (EXPECTED_CONSOLE_ERRORS.some((pattern) => pattern.test(text))) expectedConsoleErrors.push(text);
    else consoleErrors.push(text);
  });
  page.on('pageerror', (error) => pageErrors.push(`${error.name}: ${error.message}`));
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });

  const session: Session = {
    browser,
    context,
    page,
    requests,
    consoleErrors,
    expectedConsoleErrors,
    pageErrors,
    dialogs,
    async open(role, query = '') {
      await page.goto(`${baseUrl()}/?as=${role}${query}`);
      await page.locator('[data-plugin-state="loaded"], [data-plugin-state="failed"]').waitFor();
      const state = await page.locator('[data-plugin-state]').getAttribute('data-plugin-state');
      if (state !== 'loaded') throw new Error(`The plugin bundle did not load (state ${state}).`);
    },
    expectClean() {
      const offMachine = requests.filter((url) => !isLocal(url));
      expect({ offMachine, consoleErrors, pageErrors, dialogs }).toEqual({
        offMachine: [],
        consoleErrors: [],
        pageErrors: [],
        dialogs: [],
      });
    },
    reset() {
      requests.length = 0;
      consoleErrors.length = 0;
      expectedConsoleErrors.length = 0;
      pageErrors.length = 0;
      dialogs.length = 0;
    },
    async close() {
      await context.close();
      await browser.close();
    },
  };
  return session;
}

/**
 * The usual shape of a test file: a session for the whole file, every test ending on the guards.
 * Returns a getter because the session exists only once beforeAll has run.
 */
export function browserSession(options: { permissions?: string[] } = {}): () => Session {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await startSession(options);
  });
  afterEach(() => {
    if (!session) return;
    try {
      session.expectClean();
    } finally {
      session.reset();
    }
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error('The browser session has not started.');
    return session;
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  // Move the mouse away and let animations settle so the pictures do not depend on the last click.
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());
  // scrollIntoView also scrolls the window past the host's header, which left a blank band under the
  // layout; the view's own scroll area keeps its position, so the window can go back to the top.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SCREENSHOTS, name), animations: 'disabled', caret: 'hide' });
}
