/**
 * The Chromium benchmarks (the browser suite's setup: playwright-core driving /usr/bin/chromium with the
 * flags of tests/e2e/support, pages on 127.0.0.1 only):
 *  - team-view-render-10k  Team view from its data to the first rendered table, 10,000 workers / 100
 *  - team-filter-10k       one keystroke in its search box to the re-rendered table, 10,000 / 100
 *  - agent-start           evaluating the production bundle + init for an agent + rendering what it added
 *                          at start / the same for the template's hello-world plugin (bench/hello-world)
 *  - admin-start           the same for an admin (reported against the hello-world too)
 *  - bundle-gzip           gzip -9 bytes of build/plugin-sso-diagnostics.js / 93,114 (the hello-world's,
 *                          measured here as well)
 * Each page is loaded afresh for every sample (a start happens once per page), alternating subject
 * and baseline; medians after a warm-up load. `--no-build` reuses build/ as it is.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { emit, median, type Figure } from './report';

const ROOT = path.join(__dirname, '..');
const CHROMIUM = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
const FLEX_PLUGIN = path.join(ROOT, 'node_modules', '.bin', 'flex-plugin');
const PLUGIN = path.join(ROOT, 'build', 'plugin-sso-diagnostics.js');
const HELLO_DIR = path.join(ROOT, 'bench', 'hello-world');
const HELLO = path.join(HELLO_DIR, 'build', 'plugin-hello-world.js');
/** gzip -9 of the hello-world bundle when this budget was set (scripts/bundle-size.js). */
const HELLO_WORLD_GZIP_BYTES = 93_114;
const QUICK = process.env['BENCH_QUICK'] === '1';
const ONLY = process.env['BENCH_ONLY'] ? process.env['BENCH_ONLY'].split(',') : undefined;
const wanted = (name: string) => !ONLY || ONLY.includes(name);

function newest(dir: string): number {
  let latest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'build' || entry.name === 'node_modules') continue;
    const p = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return latest;
}

function flexPluginBuild(cwd: string, output: string): void {
  // flex-plugin-scripts reads react's package.json from the plugin's own node_modules: give the fixture
  // the project's (a link, so it builds with exactly the same toolchain).
  const modules = path.join(cwd, 'node_modules');
  if (!fs.existsSync(modules)) fs.symlinkSync(path.relative(cwd, path.join(ROOT, 'node_modules')), modules, 'dir');
  const result = spawnSync(FLEX_PLUGIN, ['build'], {
    cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, CI: 'true' },
  });
  if (result.status !== 0 || !fs.existsSync(output))
    throw new Error(`flex-plugin build failed in ${path.relative(ROOT, cwd) || '.'}`);
}

async function pageScript(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(ROOT, 'bench', 'page.tsx')],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    target: 'chrome103',
    jsx: 'transform',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    logLevel: 'warning',
  });
  return result.outputFiles[0]?.text ?? '';
}

function serve(files: Record<string, () => string>): Promise<{ url: string; close: () => void }> {
  const server = http.createServer((request, response) => {
    const file = files[(request.url ?? '/').split('?')[0] as string];
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(file());
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${address.port}`, close: () => server.close() });
    });
  });
}

interface PageResult {
  ms?: number;
  keystrokes?: number[];
  error?: string;
}

async function open(
  browser: Browser,
  url: string,
): Promise<{ page: Page; result: PageResult; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // Nothing leaves the machine (Paste's web fonts are refused, as in the sandbox).
  await context.route(/^(?!http:\/\/127\.0\.0\.1[:/]|data:|blob:)/, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __bench?: unknown }).__bench !== undefined, undefined, {
    timeout: 120_000,
  });
  const result = (await page.evaluate(() => (window as unknown as { __bench: PageResult }).__bench)) as PageResult;
  if (result.error) throw new Error(`${url}: ${result.error}`);
  return { page, result, close: () => context.close() };
}

/** Keystrokes in the Team view's search box, each timed in the page from key event to painted table. */
async function typeInSearch(page: Page, rounds: number): Promise<number[]> {
  const search = page.getByRole('searchbox');
  await search.click();
  for (let round = 0; round < rounds; round++) {
    for (const key of ['o', 'w', 'l', 'Backspace', 'Backspace', 'Backspace']) {
      const before = await page.evaluate(
        () => (window as unknown as { __bench: PageResult }).__bench.keystrokes?.length ?? 0,
      );
      await page.keyboard.press(key);
      await page.waitForFunction(
        (n) => ((window as unknown as { __bench: PageResult }).__bench.keystrokes?.length ?? 0) > n,
        before,
      );
    }
  }
  return (await page.evaluate(() => (window as unknown as { __bench: PageResult }).__bench.keystrokes ?? [])).slice(2);
}

async function main(): Promise<void> {
  const noBuild = process.argv.includes('--no-build');
  const needsHello = ['agent-start', 'admin-start', 'bundle-gzip'].some(wanted);
  if (!noBuild) flexPluginBuild(ROOT, PLUGIN);
  if (needsHello && (!fs.existsSync(HELLO) || fs.statSync(HELLO).mtimeMs < newest(HELLO_DIR)))
    flexPluginBuild(HELLO_DIR, HELLO);

  const figures: Figure[] = [];
  const add = (figure: Figure) => {
    figures.push(figure);
    emit(figure);
  };

  if (!fs.existsSync(CHROMIUM)) {
    console.error(`Chromium not found at ${CHROMIUM}: the browser benchmarks are skipped.`);
  } else {
    const script = await pageScript();
    const code = { sso: fs.readFileSync(PLUGIN, 'utf8'), hello: needsHello ? fs.readFileSync(HELLO, 'utf8') : '' };
    // The plugin's text is put in the page with it, so what is timed is evaluation, not transfer.
    const html = (plugin: string) =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body><div id="root"></div>` +
      `<script>window.__pluginCode = ${JSON.stringify(plugin).replace(/</g, '\\u003c')};</script>` +
      `<script>${script.replace(/<\/script/gi, '<\\/script')}</script></body></html>`;
    const server = await serve({
      '/sso.html': () => html(code.sso),
      '/hello.html': () => html(code.hello),
      '/team.html': () => html(''),
    });
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
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
    try {
      const loads = QUICK ? 3 : 9;
      if (wanted('team-view-render-10k') || wanted('team-filter-10k')) {
        const render: Record<number, number[]> = { 100: [], 10_000: [] };
        const keys: Record<number, number[]> = { 100: [], 10_000: [] };
        for (let i = 0; i <= loads; i++) {
          for (const workers of [100, 10_000]) {
            const { page, result, close } = await open(
              browser,
              `${server.url}/team.html?bench=team&workers=${workers}`,
            );
            if (i > 0) render[workers]?.push(result.ms as number); // the first load warms up
            if (wanted('team-filter-10k') && i > 0) keys[workers]?.push(...(await typeInSearch(page, QUICK ? 1 : 2)));
            await close();
          }
        }
        const r100 = median(render[100] as number[]);
        const r10k = median(render[10_000] as number[]);
        if (wanted('team-view-render-10k'))
          add({
            name: 'team-view-render-10k',
            value: r10k,
            unit: 'ms',
            baseline: 'the same with 100 workers',
            baselineValue: r100,
            target: 2,
          });
        if (wanted('team-filter-10k')) {
          add({
            name: 'team-filter-10k',
            value: median(keys[10_000] as number[]),
            unit: 'ms',
            baseline: 'a keystroke with 100 workers',
            baselineValue: median(keys[100] as number[]),
            target: 2,
          });
        }
      }
      if (wanted('agent-start') || wanted('admin-start')) {
        const samples: Record<string, number[]> = { hello: [], agent: [], admin: [] };
        for (let i = 0; i <= loads + 2; i++) {
          for (const [key, url] of [
            ['hello', '/hello.html?bench=start&as=agent'],
            ['agent', '/sso.html?bench=start&as=agent'],
            ['admin', '/sso.html?bench=start&as=admin'],
          ] as const) {
            if (key === 'admin' && !wanted('admin-start')) continue;
            const { result, close } = await open(browser, `${server.url}${url}`);
            if (i > 0) samples[key]?.push(result.ms as number);
            await close();
          }
        }
        const hello = median(samples['hello'] as number[]);
        const baseline = 'the hello-world plugin: evaluate, init, render its one Paste component';
        if (wanted('agent-start'))
          add({
            name: 'agent-start',
            value: median(samples['agent'] as number[]),
            unit: 'ms',
            baseline,
            baselineValue: hello,
            target: 1,
          });
        if (wanted('admin-start'))
          add({
            name: 'admin-start',
            value: median(samples['admin'] as number[]),
            unit: 'ms',
            baseline,
            baselineValue: hello,
            target: null,
          });
      }
    } finally {
      await browser.close();
      server.close();
    }
  }

  if (wanted('bundle-gzip')) {
    const bytes = gzipSync(fs.readFileSync(PLUGIN), { level: 9 }).length;
    add({
      name: 'bundle-gzip',
      value: bytes,
      unit: 'bytes',
      baseline: 'the hello-world plugin, 93,114 bytes',
      baselineValue: HELLO_WORLD_GZIP_BYTES,
      target: 1,
    });
    if (fs.existsSync(HELLO)) {
      const hello = gzipSync(fs.readFileSync(HELLO), { level: 9 }).length;
      if (process.env['BENCH_JSON'] !== '1')
        console.log(`  (the hello-world bundle built here: ${hello} bytes gzip -9)`);
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
