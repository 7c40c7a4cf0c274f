declare const __CLI_VERSION__: string | undefined;

export const VERSION = typeof __CLI_VERSION__ === 'string' ? __CLI_VERSION__ : '0.0.0-dev';

const COMMON = `  --config <file.json>   organisation expectations: the whole ui_attributes object or its sso_diagnostics block
  --idp <profile>        fix steps for this identity provider (entra-id, adfs, okta, google-workspace,
                         salesforce, auth0, onelogin, ping-identity, keycloak, shibboleth, generic)
  --format <format>      text (default), json, or markdown (for a support ticket)
  --include-values       keep names, emails, NameIDs and attribute values in json and markdown
                         (by default they are replaced by short stable codes)
  -h, --help             this help`;

export const COMMAND_HELP = {
  'check-worker': `Usage: sso-diagnostics check-worker <attributes.json | -> [options]

Checks one worker's attributes (a JSON object, as TaskRouter holds them) against Flex's rules
and the organisation's expectations.

Options:
  --token-roles <list>   the Flex token's roles, comma-separated (e.g. admin,agent)
${COMMON}
`,
  'check-team': `Usage: sso-diagnostics check-team <workers.json | -> [options]

Checks every worker of a team: a JSON array of {"sid", "friendly_name", "attributes"} (attributes as an
object or as TaskRouter's JSON string). Reports per worker, the team rules, and how many workers each rule hits.

Options:
${COMMON}
`,
  analyze: `Usage: sso-diagnostics analyze <file | -> [options]

Analyzes a captured login: a SAML Response (XML, base64, or deflated base64), a HAR file saved from the
browser's developer tools, or a SAML-tracer export. Everything runs locally; nothing is sent anywhere.

Options:
  --account-sid <AC…>      the Flex account (legacy SSO URLs)
  --connection-sid <JQ…>   the enhanced SSO connection (ACS URL and Entity ID)
  --region <region>        Twilio region of the enhanced ACS host (default us1)
  --sso-type <type>        enhanced or legacy
  --issuer <url>           the Identity Provider Issuer configured in Flex
  --cert <pem file>        the X.509 certificate configured in Flex (repeatable)
  --worker <file.json>     the worker's current attributes, to find stale and overwritten values
  --now <ISO-8601>         the analysis time; stands in for the capture time when the input has none
${COMMON}
`,
  'check-idp': `Usage: sso-diagnostics check-idp <file | - | https-URL> [options]

Checks the identity provider's own configuration before anyone logs in: SAML metadata (any IdP, AD FS
FederationMetadata included), an AD FS relying party trust (ConvertTo-Json or list text) or its claim
rules, an Entra ID app manifest or service principal, an Okta app, a Keycloak client or realm export, or
an Auth0 application. An https URL (public metadata) is fetched; nothing else leaves the machine.

Options:
  --account-sid <AC…>      the Flex account (legacy SSO URLs)
  --connection-sid <JQ…>   the enhanced SSO connection (ACS URL and Entity ID)
  --region <region>        Twilio region of the enhanced ACS host (default us1)
  --sso-type <type>        enhanced or legacy
  --issuer <url>           the Identity Provider Issuer configured in Flex
  --cert <pem file>        the X.509 certificate(s) configured in Flex (repeatable; a file may hold several)
  --sso-url <url>          the Single Sign-On URL configured in Flex
  --now <ISO-8601>         the analysis time (certificate validity, rollover dates)
${COMMON}
`,
} as const;

export const HELP = `sso-diagnostics ${VERSION}: diagnose Twilio Flex single sign-on (SAML)

Usage: sso-diagnostics <command> [options]

Commands:
  check-worker <attributes.json | ->   check one worker's SSO-derived attributes
  check-team <workers.json | ->        check every worker of a team
  analyze <file | ->                   analyze a captured login (SAML response, HAR, SAML-tracer export)
  check-idp <file | - | https-URL>     check the IdP's own configuration export (metadata, trust, app)

Exit status: 0 no error found · 1 an error-severity finding · 2 unusable input or usage.
Run "sso-diagnostics <command> --help" for a command's options.
`;
