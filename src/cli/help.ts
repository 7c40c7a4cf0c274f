import { COMMAND_OPTIONS, type Command } from './args';
import { wrap } from './text';
import { DEFAULT_REGION } from '../core/flexUrls';

declare const __CLI_VERSION__: string | undefined;

export const VERSION = typeof __CLI_VERSION__ === 'string' ? __CLI_VERSION__ : '0.0.0-dev';

/** One option in --help: its value's placeholder, what it does, and its default. */
export interface OptionHelp {
  readonly value?: string;
  readonly text: string;
  readonly default: string;
}

const IDPS =
  'entra-id, adfs, okta, google-workspace, salesforce, auth0, onelogin, ping-identity, keycloak, shibboleth, generic';

/** Every option of every command, described once. The help lists exactly the options each command parses. */
export const OPTION_HELP: Readonly<Record<string, OptionHelp>> = {
  twilio: {
    text: 'read the account with TWILIO_ACCOUNT_SID and TWILIO_API_KEY + TWILIO_API_SECRET (or TWILIO_AUTH_TOKEN); TWILIO_REGION and TWILIO_EDGE apply',
    default: 'off: read the file',
  },
  worker: { value: 'WK…', text: 'with --twilio: the worker to check, by SID', default: 'none' },
  email: { value: 'address', text: 'with --twilio: the worker to check, by its email attribute', default: 'none' },
  'token-roles': {
    value: 'list',
    text: "the Flex token's roles, comma-separated (e.g. admin,agent)",
    default: 'unknown: token-roles-mismatch is not checked',
  },
  config: {
    value: 'file.json',
    text: 'organisation expectations: the whole ui_attributes object or its sso_diagnostics block',
    default: "with --twilio the account's, else none",
  },
  idp: { value: 'profile', text: `fix steps for this identity provider (${IDPS})`, default: 'detected' },
  format: {
    value: 'format',
    text: 'text, json, or markdown (for a support ticket or a CI job summary)',
    default: 'text',
  },
  'include-values': {
    text: 'keep names, emails, NameIDs and attribute values in json and markdown (otherwise short stable codes)',
    default: 'off',
  },
  'fail-on': {
    value: 'severity',
    text: 'exit 1 when a finding is at least this severe: error, warning or info',
    default: 'error',
  },
  verbose: {
    text: 'text: each finding with its attribute, fix steps and links, and the rule ids not checked',
    default: 'off: one line each, then the fix plan',
  },
  'account-sid': { value: 'AC…', text: 'the Flex account (legacy SSO URLs)', default: 'none' },
  'connection-sid': {
    value: 'JQ…',
    text: 'the enhanced SSO connection (ACS URL and Entity ID)',
    default: 'from --config',
  },
  region: { value: 'region', text: 'Twilio region of the enhanced ACS host', default: DEFAULT_REGION },
  'sso-type': { value: 'type', text: 'enhanced or legacy', default: 'from --config, else both accepted' },
  issuer: { value: 'url', text: 'the Identity Provider Issuer configured in Flex', default: 'from --config' },
  cert: { value: 'pem file', text: 'the X.509 certificate configured in Flex (repeatable)', default: 'from --config' },
  now: {
    value: 'ISO-8601',
    text: 'the analysis time; stands in for the capture time when the input has none',
    default: 'the current time',
  },
  'sso-url': { value: 'url', text: 'the Single Sign-On URL configured in Flex', default: 'from --config' },
  help: { text: 'this help', default: '' },
};

/** Where one option name means something else in one command. */
const COMMAND_OPTION_HELP: Partial<Record<Command, Readonly<Record<string, OptionHelp>>>> = {
  'check-idp': {
    cert: {
      value: 'pem file',
      text: 'the X.509 certificate(s) configured in Flex (repeatable; a file may hold several)',
      default: 'from --config',
    },
    now: {
      value: 'ISO-8601',
      text: 'the analysis time (certificate validity, rollover dates)',
      default: 'the current time',
    },
  },
  analyze: {
    worker: {
      value: 'file.json',
      text: "the worker's current attributes, to find stale and overwritten values",
      default: 'none',
    },
  },
};

function helpFor(command: Command, name: string): OptionHelp {
  return (COMMAND_OPTION_HELP[command]?.[name] ?? OPTION_HELP[name]) as OptionHelp;
}

const WIDTH = 100;
const KEEP = '\u0001';
const SHARED = ['config', 'idp', 'format', 'include-values', 'fail-on', 'verbose'];

/** Options as aligned columns: every description starts in one column; wrapped lines stay in it. */
export function optionsHelp(command: Command): string {
  const options = COMMAND_OPTIONS[command] as Record<string, { short?: string; type: string }>;
  // The command's own options first, then the shared ones; help last.
  const rank = (name: string) => (name === 'help' ? 2 : SHARED.includes(name) ? 1 : 0);
  const names = Object.keys(options).sort((a, b) => rank(a) - rank(b));
  const flags = names.map((name) => {
    const help = helpFor(command, name);
    const short = options[name]?.short ? `-${options[name]?.short}, ` : '';
    return `${short}--${name}${help.value ? ` <${help.value}>` : ''}`;
  });
  const column = Math.max(...flags.map((f) => f.length)) + 4;
  return names
    .flatMap((name, i) => {
      const help = helpFor(command, name);
      // The default is never split across lines: its spaces are held together until the text is wrapped.
      const text = help.default ? `${help.text} (default:${KEEP}${help.default.replace(/ /g, KEEP)})` : help.text;
      const lines = wrap(text, WIDTH, column, column).map((line) => line.split(KEEP).join(' '));
      return lines.map(
        (line, j) => (j === 0 ? `  ${(flags[i] as string).padEnd(column - 2)}` : ' '.repeat(column)) + line,
      );
    })
    .join('\n');
}

const ABOUT: Record<Command, { usage: string; about: string }> = {
  'check-worker': {
    usage:
      'check-worker <attributes.json | -> [options]\n       sso-diagnostics check-worker --twilio --worker WK… | --email <address> [options]',
    about:
      "Checks one worker's attributes (a JSON object, as TaskRouter holds them, or read from the account\nwith --twilio) against Flex's rules and the organisation's expectations.",
  },
  'check-team': {
    usage: 'check-team <workers.json | -> [options]\n       sso-diagnostics check-team --twilio [options]',
    about:
      'Checks every worker of a team: with --twilio, every worker of the account\'s Flex workspace (all\npages); or a JSON array of {"sid", "friendly_name", "attributes"}. Reports each worker, the team rules,\nhow many workers each rule hits, and the fix plan.',
  },
  config: {
    usage: 'config <file.json | -> [options]\n       sso-diagnostics config --twilio [options]',
    about:
      "Shows an sso_diagnostics configuration (the account's, with --twilio) with its validation errors and\nwhat is in force, as the plugin's Setup tab does. Exit 1 when it has errors.",
  },
  'check-idp': {
    usage: 'check-idp <file | - | https-URL> [options]',
    about:
      "Checks the identity provider's own configuration before anyone logs in: SAML metadata (any IdP, AD FS\nFederationMetadata included), an AD FS relying party trust (ConvertTo-Json or list text) or its claim\nrules, an Entra ID app manifest or service principal, an Okta app, a Keycloak client or realm export, or\nan Auth0 application. An https URL (public metadata) is fetched; nothing else leaves the machine.",
  },
  analyze: {
    usage: 'analyze <file | -> [options]',
    about:
      "Analyzes a captured login: a SAML Response (XML, base64, or deflated base64), a HAR file saved from the\nbrowser's developer tools, or a SAML-tracer export. Everything runs locally; nothing is sent anywhere.",
  },
};

function commandHelp(command: Command): string {
  const { usage, about } = ABOUT[command];
  return `Usage: sso-diagnostics ${usage}\n\n${about}\n\nOptions:\n${optionsHelp(command)}\n`;
}

export const COMMAND_HELP: Readonly<Record<Command, string>> = {
  'check-worker': commandHelp('check-worker'),
  'check-team': commandHelp('check-team'),
  config: commandHelp('config'),
  analyze: commandHelp('analyze'),
  'check-idp': commandHelp('check-idp'),
};

export const HELP = `sso-diagnostics ${VERSION}: diagnose Twilio Flex single sign-on (SAML)

Usage: sso-diagnostics <command> [options]

Commands:
  check-team     check every worker of a team: a file, or every worker of the account with --twilio
  check-worker   check one worker's SSO-derived attributes: a file, or --twilio --worker WK…
  config         show an sso_diagnostics configuration with its validation errors
  analyze        analyze a captured login (SAML response, HAR file, SAML-tracer export)
  check-idp      check the IdP's own configuration export (metadata, trust, app): a file, - or an https URL

Exit status: 0 nothing at or above --fail-on (default error) · 1 a finding at or above it · 2 unusable
input, usage, or the account could not be read.
Run "sso-diagnostics <command> --help" for a command's options.
`;
