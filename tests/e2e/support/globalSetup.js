/**
 * Starts the sandbox (scripts/start.js, which first builds the production plugin bundle and the host
 * page when they are stale) on a free port of 127.0.0.1, waits until it answers, and hands its URL to
 * the test files through E2E_BASE_URL (jest starts its workers after this runs, with this environment).
 */
'use strict';
const net = require('node:net');
const http = require('node:http');
const path = require('node:path');
const { spawn } = require('node:child_process');

const ROOT = path.join(__dirname, '..', '..', '..');
/** A cold build (flex-plugin build + esbuild) takes well under a minute on 2 cores; allow for a slow machine. */
const START_TIMEOUT_MS = 240_000;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The HTTP status of a GET, or 0 when nothing answers yet. */
function status(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode || 0);
    });
    req.on('error', () => resolve(0));
    req.setTimeout(2000, () => {
      req.destroy();
      resolve(0);
    });
  });
}

module.exports = async function globalSetup() {
  const started = Date.now();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const output = [];
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.js')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), CI: '1', BROWSER: 'none' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk) => {
    output.push(String(chunk));
    if (output.length > 200) output.shift();
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited;
  child.on('exit', (code, signal) => {
    exited = { code, signal };
  });
  globalThis.__E2E_SANDBOX__ = child;

  for (;;) {
    if (exited) {
      throw new Error(`The sandbox exited (code ${exited.code}) before answering:\n${output.join('')}`);
    }
    if (Date.now() - started > START_TIMEOUT_MS) {
      child.kill('SIGTERM');
      throw new Error(
        `The sandbox did not answer on ${baseUrl} within ${START_TIMEOUT_MS / 1000} s:\n${output.join('')}`,
      );
    }
    // The plugin bundle must be served too (503 while start.js builds it, 500 if that build failed).
    if ((await status(`${baseUrl}/`)) === 200) {
      const plugin = await status(`${baseUrl}/plugins/plugin-sso-diagnostics.js`);
      if (plugin === 200) break;
      if (plugin === 500) {
        child.kill('SIGTERM');
        throw new Error(`The plugin bundle failed to build:\n${output.join('')}`);
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  process.env.E2E_BASE_URL = baseUrl;
  console.log(`\nSandbox ready on ${baseUrl} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
};
