// The template's hook, unchanged: the finished configuration as flex-plugin-scripts made it.
module.exports = (config) => config;
