import rule from '../../../src/core/rules/worker/unused-claims';
import { GOOD_ATTRIBUTES, testWorkerRule } from '../ruleTester';

const MS = 'http://schemas.microsoft.com/identity/claims/';

// One finding per worker lists every noise claim: they share one cause and one fix.
testWorkerRule(rule, {
  valid: [
    { name: 'only Flex and custom attributes', input: { attributes: { ...GOOD_ATTRIBUTES, costCentre: '42' } } },
    {
      name: 'useful namespaced claims are claim-name-namespaced findings, not noise',
      input: { attributes: { ...GOOD_ATTRIBUTES, [`${MS}displayname`]: 'Ana Lima' } },
    },
  ],
  invalid: [
    {
      name: "Entra's four default claims in one finding",
      input: {
        attributes: {
          ...GOOD_ATTRIBUTES,
          [`${MS}tenantid`]: 't',
          [`${MS}objectidentifier`]: 'o',
          [`${MS}identityprovider`]: 'i',
          'http://schemas.microsoft.com/claims/authnmethodsreferences': ['a'],
        },
      },
      findings: [
        {
          messageId: 'noise',
          data: {
            count: 4,
            claims: [
              `${MS}tenantid`,
              `${MS}objectidentifier`,
              `${MS}identityprovider`,
              'http://schemas.microsoft.com/claims/authnmethodsreferences',
            ],
          },
        },
      ],
    },
    {
      name: 'Auth0 pass-through claims',
      input: {
        attributes: {
          ...GOOD_ATTRIBUTES,
          'http://schemas.auth0.com/picture': 'https://x.example/p.png',
          'http://schemas.auth0.com/identities/default/provider': 'auth0',
        },
      },
      findings: [{ messageId: 'noise', data: { count: 2 } }],
    },
  ],
});
