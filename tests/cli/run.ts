import { Readable } from 'stream';
import { main } from '../../src/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  json: () => Record<string, unknown>;
}

export interface CliOptions {
  stdin?: string;
  isTTY?: boolean;
  stderrIsTTY?: boolean;
  columns?: number;
  env?: Record<string, string | undefined>;
  /** Where --twilio sends its requests (a local fake of Twilio's APIs). */
  twilioEndpoint?: string;
}

/** Runs the CLI in-process, as `sso-diagnostics <argv>` with the given standard input. */
export async function cli(argv: string[], options: CliOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdin: Readable.from([options.stdin ?? '']),
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    isTTY: options.isTTY ?? false,
    env: options.env ?? {},
    ...(options.stderrIsTTY !== undefined ? { stderrIsTTY: options.stderrIsTTY } : {}),
    ...(options.columns !== undefined ? { columns: options.columns } : {}),
    ...(options.twilioEndpoint !== undefined ? { twilioEndpoint: options.twilioEndpoint } : {}),
  });
  return { code, stdout, stderr, json: () => JSON.parse(stdout) as Record<string, unknown> };
}
