/**
 * Where the diagnostics view should open: the Teams view's worker panel asks for the Team tab on one
 * worker, the Team tab asks for the analyzer on one worker. One instance per registration (no module
 * state), shared by the containers that registration adds.
 */
import type { TabId } from '../ui/types';

export interface NavigationRequest {
  /** Increases with every request, so a view can tell a new request from the one it already showed. */
  readonly id: number;
  readonly tab: TabId;
  readonly workerSid?: string;
}

type Listener = (request: NavigationRequest) => void;

export class Navigation {
  private last: NavigationRequest | undefined;
  private readonly listeners = new Set<Listener>();

  current(): NavigationRequest | undefined {
    return this.last;
  }

  request(tab: TabId, workerSid?: string): NavigationRequest {
    const next: NavigationRequest = { id: (this.last?.id ?? 0) + 1, tab, ...(workerSid ? { workerSid } : {}) };
    this.last = next;
    for (const listener of [...this.listeners]) listener(next);
    return next;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
}
