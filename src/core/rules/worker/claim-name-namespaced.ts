import { fixed, name } from '../../disclose';
import { hasAttribute, isNamespacedClaim, isRequiredAttribute } from '../../attributes';
import { intendedAttribute, isNoiseClaim, lookupClaim, type ClaimNote } from '../../claims';
import { defineRule, PASS, withReport } from '../../engine';
import type { FindingData, Report, WorkerRuleContext } from '../../types';

/** Notes where renaming would be wrong advice (group ids are never roles; two name halves are not one full name). */
const REPLACES_ADVICE: ReadonlySet<ClaimNote> = new Set(['joinNames', 'groupIds']);
const NOTES: ReadonlySet<ClaimNote> = new Set(['joinNames', 'groupIds', 'groupNames', 'nameId', 'overage']);

/**
 * The message's parts, as data: the probably meant name, whether it is also present (then the namespaced
 * copy is only redundant, and renaming or joining advice would confuse), and the claim's note.
 */
function variant(probablyMeant: string | undefined, present: boolean, note: ClaimNote | undefined): FindingData {
  const noteData = note && NOTES.has(note) && !present ? { [note]: fixed(true) } : {};
  if (probablyMeant === undefined) return noteData;
  if (present) return { probablyMeant: fixed(probablyMeant), redundant: fixed(true) };
  return {
    probablyMeant: fixed(probablyMeant),
    absent: fixed(true),
    ...(note && REPLACES_ADVICE.has(note) ? {} : { rename: fixed(true) }),
    ...noteData,
  };
}

export default defineRule<WorkerRuleContext, 'namespaced'>({
  meta: {
    id: 'claim-name-namespaced',
    scope: 'worker',
    title: {
      pass: 'No namespaced claim names',
      fail: 'A claim name carries a namespace',
    },
    description:
      'Flex reads bare attribute names only: "http://schemas.xmlsoap.org/…/claims/emailaddress" is not "email". ' +
      'When the namespaced claim was meant as a required attribute, Twilio rejects the SSO login with error 45050.',
    severity: 'warning',
    messages: {
      namespaced:
        'The attribute "{{key}}" has a namespaced name. Flex reads only bare names, so it does not use this value.' +
        '{{#redundant}} It is probably meant as "{{probablyMeant}}", which is also present: this claim is likely redundant.{{/redundant}}' +
        '{{#absent}} It is probably meant as "{{probablyMeant}}", which is absent.{{/absent}}' +
        '{{#rename}} Name the claim "{{probablyMeant}}" without a namespace.{{/rename}}' +
        '{{#joinNames}} Send the first and last name joined as one "full_name" claim instead.{{/joinNames}}' +
        '{{#groupIds}} It carries group object ids, which Flex cannot use as roles: send app role values (admin, ' +
        'supervisor, agent) as "roles" instead.{{/groupIds}}' +
        '{{#groupNames}} Group names work as roles only when they are exactly admin, supervisor or agent.{{/groupNames}}' +
        '{{#nameId}} The user identifier belongs in the NameID, not in an attribute.{{/nameId}}' +
        '{{#overage}} It means the groups list was too long to send; group ids are not usable as roles anyway.{{/overage}}',
    },
    fixKey: 'F-NAMESPACE',
  },
  detect: ({ worker, keys }) => {
    const attributes = worker.attributes;
    let reports: Report<'namespaced'>[] | undefined;
    for (const key of keys) {
      // Noise claims (Entra defaults, Auth0 pass-through) should be removed, not renamed: unused-claims reports them.
      if (!isNamespacedClaim(key) || isNoiseClaim(key)) continue;
      const probablyMeant = intendedAttribute(key, attributes[key], attributes);
      const present = probablyMeant !== undefined && hasAttribute(attributes, probablyMeant);
      const standsInForMissing = probablyMeant !== undefined && !present && isRequiredAttribute(probablyMeant);
      reports = withReport(reports, {
        messageId: 'namespaced',
        path: key,
        data: { key: name(key), ...variant(probablyMeant, present, lookupClaim(key)?.note) },
        ...(standsInForMissing ? { severity: 'error' as const } : {}),
      });
    }
    return reports ?? PASS;
  },
});
