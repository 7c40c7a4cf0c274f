/**
 * A simulated Flex live index (`tr-worker`) for the sandbox and the tests: it evaluates Live Query
 * expressions (the documented operators: and/or, ==/eq, !=/not_eq, in, not_in, contains, parentheses),
 * enforces the documented limits (fewer than 30 operators → else 54509; arrays of fewer than 30 items
 * → else 54510) and a result cap (a larger result answers 54510, "too many items"), and pushes
 * `itemUpdated` / `itemRemoved` to the queries an item enters, changes in or leaves.
 */
import type {
  InsightsClientLike,
  ItemRemovedEvent,
  ItemUpdatedEvent,
  LiveQueryLike,
  WorkerItem,
} from '../src/flex/teamQuery';

export class SyncLikeError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

// ------------------------------------------------------------------------------------ expressions

type Expr =
  | { readonly kind: 'and' | 'or'; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'cmp'; readonly field: string; readonly op: 'eq' | 'not_eq' | 'contains'; readonly value: string }
  | { readonly kind: 'set'; readonly field: string; readonly op: 'in' | 'not_in'; readonly values: readonly string[] };

const TOKEN = /\s*(\(|\)|\[|\]|,|"(?:[^"\\]|\\.)*"|==|!=|&&|\|\||[A-Za-z_][\w.]*)/y;
const ALIASES: Record<string, string> = {
  and: 'and',
  '&&': 'and',
  or: 'or',
  '||': 'or',
  eq: 'eq',
  '==': 'eq',
  not_eq: 'not_eq',
  '!=': 'not_eq',
  in: 'in',
  not_in: 'not_in',
  contains: 'contains',
};

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let index = 0;
  while (index < text.length) {
    if (/^\s*$/.test(text.slice(index))) break;
    TOKEN.lastIndex = index;
    const match = TOKEN.exec(text);
    if (!match) throw new SyncLikeError(`Invalid query near "${text.slice(index, index + 20)}"`, 54507);
    tokens.push(match[1] as string);
    index = TOKEN.lastIndex;
  }
  return tokens;
}

interface Parsed {
  readonly expr: Expr;
  readonly operators: number;
  readonly largestArray: number;
}

export function parseExpression(text: string): Parsed {
  const tokens = tokenize(text);
  let position = 0;
  let operators = 0;
  let largestArray = 0;
  const peek = (): string | undefined => tokens[position];
  const next = (): string => {
    const token = tokens[position++];
    if (token === undefined) throw new SyncLikeError('Invalid query: unexpected end', 54507);
    return token;
  };
  const keyword = (token: string | undefined): string | undefined =>
    token === undefined ? undefined : (ALIASES[token.toLowerCase()] ?? ALIASES[token]);
  const string = (token: string): string => {
    if (!token.startsWith('"')) throw new SyncLikeError(`Invalid query: expected a string, got ${token}`, 54507);
    return JSON.parse(token) as string;
  };

  const primary = (): Expr => {
    if (peek() === '(') {
      next();
      const inner = orExpr();
      if (next() !== ')') throw new SyncLikeError('Invalid query: missing )', 54507);
      return inner;
    }
    const field = next();
    const op = keyword(next());
    operators += 1;
    if (op === 'in' || op === 'not_in') {
      if (next() !== '[') throw new SyncLikeError('Invalid query: expected [', 54507);
      const values: string[] = [];
      while (peek() !== ']') {
        values.push(string(next()));
        if (peek() === ',') next();
      }
      next();
      largestArray = Math.max(largestArray, values.length);
      return { kind: 'set', field, op, values };
    }
    if (op === 'eq' || op === 'not_eq' || op === 'contains') return { kind: 'cmp', field, op, value: string(next()) };
    throw new SyncLikeError(`Invalid query: unknown operator after ${field}`, 54507);
  };
  const andExpr = (): Expr => {
    let left = primary();
    while (keyword(peek()) === 'and') {
      next();
      operators += 1;
      left = { kind: 'and', left, right: primary() };
    }
    return left;
  };
  const orExpr = (): Expr => {
    let left = andExpr();
    while (keyword(peek()) === 'or') {
      next();
      operators += 1;
      left = { kind: 'or', left, right: andExpr() };
    }
    return left;
  };
  const expr = orExpr();
  if (position !== tokens.length) throw new SyncLikeError('Invalid query: trailing input', 54507);
  return { expr, operators, largestArray };
}

function fieldValue(item: WorkerItem, field: string): unknown {
  const path = field.split('.');
  if (path[0] !== 'data') return undefined;
  let value: unknown = item;
  for (const part of path.slice(1)) {
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
  }
  return value;
}

export function matches(expr: Expr, item: WorkerItem): boolean {
  switch (expr.kind) {
    case 'and':
      return matches(expr.left, item) && matches(expr.right, item);
    case 'or':
      return matches(expr.left, item) || matches(expr.right, item);
    case 'cmp': {
      const value = fieldValue(item, expr.field);
      const text = typeof value === 'string' ? value : value === undefined ? undefined : JSON.stringify(value);
      if (expr.op === 'eq') return text === expr.value;
      if (expr.op === 'not_eq') return text !== expr.value;
      return text !== undefined && text.includes(expr.value);
    }
    case 'set': {
      const value = fieldValue(item, expr.field);
      const inSet = typeof value === 'string' && expr.values.includes(value);
      return expr.op === 'in' ? inSet : !inSet;
    }
  }
}

// ------------------------------------------------------------------------------------ the index

type Listener<E> = (event: E) => void;

class SimulatedLiveQuery implements LiveQueryLike {
  private readonly updated = new Set<Listener<ItemUpdatedEvent>>();
  private readonly removed = new Set<Listener<ItemRemovedEvent>>();
  readonly members = new Set<string>();
  closed = false;

  constructor(
    readonly expression: string,
    readonly expr: Expr,
    private readonly snapshot: Record<string, object>,
    private readonly onClose: (query: SimulatedLiveQuery) => void,
  ) {
    for (const key of Object.keys(snapshot)) this.members.add(key);
  }

  getItems(): Readonly<Record<string, object>> {
    return this.snapshot;
  }

  on(event: 'itemUpdated', listener: Listener<ItemUpdatedEvent>): this;
  on(event: 'itemRemoved', listener: Listener<ItemRemovedEvent>): this;
  on(event: 'itemUpdated' | 'itemRemoved', listener: Listener<ItemUpdatedEvent> | Listener<ItemRemovedEvent>): this {
    if (event === 'itemUpdated') this.updated.add(listener as Listener<ItemUpdatedEvent>);
    else this.removed.add(listener as Listener<ItemRemovedEvent>);
    return this;
  }

  emitUpdated(event: ItemUpdatedEvent): void {
    this.members.add(event.key);
    for (const listener of [...this.updated]) listener(event);
  }

  emitRemoved(event: ItemRemovedEvent): void {
    this.members.delete(event.key);
    for (const listener of [...this.removed]) listener(event);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.onClose(this);
  }
}

export interface SimulatedIndexOptions {
  /** Largest result a live query may return; a larger one answers 54510. */
  readonly cap?: number;
  /** Milliseconds before a query answers (0 = next microtask). */
  readonly latencyMs?: number;
  /** Prefixes of worker SIDs whose queries fail with this code (to simulate a split that still fails). */
  readonly failPrefixes?: Readonly<Record<string, number>>;
}

export class SimulatedIndex implements InsightsClientLike {
  private readonly items = new Map<string, WorkerItem>();
  private readonly open = new Set<SimulatedLiveQuery>();
  /** Every expression asked for, in order, with how it was answered. */
  readonly log: { expression: string; outcome: 'ok' | number; size?: number }[] = [];
  readonly cap: number;

  constructor(
    items: Iterable<WorkerItem>,
    private readonly options: SimulatedIndexOptions = {},
  ) {
    for (const item of items) this.items.set(item.worker_sid, item);
    this.cap = options.cap ?? 200;
  }

  get size(): number {
    return this.items.size;
  }

  get openQueries(): number {
    return this.open.size;
  }

  all(): WorkerItem[] {
    return [...this.items.values()];
  }

  get(sid: string): WorkerItem | undefined {
    return this.items.get(sid);
  }

  liveQuery(indexName: string, queryExpression: string): Promise<LiveQueryLike> {
    return new Promise((resolve, reject) => {
      const answer = (): void => {
        try {
          resolve(this.answer(indexName, queryExpression));
        } catch (error) {
          reject(error);
        }
      };
      if (this.options.latencyMs) setTimeout(answer, this.options.latencyMs);
      else queueMicrotask(answer);
    });
  }

  private answer(indexName: string, expression: string): SimulatedLiveQuery {
    const fail = (message: string, code: number): never => {
      this.log.push({ expression, outcome: code });
      throw new SyncLikeError(message, code);
    };
    if (indexName !== 'tr-worker') fail(`Unknown index ${indexName}`, 54507);
    const parsed = parseExpression(expression);
    if (parsed.operators >= 30) fail('Query expression contains too many operators', 54509);
    if (parsed.largestArray >= 30) fail('Query expression contains an array with too many items', 54510);
    for (const [prefix, code] of Object.entries(this.options.failPrefixes ?? {})) {
      if (expression === `data.worker_sid CONTAINS "WK${prefix}"`) fail(`Simulated failure for WK${prefix}`, code);
    }
    const snapshot: Record<string, object> = {};
    let count = 0;
    for (const [key, item] of this.items) {
      if (!matches(parsed.expr, item)) continue;
      count += 1;
      if (count > this.cap) fail(`Query result contains too many items (more than ${this.cap})`, 54510);
      snapshot[key] = item;
    }
    this.log.push({ expression, outcome: 'ok', size: count });
    const query = new SimulatedLiveQuery(expression, parsed.expr, snapshot, (q) => this.open.delete(q));
    this.open.add(query);
    return query;
  }

  /** A worker appears or changes (a login, an attribute edit): tell every query it is in or enters or leaves. */
  upsert(item: WorkerItem): void {
    this.items.set(item.worker_sid, item);
    for (const query of [...this.open]) {
      const inside = matches(query.expr, item);
      if (inside) query.emitUpdated({ key: item.worker_sid, value: item });
      else if (query.members.has(item.worker_sid)) query.emitRemoved({ key: item.worker_sid });
    }
  }

  remove(sid: string): void {
    if (!this.items.delete(sid)) return;
    for (const query of [...this.open]) if (query.members.has(sid)) query.emitRemoved({ key: sid });
  }
}
