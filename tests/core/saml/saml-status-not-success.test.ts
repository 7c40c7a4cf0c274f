import rule from '../../../src/core/rules/saml/saml-status-not-success';
import { testSamlRule } from './snapshot';

const status = (subCode?: string, message?: string) => ({
  code: 'urn:oasis:names:tc:SAML:2.0:status:Requester',
  ...(subCode ? { subCode: `urn:oasis:names:tc:SAML:2.0:status:${subCode}` } : {}),
  ...(message ? { message } : {}),
});

testSamlRule(rule, {
  valid: [
    { name: 'a Success status', input: {} },
    {
      name: 'a bare Assertion has no status to judge',
      input: { saml: { kind: 'assertion', status: null } },
      notChecked: 'notApplicable',
    },
  ],
  invalid: [
    {
      name: 'InvalidNameIDPolicy (ADFS without an email NameID) points at the NameID fix',
      input: { saml: { status: status('InvalidNameIDPolicy', 'NameID format not supported') }, assertion: null },
      findings: [
        {
          messageId: 'invalidNameIdPolicy',
          path: 'Status/StatusCode',
          data: { status: 'Requester / InvalidNameIDPolicy', statusMessage: 'NameID format not supported' },
        },
      ],
    },
    {
      name: 'a second-level code put at the top level, as Salesforce does, is still recognised',
      input: { saml: { status: { code: 'urn:oasis:names:tc:SAML:2.0:status:AuthnFailed' } }, assertion: null },
      findings: [{ messageId: 'authnFailed', path: 'Status/StatusCode', data: { status: 'AuthnFailed' } }],
    },
    {
      name: 'RequestDenied',
      input: { saml: { status: status('RequestDenied') }, assertion: null },
      findings: [
        {
          messageId: 'requestDenied',
          path: 'Status/StatusCode',
          message:
            'The IdP denied the login with status Requester / RequestDenied, most often because the user is not assigned to the Flex application in the IdP.',
        },
      ],
    },
    {
      name: 'AuthnFailed',
      input: {
        saml: {
          status: {
            code: 'urn:oasis:names:tc:SAML:2.0:status:Responder',
            subCode: 'urn:oasis:names:tc:SAML:2.0:status:AuthnFailed',
          },
        },
      },
      findings: [{ messageId: 'authnFailed', path: 'Status/StatusCode', data: { status: 'Responder / AuthnFailed' } }],
    },
    {
      name: 'RequestUnsupported',
      input: { saml: { status: status('RequestUnsupported') } },
      findings: [{ messageId: 'requestUnsupported', path: 'Status/StatusCode' }],
    },
    {
      name: 'a top-level failure without a second-level code',
      input: { saml: { status: status() } },
      findings: [{ messageId: 'other', path: 'Status/StatusCode', data: { status: 'Requester' } }],
    },
    {
      name: 'an unknown second-level code',
      input: { saml: { status: status('NoPassive') } },
      findings: [{ messageId: 'other', path: 'Status/StatusCode', data: { status: 'Requester / NoPassive' } }],
    },
    {
      name: 'a Response without any Status',
      input: { saml: { status: null } },
      findings: [{ messageId: 'other', path: 'Status/StatusCode', data: { status: 'missing' } }],
    },
  ],
});

it('sends InvalidNameIDPolicy to the NameID fix and every other failure to the SSO URL fix', () => {
  expect(rule.meta.messageFixKeys).toEqual({ invalidNameIdPolicy: 'F-NAMEID' });
  expect(rule.meta.fixKey).toBe('F-SSOURL');
});
