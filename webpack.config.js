// flex-plugin-scripts calls this hook with its finished webpack 4 configuration.
// Nothing to change: the plugin is one bundle and src/ never imports Node-only modules (lint enforces it).
module.exports = (config) => config;
