import { parseArgs } from 'node:util';
import { closestName } from '../core/configSuggest';
import { IDP_IDS, SEVERITY_ORDER, type IdpId, type Severity, type SsoType } from '../core/types';
import { UsageError } from './io';

export type Format = 'text' | 'json' | 'markdown';

const FORMATS: readonly Format[] = ['text', 'json', 'markdown'];
const SSO_TYPES: readonly SsoType[] = ['enhanced', 'legacy'];

/** Options every command shares. */
const COMMON = {
  config: { type: 'string' },
  idp: { type: 'string' },
  format: { type: 'string' },
  'include-values': { type: 'boolean' },
  'fail-on': { type: 'string' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The SAML context an analysis compares against (what Flex has configured), for analyze and check-idp. */
const FLEX_CONTEXT = {
  'account-sid': { type: 'string' },
  'connection-sid': { type: 'string' },
  region: { type: 'string' },
  'sso-type': { type: 'string' },
  issuer: { type: 'string' },
  cert: { type: 'string', multiple: true },
} as const;

export const COMMAND_OPTIONS = {
  'check-worker': {
    ...COMMON,
    twilio: { type: 'boolean' },
    worker: { type: 'string' },
    email: { type: 'string' },
    'token-roles': { type: 'string' },
  },
  'check-team': { ...COMMON, twilio: { type: 'boolean' } },
  config: {
    twilio: { type: 'boolean' },
    format: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  analyze: {
    ...COMMON,
    ...FLEX_CONTEXT,
    worker: { type: 'string' },
    now: { type: 'string' },
  },
  'check-idp': {
    ...COMMON,
    ...FLEX_CONTEXT,
    'sso-url': { type: 'string' },
    now: { type: 'string' },
  },
} as const;

export type Command = keyof typeof COMMAND_OPTIONS;

export const COMMANDS = Object.keys(COMMAND_OPTIONS) as Command[];

export function isCommand(value: string): value is Command {
  return Object.hasOwn(COMMAND_OPTIONS, value);
}

/** A word the user typed, repeated in an error only when it is plainly a command or option name, never data. */
function nameLike(text: string): string | undefined {
  return /^-{0,2}[A-Za-z][A-Za-z0-9-]{0,39}$/.test(text) ? text : undefined;
}

function didYouMean(meant: string | undefined): string {
  return meant === undefined ? '' : `; did you mean "${meant}"?`;
}

export function unknownCommand(command: string): UsageError {
  const typed = nameLike(command);
  const meant = typed === undefined ? undefined : closestName(typed, COMMANDS);
  return new UsageError(
    `${typed === undefined ? 'unknown command' : `unknown command "${typed}"`}${didYouMean(meant)} (see sso-diagnostics --help)`,
  );
}

/** The first argument that is not one of the command's options, and the option it was probably meant to be. */
function unknownOption(command: Command, argv: readonly string[]): UsageError {
  const options = COMMAND_OPTIONS[command] as Record<string, { short?: string }>;
  const longs = Object.keys(options);
  const shorts = Object.values(options).flatMap((o) => (o.short ? [o.short] : []));
  for (const arg of argv) {
    if (arg === '--') break;
    if (!arg.startsWith('-') || arg === '-') continue;
    const name = arg.startsWith('--') ? (arg.slice(2).split('=')[0] as string) : arg.slice(1, 2);
    if (arg.startsWith('--') ? longs.includes(name) : shorts.includes(name)) continue;
    const typed = nameLike(arg.split('=')[0] as string);
    const meant = closestName(name, longs);
    return new UsageError(
      `${typed === undefined ? 'unknown option' : `unknown option "${typed}"`}${didYouMean(meant === undefined ? undefined : `--${meant}`)} (see sso-diagnostics ${command} --help)`,
    );
  }
  return new UsageError(`unknown option (see sso-diagnostics ${command} --help)`);
}

export interface ParsedArgs {
  /** The one positional argument, when given. */
  readonly input?: string | undefined;
  readonly values: Readonly<Record<string, string | boolean | string[] | undefined>>;
}

/** Parses one command's arguments; unknown options and extra positionals are usage errors. */
export function parseCommandArgs(command: Command, argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: COMMAND_OPTIONS[command], allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw unknownOption(command, argv);
    // Node's message names the option ("Option '--format <value>' argument missing"); keep only the name.
    const option = /'(-{1,2}[A-Za-z0-9-]+)/.exec((error as Error).message)?.[1];
    throw new UsageError(
      code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option !== undefined
        ? `${option} needs a value (see sso-diagnostics ${command} --help)`
        : `unusable arguments (see sso-diagnostics ${command} --help)`,
    );
  }
  if (parsed.positionals.length > 1) {
    throw new UsageError(`${command} takes one input file (or - for standard input), got ${parsed.positionals.length}`);
  }
  return { input: parsed.positionals[0], values: parsed.values as ParsedArgs['values'] };
}

/** The format asked for, read leniently so that even a usage error can answer in JSON. */
export function requestedFormat(argv: readonly string[]): Format {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value =
      arg === '--format' ? argv[i + 1] : arg.startsWith('--format=') ? arg.slice('--format='.length) : undefined;
    if (value !== undefined) return (FORMATS as readonly string[]).includes(value) ? (value as Format) : 'text';
  }
  return 'text';
}

export function formatOption(value: unknown): Format {
  if (value === undefined) return 'text';
  if (typeof value === 'string' && (FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
}

export function idpOption(value: unknown): IdpId | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (IDP_IDS as readonly string[]).includes(value)) return value as IdpId;
  throw new UsageError(`--idp must be one of ${IDP_IDS.join(', ')}`);
}

export function ssoTypeOption(value: unknown): SsoType | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (SSO_TYPES as readonly string[]).includes(value)) return value as SsoType;
  throw new UsageError('--sso-type must be enhanced or legacy');
}

export function sidOption(name: string, prefix: 'AC' | 'JQ', value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && new RegExp(`^${prefix}[0-9a-fA-F]{32}$`).test(value)) return value;
  throw new UsageError(`--${name} must be ${prefix} followed by 32 hexadecimal digits`);
}

export function regionOption(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && /^[a-z]{2,3}[0-9]$/.test(value)) return value;
  throw new UsageError('--region must be a Twilio region such as us1, ie1 or au1');
}

export function nowOption(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const time = typeof value === 'string' ? Date.parse(value) : NaN;
  if (Number.isNaN(time)) throw new UsageError('--now must be an ISO-8601 date and time, e.g. 2026-11-24T09:30:00Z');
  return new Date(time).toISOString();
}

export function failOnOption(value: unknown): Severity {
  if (value === undefined) return 'error';
  if (typeof value === 'string' && Object.hasOwn(SEVERITY_ORDER, value)) return value as Severity;
  throw new UsageError('--fail-on must be error, warning or info');
}

export function rolesOption(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  return String(value)
    .split(',')
    .map((role) => role.trim())
    .filter((role) => role.length > 0);
}
