// Builds the command-line tool into dist/cli.js (runs on `npm install` / `npm ci` through `prepare`).
// esbuild bundles src/cli with the core; @xmldom/xmldom stays a runtime dependency, loaded from node_modules.
const path = require('path');

let esbuild;
try {
  esbuild = require('esbuild');
} catch {
  // Installed without devDependencies: the CLI cannot be built here.
  console.warn('sso-diagnostics: esbuild is not installed; skipping the CLI build.');
  process.exit(0);
}

esbuild.buildSync({
  entryPoints: [path.join(__dirname, '..', 'src', 'cli', 'main.ts')],
  outfile: path.join(__dirname, '..', 'dist', 'cli.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['@xmldom/xmldom'],
  sourcemap: 'linked',
  define: { __CLI_VERSION__: JSON.stringify(require('../package.json').version) },
  logLevel: 'warning',
});
