/**
 * Reading the Flex manager. Every function reads when it is called — never at import time — and
 * tolerates the pieces Flex fills in late (`workerClient` before the worker is ready, the store before
 * login). The types are the real ones from @twilio/flex-ui, narrowed to what the plugin uses, so a test
 * or the sandbox can pass a plain object of the same shape.
 */
import type * as Flex from '@twilio/flex-ui';
import type { WorkerAttributes, WorkerSnapshot } from '../core/types';
import { isRecord } from '../core/objects';

/** The Flex module as a plugin's `init` receives it. */
export type FlexModule = typeof Flex;

/** The parts of the Flex module the plugin uses (what a host such as the sandbox must provide). */
export type FlexApi = Pick<
  FlexModule,
  | 'SideNav'
  | 'ViewCollection'
  | 'WorkerCanvas'
  | 'View'
  | 'SideLink'
  | 'Actions'
  | 'setProviders'
  | 'Notifications'
  | 'NotificationType'
>;

/** The parts of `Flex.Manager` the plugin reads. */
export type ManagerLike = Pick<
  Flex.Manager,
  'user' | 'serviceConfiguration' | 'store' | 'strings' | 'workerClient' | 'insightsClient'
>;

type SessionPayload = Partial<Flex.AppState['session']['ssoTokenPayload']>;

function sessionPayload(manager: ManagerLike): SessionPayload | undefined {
  try {
    return manager.store?.getState()?.flex?.session?.ssoTokenPayload;
  } catch {
    return undefined;
  }
}

/** The Flex token's roles (`manager.user.roles`, else the SSO token payload in the store). */
export function readTokenRoles(manager: ManagerLike): readonly string[] | undefined {
  const roles = manager.user?.roles ?? sessionPayload(manager)?.roles;
  return Array.isArray(roles) ? roles.filter((role): role is string => typeof role === 'string') : undefined;
}

export function readIdentity(manager: ManagerLike): string | undefined {
  const identity = manager.user?.identity ?? sessionPayload(manager)?.identity;
  return typeof identity === 'string' && identity !== '' ? identity : undefined;
}

export function readAccountSid(manager: ManagerLike): string | undefined {
  const sid = manager.serviceConfiguration?.account_sid ?? sessionPayload(manager)?.accountSid;
  return typeof sid === 'string' && sid !== '' ? sid : undefined;
}

/** `ui_attributes.sso_diagnostics` exactly as found (untrusted). */
export function readRawConfig(manager: ManagerLike): unknown {
  const attributes = manager.serviceConfiguration?.ui_attributes as Record<string, unknown> | undefined;
  return attributes?.['sso_diagnostics'];
}

/**
 * The signed-in user's worker: from the TaskRouter worker client when it is ready, else from the
 * worker Flex mirrors in its store (`flex.worker`).
 */
export function readSignedInWorker(manager: ManagerLike): WorkerSnapshot | undefined {
  const tokenRoles = readTokenRoles(manager);
  const withRoles = (snapshot: Omit<WorkerSnapshot, 'tokenRoles'>): WorkerSnapshot =>
    tokenRoles ? { ...snapshot, tokenRoles } : snapshot;
  const client = manager.workerClient;
  if (client && client.attributes) {
    return withRoles({
      sid: client.sid,
      name: client.name ?? client.friendlyName,
      attributes: parseAttributes(client.attributes) as WorkerAttributes,
    });
  }
  let stored: Flex.AppState['worker'] | undefined;
  try {
    stored = manager.store?.getState()?.flex?.worker;
  } catch {
    stored = undefined;
  }
  if (!stored || stored.attributes === undefined || stored.attributes === null) return undefined;
  return withRoles({
    ...(stored.worker?.sid ? { sid: stored.worker.sid } : stored.source?.sid ? { sid: stored.source.sid } : {}),
    ...(stored.worker?.name ? { name: stored.worker.name } : {}),
    attributes: parseAttributes(stored.attributes),
  });
}

/** Flex's string templates (custom keys are not in its type). */
export function flexStrings(manager: ManagerLike): Record<string, unknown> {
  return (manager.strings ?? {}) as unknown as Record<string, unknown>;
}

/** Attributes as Flex holds them: an object, or (tolerated) its JSON text; anything else is none. */
export function parseAttributes(raw: unknown): WorkerAttributes {
  let value = raw;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return {};
    }
  }
  return isRecord(value) ? (value as WorkerAttributes) : {};
}
