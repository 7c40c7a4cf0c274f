import type { IdpProfile } from '../types';
import { FLEX_STEPS, fix, guides, hostPattern } from './shared';

const PF = 'PingFederate: open SP Connections › the Flex connection';
const P1 = 'PingOne: open Applications › the Flex app';

export const pingIdentity: IdpProfile = {
  id: 'ping-identity',
  name: 'Ping Identity (PingFederate / PingOne)',
  issuerPatterns: [
    /^PingConnect\b/i,
    hostPattern('pingone\\.(?:com|eu|asia|ca)'),
    hostPattern('pingidentity\\.com'),
    // PingFederate entity ids are free text; the one reliable trace is the engine's default port,
    // 9031, which stays in a base-URL-derived entity id (saml-corpus pingfederate-gosaml2-1).
    /^https?:\/\/[^/?#]+:9031(?:[/?#]|$)/i,
  ],
  claimFingerprints: [/^PingOne\./],
  guides: guides(),
  attributeSources: {
    email: 'PingFederate: SP connection › Attribute Contract › email; PingOne: Attribute Mappings › email',
    full_name: 'PingFederate: SP connection › Attribute Contract › full_name; PingOne: Attribute Mappings › full_name',
    roles: 'PingFederate: SP connection › Attribute Contract › roles; PingOne: Attribute Mappings › roles',
  },
  fixes: {
    'F-ACS': fix([
      FLEX_STEPS.copyAcs,
      `${PF} › Protocol Settings › Assertion Consumer Service URL, and set the Flex ACS URL (binding POST).`,
      `${P1} › Configuration, and set the ACS URL to the Flex ACS URL.`,
    ]),
    'F-ENTITY': fix([
      FLEX_STEPS.copyEntity,
      `${PF} › General Info, and set the partner's Entity ID to the Flex Entity ID.`,
      `${P1} › Configuration, and set Entity ID to the Flex Entity ID.`,
    ]),
    'F-SIGN': fix([
      `${PF} › Protocol Settings › Signature Policy, and sign both the assertion and the response.`,
      `${P1} › Configuration, and set signing to "Sign Assertion & Response" with RSA-SHA256.`,
      'Do not encrypt the assertion: Flex does not accept encrypted assertions.',
    ]),
    'F-CLAIMS': fix(
      [
        `${PF} › Assertion Creation › Attribute Contract, add email, full_name and roles, and fulfil each from your data store.`,
        `${P1} › Attribute Mappings, and map email, full_name and roles.`,
        FLEX_STEPS.loginAgain,
      ],
      ['error45050', 'taskRouterLimits'],
    ),
  },
  refinements: {
    'saml-assertion-encrypted': fix([
      `${PF} › Protocol Settings › Encryption Policy, and choose None: Flex does not accept encrypted assertions.`,
      `${P1} › Configuration, and turn assertion encryption off.`,
      'Keep the assertion and the response signed, with RSA-SHA256.',
    ]),
  },
};
