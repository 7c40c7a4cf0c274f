/**
 * The sandbox's `window.Twilio.Flex`: the part of Flex UI 2.x that the plugin (and @twilio/flex-plugin's
 * loader) uses, typed against @twilio/flex-ui's own declarations — if Flex's API drifts, this file
 * stops compiling. Everything else Flex does (login, TaskRouter, routing, the real Teams view) is
 * out of scope: the host renders a small layout instead (see Layout.tsx).
 */
import * as React from 'react';
import type { IWorker } from '@twilio/flex-ui';
import type { FlexApi, FlexModule } from '../../src/flex/manager';
import { ContentStore } from './contentStore';
import { Emitter } from './emitter';
import type { SandboxManager } from './manager';

type SideLinkProps = React.ComponentProps<FlexApi['SideLink']>;
type ViewProps = React.ComponentProps<FlexApi['View']>;
type Notification = Parameters<FlexApi['Notifications']['registerNotification']>[0];
type Providers = Parameters<FlexApi['setProviders']>[0];
type StorePart = Pick<FlexApi['SideNav']['Content'], 'add' | 'remove' | 'fragments'>;

/** What the host implements, member by member, in Flex's own types. */
export interface HostFlexApi {
  readonly SideNav: { readonly Content: StorePart };
  readonly ViewCollection: { readonly Content: StorePart };
  readonly WorkerCanvas: { readonly Content: StorePart };
  readonly View: FlexApi['View'];
  readonly SideLink: React.ComponentType<SideLinkProps>;
  readonly Actions: Pick<FlexApi['Actions'], 'invokeAction'>;
  readonly setProviders: FlexApi['setProviders'];
  readonly Notifications: Pick<FlexApi['Notifications'], 'registerNotification' | 'showNotification'>;
  readonly NotificationType: { readonly [K in keyof FlexApi['NotificationType']]: FlexApi['NotificationType'][K] };
  readonly Plugins: Pick<FlexModule['Plugins'], 'init'>;
  readonly Manager: { getInstance(): SandboxManager };
}

// Fails to compile when the plugin starts using a part of Flex the host does not provide.
type MissingFromHost = Exclude<keyof FlexApi, keyof HostFlexApi>;
export const hostCoversPlugin: [MissingFromHost] extends [never] ? true : MissingFromHost = true;

export interface HostEvents extends Record<string, unknown> {
  navigate: string;
  providers: Providers;
  notification: Notification;
}

const NOTIFICATION_TYPE = {
  information: 'information',
  success: 'success',
  warning: 'warning',
  error: 'error',
} as unknown as HostFlexApi['NotificationType'];

/** The SideNav entry as Flex draws it: an icon, a label, and the active state. */
export function SideLink({
  icon,
  iconActive,
  showLabel,
  onClick,
  isActive,
  children,
}: SideLinkProps): React.ReactElement {
  return (
    <button type="button" className="sbx-sidelink" aria-current={isActive ? 'page' : undefined} onClick={onClick}>
      <span className="sbx-sidelink-icon" aria-hidden="true">
        {isActive && iconActive ? iconActive : icon}
      </span>
      {showLabel ? <span className="sbx-sidelink-label">{children}</span> : null}
    </button>
  );
}

/** A view of the ViewCollection; the layout shows the one whose name is the active view. */
export const View: FlexApi['View'] = ({ name, children, className }: ViewProps) => (
  <section className={['sbx-view', className].filter(Boolean).join(' ')} data-view={name}>
    {children}
  </section>
);

export interface FlexHost extends HostFlexApi {
  readonly SideNav: { readonly Content: ContentStore };
  readonly ViewCollection: { readonly Content: ContentStore };
  readonly WorkerCanvas: { readonly Content: ContentStore };
  readonly events: Emitter<HostEvents>;
  activeView(): string;
  providers(): Providers;
  notifications(): readonly Notification[];
  dismiss(id: string): void;
  /** Plugins that called `Plugins.init` (their names). */
  readonly loadedPlugins: string[];
}

export function createFlexHost(manager: SandboxManager, initialView: string): FlexHost {
  const events = new Emitter<HostEvents>();
  let active = initialView;
  let providers: Providers = {};
  const registered = new Map<string, Notification>();
  let shown: Notification[] = [];
  const loadedPlugins: string[] = [];

  const host: FlexHost = {
    SideNav: { Content: new ContentStore('SideNav') },
    ViewCollection: { Content: new ContentStore('ViewCollection') },
    WorkerCanvas: { Content: new ContentStore('WorkerCanvas') },
    View,
    SideLink,
    Actions: {
      invokeAction(name: string, payload?: Record<string, unknown>): Promise<unknown> {
        if (name === 'NavigateToView' && typeof payload?.['viewName'] === 'string') {
          active = payload['viewName'];
          events.emit('navigate', active);
          return Promise.resolve();
        }
        return Promise.reject(new Error(`The sandbox does not implement the action ${name}.`));
      },
    },
    setProviders(next: Providers): void {
      providers = { ...providers, ...next };
      events.emit('providers', providers);
    },
    Notifications: {
      registerNotification(notification: Notification): void {
        registered.set(notification.id, notification);
      },
      showNotification(id: string): Notification | null {
        const notification = registered.get(id);
        if (!notification) return null;
        shown = [...shown.filter((n) => n.id !== id), notification];
        events.emit('notification', notification);
        if (notification.timeout) setTimeout(() => host.dismiss(id), notification.timeout);
        return notification;
      },
    },
    NotificationType: NOTIFICATION_TYPE,
    Plugins: {
      init(Plugin): void {
        const plugin = new Plugin();
        loadedPlugins.push(plugin.name);
        // Real Flex passes the whole Flex module; the host is the part the plugin uses (checked above).
        void plugin.init(host as unknown as FlexModule, manager.asFlexManager());
      },
    },
    Manager: { getInstance: () => manager },
    events,
    activeView: () => active,
    providers: () => providers,
    notifications: () => shown,
    dismiss(id: string): void {
      shown = shown.filter((n) => n.id !== id);
      events.emit('notification', { id });
    },
    loadedPlugins,
  };
  return host;
}

/** A worker from the live index as Flex's Teams view hands it to WorkerCanvas children. */
export function toIWorker(item: {
  worker_sid: string;
  friendly_name: string;
  activity_name: string;
  attributes: unknown;
  date_updated: string;
}): IWorker {
  const attributes = (
    typeof item.attributes === 'object' && item.attributes !== null ? item.attributes : {}
  ) as IWorker['attributes'];
  const fullName =
    typeof attributes.full_name === 'string' && attributes.full_name !== '' ? attributes.full_name : item.friendly_name;
  return {
    source: item,
    sid: item.worker_sid,
    name: item.friendly_name,
    fullName,
    activityName: item.activity_name,
    attributes,
    dateUpdated: new Date(item.date_updated),
    isAvailable: item.activity_name === 'Available',
    activityDuration: '',
  };
}
