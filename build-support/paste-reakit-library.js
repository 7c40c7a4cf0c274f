// Stands in for @twilio-paste/reakit-library in the plugin bundle (see webpack.config.js). That package
// is all of reakit 1.3.11 in one 100 KB CommonJS file; Paste Tabs, the only Paste component here that
// uses it, needs four of its exports. Re-export those from the same reakit version's ES modules so the
// bundler keeps only what the tabs use.
export { Tab, TabList, TabPanel, useTabState } from 'reakit/Tab';
