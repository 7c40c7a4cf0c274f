#!/usr/bin/env node
/**
 * `npm run test:e2e`: the browser suite (jest project `e2e`), run when Chromium is installed.
 * Without Chromium it prints one line and succeeds, so `npm test` works on a machine without a browser;
 * with REQUIRE_BROWSER=1 (CI) a missing Chromium is a failure instead.
 * CHROMIUM_PATH overrides /usr/bin/chromium. Extra arguments go to jest (e.g. a test file path).
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

if (!fs.existsSync(chromium)) {
  const reason = `Chromium not found at ${chromium} (install it with apt-get install chromium; CI installs it)`;
  if (process.env.REQUIRE_BROWSER === '1') {
    console.error(`Browser tests required (REQUIRE_BROWSER=1) but ${reason}`);
    process.exit(1);
  }
  console.log(`Browser tests skipped: ${reason}`);
  process.exit(0);
}

const jest = require.resolve('jest/bin/jest');
// One test file at a time: each launches its own Chromium, and the machines have two cores.
const result = spawnSync(process.execPath, [jest, ...process.argv.slice(2), '--selectProjects', 'e2e', '--runInBand'], {
  cwd: path.join(__dirname, '..'),
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium },
});
process.exit(result.status === null ? 1 : result.status);
