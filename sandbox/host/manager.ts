/**
 * The sandbox's `Manager.getInstance()`: the signed-in user (roles from `?as=`), the service
 * configuration with the example `sso_diagnostics` block, a redux-like store with the session and
 * worker state the plugin reads, string templates, a TaskRouter-like worker client, and the live
 * index over the example workforce.
 */
import type { Manager } from '@twilio/flex-ui';
import type { ManagerLike } from '../../src/flex/manager';
import type { WorkerItem } from '../../src/flex/teamQuery';
import type { SimulatedIndex } from '../simulatedIndex';
import { SANDBOX_ACCOUNT_SID, SANDBOX_NOW, type SandboxUser } from '../workforce';
import { Emitter } from './emitter';

type Attributes = Record<string, unknown>;

/** The TaskRouter worker of the signed-in user: attributes, and `attributesUpdated` when they change. */
export class SandboxWorkerClient extends Emitter<{ attributesUpdated: SandboxWorkerClient }> {
  attributes: Attributes;
  readonly sid: string;
  readonly name: string;
  readonly friendlyName: string;

  constructor(item: WorkerItem) {
    super();
    this.sid = item.worker_sid;
    this.name = item.friendly_name;
    this.friendlyName = item.friendly_name;
    this.attributes = { ...(item.attributes as Attributes) };
  }

  /** What TaskRouter does after a login that changed attributes. */
  setAttributes(attributes: Attributes): Promise<this> {
    this.attributes = attributes;
    this.emit('attributesUpdated', this);
    return Promise.resolve(this);
  }
}

interface SandboxState {
  readonly flex: {
    readonly session: {
      readonly identity: string;
      readonly ssoTokenPayload: {
        readonly identity: string;
        readonly roles: string[];
        readonly expiration: string;
        readonly flexUserSid: string;
        readonly accountSid: string;
      };
    };
    readonly worker: {
      readonly attributes: Attributes;
      readonly worker: { readonly sid: string; readonly name: string };
    };
  };
}

export interface SandboxManager {
  readonly user: { readonly identity: string; readonly roles: string[] };
  readonly serviceConfiguration: { readonly account_sid: string; readonly ui_attributes: Record<string, unknown> };
  readonly store: { getState(): SandboxState; subscribe(listener: () => void): () => void };
  readonly strings: Record<string, string>;
  readonly workerClient: SandboxWorkerClient;
  readonly insightsClient: SimulatedIndex;
  /** The manager as the plugin's `init` receives it (see the cast's comment). */
  asFlexManager(): ManagerLike & Manager;
}

export function createSandboxManager(user: SandboxUser, config: unknown, index: SimulatedIndex): SandboxManager {
  const workerClient = new SandboxWorkerClient(user.worker);
  const listeners = new Set<() => void>();
  const state = (): SandboxState => ({
    flex: {
      session: {
        identity: user.identity,
        ssoTokenPayload: {
          identity: user.identity,
          roles: [...user.roles],
          expiration: new Date(Date.parse(SANDBOX_NOW) + 3_600_000).toISOString(),
          flexUserSid: 'FU00000000000000000000000000000001',
          accountSid: SANDBOX_ACCOUNT_SID,
        },
      },
      worker: { attributes: workerClient.attributes, worker: { sid: workerClient.sid, name: workerClient.name } },
    },
  });
  let current = state();
  workerClient.on('attributesUpdated', () => {
    current = state();
    for (const listener of [...listeners]) listener();
  });
  const manager: SandboxManager = {
    user: { identity: user.identity, roles: [...user.roles] },
    serviceConfiguration: {
      account_sid: SANDBOX_ACCOUNT_SID,
      ui_attributes: config === undefined ? {} : { sso_diagnostics: config },
    },
    store: {
      getState: () => current,
      subscribe(listener) {
        listeners.add(listener);
        return () => {
          listeners.delete(listener);
        };
      },
    },
    strings: { NoTasks: 'No tasks' },
    workerClient,
    insightsClient: index,
    asFlexManager() {
      // The host implements the fields the plugin reads (ManagerLike), with the same shapes; the
      // rest of Flex's Manager (voice, chat, TaskRouter workspace…) does not exist here.
      return manager as unknown as ManagerLike & Manager;
    },
  };
  return manager;
}
