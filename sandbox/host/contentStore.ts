/**
 * The host's dynamic content stores (SideNav.Content, ViewCollection.Content, WorkerCanvas.Content),
 * with the signatures of Flex's `DynamicContentStore` that plugins call: add (returns a remover),
 * remove (by key) and fragments.
 */
import * as React from 'react';
import type { FlexApi } from '../../src/flex/manager';

type RealStore = FlexApi['SideNav']['Content'];
type AddOptions = NonNullable<Parameters<RealStore['add']>[1]>;
type Cleanup = ReturnType<RealStore['add']>;

export interface Entry {
  readonly key: React.Key;
  readonly element: React.ReactElement;
  readonly options: AddOptions;
  readonly order: number;
}

/** Children as Flex renders them: each a `ContentFragment` with the add() options as props. */
function ContentFragment(props: { children?: React.ReactNode }): React.ReactElement {
  return React.createElement(React.Fragment, null, props.children);
}

export class ContentStore {
  private entries: Entry[] = [];
  private sequence = 0;
  private readonly listeners = new Set<() => void>();

  constructor(readonly name: string) {}

  add(child: React.ReactElement, options: AddOptions = {}): Cleanup {
    const key = child.key ?? `${this.name}-${(this.sequence += 1)}`;
    this.entries = [
      ...this.entries.filter((entry) => entry.key !== key),
      { key, element: child, options, order: this.sequence++ },
    ];
    this.changed();
    return () => this.remove(key);
  }

  remove(key: React.Key): Cleanup {
    const before = this.entries.length;
    this.entries = this.entries.filter((entry) => entry.key !== key);
    if (this.entries.length !== before) this.changed();
    return () => undefined;
  }

  get fragments(): React.ReactElement[] {
    return this.sorted().map((entry) =>
      React.createElement(ContentFragment, { ...entry.options, key: entry.key }, entry.element),
    );
  }

  /** Entries in display order (sortOrder, then insertion), honouring each entry's `if`. */
  visible(props: Record<string, unknown>): Entry[] {
    return this.sorted().filter((entry) => (typeof entry.options.if === 'function' ? entry.options.if(props) : true));
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private sorted(): Entry[] {
    return [...this.entries].sort(
      (a, b) => (a.options.sortOrder ?? 0) - (b.options.sortOrder ?? 0) || a.order - b.order,
    );
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

/** Re-renders when the store changes. */
export function useStore(store: ContentStore): void {
  const [, setVersion] = React.useState(0);
  React.useEffect(() => store.subscribe(() => setVersion((v) => v + 1)), [store]);
}
