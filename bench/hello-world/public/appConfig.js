// The template's local-development configuration (not used by the benchmark).
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- read by Flex as a page global
var appConfig = {
  pluginService: { enabled: true, url: '/plugins' },
  ytica: false,
  logLevel: 'info',
  showSupervisorDesktopView: true,
};
