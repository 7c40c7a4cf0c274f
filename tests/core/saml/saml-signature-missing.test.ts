import rule from '../../../src/core/rules/saml/saml-signature-missing';
import { signature, testSamlRule } from './snapshot';

testSamlRule(rule, {
  valid: [
    { name: 'Response and Assertion signed', input: {} },
    {
      name: 'a bare Assertion that is signed',
      input: { saml: { kind: 'assertion', signatures: [signature('assertion')] } },
    },
    {
      name: 'an encrypted assertion inside a signed Response: the assertion is not checked',
      input: { encrypted: true },
      notChecked: 'encrypted',
    },
    {
      name: 'a failed-status response with no assertion, signed',
      input: { assertion: null, saml: { signatures: [signature('response')] } },
      notChecked: 'notApplicable',
    },
  ],
  invalid: [
    {
      name: 'only the Assertion signed',
      input: { saml: { signatures: [signature('assertion')] } },
      findings: [{ messageId: 'responseUnsigned', path: 'Response/Signature' }],
    },
    {
      name: 'only the Response signed',
      input: { saml: { signatures: [signature('response')] } },
      findings: [{ messageId: 'assertionUnsigned', path: 'Assertion/Signature' }],
    },
    {
      name: 'nothing signed',
      input: { saml: { signatures: [] } },
      findings: [{ messageId: 'unsigned', path: 'Response/Signature' }],
    },
    {
      name: 'a bare unsigned Assertion',
      input: { saml: { kind: 'assertion', signatures: [] } },
      findings: [{ messageId: 'assertionUnsigned', path: 'Assertion/Signature' }],
    },
    {
      name: 'an unsigned Response around an encrypted assertion is still reported',
      input: { encrypted: true, saml: { signatures: [] } },
      notChecked: 'encrypted',
      findings: [{ messageId: 'responseUnsigned', path: 'Response/Signature' }],
    },
  ],
});
