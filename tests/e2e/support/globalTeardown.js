/** Stops the sandbox started by globalSetup.js (same jest process), and waits for it to exit. */
'use strict';

module.exports = async function globalTeardown() {
  const child = globalThis.__E2E_SANDBOX__;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  await new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
};
