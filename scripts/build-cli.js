// Builds the command-line tool into dist/cli.js (runs on `npm install` / `npm ci` through `prepare`).
// esbuild bundles src/cli with the core; @xmldom/xmldom and twilio stay runtime dependencies, loaded from
// node_modules. Bundled, twilio (every API of every product, with axios) made dist/cli.js 8.9 MB instead of
// about 0.5 MB, and it is only loaded when --twilio is used.
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
  external: ['@xmldom/xmldom', 'twilio'],
  sourcemap: 'linked',
  define: { __CLI_VERSION__: JSON.stringify(require('../package.json').version) },
  logLevel: 'warning',
});
