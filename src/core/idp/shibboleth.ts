import type { IdpProfile } from '../types';
import { FLEX_STEPS, fix, guides } from './shared';

/** Signing and encryption are set in one place: the same steps fit an encrypted assertion. */
const SIGN = fix([
  'In conf/relying-party.xml, add an override for the Flex Entity ID whose SAML2.SSO profile sets signResponses and signAssertions to true and encryptAssertions to false.',
  'Reload the relying-party configuration (or restart the IdP).',
]);

export const shibboleth: IdpProfile = {
  id: 'shibboleth',
  name: 'Shibboleth IdP',
  issuerPatterns: [/^https?:\/\/[^/?#]+(?:\/[^?#]*)?\/idp\/shibboleth\/?$/i],
  // eduPerson OIDs are what research and education federations release; nothing else sends them.
  claimFingerprints: [/^urn:oid:1\.3\.6\.1\.4\.1\.5923\./],
  guides: guides(),
  attributeSources: {
    email: 'attribute-resolver.xml: attribute email (bare SAML 2 name), released in attribute-filter.xml',
    full_name: 'attribute-resolver.xml: attribute full_name (bare SAML 2 name), released in attribute-filter.xml',
    roles: 'attribute-resolver.xml: attribute roles (bare SAML 2 name), released in attribute-filter.xml',
  },
  fixes: {
    'F-SIGN': SIGN,
    'F-CLAIMS': fix(
      [
        'In conf/attribute-resolver.xml, define email, full_name and roles, each encoded (or, from IdP v4, transcoded) with a bare SAML 2 name.',
        'In conf/attribute-filter.xml, release email, full_name and roles to the Flex Entity ID.',
        FLEX_STEPS.loginAgain,
      ],
      ['error45050', 'taskRouterLimits'],
    ),
    'F-NAMESPACE': fix([
      'Give the Flex attributes bare SAML 2 names (email, not urn:oid:0.9.2342.19200300.100.1.3) with NameFormat basic; a FriendlyName alone is not used by Flex.',
      FLEX_STEPS.loginAgain,
    ]),
  },
  refinements: {
    'saml-assertion-encrypted': SIGN,
  },
};
