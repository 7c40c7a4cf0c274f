#!/usr/bin/env node
/**
 * `npm start`: the sandbox. Builds the host page (about a second) and starts serving at once on
 * http://127.0.0.1:${PORT:-3000} with Node's http module only; the production plugin bundle is built
 * in the background when missing or stale (`flex-plugin build`, 10–120 s depending on the machine) and
 * the page waits for it (the bundle's URL answers 503 until then). Routes:
 *   /                                   the host page (a small Flex: sandbox/host)
 *   /plugins/plugin-sso-diagnostics.js  the production bundle, byte for byte as `npm run build` wrote it
 *   /examples/login.har                 an example login capture for the SAML analyzer
 * A strict Content-Security-Policy keeps every request on this machine: Paste's theme asks for its web
 * fonts from Twilio's asset host, and `font-src 'self'` refuses them (system fonts are used instead);
 * avatars in worker attributes point to made-up hosts and `img-src 'self' data:` refuses them too.
 * No browser is opened: the URL is printed (set BROWSER=none or CI to keep it that way in scripts).
 */
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const {
  buildHostSide,
  buildPluginInBackground,
  pluginIsStale,
  PLUGIN_BUNDLE,
  DIST,
  EXAMPLES,
} = require('./build-sandbox.js');

const started = Date.now();
const HOST = '127.0.0.1';
const PORT = Number(process.env.PORT || 3000);

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Emotion (inside Paste) injects <style> elements at run time.
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The only things served: a fixed table, so no URL can reach another file. */
const ROUTES = {
  '/': { file: path.join(DIST, 'index.html'), type: 'text/html; charset=utf-8' },
  '/index.html': { file: path.join(DIST, 'index.html'), type: 'text/html; charset=utf-8' },
  '/host.js': { file: path.join(DIST, 'host.js'), type: 'text/javascript; charset=utf-8' },
  '/host.css': { file: path.join(DIST, 'host.css'), type: 'text/css; charset=utf-8' },
  '/plugins/plugin-sso-diagnostics.js': { file: PLUGIN_BUNDLE, type: 'text/javascript; charset=utf-8' },
  '/plugins/plugin-sso-diagnostics.js.map': { file: `${PLUGIN_BUNDLE}.map`, type: 'application/json' },
  '/examples/login.har': {
    file: path.join(EXAMPLES, 'login.har'),
    type: 'application/json',
    headers: { 'Content-Disposition': 'attachment; filename="login.har"' },
  },
  '/examples/idp-certificate.pem': {
    file: path.join(EXAMPLES, 'idp-certificate.pem'),
    type: 'text/plain; charset=utf-8',
  },
};

function send(res, status, body, headers = {}) {
  res.writeHead(status, {
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(body);
}

/** While the bundle is being (re)built its URL answers 503, so the page never gets a stale one. */
const state = { pluginReady: true, pluginError: undefined };

function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'Method not allowed', { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' });
    return;
  }
  const pathname = new URL(req.url || '/', `http://${HOST}`).pathname;
  const route = Object.prototype.hasOwnProperty.call(ROUTES, pathname) ? ROUTES[pathname] : undefined;
  if (route && route.file === PLUGIN_BUNDLE && !state.pluginReady) {
    const message = state.pluginError || 'The plugin bundle is being built; try again in a few seconds.';
    send(res, state.pluginError ? 500 : 503, message, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Retry-After': '2',
    });
    return;
  }
  if (!route || !fs.existsSync(route.file)) {
    send(res, 404, 'Not found', { 'Content-Type': 'text/plain; charset=utf-8' });
    return;
  }
  const body = fs.readFileSync(route.file);
  send(res, 200, req.method === 'HEAD' ? undefined : body, {
    'Content-Type': route.type,
    'Content-Length': String(body.length),
    ...(route.headers || {}),
  });
}

async function main() {
  await buildHostSide();
  if (pluginIsStale()) {
    state.pluginReady = false;
    console.log(
      'Building the production plugin bundle in the background (flex-plugin build; log: sandbox/dist/plugin-build.log)…',
    );
    buildPluginInBackground().then(
      (seconds) => {
        state.pluginReady = true;
        console.log(`Plugin bundle built in ${seconds.toFixed(1)} s: the sandbox is complete.`);
      },
      (error) => {
        state.pluginError = error.message;
        console.error(error.message);
      },
    );
  }
  const server = http.createServer(handle);
  server.on('error', (error) => {
    console.error(error.code === 'EADDRINUSE' ? `Port ${PORT} is in use: set PORT to another one.` : error.message);
    process.exit(1);
  });
  server.listen(PORT, HOST, () => {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`Sandbox listening on http://${HOST}:${PORT}/ (ready in ${seconds} s)`);
    console.log(`  as an admin:      http://${HOST}:${PORT}/?as=admin`);
    console.log(`  as a supervisor:  http://${HOST}:${PORT}/?as=supervisor`);
    console.log(`  as an agent:      http://${HOST}:${PORT}/?as=agent`);
    if (!process.env.CI && process.env.BROWSER !== 'none')
      console.log('Open one of these in a browser (nothing is opened for you).');
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error.message || error);
    process.exit(1);
  });
}

module.exports = { CSP, ROUTES, handle, state };
