/**
 * sso-diagnostics: the command-line front end over the same core as the plugin, for when nobody can
 * log in to Flex. A public contract: other tools script it (see README "Command line").
 *   exit 0  no error-severity finding
 *   exit 1  at least one error-severity finding
 *   exit 2  unusable input or usage (one-line reason on stderr; with --format json also {"error": …} on stdout)
 */
import { readFile } from 'node:fs/promises';
import { checkTeam, checkWorker } from '../core/check';
import { DEFAULT_EXPECTATIONS, parseExpectations, selectDiagnosticsConfig } from '../core/config';
import { chooseIdp, resolveFix } from '../core/idp';
import type { CaptureInfo } from '../core/samlTypes';
import type { CheckResult, Expectations, Finding, IdpChoice, IdpId, WorkerSnapshot } from '../core/types';
import { analyzeEvidence } from '../saml/analyze';
import { IdpConfigInputError } from '../idpconfig/errors';
import { SamlInputError } from '../saml/errors';
import {
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
  type Command,
  type ParsedArgs,
} from './args';
import { checkIdpCommand } from './checkIdp';
import { HELP, COMMAND_HELP, VERSION } from './help';
import { describeJsonSyntaxError } from '../core/jsonSyntax';
import { EXIT, readStream, UsageError, type CliIo } from './io';
import { nodeDeps } from './nodeDeps';
import * as out from './output';

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const format = requestedFormat(argv);
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      io.stdout.write(HELP);
      return EXIT.ok;
    }
    if (command === '--version' || command === '-v') {
      io.stdout.write(`${VERSION}\n`);
      return EXIT.ok;
    }
    if (!isCommand(command)) throw new UsageError(`unknown command "${command}" (see sso-diagnostics --help)`);
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

/** What every command works with, settled once from the arguments. */
interface CommandContext {
  readonly args: ParsedArgs;
  /** The input file, or - for standard input. */
  readonly input: string;
  readonly expectations: Expectations;
  /** --idp, which wins over configuration and detection. */
  readonly override: IdpId | undefined;
  readonly output: out.OutputOptions;
  readonly io: CliIo;
}

async function run(command: Command, args: ParsedArgs, io: CliIo): Promise<number> {
  const format = formatOption(args.values['format']);
  if (args.input === undefined) throw new UsageError(`${command} needs an input file, or - for standard input`);
  const context: CommandContext = {
    args,
    input: args.input,
    expectations: await loadExpectations(args, io),
    override: idpOption(args.values['idp']),
    output: { format, includeValues: args.values['include-values'] === true, io },
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
      return checkIdpCommand(context);
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

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function loadExpectations(args: ParsedArgs, io: CliIo): Promise<Expectations> {
  const file = args.values['config'];
  let expectations = DEFAULT_EXPECTATIONS;
  if (typeof file === 'string') {
    const raw = await readJson(file, io, `configuration "${file}"`);
    const block = selectDiagnosticsConfig(raw);
    if (block === undefined) {
      throw new UsageError(
        `"${file}" holds no sso_diagnostics settings: give the ui_attributes object or its sso_diagnostics block`,
      );
    }
    const parsed = parseExpectations(block);
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

function fixResolver(idp: IdpId, expectations: Expectations) {
  return (finding: Finding) => resolveFix(finding.fixKey, idp, expectations.runbookLinks, finding.ruleId);
}

function hasErrors(results: readonly CheckResult[]): boolean {
  return results.some((r) => r.findings.some((f) => f.severity === 'error'));
}

async function checkWorkerCommand({
  args,
  input,
  expectations,
  override,
  output,
  io,
}: CommandContext): Promise<number> {
  const attributes = await readJson(input, io);
  if (!isPlainObject(attributes)) {
    throw new UsageError('check-worker expects one worker\'s attributes: a JSON object such as {"email": …}');
  }
  const tokenRoles = rolesOption(args.values['token-roles']);
  const worker: WorkerSnapshot = { attributes, ...(tokenRoles ? { tokenRoles } : {}) };
  const result = checkWorker(worker, expectations);
  const idp = chooseIdp({ override, configured: expectations.idp, attributes });
  io.stdout.write(out.workerReport(worker, result, idp, fixResolver(idp.id, expectations), output));
  return hasErrors([result]) ? EXIT.findings : EXIT.ok;
}

function toWorkers(raw: unknown): WorkerSnapshot[] {
  if (!Array.isArray(raw)) {
    throw new UsageError(
      'check-team expects a JSON array of workers: [{"sid": …, "friendly_name": …, "attributes": {…}}]',
    );
  }
  return raw.map((item, index) => {
    if (!isPlainObject(item)) throw new UsageError(`worker ${index} is not an object`);
    // TaskRouter's API returns attributes as a JSON string; accept it as well as an object.
    let attributes = item['attributes'];
    if (typeof attributes === 'string') attributes = parseJson(attributes, `the attributes of worker ${index}`);
    if (!isPlainObject(attributes)) throw new UsageError(`worker ${index} has no attributes object`);
    const sid = typeof item['sid'] === 'string' ? item['sid'] : undefined;
    const name = typeof item['friendly_name'] === 'string' ? item['friendly_name'] : undefined;
    return { attributes, ...(sid ? { sid } : {}), ...(name ? { name } : {}) };
  });
}

async function checkTeamCommand({ input, expectations, override, output, io }: CommandContext): Promise<number> {
  const workers = toWorkers(await readJson(input, io));
  const team = checkTeam(workers, expectations);
  const choices = workers.map((w) => chooseIdp({ override, configured: expectations.idp, attributes: w.attributes }));
  const teamIdp = mostCommon(choices);
  io.stdout.write(out.teamReport(team, teamIdp, (idp) => fixResolver(idp, expectations), output));
  return hasErrors([team.team, ...team.workers.map((w) => w.result)]) ? EXIT.findings : EXIT.ok;
}

/** The team's IdP: the most common detection among its workers (an override or configuration wins anyway). */
function mostCommon(choices: readonly IdpChoice[]): IdpChoice {
  const counts = new Map<IdpId, { choice: IdpChoice; n: number }>();
  for (const choice of choices) {
    if (choice.source === 'default') continue;
    const entry = counts.get(choice.id) ?? { choice, n: 0 };
    entry.n += 1;
    counts.set(choice.id, entry);
  }
  let best: { choice: IdpChoice; n: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.n > best.n) best = entry;
  return best?.choice ?? { id: 'generic', source: 'default' };
}

async function analyzeCommand({ args, input, expectations, override, output, io }: CommandContext): Promise<number> {
  const v = args.values;
  const text = await readInput(input, io);
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
    if (!isPlainObject(attributes)) throw new UsageError('--worker expects a JSON object of worker attributes');
    worker = { attributes };
  }
  const analyzedAt = now ?? new Date().toISOString();
  const analyses = await analyzeEvidence(
    text,
    {
      context: {
        ...(accountSid ? { accountSid } : {}),
        ...(expectations.connectionSid ? { connectionSid: expectations.connectionSid } : {}),
        region: expectations.region,
        ...(expectations.ssoType ? { ssoType: expectations.ssoType } : {}),
        ...(expectations.idpIssuer ? { expectedIssuer: expectations.idpIssuer } : {}),
        analyzedAt,
      },
      expectations,
      configuredCertificates: certificates,
      // --now stands in for the capture time when the input carries none.
      ...(now ? { defaultCaptureTime: now } : {}),
      ...(worker ? { worker } : {}),
    },
    nodeDeps(),
  );
  const reports = analyses.map((a) => {
    const idp = chooseIdp({
      override,
      configured: expectations.idp,
      ...((a.saml.issuer ?? a.saml.assertion?.issuer) ? { issuer: a.saml.issuer ?? a.saml.assertion?.issuer } : {}),
      attributes: a.analysis.predicted.attributes,
    });
    return { analysis: a, idp, capture: a.capture as CaptureInfo };
  });
  io.stdout.write(out.analysisReport(reports, (idp) => fixResolver(idp, expectations), output));
  const newest = reports[0];
  return newest && hasErrors([newest.analysis.analysis.result]) ? EXIT.findings : EXIT.ok;
}
