#!/usr/bin/env node
/**
 * The plugin bundle's size, against the budget: every agent's browser downloads it at every Flex start.
 * Budget: 1.5 × the hello-world plugin built from the official template (93 KB gzip, toolchain.md).
 * Usage: node scripts/bundle-size.js [--max-ratio N] [path]
 *   path         default build/plugin-sso-diagnostics.js (run `npm run build` first)
 *   --max-ratio  fail above N × instead of the budget: a ratchet while the bundle is known to be over
 *                budget (.ci/run), so it can shrink but never grow unnoticed. The budget is still reported.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const HELLO_WORLD_GZIP_KB = 93;
const BUDGET_RATIO = 1.5;

const args = process.argv.slice(2);
const at = args.indexOf('--max-ratio');
const maxRatio = at >= 0 ? Number(args.splice(at, 2)[1]) : BUDGET_RATIO;
if (!(maxRatio > 0)) {
  console.error('--max-ratio needs a positive number, e.g. --max-ratio 1.95');
  process.exit(2);
}
const file = path.resolve(args[0] || path.join(__dirname, '..', 'build', 'plugin-sso-diagnostics.js'));
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
const limit = (r) => `${(HELLO_WORLD_GZIP_KB * r).toFixed(1)} KB`;
if (ratio > BUDGET_RATIO)
  console.log(`  OVER BUDGET: ${kb(gzip)} KB gzip > ${limit(BUDGET_RATIO)} (${BUDGET_RATIO} ×).`);
if (ratio > maxRatio) {
  console.error(`Too large: ${kb(gzip)} KB gzip > ${limit(maxRatio)} (${maxRatio} ×).`);
  process.exit(1);
}
