import * as FlexPlugin from '@twilio/flex-plugin';

import HelloWorldPlugin from './HelloWorldPlugin';

FlexPlugin.loadPlugin(HelloWorldPlugin);
