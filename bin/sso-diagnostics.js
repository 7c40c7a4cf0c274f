#!/usr/bin/env node
// The CLI entry point named in package.json `bin`. The tool itself is built into dist/cli.js by `npm install`.
const path = require('path');
const fs = require('fs');

const built = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(built)) {
  process.stderr.write('sso-diagnostics: the CLI is not built yet; run `npm run build:cli` in the project folder.\n');
  process.exit(2);
}
// `sso-diagnostics … | head` closes the pipe early: that is the reader's choice, not a failure to report.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
require(built)
  .main(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    ...(process.stdout.columns ? { columns: process.stdout.columns } : {}),
    env: process.env,
  })
  .then((code) => {
    process.exitCode = code;
  });
