/**
 * `--twilio`: reads the account directly with the official `twilio` helper library, so that a team
 * check covers every worker (the library pages through all of them) instead of a file someone made.
 *
 * Credentials come from the environment only; they are handed to the library and never written to any
 * output or error. The library is loaded when `--twilio` is used, not at start-up (it is a runtime
 * dependency the bundle leaves in node_modules, see scripts/build-cli.js).
 *
 * Retries: the library's own `autoRetry` handles 429 (exponential back-off, bounded by `maxRetries`);
 * it does not retry 5xx or a dropped connection, so the HTTP client passed through its documented
 * extension point (`httpClient`, a RequestClient subclass) retries those, bounded as well.
 */
import type TwilioSDK from 'twilio';
import type LibraryRequestClient from 'twilio/lib/base/RequestClient';
import type TwilioResponse from 'twilio/lib/http/response';
import type { WorkerListInstance, WorkerListInstanceEachOptions } from 'twilio/lib/rest/taskrouter/v1/workspace/worker';
import { UsageError } from './io';

/** 429 retries (the library's) and 5xx / network retries (ours); each waits at most MAX_RETRY_DELAY_MS. */
export const MAX_RETRIES = 4;
const MAX_RETRY_DELAY_MS = 8000;
const FIRST_RETRY_DELAY_MS = 200;
const REQUEST_TIMEOUT_MS = 30000;
/** TaskRouter's largest page. */
export const WORKER_PAGE_SIZE = 1000;

const ACCOUNT_SID = /^AC[0-9a-fA-F]{32}$/;
const API_KEY_SID = /^SK[0-9a-fA-F]{32}$/;

export interface TwilioOptions {
  readonly env: Readonly<Record<string, string | undefined>>;
  /**
   * Send every request to this origin instead of Twilio's hosts, the original host as the first path
   * segment (`http://127.0.0.1:4010/flex-api.twilio.com/v1/Configuration`). Tests only: a local server.
   */
  readonly endpoint?: string;
  /** Progress while reading workers (stderr, when it is a terminal). */
  readonly onProgress?: (workersRead: number) => void;
}

interface Credentials {
  readonly username: string;
  readonly password: string;
  readonly accountSid: string;
}

/** The credentials from the environment, or a usage error naming the variables (never their values). */
export function credentialsFromEnv(env: TwilioOptions['env']): Credentials {
  const accountSid = env['TWILIO_ACCOUNT_SID'];
  const apiKey = env['TWILIO_API_KEY'];
  const apiSecret = env['TWILIO_API_SECRET'];
  const authToken = env['TWILIO_AUTH_TOKEN'];
  const how = 'set TWILIO_ACCOUNT_SID with TWILIO_API_KEY and TWILIO_API_SECRET, or with TWILIO_AUTH_TOKEN';
  if (!accountSid) throw new UsageError(`--twilio needs credentials: ${how}`);
  if (!ACCOUNT_SID.test(accountSid)) {
    throw new UsageError('TWILIO_ACCOUNT_SID must be the account SID: AC followed by 32 hexadecimal digits');
  }
  if (apiKey || apiSecret) {
    if (!apiKey || !apiSecret) throw new UsageError('set both TWILIO_API_KEY and TWILIO_API_SECRET, or neither');
    if (!API_KEY_SID.test(apiKey)) {
      throw new UsageError('TWILIO_API_KEY must be an API key SID: SK followed by 32 hexadecimal digits');
    }
    return { username: apiKey, password: apiSecret, accountSid };
  }
  if (!authToken) throw new UsageError(`--twilio needs credentials: ${how}`);
  return { username: accountSid, password: authToken, accountSid };
}

/** What the account's Flex configuration gives the CLI. */
export interface FlexAccount {
  readonly workspaceSid: string;
  /** `ui_attributes` as the account holds it (the sso_diagnostics block is inside). */
  readonly uiAttributes: unknown;
}

/** A worker as TaskRouter lists it, in the shape `check-team` reads from a file. */
export interface RawWorker {
  readonly sid: string;
  readonly friendly_name: string;
  readonly attributes: string;
}

export type WorkerChoice = { readonly sid: string } | { readonly email: string };

export interface TwilioAccount {
  flexConfiguration(): Promise<FlexAccount>;
  /** Every worker of the workspace, page after page. */
  workers(workspaceSid: string): Promise<RawWorker[]>;
  /** One worker by SID, or the first whose `email` attribute (or friendly name) is this address. */
  worker(workspaceSid: string, which: WorkerChoice): Promise<RawWorker>;
}

type Sdk = typeof TwilioSDK;

async function loadSdk(): Promise<Sdk> {
  let mod: { default?: Sdk } & Sdk;
  try {
    mod = (await import('twilio')) as unknown as { default?: Sdk } & Sdk;
  } catch {
    throw new UsageError('--twilio needs the twilio package: run npm install in the project folder');
  }
  return mod.default ?? mod;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Full-jitter exponential back-off, as the library does for 429. */
function backoff(attempt: number): number {
  return Math.floor(Math.random() * Math.min(MAX_RETRY_DELAY_MS, FIRST_RETRY_DELAY_MS * 2 ** (attempt + 1)));
}

/** Connection-level failures worth another try; anything else (a bad URL, TLS) is not. */
const TRANSIENT_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED', 'EAI_AGAIN']);

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function redirect(uri: string, endpoint: string): string {
  const url = new URL(uri);
  return `${endpoint.replace(/\/$/, '')}/${url.host}${url.pathname}${url.search}`;
}

/** The library's RequestClient with the library's 429 retry on, plus bounded retries of 5xx and dropped connections. */
function makeHttpClient(sdk: Sdk, endpoint: string | undefined): TwilioSDK.RequestClient {
  class CliRequestClient extends sdk.RequestClient {
    override async request<TData>(opts: LibraryRequestClient.RequestOptions<TData>): Promise<TwilioResponse<TData>> {
      const target = endpoint && opts.uri ? { ...opts, uri: redirect(opts.uri, endpoint) } : opts;
      for (let attempt = 0; ; attempt += 1) {
        let response: TwilioResponse<TData>;
        try {
          response = await super.request<TData>(target);
        } catch (error) {
          const code = errorCode(error);
          if (attempt < MAX_RETRIES && code !== undefined && TRANSIENT_CODES.has(code)) {
            await sleep(backoff(attempt));
            continue;
          }
          throw error;
        }
        if (response.statusCode >= 500 && attempt < MAX_RETRIES) {
          await sleep(backoff(attempt));
          continue;
        }
        return response;
      }
    }
  }
  return new CliRequestClient({
    autoRetry: true,
    maxRetries: MAX_RETRIES,
    maxRetryDelay: MAX_RETRY_DELAY_MS,
    timeout: REQUEST_TIMEOUT_MS,
  });
}

/** A failure from the library as one line that says what to fix, with no credential or token in it. */
export function twilioFailure(error: unknown, what: string, notFound?: string): UsageError {
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === 'number') {
    if (status === 401) {
      return new UsageError(
        'Twilio refused the credentials (401): check TWILIO_ACCOUNT_SID and TWILIO_API_KEY/TWILIO_API_SECRET or TWILIO_AUTH_TOKEN',
      );
    }
    if (status === 403) {
      return new UsageError(
        `these credentials may not read ${what} (403): use the auth token or a standard API key of this account`,
      );
    }
    if (status === 404) return new UsageError(notFound ?? `${what} was not found (404)`);
    if (status === 429) {
      return new UsageError(
        `Twilio kept answering 429 Too Many Requests after ${MAX_RETRIES} retries; try again later`,
      );
    }
    return new UsageError(
      `Twilio answered ${status} for ${what}${status >= 500 ? ` after ${MAX_RETRIES} retries; try again later` : ''}`,
    );
  }
  const code = errorCode(error);
  if (code !== undefined) {
    return new UsageError(
      `cannot reach Twilio (${code}): check the network, HTTP_PROXY, and TWILIO_REGION / TWILIO_EDGE if set`,
    );
  }
  return new UsageError(`reading ${what} from Twilio failed`);
}

/** The account, read through the library; nothing is requested until a method is called. */
export async function connectTwilio(options: TwilioOptions): Promise<TwilioAccount> {
  const credentials = credentialsFromEnv(options.env);
  const sdk = await loadSdk();
  const env = options.env;
  const client = sdk(credentials.username, credentials.password, {
    accountSid: credentials.accountSid,
    // The library reads TWILIO_REGION / TWILIO_EDGE itself, from `env` and then process.env.
    env: env as NodeJS.ProcessEnv,
    ...(env['TWILIO_REGION'] ? { region: env['TWILIO_REGION'] } : {}),
    ...(env['TWILIO_EDGE'] ? { edge: env['TWILIO_EDGE'] } : {}),
    httpClient: makeHttpClient(sdk, options.endpoint),
  });
  const toRaw = (w: { sid: string; friendlyName: string; attributes: string }): RawWorker => ({
    sid: w.sid,
    friendly_name: w.friendlyName,
    attributes: w.attributes,
  });
  const call = async <T>(what: string, request: () => Promise<T>, notFound?: string): Promise<T> => {
    try {
      return await request();
    } catch (error) {
      throw twilioFailure(error, what, notFound);
    }
  };

  return {
    async flexConfiguration() {
      const config = await call(
        'the Flex configuration',
        () => client.flexApi.v1.configuration().fetch(),
        'this account has no Flex configuration (404): is TWILIO_ACCOUNT_SID the Flex account?',
      );
      if (!config.taskrouterWorkspaceSid) {
        throw new UsageError('the Flex configuration names no TaskRouter workspace (is Flex set up on this account?)');
      }
      return { workspaceSid: config.taskrouterWorkspaceSid, uiAttributes: config.uiAttributes ?? {} };
    },

    async workers(workspaceSid) {
      const workers: RawWorker[] = [];
      await call("the Flex workspace's workers", () =>
        eachWorker(client.taskrouter.v1.workspaces(workspaceSid).workers, {
          pageSize: WORKER_PAGE_SIZE,
          callback: (worker) => {
            workers.push(toRaw(worker));
            if (workers.length % WORKER_PAGE_SIZE === 0) options.onProgress?.(workers.length);
          },
        }),
      );
      options.onProgress?.(workers.length);
      return workers;
    },

    async worker(workspaceSid, which) {
      const list = client.taskrouter.v1.workspaces(workspaceSid).workers;
      if ('sid' in which) {
        return toRaw(
          await call(
            'the worker',
            () => list(which.sid).fetch(),
            'the Flex workspace has no worker with that SID (404)',
          ),
        );
      }
      const email = which.email.trim().toLowerCase();
      let found: RawWorker | undefined;
      await call("the Flex workspace's workers", () =>
        eachWorker(list, {
          pageSize: WORKER_PAGE_SIZE,
          callback: (worker, done) => {
            if (found) return;
            if (workerEmail(worker) === email) {
              found = toRaw(worker);
              done();
            }
          },
        }),
      );
      // The address came from the user: it is not repeated in the error.
      if (!found) throw new UsageError('no worker in the Flex workspace has that email address');
      return found;
    },
  };
}

/** The library's `each` (Version.each) returns a promise settled after the last page; its typings say void. */
function eachWorker(list: WorkerListInstance, params: WorkerListInstanceEachOptions): Promise<void> {
  return list.each(params) as unknown as Promise<void>;
}

function workerEmail(worker: { friendlyName: string; attributes: string }): string {
  try {
    const attributes = JSON.parse(worker.attributes) as { email?: unknown };
    if (typeof attributes.email === 'string') return attributes.email.trim().toLowerCase();
  } catch {
    // Unreadable attributes: fall back to the friendly name, which Flex usually sets to the login.
  }
  return worker.friendlyName.trim().toLowerCase();
}
