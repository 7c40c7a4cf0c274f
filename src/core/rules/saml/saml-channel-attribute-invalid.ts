import { fixed, name, personal } from '../../disclose';
import { defineRule } from '../../engine';
import { splitTypedClaim } from '../../predict';
import { isNotCheckedReport, partial, readableAssertion } from '../../samlFacts';
import type { SamlRuleContext } from '../../samlTypes';
import type { NotCheckedReport, Report } from '../../types';

type M = 'capacity' | 'availability' | 'unknownChannel';

const CHANNEL_CLAIM = /^channel\.(.+)\.(capacity|availability)$/;
const NON_NEGATIVE_INTEGER = /^\+?\d+$/;
const BOOLEAN = /^(true|false)$/i;

export default defineRule<SamlRuleContext, M>({
  meta: {
    id: 'saml-channel-attribute-invalid',
    scope: 'saml',
    title: { pass: 'Channel claims are well formed', fail: 'A channel claim is malformed' },
    description:
      "`channel.<taskchannel>.capacity` and `.availability` set the worker's channel at login; they must name an existing TaskChannel and hold an integer and a boolean.",
    severity: 'warning',
    messages: {
      capacity:
        'The claim {{claim}} is "{{value}}", not a whole number: a channel capacity must be a non-negative integer.',
      availability: 'The claim {{claim}} is "{{value}}", not true or false: a channel availability must be a boolean.',
      unknownChannel:
        'The claim {{claim}} names the channel "{{channel}}", which is not in the configured channel list{{#channels}} ({{channels}}){{/channels}}{{^channels}}, which is empty{{/channels}}; it must name an existing TaskChannel.',
    },
    fixKey: 'F-CLAIMS',
  },
  detect: ({ saml, expectations }) => {
    const assertion = readableAssertion(saml);
    if (isNotCheckedReport(assertion)) return { notChecked: assertion };
    const reports: Report<M>[] = [];
    let notChecked: NotCheckedReport | undefined;
    for (const { name: claim, values } of assertion.attributes) {
      // `channel.voice.capacity.int` is judged on its base name; a failed conversion is saml-type-suffix-invalid's.
      const match = CHANNEL_CLAIM.exec(splitTypedClaim(claim)?.base ?? claim);
      if (!match) continue;
      const channel = match[1] as string;
      const value = values.join(', ');
      const single = values.length === 1 ? (values[0] as string).trim() : undefined;
      if (match[2] === 'capacity' && (single === undefined || !NON_NEGATIVE_INTEGER.test(single))) {
        reports.push({
          messageId: 'capacity',
          path: claim,
          data: { claim: name(claim), value: personal(value, claim) },
        });
      }
      if (match[2] === 'availability' && (single === undefined || !BOOLEAN.test(single))) {
        reports.push({
          messageId: 'availability',
          path: claim,
          data: { claim: name(claim), value: personal(value, claim) },
        });
      }
      if (expectations.channels === undefined) {
        notChecked = { reasonId: 'noChannelList', detail: 'Channel names were not checked.' };
      } else if (!expectations.channels.includes(channel)) {
        reports.push({
          messageId: 'unknownChannel',
          path: claim,
          data: {
            claim: name(claim),
            channel: name(channel),
            ...(expectations.channels.length > 0 ? { channels: fixed(expectations.channels) } : {}),
          },
        });
      }
    }
    return partial(reports, notChecked);
  },
});
