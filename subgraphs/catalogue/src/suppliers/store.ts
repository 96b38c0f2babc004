// Supplier accounts, their feed applied to the catalogue, and supplier orders, on the order hub's
// database, per tenant. A feed page is applied in one transaction: each distributor product finds its
// catalogue product by the supplier's code (linked before), else the same product code, else the same
// barcode (an unlinked product of the seller's), else becomes a new product with the distributor's
// code; then its supplier stocks (one warehouse per storage place) and supplier prices (one price list
// per named price) replace the old ones — the seller's own warehouses and price lists are not touched.
import { randomUUID } from "node:crypto";
import { cataloguePrices, catalogueProducts, catalogueStocks, type Db, supplierOrders, suppliers } from "@pazargraph/db";
import { nameKey, type SealedSecret, type SecretBox } from "@pazargraph/runtime";
import { and, asc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { SupplierItem, SupplierKind } from "./kind.ts";

export type SupplierRecord = typeof suppliers.$inferSelect;
export type SupplierOrderRecord = typeof supplierOrders.$inferSelect;

export interface SyncReport {
  full: boolean;
  read: number;
  created: number;
  updated: number;
  skipped: number;
  /** The first rows that could not be read, with why. */
  problems: Array<{ code: string | null; problem: string }>;
}

export interface SupplierOrderLine {
  productCode: string;
  supplierCode: string;
  quantity: number;
  lineIds: string[];
}

export class SupplierStore {
  constructor(
    private readonly db: Db,
    private readonly secrets: SecretBox,
  ) {}

  async list(tenantId: string): Promise<SupplierRecord[]> {
    return this.db.select().from(suppliers).where(eq(suppliers.tenantId, tenantId)).orderBy(asc(suppliers.id));
  }

  async get(tenantId: string, id: string): Promise<SupplierRecord | null> {
    const [r] = await this.db
      .select()
      .from(suppliers)
      .where(and(eq(suppliers.tenantId, tenantId), eq(suppliers.id, id)));
    return r ?? null;
  }

  /** Every active account (the sync runs for all tenants; each account under its own lease). */
  async active(): Promise<SupplierRecord[]> {
    return this.db.select().from(suppliers).where(eq(suppliers.active, true)).orderBy(asc(suppliers.id));
  }

  /** Creates or updates an account; a token given is sealed, one left out is kept. Another tenant's id is refused (null). */
  async save(
    tenantId: string,
    input: { id: string; kind: string; name: string; testMode: boolean; baseUrl: string | null; token?: string | null; active?: boolean },
    at = new Date(),
  ): Promise<SupplierRecord | null> {
    const [other] = await this.db.select({ tenantId: suppliers.tenantId }).from(suppliers).where(eq(suppliers.id, input.id));
    if (other && other.tenantId !== tenantId) return null;
    const credentials = input.token ? this.secrets.seal({ token: input.token }) : undefined;
    await this.db
      .insert(suppliers)
      .values({
        id: input.id,
        tenantId,
        kind: input.kind,
        name: input.name,
        testMode: input.testMode,
        baseUrl: input.baseUrl,
        credentials: credentials ?? null,
        active: input.active ?? true,
        createdAt: at,
        updatedAt: at,
      })
      .onConflictDoUpdate({
        target: suppliers.id,
        set: {
          name: input.name,
          testMode: input.testMode,
          baseUrl: input.baseUrl,
          ...(credentials ? { credentials } : {}),
          ...(input.active === undefined ? {} : { active: input.active }),
          updatedAt: at,
        },
        setWhere: eq(suppliers.tenantId, tenantId),
      });
    return this.get(tenantId, input.id);
  }

  tokenOf(r: SupplierRecord): string | null {
    return r.credentials ? this.secrets.open<{ token: string }>(r.credentials as SealedSecret).token : null;
  }

  async syncStarted(id: string, at: Date): Promise<void> {
    await this.db.update(suppliers).set({ lastSyncStartedAt: at }).where(eq(suppliers.id, id));
  }

  /** A sync's end: the next incremental sync reads from the day this one started (`startedAt`), unless it failed. */
  async syncEnded(id: string, result: { at: Date; error: string | null; report: SyncReport | null; previousStart: Date | null }): Promise<void> {
    await this.db
      .update(suppliers)
      .set({
        lastSyncAt: result.at,
        lastSyncError: result.error,
        ...(result.report ? { lastSyncReport: result.report } : {}),
        // A failed sync must not move the window on: the next one starts where the last good one did.
        ...(result.error ? { lastSyncStartedAt: result.previousStart } : {}),
      })
      .where(eq(suppliers.id, id));
  }

  /** Applies one page of the feed (see the top of this file); returns how many products were made and updated. */
  async applyItems(tenantId: string, supplier: { id: string }, kind: SupplierKind, items: SupplierItem[], at = new Date()): Promise<{ created: number; updated: number }> {
    if (!items.length) return { created: 0, updated: 0 };
    const codes = items.map((i) => i.code);
    const barcodes = items.flatMap((i) => (i.barcode ? [i.barcode] : []));
    return this.db.transaction(async (tx) => {
      const known = await tx
        .select({
          id: catalogueProducts.id,
          code: catalogueProducts.code,
          barcode: catalogueProducts.barcode,
          supplierId: catalogueProducts.supplierId,
          supplierCode: catalogueProducts.supplierCode,
        })
        .from(catalogueProducts)
        .where(
          and(
            eq(catalogueProducts.tenantId, tenantId),
            or(
              and(eq(catalogueProducts.supplierId, supplier.id), inArray(catalogueProducts.supplierCode, codes)),
              inArray(catalogueProducts.code, codes),
              barcodes.length ? and(isNull(catalogueProducts.supplierId), inArray(catalogueProducts.barcode, barcodes)) : undefined,
            ),
          ),
        );
      const bySupplierCode = new Map(known.filter((k) => k.supplierId === supplier.id && k.supplierCode).map((k) => [k.supplierCode as string, k]));
      const byCode = new Map(known.map((k) => [k.code, k]));
      const byBarcode = new Map<string, (typeof known)[number] | null>();
      for (const k of known.filter((x) => !x.supplierId && x.barcode)) byBarcode.set(k.barcode as string, byBarcode.has(k.barcode as string) ? null : k); // only a single fit
      const taken = new Set<string>();
      let created = 0;
      const rows = items.flatMap((item) => {
        const sameCode = byCode.get(item.code);
        const found =
          bySupplierCode.get(item.code) ??
          (sameCode && (!sameCode.supplierId || sameCode.supplierId === supplier.id) ? sameCode : undefined) ??
          (item.barcode ? (byBarcode.get(item.barcode) ?? undefined) : undefined);
        if (found && taken.has(found.id)) return []; // two feed rows for one product: the first wins
        if (!found && sameCode) return []; // the code belongs to another supplier's product
        const id = found?.id ?? randomUUID();
        taken.add(id);
        if (!found) created++;
        const dealer = item.prices.find((p) => p.list === "DEALER" && p.currency === "TRY");
        return [
          {
            id,
            tenantId,
            code: found?.code ?? item.code,
            barcode: item.barcode,
            name: item.name,
            nameKey: nameKey(item.name),
            brand: item.brand,
            vatRate: item.vatRate,
            cost: dealer?.amount ?? null,
            supplierId: supplier.id,
            supplierCode: item.code,
            createdAt: at,
            updatedAt: at,
            item,
          },
        ];
      });
      for (let i = 0; i < rows.length; i += 500) {
        await tx
          .insert(catalogueProducts)
          .values(rows.slice(i, i + 500).map(({ item: _item, ...r }) => r))
          .onConflictDoUpdate({
            target: catalogueProducts.id,
            // A product the seller had keeps its name, barcode and brand; the supplier's cost and link are current.
            set: {
              supplierId: sql`excluded.supplier_id`,
              supplierCode: sql`excluded.supplier_code`,
              cost: sql`excluded.cost`,
              vatRate: sql`coalesce(${catalogueProducts.vatRate}, excluded.vat_rate)`,
              brand: sql`coalesce(${catalogueProducts.brand}, excluded.brand)`,
              barcode: sql`coalesce(${catalogueProducts.barcode}, excluded.barcode)`,
              updatedAt: sql`excluded.updated_at`,
            },
          });
      }
      const ids = rows.map((r) => r.id);
      const warehouses = Object.keys(kind.places).map((p) => kind.warehouseOf(p));
      const lists = (["DEALER", "END_USER", "SPECIAL"] as const).map((l) => kind.priceListOf(l));
      // The supplier's own rows are replaced (a seller's row of the same name becomes the supplier's).
      await tx.delete(catalogueStocks).where(and(inArray(catalogueStocks.productId, ids), inArray(catalogueStocks.warehouse, warehouses)));
      await tx.delete(cataloguePrices).where(and(inArray(cataloguePrices.productId, ids), inArray(cataloguePrices.priceList, lists)));
      const stocks = rows.flatMap((r) =>
        r.item.stocks.filter((s) => kind.places[s.place]).map((s) => ({ productId: r.id, warehouse: kind.warehouseOf(s.place), quantity: s.quantity, fromSupplier: true })),
      );
      const prices = rows.flatMap((r) =>
        r.item.prices.map((p) => ({ productId: r.id, priceList: kind.priceListOf(p.list), amount: p.amount, currency: p.currency, fromSupplier: true })),
      );
      for (let i = 0; i < stocks.length; i += 1000) await tx.insert(catalogueStocks).values(stocks.slice(i, i + 1000));
      for (let i = 0; i < prices.length; i += 1000) await tx.insert(cataloguePrices).values(prices.slice(i, i + 1000));
      return { created, updated: rows.length - created };
    });
  }

  // ---- supplier orders ----

  async orderFor(tenantId: string, orderId: string): Promise<SupplierOrderRecord | null> {
    const [r] = await this.db
      .select()
      .from(supplierOrders)
      .where(and(eq(supplierOrders.tenantId, tenantId), eq(supplierOrders.orderId, orderId)));
    return r ?? null;
  }

  /**
   * Writes the supplier order before the distributor hears of it: a new row, or — after a refusal or
   * with a send still unconfirmed (PLACING) — the same row (same reference) with this attempt's
   * warehouse and lines. Returns the row to send, or the row that is already placed.
   */
  async beginOrder(
    tenantId: string,
    input: { orderId: string; supplierId: string; warehouse: string; lines: SupplierOrderLine[] },
    at = new Date(),
  ): Promise<{ row: SupplierOrderRecord; send: boolean }> {
    return this.db.transaction(async (tx) => {
      await tx
        .insert(supplierOrders)
        .values({ id: `PG-${randomUUID()}`, tenantId, ...input, status: "PLACING", createdAt: at, updatedAt: at })
        .onConflictDoNothing();
      const [row] = await tx
        .select()
        .from(supplierOrders)
        .where(and(eq(supplierOrders.tenantId, tenantId), eq(supplierOrders.orderId, input.orderId)))
        .for("update");
      if (row.status !== "PLACING" && row.status !== "REFUSED") return { row, send: false };
      const [next] = await tx
        .update(supplierOrders)
        .set({ supplierId: input.supplierId, warehouse: input.warehouse, lines: input.lines, status: "PLACING", error: null, updatedAt: at })
        .where(eq(supplierOrders.id, row.id))
        .returning();
      return { row: next, send: true };
    });
  }

  async updateOrder(
    id: string,
    patch: Partial<Pick<SupplierOrderRecord, "status" | "supplierOrderId" | "cargoCompany" | "trackingNumber" | "error" | "checkedAt">>,
    at = new Date(),
  ) {
    const [row] = await this.db
      .update(supplierOrders)
      .set({ ...patch, updatedAt: at })
      .where(eq(supplierOrders.id, id))
      .returning();
    return row;
  }

  async ordersFor(tenantId: string, orderIds: readonly string[]): Promise<SupplierOrderRecord[]> {
    if (!orderIds.length) return [];
    return this.db
      .select()
      .from(supplierOrders)
      .where(and(eq(supplierOrders.tenantId, tenantId), inArray(supplierOrders.orderId, [...orderIds])));
  }

  /** Orders still moving at their distributor (or not yet confirmed sent), for the tracker. */
  async openOrders(limit = 200): Promise<SupplierOrderRecord[]> {
    return this.db
      .select()
      .from(supplierOrders)
      .where(inArray(supplierOrders.status, ["PLACING", "RECEIVED", "PREPARING", "SHIPPED", "UNKNOWN"]))
      .orderBy(asc(supplierOrders.checkedAt))
      .limit(limit);
  }
}
