import {
  hasAttribute,
  intendedAttribute,
  isNamespacedClaim,
  isNoiseClaim,
  isRequiredAttribute,
  lookupClaim,
  type ClaimNote,
} from '../../attributes';
import { defineRule } from '../../engine';
import type { Report, WorkerRuleContext } from '../../types';

/**
 * Extra words for claims whose fix is more than "remove the namespace". `replacesAdvice`: renaming
 * would be wrong advice (group ids are never roles; two name halves are not one full name).
 */
const NOTES: Readonly<Partial<Record<ClaimNote, { readonly text: string; readonly replacesAdvice: boolean }>>> = {
  joinNames: { text: ' Send the first and last name joined as one "full_name" claim instead.', replacesAdvice: true },
  groupIds: {
    text:
      ' It carries group object ids, which Flex cannot use as roles: send app role values (admin, supervisor, agent) ' +
      'as "roles" instead.',
    replacesAdvice: true,
  },
  groupNames: {
    text: ' Group names work as roles only when they are exactly admin, supervisor or agent.',
    replacesAdvice: false,
  },
  nameId: { text: ' The user identifier belongs in the NameID, not in an attribute.', replacesAdvice: false },
  overage: {
    text: ' It means the groups list was too long to send; group ids are not usable as roles anyway.',
    replacesAdvice: false,
  },
};

function hintFor(probablyMeant: string | undefined, present: boolean, note: ClaimNote | undefined): string {
  const extra = note ? NOTES[note] : undefined;
  if (probablyMeant === undefined) return extra?.text ?? '';
  // Beside the real attribute the namespaced copy is only redundant; renaming or joining advice would confuse.
  if (present)
    return ` It is probably meant as "${probablyMeant}", which is also present: this claim is likely redundant.`;
  const meant = ` It is probably meant as "${probablyMeant}", which is absent.`;
  if (extra?.replacesAdvice) return meant + extra.text;
  return `${meant} Name the claim "${probablyMeant}" without a namespace.${extra?.text ?? ''}`;
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
        'The attribute "{{key}}" has a namespaced name. Flex reads only bare names, so it does not use this value.{{hint}}',
    },
    fixKey: 'F-NAMESPACE',
  },
  detect: ({ worker }) => {
    const attributes = worker.attributes;
    const reports: Report<'namespaced'>[] = [];
    for (const key of Object.keys(attributes)) {
      // Noise claims (Entra defaults, Auth0 pass-through) should be removed, not renamed: unused-claims reports them.
      if (!isNamespacedClaim(key) || isNoiseClaim(key)) continue;
      const probablyMeant = intendedAttribute(key, attributes[key], attributes);
      const present = probablyMeant !== undefined && hasAttribute(attributes, probablyMeant);
      const hint = hintFor(probablyMeant, present, lookupClaim(key)?.note);
      const standsInForMissing = probablyMeant !== undefined && !present && isRequiredAttribute(probablyMeant);
      reports.push({
        messageId: 'namespaced',
        path: key,
        data: probablyMeant === undefined ? { key, hint } : { key, probablyMeant, hint },
        ...(standsInForMissing ? { severity: 'error' as const } : {}),
      });
    }
    return reports;
  },
});
