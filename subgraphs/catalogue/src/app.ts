// The catalogue subgraph: the seller's own products and the stores' marketplace listings, on the order
// hub's database, per tenant, and the matching between them (listings matched and unmatched,
// suggestions by barcode, code and Turkish-folded name, matching by hand and in bulk).

import { randomUUID } from "node:crypto";
import type { Database } from "@pazargraph/db";
import {
  badInput,
  buildFederatedSubgraph,
  CatalogueStore,
  createError,
  createMemoryLock,
  createSubgraphServer,
  DEMO_TENANT,
  ErrorCode,
  type EventBus,
  isMarkupPercent,
  type KeyValueStore,
  type Lock,
  type Logger,
  type OrderEventLog,
  OrderHub,
  pageWindow,
  type RowError,
  requestPrices,
  STOCK_STREAM,
  type StockChange,
  type StockChangedEvent,
  StockDeduction,
  type StoreRegistry,
  toConnection,
  withMarkup,
} from "@pazargraph/runtime";
import { DecimalScalar } from "@pazargraph/schema";
import DataLoader from "dataloader";
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { type CatalogueContext, lineMatchesOf, money, ownListing, ownOrder, ownStore, tenantOf, toListing, toProduct } from "./context.ts";
import {
  AutoMatchReport,
  CatalogueOrderRef,
  CatalogueProduct,
  CatalogueProductConnection,
  CatalogueProductInput,
  Listing,
  ListingConnection,
  ListingMatchInput,
  MatchReason,
  MatchSuggestionConnection,
  OrderLineMatch,
  PricePublishReport,
  PricePublishStatus,
} from "./schema.ts";
import { SupplierOrderResolver, SupplierResolver } from "./suppliers/resolvers.ts";
import { SupplierService, type SupplierSettings } from "./suppliers/service.ts";
import { type SupplierOrderRecord, SupplierStore } from "./suppliers/store.ts";

@Resolver(() => CatalogueProduct)
export class CatalogueResolver {
  @Query(() => CatalogueProductConnection, { description: "The seller's products by code, searched by code, barcode or name (Turkish-aware)." })
  async catalogueProducts(
    @Ctx() ctx: CatalogueContext,
    @Arg("search", () => String, { nullable: true }) search?: string,
    @Arg("first", () => Int, { nullable: true, description: "1 to 200. @default 20" }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ) {
    const tenantId = tenantOf(ctx, "read");
    const win = pageWindow(first, after, 200, 20);
    if (search !== undefined && search.length > 200) throw badInput("search is at most 200 characters", "search");
    const { items, total } = await ctx.catalogue.products(tenantId, search, win.offset, win.first);
    return toConnection(items.map(toProduct), win.offset, win.offset + items.length < total, total);
  }

  @Query(() => CatalogueProduct, { nullable: true })
  async catalogueProduct(@Ctx() ctx: CatalogueContext, @Arg("code", () => String) code: string) {
    const r = await ctx.catalogue.byCode(tenantOf(ctx, "read"), code);
    return r ? toProduct(r) : null;
  }

  @FieldResolver(() => [Listing], { description: "The product's listings on every store." })
  async listings(@Root() p: CatalogueProduct, @Ctx() ctx: CatalogueContext) {
    return (await ctx.catalogue.listingsOfProducts(tenantOf(ctx, "read"), [p.id])).map(toListing);
  }

  @Mutation(() => [CatalogueProduct], {
    description:
      "Creates or updates up to 1,000 products by code. Every row is checked first: with any error nothing is written, and the error (BAD_USER_INPUT) lists each row's problems in extensions.rows.",
  })
  async upsertCatalogueProducts(@Ctx() ctx: CatalogueContext, @Arg("products", () => [CatalogueProductInput]) products: CatalogueProductInput[]) {
    const tenantId = tenantOf(ctx, "write");
    if (!products.length || products.length > 1000) throw badInput("products: 1 to 1,000 rows", "products");
    const { written, errors } = await ctx.catalogue.upsertProducts(tenantId, products);
    if (errors.length)
      throw createError(
        ErrorCode.BAD_USER_INPUT,
        `${errors.length} problem(s) in ${new Set(errors.map((e) => e.index)).size} row(s); nothing was written. First: ${errors[0].message}`,
        {
          argument: errors[0].argument,
          rows: errors,
        },
      );
    ctx.logger.info({ tenantId, rows: written.length }, "catalogue products upserted");
    return written.map(toProduct);
  }
}

@Resolver(() => Listing)
export class ListingResolver {
  @Query(() => ListingConnection, { description: "A store's listings matched to a catalogue product." })
  matchedListings(
    @Ctx() ctx: CatalogueContext,
    @Arg("storeId", () => ID) storeId: string,
    @Arg("first", () => Int, { nullable: true, description: "1 to 200. @default 20" }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ) {
    return this.page(ctx, storeId, true, first, after);
  }

  @Query(() => ListingConnection, { description: "A store's listings no catalogue product is matched to yet." })
  unmatchedListings(
    @Ctx() ctx: CatalogueContext,
    @Arg("storeId", () => ID) storeId: string,
    @Arg("first", () => Int, { nullable: true, description: "1 to 200. @default 20" }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ) {
    return this.page(ctx, storeId, false, first, after);
  }

  private async page(ctx: CatalogueContext, storeId: string, matched: boolean, first?: number, after?: string) {
    const tenantId = tenantOf(ctx, "read");
    const win = pageWindow(first, after, 200, 20);
    await ownStore(ctx, tenantId, storeId);
    const { items, total } = await ctx.catalogue.listings(tenantId, storeId, matched, win.offset, win.first);
    return toConnection(items.map(toListing), win.offset, win.offset + items.length < total, total);
  }

  @Query(() => MatchSuggestionConnection, { description: "For a store's unmatched listings, the catalogue product that fits each: by barcode, then code, then name." })
  async suggestedMatches(
    @Ctx() ctx: CatalogueContext,
    @Arg("storeId", () => ID) storeId: string,
    @Arg("first", () => Int, { nullable: true, description: "1 to 200. @default 20" }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ) {
    const tenantId = tenantOf(ctx, "read");
    const win = pageWindow(first, after, 200, 20);
    await ownStore(ctx, tenantId, storeId);
    const { items, total } = await ctx.catalogue.suggestions(tenantId, storeId, win.offset, win.first);
    const products = new Map(
      (
        await ctx.catalogue.byIds(
          tenantId,
          items.map((s) => s.productId),
        )
      ).map((p) => [p.id, toProduct(p)]),
    );
    const nodes = items.flatMap((s) =>
      products.has(s.productId) ? [{ listing: toListing(s.listing), product: products.get(s.productId) as CatalogueProduct, reason: s.reason as MatchReason }] : [],
    );
    return toConnection(nodes, win.offset, win.offset + items.length < total, total);
  }

  @FieldResolver(() => CatalogueProduct, { nullable: true, description: "The matched catalogue product; null while unmatched." })
  async product(@Root() l: Listing, @Ctx() ctx: CatalogueContext) {
    if (!l.productId) return null;
    const [p] = await ctx.catalogue.byIds(tenantOf(ctx, "read"), [l.productId]);
    return p ? toProduct(p) : null;
  }

  @Mutation(() => Listing, { description: "Matches a listing to a catalogue product by its code (replacing any earlier match)." })
  async matchListing(@Ctx() ctx: CatalogueContext, @Arg("listingId", () => ID) listingId: string, @Arg("productCode", () => String) productCode: string) {
    const tenantId = tenantOf(ctx, "write");
    await ownListing(ctx, tenantId, listingId);
    const product = await ctx.catalogue.byCode(tenantId, productCode.trim());
    if (!product) throw badInput(`no catalogue product with code "${productCode}"`, "productCode");
    await ctx.catalogue.match(tenantId, listingId, product.id, "MANUAL");
    return toListing(await ownListing(ctx, tenantId, listingId));
  }

  @Mutation(() => [Listing], {
    description:
      "Matches up to 1,000 of a store's listings at once (accepting suggestions, say). Every row is checked first — a listing of another store, an unknown listing or product code, a listing twice: with any error nothing is matched, and the error (BAD_USER_INPUT) lists each row's problems in extensions.rows.",
  })
  async matchListings(
    @Ctx() ctx: CatalogueContext,
    @Arg("storeId", () => ID) storeId: string,
    @Arg("matches", () => [ListingMatchInput]) matches: ListingMatchInput[],
  ): Promise<Listing[]> {
    const tenantId = tenantOf(ctx, "write");
    await ownStore(ctx, tenantId, storeId);
    if (!matches.length || matches.length > 1000) throw badInput("matches: 1 to 1,000 rows", "matches");
    const found = new Map((await ctx.catalogue.listingsByIds(tenantId, [...new Set(matches.map((m) => m.listingId))])).map((l) => [l.id, l]));
    const products = await ctx.catalogue.idsByCode(tenantId, [...new Set(matches.map((m) => m.productCode.trim()))]);
    const errors: RowError[] = [];
    const seen = new Map<string, number>();
    for (const [i, m] of matches.entries()) {
      const fail = (field: string, message: string) => errors.push({ index: i, code: m.productCode, message, argument: `matches.${i}.${field}` });
      const l = found.get(m.listingId);
      // Another tenant's listing reads exactly like one that does not exist.
      if (!l) fail("listingId", `no listing with id "${m.listingId}"`);
      else if (l.storeId !== storeId) fail("listingId", `listing "${m.listingId}" belongs to store ${l.storeId}, not ${storeId}`);
      if (seen.has(m.listingId)) fail("listingId", `listing "${m.listingId}" appears twice (row ${seen.get(m.listingId)})`);
      else seen.set(m.listingId, i);
      if (!products.has(m.productCode.trim())) fail("productCode", `no catalogue product with code "${m.productCode}"`);
    }
    if (errors.length)
      throw createError(
        ErrorCode.BAD_USER_INPUT,
        `${errors.length} problem(s) in ${new Set(errors.map((e) => e.index)).size} row(s); nothing was matched. First: ${errors[0].message}`,
        {
          argument: errors[0].argument,
          rows: errors,
        },
      );
    await ctx.catalogue.matchMany(
      tenantId,
      matches.map((m) => ({ listingId: m.listingId, productId: products.get(m.productCode.trim()) as string })),
      "MANUAL",
    );
    ctx.logger.info({ tenantId, storeId, rows: matches.length }, "listings matched");
    return (await ctx.catalogue.listingsByIds(tenantId, [...seen.keys()])).map(toListing);
  }

  @Mutation(() => Listing, { description: "Removes a listing's match." })
  async unmatchListing(@Ctx() ctx: CatalogueContext, @Arg("listingId", () => ID) listingId: string) {
    const tenantId = tenantOf(ctx, "write");
    await ownListing(ctx, tenantId, listingId);
    await ctx.catalogue.unmatch(tenantId, listingId);
    return toListing(await ownListing(ctx, tenantId, listingId));
  }

  @Mutation(() => AutoMatchReport, { description: "Matches every unmatched listing of a store whose suggestion has this reason (BARCODE by default)." })
  async autoMatch(@Ctx() ctx: CatalogueContext, @Arg("storeId", () => ID) storeId: string, @Arg("by", () => MatchReason, { defaultValue: MatchReason.BARCODE }) by: MatchReason) {
    const tenantId = tenantOf(ctx, "write");
    await ownStore(ctx, tenantId, storeId);
    if (by === MatchReason.MANUAL) throw badInput("autoMatch matches by BARCODE, CODE or NAME", "by");
    const report = await ctx.catalogue.autoMatch(tenantId, storeId, by);
    ctx.logger.info({ tenantId, storeId, by, ...report }, "listings auto-matched");
    return report;
  }

  @Mutation(() => PricePublishReport, {
    description:
      "Sends each matched listing of the store its product's price from the store's default price list, plus the store's markup (or markupPercent, 0 to 1000), through its marketplace's own price write, as both list and sale price. A listing that already has that price is not sent again.",
  })
  async publishPrices(
    @Ctx() ctx: CatalogueContext,
    @Arg("storeId", () => ID) storeId: string,
    @Arg("markupPercent", () => DecimalScalar, { nullable: true, description: "Overrides the store's priceMarkupPercent for this call: 0 to 1000, at most 2 decimals." })
    markupPercent?: string,
  ): Promise<PricePublishReport> {
    const tenantId = tenantOf(ctx, "write");
    if (markupPercent != null && !isMarkupPercent(markupPercent)) throw badInput("markupPercent: 0 to 1000, with at most 2 decimals", "markupPercent");
    const store = await ownStore(ctx, tenantId, storeId);
    const priceList = store.settings.defaultPriceList;
    if (!priceList) throw badInput("the store has no default price list; set settings.defaultPriceList with updateStoreSettings", "storeId");
    const markup = markupPercent ?? store.settings.priceMarkupPercent ?? "0";
    if (!ctx.events) throw createError(ErrorCode.SERVICE_UNAVAILABLE, "publishing prices is not running in this deployment");
    const rows = (await ctx.catalogue.pricesForStore(tenantId, storeId, priceList)).map(({ listing, amount }) => {
      const price = amount == null ? null : withMarkup(amount, markup);
      const status =
        price == null
          ? PricePublishStatus.NO_PRICE
          : listing.salePrice != null && Number(listing.salePrice) === Number(price)
            ? PricePublishStatus.UNCHANGED
            : PricePublishStatus.PENDING;
      return { listing, price, status, error: null as string | null };
    });
    const send = rows.filter((r) => r.status === PricePublishStatus.PENDING);
    if (send.length) {
      const answered = await requestPrices(
        ctx.events,
        { requestId: randomUUID(), tenantId, storeId, marketplace: store.marketplace, items: send.map((r) => ({ listingId: r.listing.id, amount: r.price as string })) },
        ctx.priceWaitMs,
      );
      const byId = new Map((answered ?? []).map((a) => [a.listingId, a]));
      const fresh = new Map((await ctx.catalogue.listingsByIds(tenantId, [...byId.keys()])).map((l) => [l.id, l]));
      for (const r of send) {
        const a = byId.get(r.listing.id);
        if (!a) continue;
        r.status = a.error ? PricePublishStatus.FAILED : PricePublishStatus.SENT;
        r.error = a.error;
        r.listing = fresh.get(r.listing.id) ?? r.listing;
      }
    }
    const count = (s: PricePublishStatus) => rows.filter((r) => r.status === s).length;
    const report = {
      priceList,
      markupPercent: markup,
      sent: count(PricePublishStatus.SENT),
      unchanged: count(PricePublishStatus.UNCHANGED),
      failed: count(PricePublishStatus.FAILED),
      noPrice: count(PricePublishStatus.NO_PRICE),
      pending: count(PricePublishStatus.PENDING),
    };
    ctx.logger.info({ tenantId, storeId, ...report }, "prices published");
    return { ...report, results: rows.map((r) => ({ listing: toListing(r.listing), price: money(r.price), status: r.status, error: r.error })) };
  }
}

/** An order of the caller's tenant, from the order hub. */
@Resolver(() => CatalogueOrderRef)
export class CatalogueOrderResolver {
  @FieldResolver(() => Boolean, { description: "Whether a line of the order has no catalogue product matched (the seed's warning before a supplier order)." })
  async hasUnmatchedLines(@Root() ref: CatalogueOrderRef, @Ctx() ctx: CatalogueContext) {
    const tenantId = tenantOf(ctx, "read");
    return (await lineMatchesOf(ctx, tenantId, await ownOrder(ctx, tenantId, ref.id))).some((m) => !m.productId);
  }

  @FieldResolver(() => [OrderLineMatch], { description: "Each line's match: the store's listing of its product code and that listing's catalogue product." })
  async lineMatches(@Root() ref: CatalogueOrderRef, @Ctx() ctx: CatalogueContext) {
    const tenantId = tenantOf(ctx, "read");
    return lineMatchesOf(ctx, tenantId, await ownOrder(ctx, tenantId, ref.id));
  }

  @Mutation(() => CatalogueOrderRef, {
    description:
      "Matches an order line's product to a catalogue product by its code, right from the order (the store's listing of that product is matched, and made when not synced yet).",
  })
  async matchOrderLine(
    @Ctx() ctx: CatalogueContext,
    @Arg("orderId", () => ID) orderId: string,
    @Arg("lineId", () => ID) lineId: string,
    @Arg("productCode", () => String) productCode: string,
  ): Promise<CatalogueOrderRef> {
    const tenantId = tenantOf(ctx, "write");
    const order = await ownOrder(ctx, tenantId, orderId);
    const line = order.lines.find((l) => l.id === lineId);
    if (!line) throw badInput(`"${lineId}" is not a line of order ${orderId}`, "lineId");
    if (!line.productCode) throw badInput("the line has no product code to match", "lineId");
    const product = await ctx.catalogue.byCode(tenantId, productCode.trim());
    if (!product) throw badInput(`no catalogue product with code "${productCode}"`, "productCode");
    const listing = await ctx.catalogue.ensureListing(tenantId, order.store.id, order.marketplace.toLowerCase(), {
      productCode: line.productCode,
      stockCode: line.stockCode,
      productName: line.productName,
    });
    await ctx.catalogue.match(tenantId, listing.id, product.id, "MANUAL");
    return { id: order.id };
  }
}

@Resolver(() => OrderLineMatch)
export class OrderLineMatchResolver {
  @FieldResolver(() => CatalogueProduct, { nullable: true, description: "The catalogue product; null: the line is unmatched." })
  async product(@Root() m: OrderLineMatch, @Ctx() ctx: CatalogueContext) {
    if (!m.productId) return null;
    const [p] = await ctx.catalogue.byIds(tenantOf(ctx, "read"), [m.productId]);
    return p ? toProduct(p) : null;
  }
}

export async function buildCatalogueSchema() {
  return buildFederatedSubgraph({
    resolvers: [CatalogueResolver, ListingResolver, CatalogueOrderResolver, OrderLineMatchResolver, SupplierResolver, SupplierOrderResolver],
    referenceResolvers: { Order: { __resolveReference: async (ref) => ({ id: String(ref.id) }) } },
  });
}

export interface CatalogueSubgraphOptions {
  database: Database;
  registry: StoreRegistry;
  logger: Logger;
  internalSecret?: string;
  requestDeadlineMs?: number;
  /** The order event log and a durable key-value store: with both, automatic stock deduction runs. */
  log?: OrderEventLog;
  kv?: KeyValueStore;
  /** Where stock changes are announced for the marketplaces' stock push, and published prices handed over. */
  events?: EventBus;
  /** How long publishPrices waits for the marketplaces' answers before listing the rest as PENDING. @default 20000 */
  priceWaitMs?: number;
  /** Supplier feeds and orders: settings per kind, the lease, where a kind's sandbox runs, the accounts config seeds into the demo tenant. */
  suppliers?: {
    settings: Readonly<Record<string, SupplierSettings>>;
    lock: Lock;
    sandboxUrl(kind: string): Promise<string | undefined>;
    seed?: ReadonlyArray<{ id: string; name: string; kind: string; testMode: boolean; baseUrl?: string; token?: string }>;
    /** Run the feed and tracking rounds on a timer (off in tests that sync by hand). @default true */
    run?: boolean;
  };
}

export async function buildCatalogueSubgraph(options: CatalogueSubgraphOptions) {
  const catalogue = new CatalogueStore(options.database.db);
  const hub = new OrderHub(options.database.db);
  const { schema, sdl } = await buildCatalogueSchema();
  const suppliers = new SupplierStore(options.database.db, options.registry.secrets);
  const supplierOptions = options.suppliers;
  const supplierService = new SupplierService({
    store: suppliers,
    lock: supplierOptions?.lock ?? createMemoryLock(),
    logger: options.logger,
    settings: supplierOptions?.settings ?? {},
    sandboxUrl: supplierOptions?.sandboxUrl ?? (async () => undefined),
  });
  // The demo tenant's accounts from config, once: an account the seller changed is left as it is.
  for (const a of supplierOptions?.seed ?? []) if (!(await suppliers.get(DEMO_TENANT, a.id))) await suppliers.save(DEMO_TENANT, { ...a, baseUrl: a.baseUrl ?? null });
  const server = createSubgraphServer<CatalogueContext>({
    name: "catalogue",
    schema,
    logger: options.logger,
    internalSecret: options.internalSecret,
    requestDeadlineMs: options.requestDeadlineMs,
    context: ({ identity }) => ({
      catalogue,
      supplierOrders: identity
        ? new DataLoader<string, SupplierOrderRecord | null>(async (ids) => {
            const found = new Map((await suppliers.ordersFor(identity.tenantId, ids)).map((r) => [r.orderId, r]));
            return ids.map((id) => found.get(id) ?? null);
          })
        : undefined,
      suppliers,
      supplierService,
      hub,
      registry: options.registry,
      identity,
      logger: options.logger,
      events: options.events,
      // Within the request deadline, so that the answer is a report rather than a timeout.
      priceWaitMs: Math.min(options.priceWaitMs ?? 20_000, Math.max(1_000, (options.requestDeadlineMs ?? 30_000) - 2_000)),
    }),
  });
  const announce = (changes: StockChange[]) => {
    // One announcement per order's store and tenant: the marketplaces push the products' new stock.
    const groups = new Map<string, StockChangedEvent>();
    for (const c of changes) {
      const k = `${c.tenantId}\u0000${c.storeId}`;
      const g = groups.get(k) ?? { tenantId: c.tenantId, originStoreId: c.storeId, productIds: [] };
      if (!g.productIds.includes(c.productId)) g.productIds.push(c.productId);
      groups.set(k, g);
    }
    for (const g of groups.values())
      void options.events?.publish(STOCK_STREAM, g).catch((err) => options.logger.warn({ err }, "stock change not announced; the next change carries the stock"));
  };
  const deduction =
    options.log && options.kv
      ? new StockDeduction({ db: options.database.db, log: options.log, registry: options.registry, kv: options.kv, logger: options.logger, onChanged: announce })
      : null;
  deduction?.start();
  // Feeds and open supplier orders: every few seconds it looks what is due (each account's syncMs, each order's trackMs).
  if (supplierOptions && supplierOptions.run !== false) supplierService.start(Math.min(5_000, ...Object.values(supplierOptions.settings).map((s) => s.trackMs)));
  return {
    server,
    sdl,
    catalogue,
    deduction,
    suppliers: supplierService,
    async close() {
      await supplierService.stop();
      await deduction?.stop();
      await server.close();
    },
  };
}
