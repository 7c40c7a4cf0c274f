// Lint is part of `npm test`. Besides the usual checks it enforces the architecture: the core is pure,
// only src/flex talks to Flex, Paste is imported one package at a time, and nothing renders raw HTML.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const pasteRoot = {
  name: '@twilio-paste/core',
  message: 'Import one Paste package at a time (@twilio-paste/core/<name>): the root import bloats the bundle.',
};
const noXmldom = {
  name: '@xmldom/xmldom',
  message: 'Only the CLI may import @xmldom/xmldom; the plugin uses the browser DOMParser. Pass the parser in.',
};
const noTwilio = {
  name: 'twilio',
  message: 'Only the CLI (--twilio) may import the twilio library: the plugin bundle must not carry it.',
};

// Paste Tabs and Paste Disclosure bring reakit: about 10.8 KB gzip of every agent's download.
const noPasteReakit = [
  {
    name: '@twilio-paste/core/tabs',
    message: "Use src/ui/components/Tabs.tsx: Paste Tabs brings reakit, about 10.8 KB gzip of every agent's download.",
  },
  {
    name: '@twilio-paste/core/disclosure',
    message:
      "Use src/ui/components/Disclosure.tsx (native <details>): Paste Disclosure brings reakit, about 10 KB gzip of every agent's download.",
  },
];

export default tseslint.config(
  // bench/hello-world is the official plugin template's code as it comes (a benchmark baseline), not ours.
  {
    ignores: [
      'build/**',
      'dist/**',
      'coverage/**',
      'node_modules/**',
      'sandbox/dist/**',
      'docs/**',
      'bench/hello-world/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // One way to ask whether an object has its own key.
      'prefer-object-has-own': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Attribute values are rendered as text only.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-console': 'error',
      'no-restricted-imports': ['error', { paths: [pasteRoot, noXmldom, ...noPasteReakit] }],
      // The plugin's webpack 4 cannot parse ??=, ||= or &&=, and babel leaves them to the browsers in
      // package.json's browserslist, which all have them: write them out.
      'logical-assignment-operators': ['error', 'never'],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [pasteRoot, noXmldom, noTwilio, 'react', '@twilio/flex-ui'],
          patterns: [
            {
              group: [
                '@twilio-paste/*',
                '**/flex/**',
                '**/ui/**',
                '**/saml/**',
                '**/idpconfig/**',
                '**/cli/**',
                '../flex',
                '../ui',
                '../saml',
                '../idpconfig',
                '../cli',
              ],
              message: 'src/core is pure: it imports nothing from adapters or presentation.',
            },
          ],
        },
      ],
    },
  },
  {
    // Input adapters: src/saml (XML) and src/idpconfig (the JSON and text IdP exports).
    files: ['src/saml/**/*.ts', 'src/idpconfig/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [pasteRoot, noXmldom, noTwilio, 'react', '@twilio/flex-ui'],
          patterns: [
            {
              group: ['**/flex/**', '**/ui/**', '**/cli/**'],
              message: 'Input adapters turn text into snapshots; they know nothing of Flex or the UI.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            pasteRoot,
            noXmldom,
            noTwilio,
            ...noPasteReakit,
            { name: '@twilio/flex-ui', message: 'src/ui is props in, JSX out; only src/flex talks to Flex.' },
          ],
          patterns: [{ group: ['**/flex/**', '**/cli/**'], message: 'src/ui does not reach into adapters.' }],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'scripts/**', 'bin/**', 'tests/**', 'sandbox/**'],
    rules: { 'no-console': 'off', 'no-restricted-imports': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
