// Bundles bench/run.ts with esbuild (no jest instrumentation in the numbers) and runs it.
const { execFileSync } = require('child_process');
const path = require('path');
const esbuild = require('esbuild');

const out = path.join(__dirname, '..', 'dist', 'bench.js');
esbuild.buildSync({
  entryPoints: [path.join(__dirname, '..', 'bench', 'run.ts')],
  outfile: out,
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
execFileSync(process.execPath, [out], { stdio: 'inherit' });
