import { name as nameValue } from '../../disclose';
import { defineRule } from '../../engine';
import { isNotCheckedReport, readableAssertion } from '../../samlFacts';
import type { SamlRuleContext } from '../../samlTypes';
import type { Report } from '../../types';

type M = 'duplicated';

export default defineRule<SamlRuleContext, M>({
  meta: {
    id: 'saml-attribute-duplicated',
    scope: 'saml',
    title: { pass: 'Each attribute is sent once', fail: 'An attribute is sent several times' },
    description:
      'An attribute Name repeated in several Attribute elements (Keycloak role lists) is likely reduced to one of them: the user gets one role instead of all.',
    severity: 'warning',
    messages: {
      duplicated:
        'The attribute {{name}} is sent in {{count}} separate Attribute elements; Flex likely keeps only one of them (the last). Send one attribute with several values (Keycloak: turn on "Single Role Attribute" in the role list mapper).',
    },
    fixKey: 'F-CLAIMS',
  },
  detect: ({ saml }) => {
    const assertion = readableAssertion(saml);
    if (isNotCheckedReport(assertion)) return { notChecked: assertion };
    const counts = new Map<string, number>();
    for (const { name } of assertion.attributes) counts.set(name, (counts.get(name) ?? 0) + 1);
    const reports: Report<M>[] = [];
    for (const [name, count] of counts) {
      if (count > 1) reports.push({ messageId: 'duplicated', path: name, data: { name: nameValue(name), count } });
    }
    return reports;
  },
});
