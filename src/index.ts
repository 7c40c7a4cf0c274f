// The package's index also bundles script and stylesheet loaders this plugin never calls (CommonJS, so
// they cannot be tree-shaken); its lib module holds FlexPlugin and loadPlugin.
import * as FlexPlugin from '@twilio/flex-plugin/dist/lib/flex-plugin';
import SsoDiagnosticsPlugin from './SsoDiagnosticsPlugin';

FlexPlugin.loadPlugin(SsoDiagnosticsPlugin);
