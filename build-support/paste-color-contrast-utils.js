// Stands in for @twilio-paste/color-contrast-utils in the plugin bundle (see webpack.config.js).
// Paste's theme package imports it only for useThemeContrastCheck, a design-time hook this plugin never
// calls; the real module is 42 KB that every agent would download at every Flex start.
function unavailable() {
  throw new Error('Colour-contrast checks are not included in the plugin-sso-diagnostics bundle.');
}
export const getContrastRatingsOfTokensWithTextContrastRequirements = unavailable;
export const getContrastRatingsOfTokensWithUIControlContrastRequirements = unavailable;
export const getNumberOfTextFailures = unavailable;
export const getNumberOfUIControlFailures = unavailable;
