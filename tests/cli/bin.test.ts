import { execFileSync, spawnSync } from 'child_process';
import path from 'path';

const ROOT = path.join(__dirname, '..', '..');

describe('the sso-diagnostics executable', () => {
  beforeAll(() => {
    // `npm install` builds dist/cli.js through `prepare`; build it again so the test sees this tree.
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-cli.js')], { cwd: ROOT });
  });

  it('runs with node from package.json bin and prints help', () => {
    const bin = require(path.join(ROOT, 'package.json')).bin['sso-diagnostics'];
    const run = spawnSync(process.execPath, [path.join(ROOT, bin), '--help'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: sso-diagnostics <command>');
  });

  it('exits 2 with one line on stderr for a missing file', () => {
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, 'bin', 'sso-diagnostics.js'), 'check-worker', 'nope.json'],
      {
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('sso-diagnostics: cannot read "nope.json": no such file\n');
  });
});
