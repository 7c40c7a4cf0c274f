// Flex UI configuration for local development with the Twilio CLI (`twilio flex:plugins:start`).
// Copy to public/appConfig.js (not committed). The plugin's own settings do NOT go here: they live in
// the Flex configuration's ui_attributes.sso_diagnostics (see the README), which every user's Flex
// reads; set them with the Flex Configuration API. `npm start` (the sandbox) does not use this file.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- read by Flex as a page global
var appConfig = {
  pluginService: {
    enabled: true,
    url: '/plugins',
  },
  ytica: false,
  logLevel: 'info',
  showSupervisorDesktopView: true,
};
