// flex-plugin-scripts calls this hook with its finished webpack 4 configuration.
//
// Every agent downloads this bundle at every Flex start (budget: scripts/bundle-size.js), and Paste is
// bundled into it. The hook keeps the Paste components the plugin uses, but stops shipping what cannot
// run inside Flex and what only survives because of how Paste's packages are built.
const path = require('path');
const webpack = require('webpack');

const support = (file) => path.join(__dirname, 'build-support', file);
const packageDir = (name) => path.dirname(require.resolve(`${name}/package.json`));

/**
 * Requests resolved somewhere else: [request pattern, { request, context }]. The module found is the
 * same code in its ES module build, which the bundler can concatenate and tree-shake.
 */
const REDIRECTS = [
  // `@twilio-paste/core/<name>` is a CommonJS file re-exporting `@twilio-paste/<name>`. Through it, every
  // component is kept whole and out of module concatenation (1.6 KB gzip); resolve the package itself,
  // as core would.
  [
    /^@twilio-paste[\\/]core[\\/][a-z-]+$/,
    (request) => ({
      request: request.replace(/^@twilio-paste[\\/]core[\\/]/, '@twilio-paste/'),
      context: packageDir('@twilio-paste/core'),
    }),
  ],
  // @twilio-paste/uid-library is react-uid and all of tslib in one 13 KB CommonJS file, re-exporting four
  // react-uid names: use the react-uid it was built from (2.8 KB gzip).
  [
    /^@twilio-paste[\\/]uid-library$/,
    () => ({ request: 'react-uid', context: packageDir('@twilio-paste/uid-library') }),
  ],
];

/**
 * Stand-ins for Paste modules whose weight cannot be used inside Flex: [request pattern, replacement].
 * Every pattern must match a request Paste really makes (tests/scripts/webpack-config.test.ts): a Paste
 * upgrade that renames a file fails a test instead of silently putting the weight back.
 */
const REPLACEMENTS = [
  // Flex gives Paste only baseTheme "default" or "dark" (with its own tokens) through setProviders, so
  // the evergreen, sendgrid, twilio and twilio-dark token sets (33 KB raw each) are never read.
  [
    /design-tokens[\\/]dist[\\/]themes[\\/](evergreen|sendgrid|twilio|twilio-dark)[\\/]tokens\.es6$/,
    require.resolve('@twilio-paste/design-tokens/dist/tokens.es6'),
  ],
  // style-props reads the 116 KB tokens.raw.json only to list deprecated tokens for prop-type warnings.
  [/design-tokens[\\/]dist[\\/]tokens\.raw\.json$/, support('paste-tokens-raw.json')],
  // Only Paste's design-time useThemeContrastCheck hook uses it.
  [/^@twilio-paste[\\/]color-contrast-utils$/, support('paste-color-contrast-utils.js')],
  // react-spring: only a 4px hover nudge on link-style buttons and reduced-motion switches use it here.
  [/^@twilio-paste[\\/]animation-library$/, support('paste-animation-library.js')],
  // Autosizing the analyzer's and the Setup editor's text areas is not worth 19 KB for every agent.
  [/^@twilio-paste[\\/]react-textarea-autosize-library$/, support('paste-textarea-autosize.js')],
];

/** The babel-loader rule that compiles `src/` (flex-plugin-scripts puts babel-preset-react-app there). */
function sourceBabelRule(config) {
  const oneOf = config.module.rules.find((rule) => rule.oneOf).oneOf;
  return oneOf.find((rule) => String(rule.loader).includes('babel-loader') && rule.include);
}

module.exports = (config) => {
  // Redirects first: a redirected request (core/uid-library → uid-library) then meets the others.
  for (const [pattern, redirect] of REDIRECTS) {
    config.plugins.push(
      new webpack.NormalModuleReplacementPlugin(pattern, (resource) => {
        Object.assign(resource, redirect(resource.request));
      }),
    );
  }
  for (const [pattern, replacement] of REPLACEMENTS) {
    config.plugins.push(new webpack.NormalModuleReplacementPlugin(pattern, replacement));
  }

  // `src/` is compiled for the browsers in package.json's browserslist (18.9 KB gzip less than ES5).
  // babel-preset-react-app still lowers ?. and ?? because webpack 4 cannot parse them; nothing here
  // meets document.all, so the shorter `== null` test is exact.
  const babel = sourceBabelRule(config);
  babel.options.assumptions = { ...babel.options.assumptions, noDocumentAll: true };

  // Paste's own modules are not compiled by the template; run them through one Babel plugin that drops
  // their propTypes (build-support/strip-prop-types.js): React's production build never reads them.
  // Each Paste icon module repeats the same wrapper code; build-support/paste-icon-loader.js keeps its SVG
  // and shares the rest (build-support/paste-icon.js).
  config.module.rules.push({
    test: /[\\/]@twilio-paste[\\/]icons[\\/]esm[\\/]\w+Icon\.js$/,
    enforce: 'pre',
    loader: support('paste-icon-loader.js'),
  });
  config.module.rules.push({
    test: /\.js$/,
    include: path.dirname(packageDir('@twilio-paste/core')),
    loader: babel.loader,
    options: {
      babelrc: false,
      configFile: false,
      compact: false,
      sourceType: 'module',
      plugins: [support('strip-prop-types.js')],
    },
  });

  // The template keeps every function and class name through minification: 6.2 KB gzip of names no user
  // sees. Flex names a plugin by its registry entry and the instance's `name` (set by FlexPlugin's
  // constructor), not by the class (PluginManager.doInit in Flex UI 2.17.1), and the error classes here
  // set their `name` themselves.
  for (const minimizer of config.optimization.minimizer || []) {
    const terser = minimizer.options && minimizer.options.terserOptions;
    if (terser) Object.assign(terser, { keep_fnames: false, keep_classnames: false });
  }

  // BUNDLE_ANALYSIS=1 (scripts/bundle-attribution.js): a source map that maps. flex-plugin-scripts asks
  // for one twice, devtool 'hidden-source-map' and its own SourceMapDevToolPlugin, both writing the same
  // .map file, and what lands there is empty. The analysis build keeps the devtool's alone; the
  // bundle's code is the same.
  if (process.env.BUNDLE_ANALYSIS === '1') {
    config.plugins = config.plugins.filter((plugin) => !(plugin instanceof webpack.SourceMapDevToolPlugin));
    config.devtool = 'source-map';
  }
  return config;
};

module.exports.REDIRECTS = REDIRECTS;
module.exports.REPLACEMENTS = REPLACEMENTS;
