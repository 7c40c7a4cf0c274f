import { name as nameValue } from '../../disclose';
import { defineRule } from '../../engine';
import { isFlexAttribute } from '../../attributes';
import { isNotCheckedReport, readableAssertion } from '../../samlFacts';
import type { SamlRuleContext } from '../../samlTypes';
import type { Report } from '../../types';

type M = 'friendlyName';

/** A URI or an OID: the machine names IdPs put in `Name` when a human name is only in `FriendlyName`. */
const URI_OR_OID = /^(https?:\/\/|urn:)|^\d+(\.\d+)+$/i;

export default defineRule<SamlRuleContext, M>({
  meta: {
    id: 'saml-attribute-friendly-name-only',
    scope: 'saml',
    title: {
      pass: 'Flex attribute names are in the attribute Name',
      fail: 'A Flex attribute name is only in a FriendlyName',
    },
    description:
      'Flex reads an attribute\'s Name, never its FriendlyName: a claim named by URI or OID with FriendlyName "email" does not become email.',
    severity: 'warning',
    messages: {
      friendlyName:
        'The attribute {{name}} has FriendlyName "{{friendlyName}}", but Flex reads the Name, not the FriendlyName: the value likely lands under {{name}}, not {{friendlyName}}. Rename the claim itself to {{friendlyName}} in the IdP.',
    },
    fixKey: 'F-NAMESPACE',
  },
  detect: ({ saml }) => {
    const assertion = readableAssertion(saml);
    if (isNotCheckedReport(assertion)) return { notChecked: assertion };
    const reports: Report<M>[] = [];
    for (const { name, friendlyName } of assertion.attributes) {
      if (friendlyName === undefined || !isFlexAttribute(friendlyName) || !URI_OR_OID.test(name)) continue;
      reports.push({
        messageId: 'friendlyName',
        path: name,
        data: { name: nameValue(name), friendlyName: nameValue(friendlyName) },
      });
    }
    return reports;
  },
});
