import type { IdpProfile } from '../types';
import { FLEX_STEPS, fix, guides } from './shared';

export const CLIENT = 'In the Keycloak admin console, open Clients › the Flex client';
const MAPPERS = `${CLIENT} › Client scopes › the dedicated scope › Mappers`;

export const keycloak: IdpProfile = {
  id: 'keycloak',
  name: 'Keycloak',
  // `/realms/<realm>`, or `/auth/realms/<realm>` before Keycloak 17.
  issuerPatterns: [/^https?:\/\/[^/?#]+(?:\/[^?#]*)?\/realms\/[^/?#]+\/?$/i],
  claimFingerprints: [
    // A repeated `Role` attribute (the role-list mapper with "Single Role Attribute" off) reaches the
    // worker as a list; detection tests list-valued keys as `<name>[]` (see index.ts).
    /^Role\[\]$/,
    // X500 mappers send OIDs. Shibboleth sends them too, but is recognised first by its eduPerson OIDs.
    /^urn:oid:/,
  ],
  guides: guides(),
  attributeSources: {
    email:
      'Client scopes › dedicated scope › Mappers › User Property email → SAML Attribute Name email (NameFormat Basic)',
    full_name: 'Client scopes › dedicated scope › Mappers › a user attribute mapper → full_name (NameFormat Basic)',
    roles: 'Client scopes › dedicated scope › Mappers › Role list → roles (Single Role Attribute ON)',
  },
  fixes: {
    'F-ACS': fix([
      FLEX_STEPS.copyAcs,
      `${CLIENT} › Settings, and add the Flex ACS URL to "Valid redirect URIs".`,
      'Set "Assertion Consumer Service POST Binding URL" to the Flex ACS URL (Advanced › Fine Grain SAML Endpoint Configuration in recent versions), and save.',
    ]),
    'F-ENTITY': fix([
      FLEX_STEPS.copyEntity,
      'Use it as the Client ID of the Flex client (Keycloak sends the Client ID as the audience); create a new client if the ID differs.',
    ]),
    'F-SIGN': fix([
      `${CLIENT} › Keys and Settings › Signature and Encryption.`,
      'Turn "Sign documents" and "Sign assertions" ON, with signature algorithm RSA_SHA256.',
      'Turn "Encrypt assertions" OFF: Flex does not accept encrypted assertions, and save.',
    ]),
    'F-CLAIMS': fix(
      [
        `${MAPPERS}, and add a mapper for each of email, full_name and roles.`,
        'In each mapper set SAML Attribute NameFormat to Basic and SAML Attribute Name to the bare Flex name.',
        FLEX_STEPS.loginAgain,
      ],
      ['error45050', 'taskRouterLimits'],
    ),
    'F-NAMESPACE': fix([
      `${MAPPERS}.`,
      'In each mapper set SAML Attribute NameFormat to Basic and SAML Attribute Name to the bare Flex name; the X500 mappers send urn:oid names, with the Flex name only as FriendlyName.',
      FLEX_STEPS.loginAgain,
    ]),
    'F-ROLES': fix(
      [
        `${MAPPERS}, and edit (or add) the "Role list" mapper: Role attribute name roles, "Single Role Attribute" ON, so the roles arrive as one multi-valued attribute instead of repeated Role attributes.`,
        'Name the roles that reach Flex exactly admin, supervisor or agent (lowercase).',
        'Turn "Full scope allowed" off in the dedicated scope so realm roles such as default-roles-<realm> are not sent.',
        FLEX_STEPS.loginAgain,
      ],
      ['flexInsightsRoles'],
    ),
  },
  refinements: {
    'saml-assertion-encrypted': fix([
      `${CLIENT} › Keys and Settings › Signature and Encryption.`,
      'Turn "Encrypt assertions" OFF: Flex does not accept encrypted assertions.',
      'Keep "Sign documents" and "Sign assertions" ON, with signature algorithm RSA_SHA256, and save.',
    ]),
  },
};
