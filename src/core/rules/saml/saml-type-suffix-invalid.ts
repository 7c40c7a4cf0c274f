import { defineRule } from '../../engine';
import { isNotCheckedReport, readableAssertion } from '../../samlFacts';
import type { SamlRuleContext } from '../../samlTypes';

type M = 'typeCase' | 'value';

export default defineRule<SamlRuleContext, M>({
  meta: {
    id: 'saml-type-suffix-invalid',
    scope: 'saml',
    title: { pass: 'Typed claims convert', fail: 'A typed claim cannot be converted' },
    description:
      'A `name.type` claim with the type in the wrong case, or a value that does not convert, makes Flex answer "400 Error invalid attribute format" and update nothing on the worker at that login.',
    severity: 'error',
    messages: {
      typeCase:
        'The claim {{claim}} uses the type suffix ".{{type}}", which Flex accepts only in lower case (".{{expected}}"). Flex then rejects the whole attribute update ("400 Error invalid attribute format"): nothing on the worker changes at this login.',
      value:
        'The claim {{claim}} has the value "{{value}}", which cannot be converted to {{type}}. Flex then rejects the whole attribute update ("400 Error invalid attribute format"): nothing on the worker changes at this login.',
    },
    fixKey: 'F-CLAIMS',
  },
  detect: ({ saml, predicted }) => {
    const assertion = readableAssertion(saml);
    if (isNotCheckedReport(assertion)) return { notChecked: assertion };
    return predicted.typeErrors.map((error) => ({ messageId: error.messageId, path: error.claim, data: error.data }));
  },
});
