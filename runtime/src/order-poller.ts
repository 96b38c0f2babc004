// The order poller every marketplace subgraph uses. Marketplaces here offer no webhooks, so for each
// active store one poller (across all replicas, by a lease on the lock port) reads the recent orders,
// compares them with the last snapshot (key-value port) and appends CREATED / STATUS_CHANGED events
// to the event stream. The first run only records the snapshot: existing orders are not announced.
// A marketplace supplies an OrderSource: how to list its stores, read recent orders, and fingerprint
// and map one raw order.
import { type Marketplace, ORDER_EVENTS_STREAM, type Order, OrderEventKind, type OrderEventPayload, type OrderStatus } from "@pazargraph/schema";
import type { Logger } from "./logger.ts";
import type { OrderHub } from "./order-hub.ts";
import type { EventBus, KeyValueStore, Lock } from "./ports/index.ts";
import { toIstanbulIso } from "./time.ts";

const SNAPSHOT_NS = "poller-snapshots";

export interface PolledStore<S> {
  id: string;
  tenantId?: string;
  active: boolean;
  handle: S;
}

export interface OrderSource<S, R> {
  marketplace: Marketplace;
  stores(): Iterable<PolledStore<S>>;
  /** The orders of the recent window (each marketplace knows its own window rules). */
  readRecent(store: S, now: Date): Promise<R[]>;
  /** The order number. */
  key(order: R): string;
  /** Cheap: the unified order status and a stable string of line ids and statuses. */
  fingerprint(storeId: string, order: R): { status: OrderStatus; lines: string };
  /** Only called for orders that changed. */
  toOrder(storeId: string, order: R): Order;
}

export interface OrderPollerOptions<S, R> {
  source: OrderSource<S, R>;
  /** The order hub: every order read is written there (new and changed ones), the rest marked seen. */
  hub?: Pick<OrderHub, "upsert" | "touch">;
  events: EventBus;
  lock: Lock;
  kv: KeyValueStore;
  logger: Logger;
  intervalMs: number;
  now?: () => Date;
}

export interface OrderPoller<S> {
  /** Runs one poll for one store now (tests; also what the timer calls). Returns events appended. */
  pollStore(store: PolledStore<S>): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

interface SnapshotEntry {
  status: OrderStatus;
  lines: string;
  /** How many events this order has had; the next one's dedupe key is version + 1. */
  v?: number;
  /** When a read last returned the order. */
  seenAt?: number;
}
type Snapshot = Record<string, SnapshotEntry>;

interface OutboxEvent {
  /** The bus's dedupe key: marketplace, store, order and the order's event version. */
  key: string;
  payload: OrderEventPayload;
}

interface PollerState {
  format: 2;
  orders: Snapshot;
  /** Whether the hub has every order of the snapshot (a store's first poll writes them all). */
  hubSynced?: boolean;
  /** Events decided with `orders` and saved in the same write, until they are published. */
  outbox: OutboxEvent[];
}

/** How often unchanged orders' `syncedAt` is refreshed in the hub (so it is at most this stale). */
const TOUCH_EVERY_MS = 5 * 60_000;

/** An order a read did not return is kept this long (longer than any read window), so it is never announced twice. */
const RETAIN_MS = 35 * 86_400_000;

/**
 * The order as an event carries it: what a notification needs (number, status, lines, totals, the
 * buyer's name and city), none of the buyer's e-mail, phone, identity or tax number or street
 * address. Events are kept and fanned out widely; the order itself is one query away.
 */
export function eventOrder(order: Order): Order {
  const a = order.shippingAddress;
  return {
    ...order,
    customer: { id: order.customer?.id ?? null, name: order.customer?.name ?? null, email: null, phone: null },
    shippingAddress: a
      ? { name: a.name ?? null, city: a.city ?? null, district: a.district ?? null, phone: null, email: null, neighborhood: null, line: null, fullText: null }
      : null,
    billing: null,
  };
}

export function createOrderPoller<S, R>(options: OrderPollerOptions<S, R>): OrderPoller<S> {
  const { source, events, lock, kv, logger, intervalMs, hub } = options;
  const name = source.marketplace.toLowerCase();
  const now = options.now ?? (() => new Date());
  const leases = new Map<string, string>();
  const touchedAt = new Map<string, number>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;

  async function holdLease(storeId: string): Promise<boolean> {
    const key = `poller:${name}:${storeId}`;
    const ttl = intervalMs * 3 + 5000;
    const token = leases.get(storeId);
    if (token && (await lock.renew(key, token, ttl))) return true;
    const fresh = await lock.acquire(key, ttl);
    if (fresh) leases.set(storeId, fresh);
    else leases.delete(storeId);
    return fresh !== null;
  }

  /** The saved state: what the events so far say of each order, and the events not yet known published. */
  async function load(storeId: string): Promise<PollerState | undefined> {
    const raw = await kv.get<PollerState | Snapshot>(SNAPSHOT_NS, `${name}:${storeId}`);
    if (!raw) return undefined;
    // Snapshots from before the outbox were the order map alone.
    return (raw as PollerState).format === 2 ? (raw as PollerState) : { format: 2, orders: raw as Snapshot, outbox: [] };
  }

  /** Publishes what the outbox holds (the bus drops keys it already has), then empties it. */
  async function flush(storeId: string, state: PollerState): Promise<number> {
    if (!state.outbox.length) return 0;
    for (const e of state.outbox) await events.publish(ORDER_EVENTS_STREAM, e.payload, { dedupeKey: e.key });
    await kv.set(SNAPSHOT_NS, `${name}:${storeId}`, { ...state, outbox: [] } satisfies PollerState);
    return state.outbox.length;
  }

  /**
   * Exactly once, whatever line a crash stops at (a transactional outbox): the new snapshot and the
   * events it implies are saved together in one write, then published with their dedupe keys, then
   * the outbox is emptied. A crash before the write publishes nothing and the next poll finds the same
   * changes; a crash after it leaves the outbox, which the next poll publishes first (keys already on
   * the bus are not appended again). So an event always describes the state the snapshot records,
   * and an order that changed again while the poller was down gets its own next event.
   */
  async function pollStore(store: PolledStore<S>): Promise<number> {
    const { id } = store;
    const saved = await load(id);
    if (saved) await flush(id, saved);
    const end = now();
    const raw = await source.readRecent(store.handle, end);
    const previous = saved?.orders;
    const next: Snapshot = {};
    // Orders this read did not return stay known (a page that shifted under a new order must not
    // make them "new" next time), until they are older than any window.
    if (previous) for (const [k, e] of Object.entries(previous)) if (e.seenAt === undefined || end.getTime() - e.seenAt < RETAIN_MS) next[k] = e;
    const outbox: OutboxEvent[] = [];
    const mapped = new Map<string, Order>();
    // A read that returns an order twice (a page shifted under a new order) keeps the later copy.
    const latest = new Map<string, R>();
    for (const o of raw) latest.set(source.key(o), o);
    for (const o of latest.values()) {
      const entry = source.fingerprint(id, o);
      const key = source.key(o);
      const before = previous?.[key];
      const version = before?.v ?? 0;
      let kind: OrderEventKind | null = null;
      if (previous) {
        if (!before) kind = OrderEventKind.CREATED;
        else if (before.status !== entry.status) kind = OrderEventKind.STATUS_CHANGED;
        else if (before.lines !== entry.lines) kind = OrderEventKind.LINES_CHANGED;
      }
      next[key] = { ...entry, v: kind ? version + 1 : version, seenAt: end.getTime() };
      if (!kind) continue;
      const order = source.toOrder(id, o);
      mapped.set(key, order);
      outbox.push({
        key: `${name}:${id}:${key}:${version + 1}`,
        payload: {
          kind,
          tenantId: store.tenantId,
          occurredAt: toIstanbulIso(end),
          marketplace: source.marketplace,
          storeId: id,
          previousStatus: before?.status ?? null,
          status: entry.status,
          order: eventOrder(order),
        },
      });
    }
    // The hub first: writing it again after a crash is harmless (the same rows), and the events
    // published below always find their orders there.
    let hubSynced = saved?.hubSynced ?? false;
    if (hub && store.tenantId) {
      const write = hubSynced ? [...mapped.values()] : [...latest.entries()].map(([key, o]) => mapped.get(key) ?? source.toOrder(id, o));
      await hub.upsert(store.tenantId, id, write, end);
      // Unchanged orders get a fresh syncedAt at most every TOUCH_EVERY_MS: rewriting every row of a
      // store on every poll would be the hot path's heaviest write, for a timestamp.
      if (hubSynced && end.getTime() - (touchedAt.get(id) ?? 0) >= TOUCH_EVERY_MS) {
        await hub.touch(
          store.tenantId,
          [...latest.keys()].filter((k) => !mapped.has(k)).map((k) => `${name}:${id}:${k}`),
          end,
        );
        touchedAt.set(id, end.getTime());
      }
      hubSynced = true;
    }
    const state: PollerState = { format: 2, orders: next, outbox, hubSynced };
    await kv.set(SNAPSHOT_NS, `${name}:${id}`, state);
    const appended = await flush(id, state);
    if (appended) logger.info({ storeId: id, events: appended }, "order events appended");
    return appended;
  }

  async function tick() {
    for (const store of source.stores()) {
      if (stopped) return;
      if (!store.active) continue;
      try {
        if (await holdLease(store.id)) await pollStore(store);
      } catch (err) {
        const e = err as { message?: string; extensions?: { code?: string } };
        logger.warn({ storeId: store.id, code: e.extensions?.code, error: e.message }, "poll failed; will retry next interval");
      }
    }
  }

  return {
    pollStore,
    start() {
      if (timer) return;
      const loop = () => {
        running = tick().finally(() => {
          running = null;
          if (!stopped) timer = setTimeout(loop, intervalMs);
        });
      };
      loop();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      for (const [storeId, token] of leases) await lock.release(`poller:${name}:${storeId}`, token).catch(() => {});
      leases.clear();
    },
  };
}
