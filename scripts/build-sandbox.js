#!/usr/bin/env node
/**
 * Builds what the sandbox serves, each part only when missing or older than its sources:
 *   build/plugin-sso-diagnostics.js  the production plugin bundle (`flex-plugin build`, as `npm run build`)
 *   sandbox/dist/host.js, index.html, host.css  the host page (esbuild; React 17 in production mode)
 *   sandbox/examples/login.har, idp-certificate.pem  (scripts/make-example-har.js)
 * Usage: node scripts/build-sandbox.js [--force]
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawn, spawnSync } = require('node:child_process');

const ROOT = path.join(__dirname, '..');
const PLUGIN_BUNDLE = path.join(ROOT, 'build', 'plugin-sso-diagnostics.js');
const DIST = path.join(ROOT, 'sandbox', 'dist');
const EXAMPLES = path.join(ROOT, 'sandbox', 'examples');

/** Newest modification time under these paths (files or folders), skipping build output. */
function newest(paths) {
  let latest = 0;
  const visit = (p) => {
    if (!fs.existsSync(p)) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      const base = path.basename(p);
      if (base === 'dist' || base === 'node_modules' || base === 'examples') return;
      for (const entry of fs.readdirSync(p)) visit(path.join(p, entry));
    } else latest = Math.max(latest, stat.mtimeMs);
  };
  paths.forEach(visit);
  return latest;
}

const mtime = (file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0);

function pluginIsStale() {
  const sources = newest(['src', 'package.json', 'webpack.config.js', 'tsconfig.json'].map((p) => path.join(ROOT, p)));
  return mtime(PLUGIN_BUNDLE) < sources;
}

const FLEX_PLUGIN_BIN = path.join(
  ROOT,
  'node_modules',
  '.bin',
  process.platform === 'win32' ? 'flex-plugin.cmd' : 'flex-plugin',
);
const BUILD_ENV = { ...process.env, CI: process.env.CI || 'true' };

function buildPlugin() {
  const started = Date.now();
  console.log('Building the production plugin bundle (flex-plugin build)…');
  const result = spawnSync(FLEX_PLUGIN_BIN, ['build'], { cwd: ROOT, stdio: 'inherit', env: BUILD_ENV });
  if (result.status !== 0 || !fs.existsSync(PLUGIN_BUNDLE)) {
    throw new Error(`flex-plugin build failed (exit ${result.status}).`);
  }
  console.log(`  built ${path.relative(ROOT, PLUGIN_BUNDLE)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** The same build, in the background: resolves with its duration once the bundle is written. */
function buildPluginInBackground() {
  const started = Date.now();
  const log = path.join(DIST, 'plugin-build.log');
  fs.mkdirSync(DIST, { recursive: true });
  const out = fs.openSync(log, 'w');
  return new Promise((resolve, reject) => {
    const child = spawn(FLEX_PLUGIN_BIN, ['build'], { cwd: ROOT, stdio: ['ignore', out, out], env: BUILD_ENV });
    child.on('error', reject);
    child.on('exit', (code) => {
      fs.closeSync(out);
      if (code === 0 && fs.existsSync(PLUGIN_BUNDLE)) resolve((Date.now() - started) / 1000);
      else reject(new Error(`flex-plugin build failed (exit ${code}); see ${path.relative(ROOT, log)}`));
    });
  });
}

function hostIsStale() {
  const sources = newest([path.join(ROOT, 'sandbox'), path.join(ROOT, 'src'), path.join(ROOT, 'package.json')]);
  return ['host.js', 'index.html', 'host.css'].some((file) => mtime(path.join(DIST, file)) < sources);
}

async function buildHost() {
  const esbuild = require('esbuild');
  const started = Date.now();
  fs.mkdirSync(DIST, { recursive: true });
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'sandbox', 'host', 'main.tsx')],
    outfile: path.join(DIST, 'host.js'),
    bundle: true,
    minify: true,
    sourcemap: false,
    format: 'iife',
    target: ['es2020'],
    platform: 'browser',
    jsx: 'transform',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    logLevel: 'warning',
  });
  fs.copyFileSync(path.join(ROOT, 'sandbox', 'index.html'), path.join(DIST, 'index.html'));
  fs.copyFileSync(path.join(ROOT, 'sandbox', 'host', 'host.css'), path.join(DIST, 'host.css'));
  console.log(`  built sandbox/dist/host.js in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function examplesMissing() {
  return ['login.har', 'idp-certificate.pem'].some((file) => !fs.existsSync(path.join(EXAMPLES, file)));
}

/** The host page and the examples (a second or two); the plugin bundle is left to the caller. */
async function buildHostSide({ force = false } = {}) {
  if (force || examplesMissing()) {
    spawnSync(process.execPath, [path.join(__dirname, 'make-example-har.js')], { stdio: 'inherit' });
  }
  if (force || hostIsStale()) await buildHost();
}

async function buildSandbox({ force = false } = {}) {
  if (force || pluginIsStale()) buildPlugin();
  await buildHostSide({ force });
}

if (require.main === module) {
  buildSandbox({ force: process.argv.includes('--force') }).catch((error) => {
    console.error(error.message || error);
    process.exit(1);
  });
}

module.exports = { buildSandbox, buildHostSide, buildPluginInBackground, pluginIsStale, PLUGIN_BUNDLE, DIST, EXAMPLES };
