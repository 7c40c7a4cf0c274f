import { DEFAULT_CONFIG } from '../../../src/core/config';
import { workerContext } from '../../../src/core/check';
import { runRules } from '../../../src/core/engine';
import rule from '../../../src/core/rules/worker/required-attribute-missing';
import { GOOD_ATTRIBUTES, testWorkerRule } from '../ruleTester';

const { email, full_name, roles } = GOOD_ATTRIBUTES;

testWorkerRule(rule, {
  valid: [
    { name: 'all three required attributes present', input: { attributes: { ...GOOD_ATTRIBUTES } } },
    {
      name: 'empty values are present (required-attribute-empty reports them)',
      input: { attributes: { email: '', full_name: ' ', roles: [] } },
    },
  ],
  invalid: [
    {
      name: 'reports every missing attribute, in email, full_name, roles order, without a hint when nothing stands in',
      input: { attributes: {} },
      findings: [
        { messageId: 'missing', path: 'email', data: { attribute: 'email' } },
        { messageId: 'missing', path: 'full_name', data: { attribute: 'full_name' } },
        { messageId: 'missing', path: 'roles', data: { attribute: 'roles' } },
      ],
    },
    {
      name: 'names the namespaced claim Entra sends instead of email',
      input: {
        attributes: { full_name, roles, 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress': email },
      },
      findings: [
        {
          messageId: 'missing',
          path: 'email',
          data: {
            attribute: 'email',
            probablyMeant: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
            candidates: ['http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress'],
          },
        },
      ],
    },
    {
      name: 'a case near-miss (Full_Name) is the probable full_name',
      input: { attributes: { email, roles, Full_Name: 'Ana Lima' } },
      findings: [{ messageId: 'missing', path: 'full_name', data: { probablyMeant: 'Full_Name' } }],
    },
    {
      name: 'firstName and lastName are both named for full_name',
      input: { attributes: { email, roles, firstName: 'Ana', lastName: 'Lima' } },
      findings: [
        {
          messageId: 'missing',
          path: 'full_name',
          data: {
            probablyMeant: 'firstName',
            candidates: ['firstName', 'lastName'],
          },
        },
      ],
    },
    {
      name: 'the Insights attribute role stands in for a missing roles',
      input: { attributes: { email, full_name, role: 'agent' } },
      findings: [{ messageId: 'missing', path: 'roles', data: { probablyMeant: 'role' } }],
    },
    {
      name: 'a claims/name holding an address is the probable email, not full_name',
      input: {
        attributes: {
          full_name,
          roles,
          'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name': 'ana.lima@example.com',
        },
      },
      findings: [
        {
          messageId: 'missing',
          path: 'email',
          data: { probablyMeant: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name' },
        },
      ],
    },
    {
      name: 'a value of undefined counts as missing',
      input: { attributes: { email, full_name, roles: undefined } },
      findings: [{ messageId: 'missing', path: 'roles', data: { attribute: 'roles' } }],
    },
  ],
});

describe('required-attribute-missing message', () => {
  const messageFor = (attributes: Record<string, unknown>) =>
    runRules([rule], workerContext({ attributes }, DEFAULT_CONFIG), DEFAULT_CONFIG).findings[0]?.message;

  it('ends at the error code when no key stands in for the attribute', () => {
    expect(messageFor({ email, full_name })).toBe(
      'The required attribute "roles" is missing. Twilio rejects SSO logins without it (error 45050).',
    );
  });

  it('names the key the IdP probably meant when there is one', () => {
    expect(messageFor({ email, full_name, Roles: roles })).toBe(
      'The required attribute "roles" is missing. Twilio rejects SSO logins without it (error 45050). ' +
        'The attributes include "Roles", which is probably meant as "roles".',
    );
  });
});
