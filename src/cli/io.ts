/** What the CLI needs from the process, injected so tests run it in-process. */
export interface CliIo {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  /** Colour only on a terminal. */
  readonly isTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Progress goes to stderr only when it is a terminal. */
  readonly stderrIsTTY?: boolean;
  /** The terminal's width (`process.stdout.columns`); text wraps to 100 when unknown. */
  readonly columns?: number;
  /** `--twilio` sends its requests to this origin instead of Twilio's hosts (tests: a local server). */
  readonly twilioEndpoint?: string;
}

/** Unusable input or usage: exit 2 with a one-line reason, never a stack trace. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  return (await readStreamBytes(stream)).toString('utf8');
}

/** Standard input as bytes, for inputs decoded by their byte-order mark (UTF-16 AD FS exports). */
export async function readStreamBytes(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > MAX_INPUT_BYTES) throw new UsageError('standard input is larger than 64 MB');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
