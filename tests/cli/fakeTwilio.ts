/**
 * A local stand-in for the two Twilio APIs `--twilio` uses, on 127.0.0.1, answering with the real
 * response shapes: the Flex API's `GET /v1/Configuration` and TaskRouter's Workers list (paged with
 * `meta`, `next_page_url` absolute on Twilio's host, as the API writes it) and Worker fetch, and
 * Twilio's error bodies (`{code, message, more_info, status}`). The CLI reaches it through the twilio
 * library's own HTTP client (the `httpClient` extension point), so the library's paging and retry
 * code really run against it. Faults are scripted per request: a status, a delay, a dropped socket.
 */
import http from 'http';
import type { AddressInfo } from 'net';

export const ACCOUNT_SID = 'AC0123456789abcdef0123456789abcdef';
export const AUTH_TOKEN = 'f3a9c2e1d4b5a6978877665544332211';
export const API_KEY = 'SK00112233445566778899aabbccddeeff';
export const API_SECRET = 'Zq8yR2wX5vB7nM1kJ4hG6fD3sA9pL0oI';
export const WORKSPACE_SID = 'WS0123456789abcdef0123456789abcdef';

export interface FakeWorker {
  readonly sid: string;
  readonly friendly_name: string;
  /** As TaskRouter holds them: a JSON string. */
  readonly attributes: string;
}

export interface Fault {
  /** Which requests: a path prefix after the host (`/v1/Configuration`, `/v1/Workspaces`), and the page. */
  readonly path: string;
  readonly page?: number;
  /** How many matching requests it spoils, from the first (default 1). */
  readonly times?: number;
  readonly status?: number;
  readonly delayMs?: number;
  /** Close the connection without an answer. */
  readonly drop?: boolean;
}

export interface SeenRequest {
  readonly host: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly authorization: string | undefined;
  readonly status: number;
}

export interface FakeTwilioOptions {
  readonly workers: readonly FakeWorker[];
  readonly uiAttributes?: Record<string, unknown>;
  readonly faults?: readonly Fault[];
  /** Answer the Configuration with 404, as an account without Flex does. */
  readonly noFlex?: boolean;
  /** Further username/password pairs to accept (besides the constants above). */
  readonly credentials?: readonly (readonly [string, string])[];
}

export interface FakeTwilio {
  /** The origin to give the CLI (CliIo.twilioEndpoint). */
  readonly endpoint: string;
  readonly requests: SeenRequest[];
  close(): Promise<void>;
}

export function makeWorkers(n: number, attributes: (i: number) => Record<string, unknown>): FakeWorker[] {
  return Array.from({ length: n }, (_, i) => ({
    sid: `WK${i.toString(16).padStart(32, '0')}`,
    friendly_name: `worker_${i}`,
    attributes: JSON.stringify(attributes(i)),
  }));
}

const ACCEPTED = new Set([
  `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString('base64')}`,
  `Basic ${Buffer.from(`${API_KEY}:${API_SECRET}`).toString('base64')}`,
]);

function twilioError(status: number, code: number, message: string) {
  return { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status };
}

function workerResource(w: FakeWorker) {
  const url = `https://taskrouter.twilio.com/v1/Workspaces/${WORKSPACE_SID}/Workers/${w.sid}`;
  return {
    account_sid: ACCOUNT_SID,
    activity_name: 'Offline',
    activity_sid: 'WA0123456789abcdef0123456789abcdef',
    attributes: w.attributes,
    available: false,
    date_created: '2026-11-02T10:00:00Z',
    date_status_changed: '2026-11-30T18:00:00Z',
    date_updated: '2026-11-30T18:00:00Z',
    friendly_name: w.friendly_name,
    sid: w.sid,
    workspace_sid: WORKSPACE_SID,
    url,
    links: {
      channels: `${url}/Channels`,
      reservations: `${url}/Reservations`,
      worker_channels: `${url}/Channels`,
      worker_statistics: `${url}/Statistics`,
      workspace: `https://taskrouter.twilio.com/v1/Workspaces/${WORKSPACE_SID}`,
    },
  };
}

function configuration(uiAttributes: Record<string, unknown>) {
  return {
    account_sid: ACCOUNT_SID,
    date_created: '2026-01-10T09:00:00Z',
    date_updated: '2026-11-20T09:00:00Z',
    attributes: {},
    status: 'ok',
    taskrouter_workspace_sid: WORKSPACE_SID,
    taskrouter_target_workflow_sid: 'WW0123456789abcdef0123456789abcdef',
    taskrouter_target_taskqueue_sid: 'WQ0123456789abcdef0123456789abcdef',
    taskrouter_taskqueues: [],
    taskrouter_skills: [],
    taskrouter_worker_channels: {},
    taskrouter_worker_attributes: {},
    taskrouter_offline_activity_sid: 'WA0123456789abcdef0123456789abcdef',
    runtime_domain: 'owlbank-1234.twil.io',
    messaging_service_instance_sid: null,
    chat_service_instance_sid: 'IS0123456789abcdef0123456789abcdef',
    flex_service_instance_sid: 'IS1123456789abcdef0123456789abcdef',
    flex_instance_sid: 'GO0123456789abcdef0123456789abcdef',
    ui_language: 'en',
    ui_attributes: uiAttributes,
    ui_dependencies: {},
    ui_version: '2.17.1',
    service_version: '1.0',
    call_recording_enabled: false,
    call_recording_webhook_url: null,
    crm_enabled: false,
    crm_type: 'custom',
    crm_callback_url: null,
    crm_fallback_url: null,
    crm_attributes: {},
    public_attributes: {},
    plugin_service_enabled: true,
    plugin_service_attributes: {},
    integrations: [],
    outbound_call_flows: {},
    serverless_service_sids: [],
    queue_stats_configuration: {},
    notifications: {},
    markdown: {},
    url: 'https://flex-api.twilio.com/v1/Configuration',
    flex_insights_hr: {},
    flex_insights_drilldown: false,
    flex_url: 'https://flex.twilio.com/owlbank',
    channel_configs: [],
    debugger_integration: {},
    flex_ui_status_report: {},
    agent_conv_end_methods: {},
    citrix_voice_vdi: {},
    offline_config: {},
  };
}

export async function startFakeTwilio(options: FakeTwilioOptions): Promise<FakeTwilio> {
  const requests: SeenRequest[] = [];
  const accepted = new Set([
    ...ACCEPTED,
    ...(options.credentials ?? []).map(([u, p]) => `Basic ${Buffer.from(`${u}:${p}`).toString('base64')}`),
  ]);
  const spent = new Map<Fault, number>();

  const server = http.createServer((req, res) => {
    // The library's client sends https://<host>/<path> here as /<host>/<path>.
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const [, host = '', ...rest] = url.pathname.split('/');
    const path = `/${rest.join('/')}`;
    const query = url.searchParams;
    const page = Number(query.get('Page') ?? '0');
    const authorization = req.headers.authorization;

    const answer = (status: number, body: unknown) => {
      requests.push({ host, path, query, authorization, status });
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };

    const fault = (options.faults ?? []).find(
      (f) =>
        path.startsWith(f.path) && (f.page === undefined || f.page === page) && (spent.get(f) ?? 0) < (f.times ?? 1),
    );
    if (fault) spent.set(fault, (spent.get(fault) ?? 0) + 1);

    const respond = () => {
      if (fault?.drop) {
        requests.push({ host, path, query, authorization, status: 0 });
        req.socket.destroy();
        return;
      }
      if (fault?.status === 429) return answer(429, twilioError(429, 20429, 'Too Many Requests'));
      if (fault?.status !== undefined && fault.status >= 500) {
        return answer(fault.status, twilioError(fault.status, 20500, 'Internal Server Error'));
      }
      if (!authorization || !accepted.has(authorization)) return answer(401, twilioError(401, 20003, 'Authenticate'));
      if (fault?.status === 403) return answer(403, twilioError(403, 20403, 'Forbidden'));

      if (host.startsWith('flex-api.') && path === '/v1/Configuration') {
        if (options.noFlex)
          return answer(404, twilioError(404, 20404, 'The requested resource /Configuration was not found'));
        return answer(200, configuration(options.uiAttributes ?? {}));
      }
      const base = `/v1/Workspaces/${WORKSPACE_SID}/Workers`;
      if (host.startsWith('taskrouter.') && path === base) {
        const pageSize = Math.min(1000, Number(query.get('PageSize') ?? '50'));
        const start = page * pageSize;
        const records = options.workers.slice(start, start + pageSize);
        const more = start + pageSize < options.workers.length;
        const pageUrl = (p: number) =>
          `https://taskrouter.twilio.com${base}?PageSize=${pageSize}&Page=${p}` +
          (p > 0 ? `&PageToken=PT${(options.workers[p * pageSize - 1]?.sid ?? '').slice(2)}` : '');
        return answer(200, {
          workers: records.map(workerResource),
          meta: {
            page,
            page_size: pageSize,
            first_page_url: pageUrl(0),
            previous_page_url: page > 0 ? pageUrl(page - 1) : null,
            url: pageUrl(page),
            next_page_url: more ? pageUrl(page + 1) : null,
            key: 'workers',
          },
        });
      }
      if (host.startsWith('taskrouter.') && path.startsWith(`${base}/`)) {
        const worker = options.workers.find((w) => `${base}/${w.sid}` === path);
        if (worker) return answer(200, workerResource(worker));
        return answer(404, twilioError(404, 20404, `The requested resource ${path} was not found`));
      }
      return answer(404, twilioError(404, 20404, `The requested resource ${path} was not found`));
    };

    if (fault?.delayMs) setTimeout(respond, fault.delayMs);
    else respond();
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
