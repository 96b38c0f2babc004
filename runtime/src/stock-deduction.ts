// Automatic stock deduction (the store setting "Otomatik stok düşümü"): an order created in a store
// with deduction on takes each matched line's quantity from the product's stock in the store's default
// warehouse, and gives it back when the line is cancelled, unsupplied, returned or undelivered.
//
// Exactly once, whatever happens: the worker follows the order event log from a saved cursor; for each
// event it computes how much of each line should be deducted now and writes the difference as a
// movement keyed by (order, line, event) — a replayed event, a retry after a crash before the
// cursor was saved, or a second replica doing the same work finds the row there and moves nothing.
// The stock change and its movement are one transaction.
import { catalogueStocks, type Db, listings, stockMovements } from "@pazargraph/db";
import { OrderEventKind, type OrderEventPayload, OrderStatus } from "@pazargraph/schema";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Logger } from "./logger.ts";
import type { OrderEventLog } from "./order-events.ts";
import type { KeyValueStore } from "./ports/index.ts";
import type { StoreRegistry } from "./store-registry.ts";

/** Line statuses whose units are not leaving the warehouse (any more). */
const GIVEN_BACK = new Set<OrderStatus>([OrderStatus.CANCELLED, OrderStatus.UNSUPPLIED, OrderStatus.RETURNED, OrderStatus.UNDELIVERED]);

const CURSOR_NS = "stock-deduction";

export interface StockChange {
  tenantId: string;
  /** The store whose order moved it. */
  storeId: string;
  productId: string;
  warehouse: string;
  /** Units taken (positive) or given back (negative) by this event. */
  delta: number;
}

export interface StockDeductionOptions {
  db: Db;
  log: OrderEventLog;
  registry: StoreRegistry;
  kv: KeyValueStore;
  logger: Logger;
  /** Called after a commit that changed stock (the multi-channel stock push follows from it). */
  onChanged?: (changes: StockChange[]) => void;
}

export class StockDeduction {
  private readonly stopping = new AbortController();
  private running: Promise<void> | null = null;

  constructor(private readonly options: StockDeductionOptions) {}

  /** Follows the event log from the saved cursor until stopped. */
  start(): void {
    if (this.running) return;
    this.running = this.follow().catch((err) => {
      if (!this.stopping.signal.aborted) this.options.logger.error({ err }, "stock deduction stopped");
    });
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    await this.running;
  }

  private async follow() {
    const { log, kv } = this.options;
    const cursor = (await kv.get<{ after: number }>(CURSOR_NS, "cursor"))?.after ?? 0;
    for await (const e of log.subscribe(undefined, cursor, this.stopping.signal)) {
      await this.apply(e.payload, Number(e.id));
      await kv.set(CURSOR_NS, "cursor", { after: Number(e.id) });
    }
  }

  /**
   * Brings one order's deductions in line with one of its events. CREATED starts deducting (only then:
   * orders from before deduction was on are left alone); later events adjust what was deducted.
   */
  async apply(event: OrderEventPayload, eventId: number): Promise<StockChange[]> {
    const { db, registry } = this.options;
    const tenantId = event.tenantId;
    if (!tenantId) return [];
    const store = await registry.get(event.storeId);
    if (!store || store.tenantId !== tenantId) return [];
    const warehouse = store.settings.defaultWarehouse;
    const order = event.order;
    // A new order in a store without deduction has nothing to do (and nothing before it to adjust).
    if (event.kind === OrderEventKind.CREATED && (!store.settings.autoDeductStock || !warehouse)) return [];
    const changes: StockChange[] = [];
    await db.transaction(async (tx) => {
      const previous = await tx
        .select({
          lineId: stockMovements.lineId,
          productId: stockMovements.productId,
          warehouse: stockMovements.warehouse,
          quantity: sql<number>`sum(${stockMovements.quantity})::int`,
        })
        .from(stockMovements)
        .where(and(eq(stockMovements.tenantId, tenantId), eq(stockMovements.orderId, order.id)))
        .groupBy(stockMovements.lineId, stockMovements.productId, stockMovements.warehouse);
      const started = previous.length > 0;
      if (!started && (event.kind !== OrderEventKind.CREATED || !store.settings.autoDeductStock || !warehouse)) return;
      const codes = [...new Set(order.lines.map((l) => l.productCode).filter((c): c is string => !!c))];
      const matched = codes.length
        ? await tx
            .select({ code: listings.code, productId: listings.productId })
            .from(listings)
            .where(and(eq(listings.tenantId, tenantId), eq(listings.storeId, event.storeId), inArray(listings.code, codes)))
        : [];
      const productOf = new Map(matched.filter((m) => m.productId).map((m) => [m.code, m.productId as string]));
      const lines = new Map(order.lines.map((l) => [l.id, l]));
      // Every line deducted before, and every matched line now: the target is its live quantity.
      const ids = new Set([...previous.map((p) => p.lineId), ...order.lines.filter((l) => l.productCode && productOf.has(l.productCode)).map((l) => l.id)]);
      for (const lineId of ids) {
        const line = lines.get(lineId);
        const before = previous.find((p) => p.lineId === lineId);
        const productId = before?.productId ?? (line?.productCode ? productOf.get(line.productCode) : undefined);
        const where = before?.warehouse ?? warehouse;
        if (!productId || !where) continue;
        const target = line && !GIVEN_BACK.has(line.status) ? line.quantity : 0;
        const delta = target - (before?.quantity ?? 0);
        if (!delta) continue;
        const inserted = await tx
          .insert(stockMovements)
          .values({ tenantId, orderId: order.id, lineId, eventId, productId, warehouse: where, quantity: delta, at: new Date() })
          .onConflictDoNothing()
          .returning({ lineId: stockMovements.lineId });
        if (!inserted.length) continue; // this event's movement is already there: nothing moves twice
        await tx
          .insert(catalogueStocks)
          .values({ productId, warehouse: where, quantity: -delta })
          .onConflictDoUpdate({ target: [catalogueStocks.productId, catalogueStocks.warehouse], set: { quantity: sql`${catalogueStocks.quantity} - ${delta}` } });
        changes.push({ tenantId, storeId: event.storeId, productId, warehouse: where, delta });
      }
    });
    if (changes.length) {
      this.options.logger.info({ orderId: order.id, changes: changes.length }, "stock deducted");
      this.options.onChanged?.(changes);
    }
    return changes;
  }
}
