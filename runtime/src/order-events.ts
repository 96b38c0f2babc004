// The order event log: the `order_events` table (db/src/schema.ts), which the hub writes in the same
// transaction as the orders (the outbox), kept for a while as the log clients resume from. Its ids
// are the events' ids (decimal strings), handed out in commit order, so "after n" never skips one.
//
// The relay: each process that serves subscribers tails the table (one query per wake-up, whatever
// the number of subscribers) and fans new rows out to them. Writers wake the tails of every replica
// through the event bus (Redis or in-process); a missed wake-up (a crash right after the commit, a
// Redis FLUSHALL) only delays delivery to the next tick, because the table, not the bus, is the truth.
import { EventEmitter, on } from "node:events";
import { type Db, orderEvents, records } from "@pazargraph/db";
import type { OrderEventPayload } from "@pazargraph/schema";
import { and, asc, desc, eq, gt, lt, lte, max, sql } from "drizzle-orm";
import { badInput, createError, ErrorCode } from "./errors.ts";
import { type EventBus, LIVE, type StoredEvent } from "./ports/event-bus.ts";

/** The bus stream that carries wake-ups (no payload anyone relies on). */
export const ORDER_EVENTS_WAKE_STREAM = "order-events-wake";

const TRIMMED = { namespace: "meta", key: "order-events-trimmed" };

export interface OrderEventLogOptions {
  /** Events older than this are trimmed. @default 7 days */
  retainMs?: number;
  /** At most this many events are kept. @default 100,000 */
  maxKept?: number;
  /** How often a tail looks for new rows when nobody woke it. @default 1000 */
  tickMs?: number;
}

const CURSOR = /^\d{1,18}$/;
/** The Redis-stream ids earlier versions handed out. */
const OLD_CURSOR = /^\d{1,15}-\d{1,15}$/;

export class OrderEventLog {
  private readonly live = new EventEmitter();
  private tail: Promise<void> | null = null;
  private tailLast = 0;
  private wakeTail: (() => void) | null = null;
  private readonly closing = new AbortController();
  private trimTimer: NodeJS.Timeout | null = null;
  readonly retainMs: number;
  readonly maxKept: number;
  private readonly tickMs: number;

  constructor(
    private readonly db: Db,
    private readonly bus: EventBus,
    options: OrderEventLogOptions = {},
  ) {
    this.live.setMaxListeners(0);
    this.retainMs = options.retainMs ?? 7 * 86_400_000;
    this.maxKept = options.maxKept ?? 100_000;
    this.tickMs = options.tickMs ?? 1000;
  }

  /** Called by a writer after its commit: wakes the tails of every replica. Never throws. */
  wake(lastId: number): void {
    this.wakeTail?.();
    this.bus.publish(ORDER_EVENTS_WAKE_STREAM, { id: lastId }).catch(() => {});
  }

  /**
   * A client's cursor as an id, or an error: BAD_USER_INPUT when it is not one of this log's ids,
   * CURSOR_EXPIRED when events after it are no longer kept (the client re-reads the feed).
   */
  async checkCursor(after: string | null | undefined): Promise<number | null> {
    if (after == null) return null;
    const expired = () =>
      createError(ErrorCode.CURSOR_EXPIRED, `events after ${after.slice(0, 40)} are no longer kept: re-read the orders feed, then subscribe again from the newest event id`, {
        argument: "after",
      });
    if (OLD_CURSOR.test(after)) throw expired();
    if (!CURSOR.test(after)) throw badInput(`"after" is not an event id: ${after.slice(0, 40)}`, "after");
    const id = Number(after);
    if (id < (await this.trimmedThrough())) throw expired();
    if (id > (await this.latestId())) throw badInput(`"after" is not an event id of this log: ${after}`, "after");
    return id;
  }

  async latestId(): Promise<number> {
    const [row] = await this.db.select({ id: max(orderEvents.id) }).from(orderEvents);
    return Number(row?.id ?? 0);
  }

  /** The newest id trimmed away (0 when none was): a cursor before it has lost events. */
  async trimmedThrough(): Promise<number> {
    const [row] = await this.db
      .select({ value: records.value })
      .from(records)
      .where(and(eq(records.namespace, TRIMMED.namespace), eq(records.key, TRIMMED.key)))
      .limit(1);
    return Number((row?.value as { id?: number } | undefined)?.id ?? 0);
  }

  /** The events after `after`, oldest first; one tenant's only (in SQL) unless tenantId is undefined (internal callers). */
  async read(tenantId: string | undefined, after: number | null, limit: number): Promise<StoredEvent<OrderEventPayload>[]> {
    const parts = [gt(orderEvents.id, after ?? 0)];
    if (tenantId !== undefined) parts.push(eq(orderEvents.tenantId, tenantId));
    const rows = await this.db
      .select({ id: orderEvents.id, payload: orderEvents.payload })
      .from(orderEvents)
      .where(and(...parts))
      .orderBy(asc(orderEvents.id))
      .limit(limit);
    return rows.map((r) => ({ id: String(r.id), payload: r.payload as OrderEventPayload }));
  }

  /**
   * History after `after` (none when LIVE), then new events as they commit, until `signal` aborts:
   * no gap, no duplicate. One tenant's only unless tenantId is undefined.
   */
  async *subscribe(tenantId: string | undefined, after: number | typeof LIVE, signal: AbortSignal): AsyncGenerator<StoredEvent<OrderEventPayload>> {
    await this.startTail();
    const incoming = on(this.live, "event", { signal }) as AsyncIterableIterator<[StoredEvent<OrderEventPayload>]>;
    let last = after === LIVE ? this.tailLast : after;
    try {
      // The tail is at or before what this reads, so together they cover every id after `last`.
      for (;;) {
        const page = await this.read(tenantId, last, 500);
        for (const e of page) {
          last = Number(e.id);
          yield e;
        }
        if (page.length < 500) break;
      }
      for await (const [event] of incoming) {
        if (Number(event.id) <= last) continue;
        last = Number(event.id);
        if (tenantId === undefined || event.payload.tenantId === tenantId) yield event;
      }
    } catch (err) {
      if ((err as Error).name !== "AbortError") throw err;
    } finally {
      await incoming.return?.();
    }
  }

  /** Starts this process's tail (once): from the newest id now, emitting every row committed after it. */
  private startTail(): Promise<void> {
    if (this.tail) return this.tail;
    this.tail = (async () => {
      this.tailLast = await this.latestId();
      // Wake-ups from other replicas' writers (and this one's, through the bus).
      void (async () => {
        try {
          for await (const _ of this.bus.subscribe(ORDER_EVENTS_WAKE_STREAM, LIVE, this.closing.signal)) this.wakeTail?.();
        } catch {
          // The bus closed; the tail still ticks.
        }
      })();
      void this.runTail();
    })();
    return this.tail;
  }

  private async runTail(): Promise<void> {
    const signal = this.closing.signal;
    signal.addEventListener("abort", () => this.wakeTail?.(), { once: true });
    while (!signal.aborted) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.tickMs);
        this.wakeTail = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wakeTail = null;
      if (signal.aborted) return;
      try {
        for (;;) {
          const page = await this.read(undefined, this.tailLast, 500);
          for (const e of page) {
            this.tailLast = Number(e.id);
            this.live.emit("event", e);
          }
          if (page.length < 500) break;
        }
      } catch {
        // The database is unreachable for a moment: the next tick reads from the same id.
      }
    }
  }

  /**
   * Removes events older than the retention or beyond the kept count, and records through which id,
   * so that a cursor from before it gets CURSOR_EXPIRED. Returns how many were removed.
   */
  async trim(now = new Date()): Promise<number> {
    const latest = await this.latestId();
    const [old] = await this.db
      .select({ id: max(orderEvents.id) })
      .from(orderEvents)
      .where(lt(orderEvents.occurredAt, new Date(now.getTime() - this.retainMs)));
    const through = Math.max(Number(old?.id ?? 0), latest - this.maxKept);
    if (through <= 0) return 0;
    return this.db.transaction(async (tx) => {
      const removed = await tx.delete(orderEvents).where(lte(orderEvents.id, through)).returning({ id: orderEvents.id });
      // Only ever forward, whichever replica trims last.
      await tx
        .insert(records)
        .values({ ...TRIMMED, value: { id: through } })
        .onConflictDoUpdate({
          target: [records.namespace, records.key],
          set: { value: sql`CASE WHEN (${records.value}->>'id')::bigint < ${through} THEN excluded.value ELSE ${records.value} END`, updatedAt: new Date() },
        });
      return removed.length;
    });
  }

  /** Trims every `everyMs` (the orders subgraph runs it; trimming twice is harmless). */
  startTrimming(everyMs = 10 * 60_000, onError: (err: unknown) => void = () => {}): void {
    if (this.trimTimer) return;
    const run = () => void this.trim().catch(onError);
    run();
    this.trimTimer = setInterval(run, everyMs);
    this.trimTimer.unref();
  }

  /** The newest `n` events of a tenant, newest first (tests and tools). */
  async newest(tenantId: string, n: number): Promise<StoredEvent<OrderEventPayload>[]> {
    const rows = await this.db
      .select({ id: orderEvents.id, payload: orderEvents.payload })
      .from(orderEvents)
      .where(eq(orderEvents.tenantId, tenantId))
      .orderBy(desc(orderEvents.id))
      .limit(n);
    return rows.map((r) => ({ id: String(r.id), payload: r.payload as OrderEventPayload }));
  }

  close(): void {
    this.closing.abort();
    if (this.trimTimer) clearInterval(this.trimTimer);
    this.live.removeAllListeners();
  }
}
