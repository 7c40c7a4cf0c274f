import { FlexPlugin } from '@twilio/flex-plugin/dist/lib/flex-plugin';
import type * as Flex from '@twilio/flex-ui';
import { registerSsoDiagnostics } from './flex/register';

const PLUGIN_NAME = 'SsoDiagnosticsPlugin';

export default class SsoDiagnosticsPlugin extends FlexPlugin {
  constructor() {
    super(PLUGIN_NAME);
  }

  /** Called by Flex once, with the Flex module and the manager. Registration decides everything else. */
  async init(flex: typeof Flex, manager: Flex.Manager): Promise<void> {
    registerSsoDiagnostics(flex, manager);
  }
}
