// Two projects run by default: pure code (core, saml, cli) runs under Node, where WebCrypto is real; React
// and the real @twilio/flex-ui module run under jsdom. A third, `e2e`, drives the sandbox in Chromium.
// `preset` supplies flex-plugin-scripts' Babel transform.
const preset = '@twilio/flex-plugin-test';
const globals = {
  __FPB_PLUGIN_UNIQUE_NAME: 'plugin-sso-diagnostics',
  __FPB_PLUGIN_VERSION: '0.0.0-test',
  __FPB_FLEX_PLUGIN_SCRIPTS_VERSION: '7.1.2',
  __FPB_FLEX_PLUGIN_VERSION: '7.1.2',
  __FPB_FLEX_UI_VERSION: '2.17.1',
  __FPB_REACT_VERSION: '17.0.2',
  __FPB_REACT_DOM_VERSION: '17.0.2',
};

// Jest 27 ignores package.json "exports": @peculiar/x509 (test fixtures) imports @peculiar/utils subpaths
// that only resolve through them, so point those at the CommonJS builds.
const moduleNameMapper = {
  '^src/(.*)$': '<rootDir>/src/$1',
  '^@peculiar/utils/(bytes|encoding)$': '<rootDir>/node_modules/@peculiar/utils/build/cjs/$1/index.js',
  // The plugin imports Paste icons' ES modules (the bundle keeps one copy of Paste's icon helpers); Node
  // runs the CommonJS build of the same icons.
  '^@twilio-paste/icons/esm/(.*)$': '@twilio-paste/icons/cjs/$1',
  // fast-check's "main" is its ES module build; its CommonJS build is behind "exports".
  '^fast-check$': '<rootDir>/node_modules/fast-check/lib/cjs/fast-check.js',
  '^pure-rand/(distribution|generator|utils)/([A-Za-z0-9]+)$': '<rootDir>/node_modules/pure-rand/lib/$1/$2.js',
};

module.exports = {
  projects: [
    {
      displayName: 'node',
      preset,
      rootDir: __dirname,
      roots: ['<rootDir>/tests'],
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/{core,saml,idpconfig,cli,scripts,property}/**/*.test.ts'],
      setupFilesAfterEnv: [],
      globals,
      moduleNameMapper,
    },
    {
      displayName: 'jsdom',
      preset,
      rootDir: __dirname,
      roots: ['<rootDir>/tests'],
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/{ui,flex,sandbox}/**/*.test.{ts,tsx}'],
      setupFilesAfterEnv: ['<rootDir>/tests/setup/jsdom.ts'],
      globals,
      moduleNameMapper,
    },
    {
      // Real-browser tests against the sandbox (Chromium + playwright-core). Not part of the default
      // run: `npm run test:e2e` (scripts/test-e2e.js) selects it when Chromium is installed.
      displayName: 'e2e',
      preset,
      rootDir: __dirname,
      roots: ['<rootDir>/tests'],
      // Node, plus the fetch globals playwright-core needs (see the file).
      testEnvironment: '<rootDir>/tests/e2e/support/environment.js',
      testMatch: ['<rootDir>/tests/e2e/**/*.e2e.ts'],
      setupFiles: [],
      setupFilesAfterEnv: ['<rootDir>/tests/e2e/support/setup.ts'],
      globalSetup: '<rootDir>/tests/e2e/support/globalSetup.js',
      globalTeardown: '<rootDir>/tests/e2e/support/globalTeardown.js',
      globals,
      moduleNameMapper,
    },
  ],
};
