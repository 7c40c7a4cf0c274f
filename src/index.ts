import * as FlexPlugin from '@twilio/flex-plugin';
import SsoDiagnosticsPlugin from './SsoDiagnosticsPlugin';

FlexPlugin.loadPlugin(SsoDiagnosticsPlugin);
