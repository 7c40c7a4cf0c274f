// flex-plugin-scripts calls this hook with its finished webpack 4 configuration.
const path = require('path');
const webpack = require('webpack');

const support = (file) => path.join(__dirname, 'build-support', file);

module.exports = (config) => {
  // Every agent downloads this bundle at every Flex start (bundle budget: scripts/bundle-size.js).
  // Paste is bundled, and it brings data this plugin cannot use inside Flex:
  config.plugins.push(
    // Flex gives Paste only baseTheme "default" or "dark" (with its own tokens) through setProviders, so
    // the evergreen, sendgrid, twilio and twilio-dark token sets (27 KB each) are never read.
    new webpack.NormalModuleReplacementPlugin(
      /design-tokens[\\/]dist[\\/]themes[\\/](evergreen|sendgrid|twilio|twilio-dark)[\\/]tokens\.common/,
      require.resolve('@twilio-paste/design-tokens/dist/tokens.common'),
    ),
    // style-props reads the 116 KB tokens.raw.json only to list deprecated tokens for prop-type warnings.
    new webpack.NormalModuleReplacementPlugin(
      /design-tokens[\\/]dist[\\/]tokens\.raw\.json$/,
      support('paste-tokens-raw.json'),
    ),
    // Only Paste's design-time useThemeContrastCheck hook uses it.
    new webpack.NormalModuleReplacementPlugin(
      /^@twilio-paste[\\/]color-contrast-utils$/,
      support('paste-color-contrast-utils.js'),
    ),
    // All of reakit in one CommonJS file; Paste Tabs needs four exports (same reakit version, ES modules).
    new webpack.NormalModuleReplacementPlugin(/^@twilio-paste[\\/]reakit-library$/, support('paste-reakit-library.js')),
    // react-spring: only a 4px hover nudge on link-style buttons and reduced-motion switches use it here.
    new webpack.NormalModuleReplacementPlugin(
      /^@twilio-paste[\\/]animation-library$/,
      support('paste-animation-library.js'),
    ),
    // Autosizing the analyzer's and the Setup editor's text areas is not worth 19 KB for every agent.
    new webpack.NormalModuleReplacementPlugin(
      /^@twilio-paste[\\/]react-textarea-autosize-library$/,
      support('paste-textarea-autosize.js'),
    ),
  );
  return config;
};
