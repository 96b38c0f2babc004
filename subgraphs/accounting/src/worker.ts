// The push worker: which orders get a job, and running the jobs. An order qualifies when its tenant is
// connected, its store and marketplace are among the chosen ones, it was created after the connection
// (older orders go on demand), and its status has reached the chosen one (CREATED, PREPARING or SHIPPED;
// a later status counts too). Jobs come from the order event log (followed from a saved cursor) and
// from a catch-up scan of the hub (what happened while no worker ran), each once (a job per order).
// Due jobs run a few at a time per replica, each under a lease renewed while it runs, so one replica
// runs a job at a time; a cancellation wakes the order's job to undo what it may.
import { type KeyValueStore, type Lock, type Logger, mapLimit, type OrderEventLog, type OrderHub, repeatEvery } from "@pazargraph/runtime";
import { type Order, type OrderEventPayload, OrderStatus } from "@pazargraph/schema";
import type { AccountingPush } from "./push.ts";
import { type AccountingSettings, type AccountingStore, type ConnectionRecord, DONE, type JobRecord, type PushAt } from "./store.ts";

const RANK: Partial<Record<OrderStatus, number>> = {
  [OrderStatus.CREATED]: 0,
  [OrderStatus.PREPARING]: 1,
  [OrderStatus.SHIPPED]: 2,
  [OrderStatus.AT_PICKUP_POINT]: 2,
  [OrderStatus.DELIVERED]: 3,
};
const PUSH_RANK: Record<PushAt, number> = { CREATED: 0, PREPARING: 1, SHIPPED: 2 };

/** The unified statuses at which an order qualifies for a push at `pushAt`. */
export function qualifyingStatuses(pushAt: PushAt): OrderStatus[] {
  return (Object.entries(RANK) as Array<[OrderStatus, number]>).filter(([, r]) => r >= PUSH_RANK[pushAt]).map(([s]) => s);
}

export function qualifies(
  order: Pick<Order, "status" | "marketplace" | "createdAt"> & { storeId: string },
  conn: Pick<ConnectionRecord, "pushFrom">,
  s: AccountingSettings,
): boolean {
  const rank = RANK[order.status];
  return (
    rank !== undefined &&
    rank >= PUSH_RANK[s.pushAt] &&
    (!s.marketplaces || s.marketplaces.includes(order.marketplace.toLowerCase())) &&
    (!s.storeIds || s.storeIds.includes(order.storeId)) &&
    Date.parse(order.createdAt) >= conn.pushFrom.getTime()
  );
}

export interface WorkerOptions {
  store: AccountingStore;
  hub: OrderHub;
  push: AccountingPush;
  log?: OrderEventLog;
  kv?: KeyValueStore;
  lock: Lock;
  logger: Logger;
  concurrency: number;
  tickMs: number;
  catchUpMs: number;
  /** Runs on its own timer (product pulls). */
  extraRound?: () => Promise<void>;
  extraEveryMs?: number;
}

const CURSOR_NS = "accounting";

export class AccountingWorker {
  private readonly stopping = new AbortController();
  private readonly loops: Promise<void>[] = [];

  constructor(private readonly options: WorkerOptions) {}

  start(): void {
    const o = this.options;
    if (o.log && o.kv) this.loops.push(this.follow().catch((err) => this.stopped(err, "event follower")));
    this.loops.push(this.every(o.tickMs, () => this.runDue()));
    this.loops.push(this.every(o.catchUpMs, () => this.catchUp()));
    if (o.extraRound && o.extraEveryMs) this.loops.push(this.every(o.extraEveryMs, o.extraRound));
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    await Promise.allSettled(this.loops);
  }

  private stopped(err: unknown, what: string) {
    if (!this.stopping.signal.aborted) this.options.logger.error({ err }, `accounting ${what} stopped`);
  }

  private every(ms: number, round: () => Promise<unknown>): Promise<void> {
    return repeatEvery(ms, this.stopping.signal, round, (err) => this.options.logger.warn({ error: (err as Error).message }, "accounting round failed"));
  }

  private async follow() {
    const { log, kv } = this.options as Required<Pick<WorkerOptions, "log" | "kv">>;
    const cursor = (await kv.get<{ after: number }>(CURSOR_NS, "cursor"))?.after ?? 0;
    for await (const e of log.subscribe(undefined, cursor, this.stopping.signal)) {
      await this.onEvent(e.payload);
      await kv.set(CURSOR_NS, "cursor", { after: Number(e.id) });
    }
  }

  /** One order event: a job when the order now qualifies; a cancelled order's job woken to undo. */
  async onEvent(e: OrderEventPayload): Promise<void> {
    if (!e.tenantId) return;
    const conn = await this.options.store.connection(e.tenantId);
    if (!conn) return;
    const order = { ...e.order, storeId: e.storeId };
    if (qualifies(order, conn, this.options.store.settingsOf(conn))) {
      await this.options.store.enqueue(e.tenantId, { id: order.id, storeId: e.storeId, number: order.number });
      return;
    }
    if (e.status === OrderStatus.CANCELLED) {
      const job = await this.options.store.job(e.tenantId, order.id);
      if (job && job.status !== "CANCELLED" && job.status !== "NEEDS_ACCOUNTANT" && (job.invoiceId || job.invoiceAttemptedAt || !DONE.has(job.status)))
        await this.options.store.wake(e.tenantId, order.id, "PENDING");
    }
  }

  /** Qualifying orders of every connected tenant that have no job yet (events missed while down). */
  async catchUp(): Promise<number> {
    let made = 0;
    for (const conn of await this.options.store.connections()) {
      if (conn.status === "INVALID") continue;
      const s = this.options.store.settingsOf(conn);
      let after: string | null = null;
      for (let pages = 0; pages < 50; pages++) {
        const page = await this.options.hub.list(
          conn.tenantId,
          { statuses: qualifyingStatuses(s.pushAt), storeIds: s.storeIds, marketplaces: s.marketplaces?.map((m) => m.toUpperCase()), createdFrom: conn.pushFrom.toISOString() },
          "CREATED_AT_ASC",
          200,
          after,
          { light: true },
        );
        const known = new Set(
          (
            await this.options.store.jobs(
              conn.tenantId,
              page.items.map((i) => i.order.id),
            )
          ).map((j) => j.orderId),
        );
        for (const { order } of page.items)
          if (!known.has(order.id) && (await this.options.store.enqueue(conn.tenantId, { id: order.id, storeId: order.store.id, number: order.number }))) made++;
        if (page.items.length < 200) break;
        after = page.items[page.items.length - 1].cursor;
      }
    }
    if (made) this.options.logger.info({ jobs: made }, "accounting catch-up found orders without a job");
    return made;
  }

  /** Runs the due jobs, a few at a time, each under a lease renewed while it runs. */
  async runDue(): Promise<number> {
    const due = await this.options.store.due(this.options.concurrency * 4);
    let ran = 0;
    await mapLimit(due, this.options.concurrency, async (job) => {
      if (await this.runLeased(job.tenantId, job.orderId, true)) ran++;
    });
    return ran;
  }

  /** Runs one order's job now (pushOrderToAccounting, retryAccounting); another replica running it answers how it stands. */
  async runNow(tenantId: string, orderId: string): Promise<JobRecord> {
    return (await this.runLeased(tenantId, orderId, false)) ?? ((await this.options.store.job(tenantId, orderId)) as JobRecord);
  }

  private async runLeased(tenantId: string, orderId: string, onlyWhenDue: boolean): Promise<JobRecord | null> {
    const { store, lock, push } = this.options;
    const key = `accounting-job:${tenantId}:${orderId}`;
    const token = await lock.acquire(key, 60_000);
    if (!token) return null;
    const renew = setInterval(() => void lock.renew(key, token, 60_000).catch(() => undefined), 20_000);
    try {
      // The row may have moved on since it was read (another replica ran it): run what is there now.
      const fresh = await store.job(tenantId, orderId);
      if (!fresh || DONE.has(fresh.status) || (onlyWhenDue && fresh.nextAttemptAt.getTime() > Date.now())) return fresh;
      return await push.run(fresh);
    } finally {
      clearInterval(renew);
      await lock.release(key, token).catch(() => undefined);
    }
  }
}
