// The order poller every marketplace subgraph uses. Marketplaces here offer no webhooks, so for each
// active store one poller (across all replicas, by a lease on the lock port) reads orders by their
// creation date and writes them into the order hub, which records the events their changes imply in
// the same transaction (runtime/order-hub.ts). A store's first complete read only records what exists.
//
// Polling is tiered so that REST calls per poll do not grow with the marketplace's whole window: each
// poll reads the widest tier that is due — the last 2 hours on every poll, the last 3 days every 5
// minutes, the whole allowed window hourly (configurable per marketplace). An order created before the
// recent window whose status changes is seen by the next wider tier.
import type { Marketplace, Order } from "@pazargraph/schema";
import { countingRestCalls } from "./deadline.ts";
import { isWindowTooLarge } from "./errors.ts";
import type { Logger } from "./logger.ts";
import { metrics, recordPollSuccess } from "./metrics.ts";
import type { OrderHub } from "./order-hub.ts";
import type { Lock } from "./ports/index.ts";

export interface PolledStore<S> {
  id: string;
  tenantId?: string;
  active: boolean;
  handle: S;
}

export interface OrderSource<S, R> {
  marketplace: Marketplace;
  stores(): Iterable<PolledStore<S>>;
  /** The widest creation-date window the marketplace lets a poll read back from now (ms). */
  maxWindowMs: number;
  /** The orders created in [from, end] (each marketplace knows its own window rules and paging). */
  read(store: S, from: Date, end: Date): Promise<R[]>;
  /** The order number. */
  key(order: R): string;
  toOrder(storeId: string, order: R): Order;
}

export interface PollTier {
  name: string;
  /** How far back from now this tier reads (clamped to the marketplace's window). */
  windowMs: number;
  /** How often it runs; 0 = every poll. */
  everyMs: number;
}

/** The recent window on every poll, three days every 5 minutes, the whole window hourly (config.ts has the same). */
export const DEFAULT_POLL_TIERS: PollTier[] = [
  { name: "recent", windowMs: 2 * 3600_000, everyMs: 0 },
  { name: "days", windowMs: 3 * 86_400_000, everyMs: 5 * 60_000 },
  { name: "full", windowMs: 31 * 86_400_000, everyMs: 3600_000 },
];

export interface OrderPollerOptions<S, R> {
  source: OrderSource<S, R>;
  /** The order hub: every order read is written there; the events come from it. */
  hub: OrderHub;
  lock: Lock;
  logger: Logger;
  intervalMs: number;
  /** Narrowest first; the last one should cover the whole window. @default DEFAULT_POLL_TIERS */
  tiers?: PollTier[];
  now?: () => Date;
}

export interface PollResult {
  /** Events recorded. */
  events: number;
  /** The tier that ran. */
  tier: string;
  /** Marketplace HTTP requests made. */
  restCalls: number;
  /** Orders read. */
  read: number;
}

export interface OrderPoller<S> {
  /** Runs one poll for one store now (tests; also what the timer calls). Returns events recorded. */
  pollStore(store: PolledStore<S>): Promise<number>;
  /** The same, with what the poll did. `tier` forces a tier by name. */
  pollStoreDetailed(store: PolledStore<S>, tier?: string): Promise<PollResult>;
  start(): void;
  stop(): Promise<void>;
}

/** How often unchanged orders' `syncedAt` is refreshed in the hub (so it is at most this stale). */
const TOUCH_EVERY_MS = 5 * 60_000;

export function createOrderPoller<S, R>(options: OrderPollerOptions<S, R>): OrderPoller<S> {
  const { source, lock, logger, intervalMs, hub } = options;
  const tiers = [...(options.tiers ?? DEFAULT_POLL_TIERS)].sort((a, b) => a.windowMs - b.windowMs);
  const widest = tiers[tiers.length - 1];
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

  /** The widest tier that is due; the widest of all for a store never read completely. */
  function dueTier(done: Record<string, number>, at: number): PollTier {
    if (done[widest.name] === undefined) return widest;
    for (let i = tiers.length - 1; i >= 0; i--) {
      const t = tiers[i];
      if (t.everyMs === 0 || done[t.name] === undefined || at - done[t.name] >= t.everyMs) return t;
    }
    return tiers[0];
  }

  /** Reads a window; one with more orders than the marketplace client reads at once is read in halves. */
  async function readSplitting(handle: S, from: Date, end: Date): Promise<R[]> {
    try {
      return await source.read(handle, from, end);
    } catch (err) {
      if (!isWindowTooLarge(err) || end.getTime() - from.getTime() < 2 * 60_000) throw err;
      const mid = new Date(from.getTime() + Math.floor((end.getTime() - from.getTime()) / 2));
      return [...(await readSplitting(handle, from, mid)), ...(await readSplitting(handle, mid, end))];
    }
  }

  /**
   * Exactly once, whatever line a crash stops at: the hub writes the orders and their events in one
   * transaction, comparing with the rows it has, so a poll that crashed before its commit is simply
   * done again and one that crashed after it finds nothing new.
   */
  async function pollStoreDetailed(store: PolledStore<S>, forced?: string): Promise<PollResult> {
    const { id } = store;
    const tenantId = store.tenantId ?? "";
    const end = now();
    const done = (await hub.syncTiers(id)) ?? {};
    const tier = (forced && tiers.find((t) => t.name === forced)) || dueTier(done, end.getTime());
    // Orders a store had before its first complete read are recorded, not announced.
    const announce = done[widest.name] !== undefined;
    const counter = { calls: 0 };
    try {
      const raw = await countingRestCalls(counter, () => readSplitting(store.handle, new Date(end.getTime() - Math.min(tier.windowMs, source.maxWindowMs)), end));
      // A read that returns an order twice (a page shifted under a new order) keeps the later copy.
      const latest = new Map<string, R>();
      for (const o of raw) latest.set(source.key(o), o);
      const result = await hub.apply(
        tenantId,
        id,
        [...latest.values()].map((o) => source.toOrder(id, o)),
        end,
        { announce },
      );
      // Unchanged orders get a fresh syncedAt at most every TOUCH_EVERY_MS: rewriting every row of a
      // store on every poll would be the hot path's heaviest write, for a timestamp.
      if (result.unchanged.length && end.getTime() - (touchedAt.get(id) ?? 0) >= TOUCH_EVERY_MS) {
        await hub.touch(tenantId, result.unchanged, end);
        touchedAt.set(id, end.getTime());
      }
      // Every tier at most as wide as the one that ran is done too.
      const tiersDone = tiers.filter((t) => t.windowMs <= tier.windowMs).map((t) => t.name);
      await hub.recordSync({ tenantId, storeId: id, marketplace: source.marketplace, at: end, error: null, tiersDone, restCalls: counter.calls });
      metrics.polls.inc({ marketplace: name, tier: tier.name, outcome: "ok" });
      recordPollSuccess(name, id, end);
      if (result.events) logger.info({ storeId: id, events: result.events, tier: tier.name }, "order events recorded");
      return { events: result.events, tier: tier.name, restCalls: counter.calls, read: latest.size };
    } catch (err) {
      const e = err as { message?: string; extensions?: { code?: string } };
      const message = `${e.extensions?.code ?? "ERROR"}: ${e.message ?? String(err)}`;
      await hub.recordSync({ tenantId, storeId: id, marketplace: source.marketplace, at: end, error: message, tiersDone: [], restCalls: counter.calls }).catch(() => {});
      metrics.polls.inc({ marketplace: name, tier: tier.name, outcome: "error" });
      throw err;
    }
  }

  async function tick() {
    for (const store of source.stores()) {
      if (stopped) return;
      if (!store.active || !store.tenantId) continue;
      try {
        if (await holdLease(store.id)) await pollStoreDetailed(store);
      } catch (err) {
        const e = err as { message?: string; extensions?: { code?: string } };
        logger.warn({ storeId: store.id, code: e.extensions?.code, error: e.message }, "poll failed; will retry next interval");
      }
    }
  }

  return {
    pollStoreDetailed,
    pollStore: async (store) => (await pollStoreDetailed(store)).events,
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
