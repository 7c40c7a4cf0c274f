import rule from '../../../src/core/rules/saml/saml-channel-attribute-invalid';
import { baseAssertion, testSamlRule } from './snapshot';

const base = baseAssertion().attributes;
const claims = (...list: [string, ...string[]][]) => ({
  assertion: { attributes: [...base, ...list.map(([name, ...values]) => ({ name, values }))] },
});
const CHANNELS = { channels: ['voice', 'chat', 'sms'] };

testSamlRule(rule, {
  valid: [
    { name: 'no channel claims', input: {} },
    {
      name: 'a known channel with an integer capacity and a boolean availability',
      input: claims(['channel.chat.capacity', '3'], ['channel.voice.availability', 'false']),
      expectations: CHANNELS,
    },
    {
      name: 'without a channel list the names are not checked',
      input: claims(['channel.whatsapp.capacity', '2']),
      notChecked: 'noChannelList',
    },
    { name: 'an encrypted assertion', input: { encrypted: true }, notChecked: 'encrypted' },
  ],
  invalid: [
    {
      name: 'a capacity that is not a whole number',
      input: claims(['channel.chat.capacity', 'two']),
      expectations: CHANNELS,
      findings: [{ messageId: 'capacity', path: 'channel.chat.capacity', data: { value: 'two' } }],
    },
    {
      name: 'an availability that is not a boolean',
      input: claims(['channel.voice.availability', 'yes']),
      expectations: CHANNELS,
      findings: [{ messageId: 'availability', path: 'channel.voice.availability', data: { value: 'yes' } }],
    },
    {
      name: 'a channel not in the configured list',
      input: claims(['channel.whatsapp.capacity', '2']),
      expectations: CHANNELS,
      findings: [
        {
          messageId: 'unknownChannel',
          path: 'channel.whatsapp.capacity',
          data: { channel: 'whatsapp', channels: ['voice', 'chat', 'sms'] },
        },
      ],
    },
  ],
});
