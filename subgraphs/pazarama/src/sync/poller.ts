// The order poller. Pazarama offers no webhooks, so for each active store one poller (across all
// replicas, by lease on the lock port) reads the last four weeks of orders, compares them with the
// last snapshot (key-value port) and appends CREATED / STATUS_CHANGED events to the event stream.
// The first run only records the snapshot: existing orders are not announced as new.
import { type EventBus, type KeyValueStore, type Lock, type Logger, toIstanbulIso } from "@pazargraph/runtime";
import { Marketplace, ORDER_EVENTS_STREAM, OrderEventKind, type OrderEventPayload, type OrderStatus } from "@pazargraph/schema";
import { mapOrder, orderStatusOf } from "../map/order.ts";
import { mapItemStatus } from "../map/status.ts";
import type { PzOrder } from "../rest/types.ts";
import type { PazaramaService, PazaramaStore } from "../service.ts";
import { resolveOrderWindow } from "../window.ts";

const SNAPSHOT_NS = "poller-snapshots";
/** Four weeks: always inside Pazarama's one-month window, whatever the month. */
const LOOKBACK_MS = 28 * 86400_000;

type Snapshot = Record<string, { status: OrderStatus; lines: string }>;

export interface PollerOptions {
  service: PazaramaService;
  events: EventBus;
  lock: Lock;
  kv: KeyValueStore;
  logger: Logger;
  intervalMs: number;
  now?: () => Date;
}

export interface Poller {
  /** Runs one poll for one store now (tests; also what the timer calls). Returns events appended. */
  pollStore(store: PazaramaStore): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

/** Each line's unified status, in a stable order (line ids as OrderLine.id has them). */
const lineKey = (storeId: string, o: PzOrder) =>
  o.items
    .map((i) => `pazarama:${storeId}:${i.orderItemId}=${mapItemStatus(i.orderItemStatus).status}`)
    .sort()
    .join(",");

export function createPoller(options: PollerOptions): Poller {
  const { service, events, lock, kv, logger, intervalMs } = options;
  const now = options.now ?? (() => new Date());
  const leases = new Map<string, string>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;

  async function holdLease(storeId: string): Promise<boolean> {
    const key = `poller:pazarama:${storeId}`;
    const ttl = intervalMs * 3 + 5000;
    const token = leases.get(storeId);
    if (token && (await lock.renew(key, token, ttl))) return true;
    const fresh = await lock.acquire(key, ttl);
    if (fresh) leases.set(storeId, fresh);
    else leases.delete(storeId);
    return fresh !== null;
  }

  async function pollStore(store: PazaramaStore): Promise<number> {
    const id = store.config.id;
    const end = now();
    const window = resolveOrderWindow(new Date(end.getTime() - LOOKBACK_MS).toISOString(), new Date(end.getTime() + 60_000).toISOString(), end);
    const raw = await service.readAllOrders(store, window);
    const previous = await kv.get<Snapshot>(SNAPSHOT_NS, `pazarama:${id}`);
    const next: Snapshot = {};
    let appended = 0;
    // The snapshot is built from raw statuses; only the orders that changed are mapped.
    for (const o of raw) {
      const entry = { status: orderStatusOf(o), lines: lineKey(id, o) };
      next[String(o.orderNumber)] = entry;
      if (!previous) continue;
      const before = previous[String(o.orderNumber)];
      let kind: OrderEventKind | null = null;
      if (!before) kind = OrderEventKind.CREATED;
      else if (before.status !== entry.status || before.lines !== entry.lines) kind = OrderEventKind.STATUS_CHANGED;
      if (!kind) continue;
      const payload: OrderEventPayload = {
        kind,
        occurredAt: toIstanbulIso(end),
        marketplace: Marketplace.PAZARAMA,
        storeId: id,
        previousStatus: before?.status ?? null,
        status: entry.status,
        order: mapOrder(id, o),
      };
      await events.publish(ORDER_EVENTS_STREAM, payload);
      appended++;
    }
    await kv.set(SNAPSHOT_NS, `pazarama:${id}`, next);
    if (appended) logger.info({ storeId: id, events: appended }, "order events appended");
    return appended;
  }

  async function tick() {
    for (const store of service.stores.values()) {
      if (stopped) return;
      if (!store.config.active) continue;
      try {
        if (await holdLease(store.config.id)) await pollStore(store);
      } catch (err) {
        const e = err as { message?: string; extensions?: { code?: string } };
        logger.warn({ storeId: store.config.id, code: e.extensions?.code, error: e.message }, "poll failed; will retry next interval");
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
      for (const [storeId, token] of leases) await lock.release(`poller:pazarama:${storeId}`, token).catch(() => {});
      leases.clear();
    },
  };
}
