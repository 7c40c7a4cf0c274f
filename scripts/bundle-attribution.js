#!/usr/bin/env node
/**
 * What the plugin bundle is made of: every byte of the minified build/plugin-sso-diagnostics.js
 * attributed, through its source map, to the file it came from, then grouped by npm package (and by
 * folder for our own `src/`), with each group's share of the gzip size.
 *
 * The production build's source map is empty (flex-plugin-scripts writes it twice, see
 * webpack.config.js), so this builds the bundle once more with BUNDLE_ANALYSIS=1, which keeps one
 * writer: same code, a map that maps. Usage:
 *   node scripts/bundle-attribution.js [--no-build] [--top N] [--files] [--json]
 *     --no-build  read build/ as it is (an earlier BUNDLE_ANALYSIS=1 build)
 *     --top N     list the N largest groups (default 25); --files lists source files instead
 *
 * Gzip share: a group's bytes gzipped on their own (gzip -9), scaled so that the groups add up to the
 * whole bundle's gzip size. Code compresses better beside similar code, so this is an estimate of
 * what removing a group would save, good to rank pieces and to within a few percent for large ones.
 * The source-map decoding (base64 VLQ) is the format's 40 lines, written here rather than adding the
 * `source-map` package for one script.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { spawnSync } = require('node:child_process');

const ROOT = path.join(__dirname, '..');
const BUNDLE = path.join(ROOT, 'build', 'plugin-sso-diagnostics.js');
const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const TOP = topAt >= 0 ? Number(args[topAt + 1]) : 25;

if (!args.includes('--no-build')) {
  const built = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'flex-plugin'), ['build'], {
    cwd: ROOT,
    env: { ...process.env, BUNDLE_ANALYSIS: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (built.status !== 0) process.exit(built.status || 1);
}

const code = fs.readFileSync(BUNDLE, 'utf8');
const map = JSON.parse(fs.readFileSync(`${BUNDLE}.map`, 'utf8'));
if (!map.mappings) {
  console.error('The source map is empty: build with BUNDLE_ANALYSIS=1 (or run without --no-build).');
  process.exit(2);
}

// ------------------------------------------------------------------------------ source map decoding

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE64.length; i += 1) DIGIT[BASE64.charCodeAt(i)] = i;

/** Generated segments in order: [line, column, source index or -1]. */
function segments(mappings) {
  const out = [];
  let line = 0;
  let source = 0;
  let i = 0;
  while (i < mappings.length) {
    let column = 0;
    for (; i < mappings.length && mappings[i] !== ';'; i += 1) {
      if (mappings[i] === ',') continue;
      const fields = [];
      while (i < mappings.length && mappings[i] !== ',' && mappings[i] !== ';') {
        let value = 0;
        let shift = 0;
        let digit;
        do {
          digit = DIGIT[mappings.charCodeAt(i)];
          i += 1;
          value += (digit & 31) << shift;
          shift += 5;
        } while (digit & 32);
        fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
      }
      i -= 1;
      column += fields[0];
      if (fields.length > 1) source += fields[1];
      out.push([line, column, fields.length > 1 ? source : -1]);
    }
    line += 1;
    i += 1;
    // Later fields (original line/column/name) are relative across lines too, but only the source is needed.
  }
  return out;
}

// ---------------------------------------------------------------------------------------- grouping

/** `webpack:///./node_modules/@twilio-paste/button/dist/index.es.js` → its package and its file. */
function classify(source) {
  const file = source
    .replace(/^webpack:\/\/\/?/, '')
    .replace(/^\.\//, '')
    .replace(/\?.*$/, '');
  const nm = file.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = file.slice(nm + 'node_modules/'.length).split('/');
    const pkg = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    return { group: pkg, file: `${pkg}/${rest.slice(rest[0].startsWith('@') ? 2 : 1).join('/')}` };
  }
  if (file.startsWith('src/')) {
    const parts = file.split('/');
    const folder = parts.length > 3 ? parts.slice(0, 3).join('/') : parts.slice(0, -1).join('/');
    return { group: `${folder}/`, file };
  }
  if (file.startsWith('build-support/')) return { group: 'build-support (Paste stand-ins)', file };
  return { group: '(webpack runtime and glue)', file: file || '(unmapped)' };
}

const lines = code.split('\n');
const lineStart = [];
let offset = 0;
for (const line of lines) {
  lineStart.push(offset);
  offset += line.length + 1;
}
const chunks = new Map(); // key → array of code pieces
function add(key, text) {
  let list = chunks.get(key);
  if (!list) chunks.set(key, (list = []));
  list.push(text);
}
const all = segments(map.mappings);
const byFile = args.includes('--files');
let covered = 0;
for (let s = 0; s < all.length; s += 1) {
  const [line, column, source] = all[s];
  const next = all[s + 1];
  const start = lineStart[line] + column;
  const end = next && next[0] === line ? lineStart[line] + next[1] : lineStart[line] + lines[line].length;
  if (end <= start) continue;
  const where =
    source >= 0 ? classify(map.sources[source]) : { group: '(webpack runtime and glue)', file: '(unmapped)' };
  add(byFile ? where.file : where.group, code.slice(start, end));
  covered += end - start;
}
// Bytes before the first segment of a line (and newlines) belong to no source.
add('(webpack runtime and glue)', ' '.repeat(Math.max(0, code.length - covered)));

const totalGzip = zlib.gzipSync(code, { level: 9 }).length;
const rows = [...chunks].map(([key, pieces]) => {
  const text = pieces.join('');
  return { key, raw: Buffer.byteLength(text), gzipAlone: zlib.gzipSync(text, { level: 9 }).length };
});
const sumAlone = rows.reduce((sum, row) => sum + row.gzipAlone, 0);
for (const row of rows) row.gzip = Math.round((row.gzipAlone * totalGzip) / sumAlone);
rows.sort((a, b) => b.gzip - a.gzip);

if (args.includes('--json')) {
  console.log(JSON.stringify({ totalRaw: Buffer.byteLength(code), totalGzip, rows }, null, 1));
  process.exit(0);
}
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`${path.relative(ROOT, BUNDLE)}: ${kb(Buffer.byteLength(code))} raw, ${totalGzip} bytes gzip -9`);
console.log(
  `${'gzip (est.)'.padStart(12)} ${'share'.padStart(6)} ${'raw'.padStart(9)}  ${byFile ? 'source file' : 'package or folder'}`,
);
for (const row of rows.slice(0, TOP)) {
  const share = `${((row.gzip / totalGzip) * 100).toFixed(1)}%`;
  console.log(`${String(row.gzip).padStart(12)} ${share.padStart(6)} ${kb(row.raw).padStart(9)}  ${row.key}`);
}
const rest = rows.slice(TOP);
if (rest.length > 0) {
  const gzip = rest.reduce((sum, row) => sum + row.gzip, 0);
  console.log(
    `${String(gzip).padStart(12)} ${`${((gzip / totalGzip) * 100).toFixed(1)}%`.padStart(6)} ${''.padStart(9)}  ${rest.length} more`,
  );
}
