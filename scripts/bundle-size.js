#!/usr/bin/env node
/**
 * The plugin bundle's size, against the budget: every agent's browser downloads it at every Flex start.
 * Budget: 1.5 × the hello-world plugin built from the official template (93 KB gzip, toolchain.md).
 * Usage: node scripts/bundle-size.js [path]   (default build/plugin-sso-diagnostics.js; run `npm run build` first)
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const HELLO_WORLD_GZIP_KB = 93;
const BUDGET_RATIO = 1.5;

const file = path.resolve(process.argv[2] || path.join(__dirname, '..', 'build', 'plugin-sso-diagnostics.js'));
if (!fs.existsSync(file)) {
  console.error(`${path.relative(process.cwd(), file)} not found: run \`npm run build\` first.`);
  process.exit(2);
}
const raw = fs.readFileSync(file);
// gzip -9, as a CDN would serve it.
const gzip = zlib.gzipSync(raw, { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);
const ratio = gzip / 1024 / HELLO_WORLD_GZIP_KB;
console.log(`${path.relative(process.cwd(), file)}`);
console.log(`  raw   ${kb(raw.length)} KB`);
console.log(
  `  gzip  ${kb(gzip)} KB  (${ratio.toFixed(2)} × the ${HELLO_WORLD_GZIP_KB} KB hello-world plugin; budget ${BUDGET_RATIO} ×)`,
);
if (ratio > BUDGET_RATIO) {
  console.error(`Over budget: ${kb(gzip)} KB gzip > ${(HELLO_WORLD_GZIP_KB * BUDGET_RATIO).toFixed(1)} KB.`);
  process.exit(1);
}
