// Stands in for @twilio-paste/reakit-library in the plugin bundle (see webpack.config.js). That package
// is all of reakit 1.3.11 in one 100 KB CommonJS file; Paste Tabs and Disclosure, the only Paste
// components here that use it, need seven of its exports. Re-export those from the same reakit version's
// ES modules so the bundler keeps only what they use.
export { Tab, TabList, TabPanel, useTabState } from 'reakit/Tab';
export { Disclosure, DisclosureContent, useDisclosureState } from 'reakit/Disclosure';
