#!/usr/bin/env node
/**
 * Finds network APIs in JavaScript or TypeScript text: the plugin promises that nothing leaves the
 * browser, and every agent runs its bundle. Used by tests/ui/noNetwork.test.ts (on src/ and on the
 * built bundle) and by .ci/run after `npm run build` (on the bundle CI ships).
 *   node scripts/no-network.js [file]   default build/plugin-sso-diagnostics.js; exit 1 on a finding
 *
 * Minification keeps global names (fetch, XMLHttpRequest, …) and string literals, so the same
 * patterns find a call in the source and in the bundle. What the bundle's libraries (React, Paste,
 * emotion, reakit) legitimately contain goes in ALLOWED, each with its exact text and why.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

/** [what, pattern]: each a way to make a request or load something from a URL. */
const NETWORK_APIS = [
  ['fetch()', /(?<![\w$.])fetch\s*\(|\.fetch\s*\(|\[\s*["'`]fetch["'`]\s*\]/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource', /\bEventSource\b/],
  ['navigator.sendBeacon', /\bsendBeacon\b/],
  ['new Image (a request when given a src)', /\bnew\s+Image\b/],
  ['dynamic import() (of a URL or a chunk)', /(?<![\w$.])import\s*\(/],
  ['importScripts', /\bimportScripts\b/],
  [
    'a script, image, frame or link element made to load something',
    /createElement\(\s*["'`](?:script|img|iframe|link)["'`]/i,
  ],
  ['webpack chunk loading (a lazy chunk fetched at run time)', /\bjsonpScriptSrc\b|__webpack_require__\.e\b/],
  ['a Worker or SharedWorker (loads a script)', /\bnew\s+(?:Shared)?Worker\s*\(/],
];

/** [exact text, reason]: occurrences that are not network calls. */
const ALLOWED = [
  [
    `import(/* webpackMode: "eager" */ './views')`,
    'src/flex/register.tsx: a module of this same bundle, evaluated when first rendered; "eager" makes no ' +
      'chunk (the bundle check above still refuses chunk loading), so nothing is fetched',
  ],
];

function networkCalls(text) {
  const found = [];
  for (const [what, pattern] of NETWORK_APIS) {
    const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    for (const match of text.matchAll(global)) {
      const context = text.slice(Math.max(0, match.index - 40), match.index + match[0].length + 40);
      if (ALLOWED.some(([allowed]) => context.includes(allowed))) continue;
      found.push({ what, at: match.index, context });
    }
  }
  return found;
}

module.exports = { networkCalls, NETWORK_APIS, ALLOWED };

if (require.main === module) {
  const file = path.resolve(process.argv[2] || path.join(__dirname, '..', 'build', 'plugin-sso-diagnostics.js'));
  const found = networkCalls(fs.readFileSync(file, 'utf8'));
  for (const { what, at, context } of found)
    console.error(`${path.relative(process.cwd(), file)}@${at}: ${what}: …${context}…`);
  if (found.length > 0) process.exit(1);
  console.log(`${path.relative(process.cwd(), file)}: no network API.`);
}
