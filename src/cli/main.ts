/**
 * sso-diagnostics: the command-line front end over the same core as the plugin, for when nobody can
 * log in to Flex. A public contract: other tools script it (see README "Command line").
 *   exit 0  no error-severity finding
 *   exit 1  at least one error-severity finding
 *   exit 2  unusable input or usage (one-line reason on stderr; with --format json also {"error": …} on stdout)
 */
import { readFile } from 'node:fs/promises';
import { checkTeam, checkWorker } from '../core/check';
import { DEFAULT_CONFIG, parseConfig } from '../core/config';
import { selectDiagnosticsConfig } from '../core/configLocate';
import { chooseIdp, resolveFindingFix, teamIdps } from '../core/idp';
import { isRecord } from '../core/objects';
import { ALL_RULE_IDS } from '../core/rules';
import { accountContextOf, responseIdp, samlContextFor } from '../core/samlEvidence';
import type { CaptureInfo } from '../core/samlTypes';
import {
  SEVERITY_ORDER,
  type CheckResult,
  type DiagnosticsConfig,
  type Finding,
  type IdpId,
  type Severity,
  type WorkerSnapshot,
} from '../core/types';
import { analyzeEvidence } from '../saml/analyze';
import { IdpConfigInputError } from '../idpconfig/errors';
import { SamlInputError } from '../saml/errors';
import {
  failOnOption,
  formatOption,
  idpOption,
  isCommand,
  nowOption,
  parseCommandArgs,
  regionOption,
  requestedFormat,
  rolesOption,
  sidOption,
  ssoTypeOption,
  unknownCommand,
  type Command,
  type ParsedArgs,
} from './args';
import { checkIdpCommand } from './checkIdp';
import { HELP, COMMAND_HELP, VERSION } from './help';
import { describeJsonSyntaxError } from '../core/jsonSyntax';
import { EXIT, readStream, UsageError, type CliIo } from './io';
import { nodeDeps } from './nodeDeps';
import * as out from './output';
import { connectTwilio, type FlexAccount, type RawWorker, type TwilioAccount, type WorkerChoice } from './twilio';

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const format = requestedFormat(argv);
  try {
    const [command, ...rest] = argv;
    if (command === undefined) {
      // No command is a usage error: the usage, on stderr, and exit 2.
      io.stderr.write(HELP);
      return EXIT.usage;
    }
    if (command === 'help' || command === '--help' || command === '-h') {
      io.stdout.write(HELP);
      return EXIT.ok;
    }
    if (command === '--version' || command === '-v') {
      io.stdout.write(`${VERSION}\n`);
      return EXIT.ok;
    }
    if (!isCommand(command)) throw unknownCommand(command);
    const args = parseCommandArgs(command, rest);
    if (args.values['help']) {
      io.stdout.write(COMMAND_HELP[command]);
      return EXIT.ok;
    }
    return await run(command, args, io);
  } catch (error) {
    // An unexpected error's message may quote the input (a parser's, a runtime's): it is never shown.
    // Only its class name is, which names the kind of bug and carries no data.
    const message =
      error instanceof UsageError || error instanceof SamlInputError || error instanceof IdpConfigInputError
        ? error.message
        : `unexpected failure (${errorName(error)}): this is a bug in sso-diagnostics; the input is not shown`;
    const line = message.split('\n')[0] as string;
    io.stderr.write(`sso-diagnostics: ${line}\n`);
    if (format === 'json') {
      io.stdout.write(
        `${JSON.stringify({ error: { message: line, ...(error instanceof SamlInputError || error instanceof IdpConfigInputError ? { code: error.code } : {}) } }, null, 2)}\n`,
      );
    }
    return EXIT.usage;
  }
}

/** The account read with --twilio: its Flex configuration, and the API for its workers. */
interface Account {
  readonly api: TwilioAccount;
  readonly flex: FlexAccount;
}

/** What every command works with, settled once from the arguments. */
interface CommandContext {
  readonly args: ParsedArgs;
  /** The input file, or - for standard input; undefined with --twilio. */
  readonly input: string | undefined;
  readonly account: Account | undefined;
  /** check-worker --twilio: which worker of the account. */
  readonly which: WorkerChoice | undefined;
  readonly expectations: DiagnosticsConfig;
  /** --idp, which wins over configuration and detection. */
  readonly override: IdpId | undefined;
  readonly output: out.OutputOptions;
  readonly io: CliIo;
}

async function run(command: Command, args: ParsedArgs, io: CliIo): Promise<number> {
  const format = formatOption(args.values['format']);
  const failOn = failOnOption(args.values['fail-on']);
  const twilio = args.values['twilio'] === true;
  if (twilio && args.input !== undefined) {
    throw new UsageError(`${command} reads a file or the account (--twilio), not both`);
  }
  if (!twilio && args.input === undefined) {
    throw new UsageError(
      `${command} needs an input file, or - for standard input${command === 'analyze' ? '' : ', or --twilio to read the account'}`,
    );
  }
  // Settled before anything is requested from the account.
  const which = command === 'check-worker' ? workerChoice(args, twilio) : undefined;
  const account = twilio ? await openAccount(io) : undefined;
  if (command === 'config') return configCommand(args.input, account, format, io);
  const context: CommandContext = {
    args,
    input: args.input,
    account,
    which,
    expectations: await loadConfig(args, io, account?.flex),
    override: idpOption(args.values['idp']),
    output: {
      format,
      includeValues: args.values['include-values'] === true,
      verbose: args.values['verbose'] === true,
      failOn,
      io,
    },
    io,
  };
  switch (command) {
    case 'check-worker':
      return checkWorkerCommand(context);
    case 'check-team':
      return checkTeamCommand(context);
    case 'analyze':
      return analyzeCommand(context);
    case 'check-idp':
      return checkIdpCommand({ ...context, input: context.input as string });
  }
}

async function readInput(file: string, io: CliIo): Promise<string> {
  if (file === '-') return readStream(io.stdin);
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (code ?? 'unreadable');
    throw new UsageError(`cannot read "${file}": ${why}`);
  }
}

function errorName(error: unknown): string {
  const name = error instanceof Error ? error.constructor.name : typeof error;
  return /^[A-Za-z]{1,40}$/.test(name) ? name : 'Error';
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // JSON.parse's message quotes the text around the error: say where instead, and what was expected.
    throw new UsageError(`${what} is not valid JSON (${describeJsonSyntaxError(text)})`);
  }
}

/** Reads a JSON file (or standard input for -), naming it in any error. */
async function readJson(file: string, io: CliIo, what?: string): Promise<unknown> {
  return parseJson(await readInput(file, io), what ?? (file === '-' ? 'standard input' : `"${file}"`));
}

async function openAccount(io: CliIo): Promise<Account> {
  const api = await connectTwilio({
    env: io.env,
    ...(io.twilioEndpoint ? { endpoint: io.twilioEndpoint } : {}),
    ...(io.stderrIsTTY
      ? { onProgress: (n: number) => io.stderr.write(`\rReading workers from TaskRouter… ${n}`) }
      : {}),
  });
  return { api, flex: await api.flexConfiguration() };
}

const RULE_IDS = ALL_RULE_IDS;

/** `config`: the sso_diagnostics block of a file or of the account, with its validation errors, as Setup shows it. */
async function configCommand(
  input: string | undefined,
  account: Account | undefined,
  format: ReturnType<typeof formatOption>,
  io: CliIo,
): Promise<number> {
  const source = account
    ? "the account's Flex configuration (ui_attributes)"
    : input === '-'
      ? 'standard input'
      : `"${input}"`;
  const raw = account ? account.flex.uiAttributes : await readJson(input as string, io, `configuration ${source}`);
  const block = selectDiagnosticsConfig(raw);
  const parsed = block === undefined ? undefined : parseConfig(block, { ruleIds: RULE_IDS });
  io.stdout.write(out.configReport({ source, block, parsed }, { format, io }));
  return parsed !== undefined && parsed.errors.length > 0 ? EXIT.findings : EXIT.ok;
}

/** The configuration from --config, else from the account's Flex configuration (--twilio), else the defaults. */
async function loadConfig(args: ParsedArgs, io: CliIo, flex: FlexAccount | undefined): Promise<DiagnosticsConfig> {
  const file = args.values['config'];
  let expectations = DEFAULT_CONFIG;
  if (typeof file !== 'string' && flex !== undefined) {
    const block = selectDiagnosticsConfig(flex.uiAttributes);
    if (block !== undefined) {
      const parsed = parseConfig(block);
      if (parsed.errors.length > 0) {
        const list = parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ');
        throw new UsageError(
          `invalid ui_attributes.sso_diagnostics in the account (see sso-diagnostics config --twilio): ${list}`,
        );
      }
      expectations = parsed.expectations;
    }
  }
  if (typeof file === 'string') {
    const raw = await readJson(file, io, `configuration "${file}"`);
    const block = selectDiagnosticsConfig(raw);
    if (block === undefined) {
      throw new UsageError(
        `"${file}" holds no sso_diagnostics settings: give the ui_attributes object or its sso_diagnostics block`,
      );
    }
    const parsed = parseConfig(block);
    if (parsed.errors.length > 0) {
      const list = parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ');
      throw new UsageError(`invalid configuration in "${file}": ${list}`);
    }
    expectations = parsed.expectations;
  }
  // Options given on the command line override the same values from --config.
  const v = args.values;
  const connectionSid = sidOption('connection-sid', 'JQ', v['connection-sid']);
  const region = regionOption(v['region']);
  const ssoType = ssoTypeOption(v['sso-type']);
  const issuer = typeof v['issuer'] === 'string' ? v['issuer'] : undefined;
  return {
    ...expectations,
    ...(connectionSid ? { connectionSid } : {}),
    ...(region ? { region } : {}),
    ...(ssoType ? { ssoType } : {}),
    ...(issuer !== undefined ? { idpIssuer: issuer } : {}),
  };
}

/** A finding's fix as the fix plan resolves it (a rule's refined steps where it has some). */
function fixResolver(idp: IdpId, expectations: DiagnosticsConfig) {
  return (finding: Finding) => resolveFindingFix(finding, idp, expectations.runbookLinks);
}

/** --fail-on: whether any finding is at least as severe as the threshold (exit 1). */
function fails(results: readonly CheckResult[], failOn: Severity): boolean {
  return results.some((r) => r.findings.some((f) => SEVERITY_ORDER[f.severity] <= SEVERITY_ORDER[failOn]));
}

/** check-worker --twilio: the worker named by --worker WK… or --email (one of them, and only with --twilio). */
function workerChoice(args: ParsedArgs, twilio: boolean): WorkerChoice | undefined {
  const sid = args.values['worker'];
  const email = args.values['email'];
  if (!twilio) {
    if (sid !== undefined || email !== undefined) {
      throw new UsageError('--worker and --email choose a worker of the account: use them with --twilio');
    }
    return undefined;
  }
  if ((sid === undefined) === (email === undefined)) {
    throw new UsageError('check-worker --twilio needs --worker WK… or --email <address> (one of them)');
  }
  if (typeof sid === 'string') {
    if (!/^WK[0-9a-fA-F]{32}$/.test(sid)) throw new UsageError('--worker must be WK followed by 32 hexadecimal digits');
    return { sid };
  }
  return { email: String(email) };
}

async function accountWorker(account: Account, which: WorkerChoice): Promise<WorkerSnapshot> {
  const [worker] = toWorkers([await account.api.worker(account.flex.workspaceSid, which)]);
  return worker as WorkerSnapshot;
}

async function checkWorkerCommand({
  args,
  input,
  account,
  which,
  expectations,
  override,
  output,
  io,
}: CommandContext): Promise<number> {
  let worker: WorkerSnapshot;
  if (account && which) {
    worker = await accountWorker(account, which);
  } else {
    const attributes = await readJson(input as string, io);
    if (!isRecord(attributes)) {
      throw new UsageError('check-worker expects one worker\'s attributes: a JSON object such as {"email": …}');
    }
    worker = { attributes };
  }
  const tokenRoles = rolesOption(args.values['token-roles']);
  if (tokenRoles) worker = { ...worker, tokenRoles };
  const result = checkWorker(worker, expectations);
  const idp = chooseIdp({ override, configured: expectations.idp, attributes: worker.attributes });
  io.stdout.write(out.workerReport(worker, result, idp, fixResolver(idp.id, expectations), output));
  return fails([result], output.failOn) ? EXIT.findings : EXIT.ok;
}

function toWorkers(raw: unknown): WorkerSnapshot[] {
  if (!Array.isArray(raw)) {
    throw new UsageError(
      'check-team expects a JSON array of workers: [{"sid": …, "friendly_name": …, "attributes": {…}}]',
    );
  }
  return raw.map((item, index) => {
    if (!isRecord(item)) throw new UsageError(`worker ${index} is not an object`);
    // TaskRouter's API returns attributes as a JSON string; accept it as well as an object.
    let attributes = item['attributes'];
    if (typeof attributes === 'string') attributes = parseJson(attributes, `the attributes of worker ${index}`);
    if (!isRecord(attributes)) throw new UsageError(`worker ${index} has no attributes object`);
    const sid = typeof item['sid'] === 'string' ? item['sid'] : undefined;
    // TaskRouter's API says friendly_name; the Twilio CLI's `-o json` writes the library's friendlyName.
    const friendly = item['friendly_name'] ?? item['friendlyName'];
    const name = typeof friendly === 'string' ? friendly : undefined;
    return { attributes, ...(sid ? { sid } : {}), ...(name ? { name } : {}) };
  });
}

async function accountWorkers(account: Account, io: CliIo): Promise<RawWorker[]> {
  const workers = await account.api.workers(account.flex.workspaceSid);
  if (io.stderrIsTTY) io.stderr.write('\r\u001b[K');
  return workers;
}

async function checkTeamCommand({
  input,
  account,
  expectations,
  override,
  output,
  io,
}: CommandContext): Promise<number> {
  const workers = toWorkers(account ? await accountWorkers(account, io) : await readJson(input as string, io));
  const team = checkTeam(workers, expectations);
  const idps = teamIdps(workers, { override, configured: expectations.idp });
  io.stdout.write(out.teamReport(team, idps, (id) => fixResolver(id, expectations), output));
  return fails([team.team, ...team.workers.map((w) => w.result)], output.failOn) ? EXIT.findings : EXIT.ok;
}

async function analyzeCommand({ args, input, expectations, override, output, io }: CommandContext): Promise<number> {
  const v = args.values;
  const text = await readInput(input as string, io);
  const now = nowOption(v['now']);
  const accountSid = sidOption('account-sid', 'AC', v['account-sid']);
  const certFiles = Array.isArray(v['cert']) ? v['cert'] : [];
  const certificates =
    certFiles.length > 0
      ? await Promise.all(certFiles.map((f) => readInput(f, io)))
      : [...expectations.idpCertificates];
  let worker: WorkerSnapshot | undefined;
  if (typeof v['worker'] === 'string') {
    const attributes = await readJson(v['worker'], io, `worker "${v['worker']}"`);
    if (!isRecord(attributes)) throw new UsageError('--worker expects a JSON object of worker attributes');
    worker = { attributes };
  }
  const analyzedAt = now ?? new Date().toISOString();
  const analyses = await analyzeEvidence(
    text,
    {
      context: samlContextFor(accountContextOf(expectations, accountSid), analyzedAt),
      expectations,
      configuredCertificates: certificates,
      // --now stands in for the capture time when the input carries none.
      ...(now ? { defaultCaptureTime: now } : {}),
      ...(worker ? { worker } : {}),
    },
    nodeDeps(),
  );
  const reports = analyses.map((a) => {
    const idp = override ? responseIdp(a.saml, a.analysis.predicted, expectations.idp, override) : a.analysis.idp;
    return { analysis: a, idp, capture: a.capture as CaptureInfo, worker };
  });
  io.stdout.write(out.analysisReport(reports, (idp) => fixResolver(idp, expectations), output));
  const newest = reports[0];
  return newest && fails([newest.analysis.analysis.result], output.failOn) ? EXIT.findings : EXIT.ok;
}
