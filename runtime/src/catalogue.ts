import { cataloguePrices, catalogueProducts, catalogueStocks, type Db, listings } from "@pazargraph/db";
import type { Product } from "@pazargraph/schema";
import { and, asc, eq, ilike, inArray, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import {
  type CatalogueProductRecord,
  type CatalogueProductRow,
  checkProductRow,
  type ListingRecord,
  type MatchReason,
  nameKey,
  productRow,
  type RowError,
} from "./catalogue-rows.ts";
import { escapeLike } from "./time.ts";

export * from "./catalogue-rows.ts";

export class CatalogueStore {
  constructor(private readonly db: Db) {}

  /**
   * Creates or updates products by code. Every row is checked first (and codes repeated within the
   * batch refused): with any error, nothing is written and every row's errors are returned; else all
   * rows are written, with their stocks and prices replacing the old ones, in one transaction.
   */
  async upsertProducts(tenantId: string, rows: CatalogueProductRow[], now = new Date()): Promise<{ written: CatalogueProductRecord[]; errors: RowError[] }> {
    const errors = rows.flatMap((r, i) => checkProductRow(r, i));
    const seen = new Map<string, number>();
    for (const [i, r] of rows.entries()) {
      const code = r.code?.trim();
      if (!code) continue;
      if (seen.has(code)) errors.push({ index: i, code, message: `code ${code} appears twice in the batch (row ${seen.get(code)})`, argument: `products.${i}.code` });
      else seen.set(code, i);
    }
    const good = errors.length ? [] : rows.map((r, i) => ({ r, i }));
    const ids: string[] = [];
    if (good.length)
      await this.db.transaction(async (tx) => {
        // In chunks: one multi-row upsert of the products, then their stocks and prices replaced in bulk.
        for (let i = 0; i < good.length; i += 500) {
          const chunk = good.slice(i, i + 500).map(({ r }) => r);
          const written = await tx
            .insert(catalogueProducts)
            .values(chunk.map((r) => productRow(tenantId, r, now)))
            .onConflictDoUpdate({
              target: [catalogueProducts.tenantId, catalogueProducts.code],
              set: {
                barcode: sql`excluded.barcode`,
                name: sql`excluded.name`,
                nameKey: sql`excluded.name_key`,
                brand: sql`excluded.brand`,
                vatRate: sql`excluded.vat_rate`,
                cost: sql`excluded.cost`,
                updatedAt: sql`excluded.updated_at`,
              },
            })
            .returning({ id: catalogueProducts.id, code: catalogueProducts.code });
          const idOf = new Map(written.map((w) => [w.code, w.id]));
          const withStocks = chunk.filter((r) => r.stocks);
          if (withStocks.length) {
            // The seller's own rows are replaced; a supplier's (its feed keeps them) stay, unless named here.
            await tx.delete(catalogueStocks).where(
              and(
                inArray(
                  catalogueStocks.productId,
                  withStocks.map((r) => idOf.get(r.code.trim()) as string),
                ),
                eq(catalogueStocks.fromSupplier, false),
              ),
            );
            const rows = withStocks.flatMap((r) =>
              (r.stocks ?? []).map((x) => ({ productId: idOf.get(r.code.trim()) as string, warehouse: x.warehouse.trim(), quantity: x.quantity, fromSupplier: false })),
            );
            if (rows.length)
              await tx
                .insert(catalogueStocks)
                .values(rows)
                .onConflictDoUpdate({ target: [catalogueStocks.productId, catalogueStocks.warehouse], set: { quantity: sql`excluded.quantity`, fromSupplier: false } });
          }
          const withPrices = chunk.filter((r) => r.prices);
          if (withPrices.length) {
            await tx.delete(cataloguePrices).where(
              and(
                inArray(
                  cataloguePrices.productId,
                  withPrices.map((r) => idOf.get(r.code.trim()) as string),
                ),
                eq(cataloguePrices.fromSupplier, false),
              ),
            );
            const rows = withPrices.flatMap((r) =>
              (r.prices ?? []).map((x) => ({ productId: idOf.get(r.code.trim()) as string, priceList: x.priceList.trim(), amount: x.amount, fromSupplier: false })),
            );
            if (rows.length)
              await tx
                .insert(cataloguePrices)
                .values(rows)
                .onConflictDoUpdate({
                  target: [cataloguePrices.productId, cataloguePrices.priceList],
                  set: { amount: sql`excluded.amount`, currency: sql`excluded.currency`, fromSupplier: false },
                });
          }
          for (const r of chunk) ids.push(idOf.get(r.code.trim()) as string);
        }
      });
    return { written: await this.byIds(tenantId, ids), errors: errors.sort((a, b) => a.index - b.index) };
  }

  /**
   * Products kept by another system (the accounting product pull): created or updated by code with
   * their name, barcode, VAT and cost, and only the named warehouse's stock and price list's price set —
   * the product's other warehouses and price lists are the seller's and stay as they are.
   */
  async mergeExternal(
    tenantId: string,
    rows: Array<{ code: string; name: string; barcode: string | null; vatRate: number | null; cost: string | null; stock: number | null; price: string | null }>,
    target: { warehouse: string; priceList: string },
    at = new Date(),
  ): Promise<number> {
    if (!rows.length) return 0;
    await this.db.transaction(async (tx) => {
      for (let i = 0; i < rows.length; i += 500) {
        const chunk = rows.slice(i, i + 500);
        const written = await tx
          .insert(catalogueProducts)
          .values(chunk.map((r) => productRow(tenantId, r, at)))
          .onConflictDoUpdate({
            target: [catalogueProducts.tenantId, catalogueProducts.code],
            set: {
              name: sql`excluded.name`,
              nameKey: sql`excluded.name_key`,
              barcode: sql`coalesce(excluded.barcode, ${catalogueProducts.barcode})`,
              vatRate: sql`coalesce(excluded.vat_rate, ${catalogueProducts.vatRate})`,
              cost: sql`coalesce(excluded.cost, ${catalogueProducts.cost})`,
              updatedAt: sql`excluded.updated_at`,
            },
          })
          .returning({ id: catalogueProducts.id, code: catalogueProducts.code });
        const idOf = new Map(written.map((w) => [w.code, w.id]));
        const stocks = chunk.flatMap((r) => (r.stock == null ? [] : [{ productId: idOf.get(r.code) as string, warehouse: target.warehouse, quantity: r.stock }]));
        const prices = chunk.flatMap((r) => (r.price == null ? [] : [{ productId: idOf.get(r.code) as string, priceList: target.priceList, amount: r.price }]));
        if (stocks.length)
          await tx
            .insert(catalogueStocks)
            .values(stocks)
            .onConflictDoUpdate({ target: [catalogueStocks.productId, catalogueStocks.warehouse], set: { quantity: sql`excluded.quantity` } });
        if (prices.length)
          await tx
            .insert(cataloguePrices)
            .values(prices)
            .onConflictDoUpdate({ target: [cataloguePrices.productId, cataloguePrices.priceList], set: { amount: sql`excluded.amount` } });
      }
    });
    return rows.length;
  }

  /** Products by id, in that order, with their stocks and prices (the tenant's only). */
  async byIds(tenantId: string, ids: string[]): Promise<CatalogueProductRecord[]> {
    if (!ids.length) return [];
    const rows = await this.db
      .select()
      .from(catalogueProducts)
      .where(and(eq(catalogueProducts.tenantId, tenantId), inArray(catalogueProducts.id, ids)));
    const stocks = await this.db.select().from(catalogueStocks).where(inArray(catalogueStocks.productId, ids)).orderBy(asc(catalogueStocks.warehouse));
    const prices = await this.db.select().from(cataloguePrices).where(inArray(cataloguePrices.productId, ids)).orderBy(asc(cataloguePrices.priceList));
    const byId = new Map(
      rows.map((r) => [
        r.id,
        {
          id: r.id,
          tenantId: r.tenantId,
          code: r.code,
          barcode: r.barcode,
          name: r.name,
          brand: r.brand,
          vatRate: r.vatRate,
          cost: r.cost,
          supplierId: r.supplierId,
          supplierCode: r.supplierCode,
          createdAt: r.createdAt,
          updatedAt: r.updatedAt,
          stocks: stocks.filter((s) => s.productId === r.id).map((s) => ({ warehouse: s.warehouse, quantity: s.quantity })),
          prices: prices.filter((p) => p.productId === r.id).map((p) => ({ priceList: p.priceList, amount: p.amount, currency: p.currency })),
        },
      ]),
    );
    return ids.flatMap((id) => (byId.has(id) ? [byId.get(id) as CatalogueProductRecord] : []));
  }

  async byCode(tenantId: string, code: string): Promise<CatalogueProductRecord | null> {
    const [row] = await this.db
      .select({ id: catalogueProducts.id })
      .from(catalogueProducts)
      .where(and(eq(catalogueProducts.tenantId, tenantId), eq(catalogueProducts.code, code)));
    return row ? ((await this.byIds(tenantId, [row.id]))[0] ?? null) : null;
  }

  /** A page of the tenant's products by code, optionally searched (code, barcode or Turkish-folded name). */
  async products(tenantId: string, search: string | undefined, offset: number, limit: number): Promise<{ items: CatalogueProductRecord[]; total: number }> {
    const needle = search?.trim();
    const where = and(
      eq(catalogueProducts.tenantId, tenantId),
      needle
        ? or(
            ilike(catalogueProducts.code, `%${escapeLike(needle)}%`),
            eq(catalogueProducts.barcode, needle),
            sql`${catalogueProducts.nameKey} LIKE ${`%${escapeLike(nameKey(needle))}%`}`,
          )
        : undefined,
    );
    const [{ n }] = await this.db.select({ n: sql<number>`count(*)::int` }).from(catalogueProducts).where(where);
    const ids = await this.db.select({ id: catalogueProducts.id }).from(catalogueProducts).where(where).orderBy(asc(catalogueProducts.code)).offset(offset).limit(limit);
    return {
      items: await this.byIds(
        tenantId,
        ids.map((x) => x.id),
      ),
      total: n,
    };
  }

  // ---- listings ----

  /**
   * Records what a full read of a store's products found: new listings are added, known ones updated
   * (their match kept), and listings the marketplace no longer has are removed.
   */
  async syncListings(tenantId: string, storeId: string, marketplace: string, products: Product[], at = new Date()): Promise<{ written: number; removed: number }> {
    let removed = 0;
    await this.db.transaction(async (tx) => {
      for (let i = 0; i < products.length; i += 500) {
        const chunk = products.slice(i, i + 500).map((p) => ({
          id: p.id,
          tenantId,
          storeId,
          marketplace,
          code: p.code,
          stockCode: p.stockCode ?? null,
          name: p.name,
          nameKey: nameKey(p.name),
          salePrice: p.salePrice?.amount ?? null,
          stock: p.stock ?? null,
          syncedAt: at,
        }));
        await tx
          .insert(listings)
          .values(chunk)
          .onConflictDoUpdate({
            target: listings.id,
            set: {
              code: sql`excluded.code`,
              stockCode: sql`excluded.stock_code`,
              name: sql`excluded.name`,
              nameKey: sql`excluded.name_key`,
              salePrice: sql`excluded.sale_price`,
              stock: sql`excluded.stock`,
              syncedAt: sql`excluded.synced_at`,
            },
            setWhere: eq(listings.tenantId, tenantId),
          });
      }
      // A listing made from an order line (matchOrderLine before the first sync) hands its match to
      // the synced listing of the same code before it goes. Rows this read wrote carry its time.
      // Only the few matched rows this read did not see are joined (not the store's whole table twice).
      await tx.execute(sql`WITH handed AS MATERIALIZED (
          SELECT code, product_id, matched_by, matched_at FROM listings
          WHERE tenant_id = ${tenantId} AND store_id = ${storeId} AND synced_at < ${at} AND product_id IS NOT NULL
        )
        UPDATE listings AS n SET product_id = h.product_id, matched_by = h.matched_by, matched_at = h.matched_at
        FROM handed AS h
        WHERE n.tenant_id = ${tenantId} AND n.store_id = ${storeId} AND n.code = h.code AND n.synced_at = ${at} AND n.product_id IS NULL`);
      const gone = await tx
        .delete(listings)
        .where(and(eq(listings.tenantId, tenantId), eq(listings.storeId, storeId), lt(listings.syncedAt, at)))
        .returning({ id: listings.id });
      removed = gone.length;
    });
    return { written: products.length, removed };
  }

  async listing(tenantId: string, id: string): Promise<ListingRecord | null> {
    const [row] = await this.db
      .select()
      .from(listings)
      .where(and(eq(listings.tenantId, tenantId), eq(listings.id, id)));
    return row ?? null;
  }

  async listingsByIds(tenantId: string, ids: string[]): Promise<ListingRecord[]> {
    if (!ids.length) return [];
    return this.db
      .select()
      .from(listings)
      .where(and(eq(listings.tenantId, tenantId), inArray(listings.id, ids)));
  }

  /** A page of one store's listings, matched or unmatched, by code. */
  async listings(tenantId: string, storeId: string, matched: boolean, offset: number, limit: number): Promise<{ items: ListingRecord[]; total: number }> {
    const where = and(eq(listings.tenantId, tenantId), eq(listings.storeId, storeId), matched ? isNotNull(listings.productId) : isNull(listings.productId));
    const [{ n }] = await this.db.select({ n: sql<number>`count(*)::int` }).from(listings).where(where);
    const items = await this.db.select().from(listings).where(where).orderBy(asc(listings.code), asc(listings.id)).offset(offset).limit(limit);
    return { items, total: n };
  }

  /** The listings matched to products, by product id (a product's listings on every store). */
  async listingsOfProducts(tenantId: string, productIds: string[]): Promise<ListingRecord[]> {
    if (!productIds.length) return [];
    return this.db
      .select()
      .from(listings)
      .where(and(eq(listings.tenantId, tenantId), inArray(listings.productId, productIds)))
      .orderBy(asc(listings.storeId), asc(listings.id));
  }

  /** A store's listings of these product codes (an order's lines), by code. */
  async listingsByCode(tenantId: string, storeId: string, codes: string[]): Promise<Map<string, ListingRecord>> {
    const wanted = [...new Set(codes.filter(Boolean))];
    if (!wanted.length) return new Map();
    const rows = await this.db
      .select()
      .from(listings)
      .where(and(eq(listings.tenantId, tenantId), eq(listings.storeId, storeId), inArray(listings.code, wanted)))
      .orderBy(asc(listings.id));
    const out = new Map<string, ListingRecord>();
    // A matched listing wins over an unmatched one of the same code.
    for (const r of rows) if (!out.has(r.code) || (r.productId && !out.get(r.code)?.productId)) out.set(r.code, r);
    return out;
  }

  /** The store's listing of a code, made from an order line when the sync has not brought it yet. */
  async ensureListing(
    tenantId: string,
    storeId: string,
    marketplace: string,
    line: { productCode: string; stockCode?: string | null; productName: string },
    at = new Date(),
  ): Promise<ListingRecord> {
    const known = (await this.listingsByCode(tenantId, storeId, [line.productCode])).get(line.productCode);
    if (known) return known;
    const id = `${marketplace}:${storeId}:${line.productCode}`;
    await this.db
      .insert(listings)
      .values({
        id,
        tenantId,
        storeId,
        marketplace,
        code: line.productCode,
        stockCode: line.stockCode ?? null,
        name: line.productName,
        nameKey: nameKey(line.productName),
        syncedAt: at,
      })
      .onConflictDoNothing();
    return (await this.listing(tenantId, id)) as ListingRecord;
  }

  /** A product's stock in one warehouse, or in all of them when none is named. */
  async availableStock(tenantId: string, productId: string, warehouse: string | null): Promise<number> {
    const [row] = await this.db
      .select({ n: sql<number>`coalesce(sum(${catalogueStocks.quantity}), 0)::int` })
      .from(catalogueStocks)
      .innerJoin(catalogueProducts, eq(catalogueProducts.id, catalogueStocks.productId))
      .where(and(eq(catalogueProducts.tenantId, tenantId), eq(catalogueStocks.productId, productId), warehouse ? eq(catalogueStocks.warehouse, warehouse) : undefined));
    return row?.n ?? 0;
  }

  /** Keeps on the listing what the last stock push sent and whether the marketplace took it. */
  async recordPush(tenantId: string, listingId: string, quantity: number, error: string | null, at = new Date()): Promise<void> {
    await this.db
      .update(listings)
      .set({ lastPushAt: at, lastPushQuantity: quantity, lastPushError: error })
      .where(and(eq(listings.tenantId, tenantId), eq(listings.id, listingId)));
  }

  /** A store's matched listings with their product's price in the price list (null: none there). */
  async pricesForStore(tenantId: string, storeId: string, priceList: string): Promise<Array<{ listing: ListingRecord; amount: string | null }>> {
    const rows = await this.db
      .select({ listing: listings, amount: cataloguePrices.amount })
      .from(listings)
      .leftJoin(cataloguePrices, and(eq(cataloguePrices.productId, listings.productId), eq(cataloguePrices.priceList, priceList)))
      .where(and(eq(listings.tenantId, tenantId), eq(listings.storeId, storeId), isNotNull(listings.productId)))
      .orderBy(asc(listings.code), asc(listings.id));
    return rows.map((r) => ({ listing: r.listing, amount: r.amount }));
  }

  /**
   * Keeps on the listing the price last sent and whether the marketplace took it; a price it took is
   * the listing's sale price from now on (until the next sync reads it back), so sending the same
   * price list again sends nothing.
   */
  async recordPricePush(tenantId: string, listingId: string, amount: string, error: string | null, at = new Date()): Promise<void> {
    await this.db
      .update(listings)
      .set({ lastPricePushAt: at, lastPricePushAmount: amount, lastPricePushError: error, ...(error ? {} : { salePrice: amount }) })
      .where(and(eq(listings.tenantId, tenantId), eq(listings.id, listingId)));
  }

  async match(tenantId: string, listingId: string, productId: string, by: MatchReason, at = new Date()): Promise<void> {
    await this.db
      .update(listings)
      .set({ productId, matchedBy: by, matchedAt: at })
      .where(and(eq(listings.tenantId, tenantId), eq(listings.id, listingId)));
  }

  /** Several matches in one transaction: all of them or, when one fails, none. */
  async matchMany(tenantId: string, pairs: Array<{ listingId: string; productId: string }>, by: MatchReason, at = new Date()): Promise<void> {
    await this.db.transaction(async (tx) => {
      for (const p of pairs)
        await tx
          .update(listings)
          .set({ productId: p.productId, matchedBy: by, matchedAt: at })
          .where(and(eq(listings.tenantId, tenantId), eq(listings.id, p.listingId)));
    });
  }

  /** Product ids by code (the tenant's only); codes not in the catalogue are left out. */
  async idsByCode(tenantId: string, codes: string[]): Promise<Map<string, string>> {
    if (!codes.length) return new Map();
    const rows = await this.db
      .select({ id: catalogueProducts.id, code: catalogueProducts.code })
      .from(catalogueProducts)
      .where(and(eq(catalogueProducts.tenantId, tenantId), inArray(catalogueProducts.code, codes)));
    return new Map(rows.map((r) => [r.code, r.id]));
  }

  async unmatch(tenantId: string, listingId: string): Promise<void> {
    await this.db
      .update(listings)
      .set({ productId: null, matchedBy: null, matchedAt: null })
      .where(and(eq(listings.tenantId, tenantId), eq(listings.id, listingId)));
  }

  /**
   * Suggestions for a store's unmatched listings: a catalogue product with the listing's barcode; else
   * one whose code is the listing's stock code or barcode; else one whose folded name is the listing's.
   * One suggestion per listing (the strongest reason), only when exactly one product fits it.
   */
  async suggestions(
    tenantId: string,
    storeId: string,
    offset: number,
    limit: number,
  ): Promise<{ items: Array<{ listing: ListingRecord; productId: string; reason: MatchReason }>; total: number }> {
    const rows = (await this.db.execute(sql`
      WITH unmatched AS (
        SELECT id, code, stock_code, name_key FROM listings
        WHERE tenant_id = ${tenantId} AND store_id = ${storeId} AND product_id IS NULL
      ), candidates AS (
        SELECT u.id AS listing_id, p.id AS product_id, 1 AS rank, 'BARCODE' AS reason
          FROM unmatched u JOIN catalogue_products p ON p.tenant_id = ${tenantId} AND p.barcode = u.code
        UNION ALL
        SELECT u.id, p.id, 2, 'CODE'
          FROM unmatched u JOIN catalogue_products p ON p.tenant_id = ${tenantId} AND (p.code = u.stock_code OR p.code = u.code)
        UNION ALL
        SELECT u.id, p.id, 3, 'NAME'
          FROM unmatched u JOIN catalogue_products p ON p.tenant_id = ${tenantId} AND p.name_key = u.name_key AND u.name_key <> ''
      ), best AS (
        SELECT listing_id, min(rank) AS rank FROM candidates GROUP BY listing_id
      ), single AS (
        SELECT c.listing_id, min(c.product_id) AS product_id, min(c.reason) AS reason
          FROM candidates c JOIN best b ON b.listing_id = c.listing_id AND b.rank = c.rank
          GROUP BY c.listing_id HAVING count(DISTINCT c.product_id) = 1
      )
      SELECT listing_id, product_id, reason FROM single ORDER BY listing_id`)) as unknown as { rows: Array<{ listing_id: string; product_id: string; reason: MatchReason }> };
    const all = rows.rows;
    const page = all.slice(offset, offset + limit);
    const byId = new Map(
      (
        await (page.length
          ? this.db
              .select()
              .from(listings)
              .where(
                and(
                  eq(listings.tenantId, tenantId),
                  inArray(
                    listings.id,
                    page.map((r) => r.listing_id),
                  ),
                ),
              )
          : Promise.resolve([] as ListingRecord[]))
      ).map((l) => [l.id, l]),
    );
    return {
      items: page.flatMap((r) => (byId.has(r.listing_id) ? [{ listing: byId.get(r.listing_id) as ListingRecord, productId: r.product_id, reason: r.reason }] : [])),
      total: all.length,
    };
  }

  /** Matches every unmatched listing of a store whose suggestion has this reason, in one statement. */
  async autoMatch(tenantId: string, storeId: string, by: Exclude<MatchReason, "MANUAL">, at = new Date()): Promise<{ matched: number; unmatched: number; alreadyMatched: number }> {
    const { items } = await this.suggestions(tenantId, storeId, 0, Number.MAX_SAFE_INTEGER);
    const picks = items.filter((s) => s.reason === by);
    await this.db.transaction(async (tx) => {
      for (const s of picks)
        await tx
          .update(listings)
          .set({ productId: s.productId, matchedBy: by, matchedAt: at })
          .where(and(eq(listings.tenantId, tenantId), eq(listings.id, s.listing.id), isNull(listings.productId)));
    });
    const counts = await this.db
      .select({ matched: sql<number>`count(*) FILTER (WHERE product_id IS NOT NULL)::int`, unmatched: sql<number>`count(*) FILTER (WHERE product_id IS NULL)::int` })
      .from(listings)
      .where(and(eq(listings.tenantId, tenantId), eq(listings.storeId, storeId)));
    return { matched: picks.length, unmatched: counts[0]?.unmatched ?? 0, alreadyMatched: (counts[0]?.matched ?? 0) - picks.length };
  }
}
