// The catalogue subgraph: the seller's own products and the stores' marketplace listings, on the order
// hub's database, per tenant, and the matching between them (listings matched and unmatched,
// suggestions by barcode, code and Turkish-folded name, matching by hand and in bulk).

import { randomUUID } from "node:crypto";
import type { Database } from "@pazargraph/db";
import {
  badInput,
  buildFederatedSubgraph,
  type CatalogueProductRecord,
  CatalogueStore,
  createError,
  createSubgraphServer,
  ErrorCode,
  type EventBus,
  type Identity,
  isMarkupPercent,
  type KeyValueStore,
  type ListingRecord,
  type Logger,
  notFound,
  type OrderEventLog,
  OrderHub,
  pageWindow,
  requestPrices,
  requireScope,
  type Scope,
  STOCK_STREAM,
  type StockChange,
  type StockChangedEvent,
  StockDeduction,
  type StoreRegistry,
  toConnection,
  withMarkup,
} from "@pazargraph/runtime";
import { DecimalScalar, Marketplace, type Money, type Order } from "@pazargraph/schema";
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import {
  AutoMatchReport,
  CatalogueOrderRef,
  CatalogueProduct,
  CatalogueProductConnection,
  CatalogueProductInput,
  Listing,
  ListingConnection,
  MatchReason,
  MatchSuggestionConnection,
  OrderLineMatch,
  PricePublishReport,
  PricePublishStatus,
} from "./schema.ts";

export interface CatalogueContext {
  catalogue: CatalogueStore;
  /** Where published prices are handed to the marketplace subgraphs (publishPrices needs it). */
  events?: EventBus;
  /** How long publishPrices waits for the marketplaces' answers. */
  priceWaitMs: number;
  /** The order hub (reads only): the orders whose lines are matched. */
  hub: OrderHub;
  registry: StoreRegistry;
  identity?: Identity;
  logger: Logger;
}

const money = (amount: string | null | undefined) => (amount == null ? null : { amount: Number(amount).toFixed(2), currency: "TRY" });

export function toProduct(r: CatalogueProductRecord): CatalogueProduct {
  return {
    id: r.id,
    code: r.code,
    barcode: r.barcode,
    name: r.name,
    brand: r.brand,
    vatRate: r.vatRate,
    cost: money(r.cost),
    stocks: r.stocks,
    stock: r.stocks.reduce((s, x) => s + x.quantity, 0),
    prices: r.prices.map((p) => ({ priceList: p.priceList, amount: { amount: Number(p.amount).toFixed(2), currency: p.currency } })),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export function toListing(l: ListingRecord): Listing {
  return {
    id: l.id,
    store: { id: l.storeId },
    marketplace: l.marketplace.toUpperCase() as Marketplace,
    code: l.code,
    stockCode: l.stockCode,
    name: l.name,
    salePrice: money(l.salePrice),
    stock: l.stock,
    syncedAt: l.syncedAt.toISOString(),
    matchedBy: (l.matchedBy as MatchReason | null) ?? null,
    matchedAt: l.matchedAt?.toISOString() ?? null,
    lastStockPush: l.lastPushAt ? { at: l.lastPushAt.toISOString(), quantity: l.lastPushQuantity ?? 0, error: l.lastPushError } : null,
    lastPricePush: l.lastPricePushAt ? { at: l.lastPricePushAt.toISOString(), amount: money(l.lastPricePushAmount) as Money, error: l.lastPricePushError } : null,
    productId: l.productId,
  };
}

/** The caller's tenant, with the scope the operation needs (the subgraph runs behind the gateway). */
function tenantOf(ctx: CatalogueContext, scope: Scope): string {
  return requireScope(ctx.identity, scope).tenantId;
}

/** A store of the caller's tenant; another tenant's answers exactly like one that does not exist. */
async function ownStore(ctx: CatalogueContext, tenantId: string, storeId: string) {
  const s = await ctx.registry.get(storeId);
  if (!s || s.tenantId !== tenantId) throw notFound(`no store with id "${storeId}"`);
  return s;
}

async function ownListing(ctx: CatalogueContext, tenantId: string, listingId: string) {
  const l = await ctx.catalogue.listing(tenantId, listingId);
  if (!l) throw notFound(`no listing with id "${listingId}"`);
  return l;
}

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
async function ownOrder(ctx: CatalogueContext, tenantId: string, orderId: string): Promise<Order> {
  const order = await ctx.hub.get(tenantId, orderId);
  if (!order) throw notFound(`no order with id "${orderId}"`);
  return order;
}

async function lineMatchesOf(ctx: CatalogueContext, tenantId: string, order: Order): Promise<OrderLineMatch[]> {
  const byCode = await ctx.catalogue.listingsByCode(
    tenantId,
    order.store.id,
    order.lines.map((l) => l.productCode ?? ""),
  );
  return order.lines.map((l) => {
    const listing = l.productCode ? byCode.get(l.productCode) : undefined;
    return { lineId: l.id, productCode: l.productCode ?? null, listing: listing ? toListing(listing) : null, productId: listing?.productId ?? null };
  });
}

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
    resolvers: [CatalogueResolver, ListingResolver, CatalogueOrderResolver, OrderLineMatchResolver],
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
}

export async function buildCatalogueSubgraph(options: CatalogueSubgraphOptions) {
  const catalogue = new CatalogueStore(options.database.db);
  const hub = new OrderHub(options.database.db);
  const { schema, sdl } = await buildCatalogueSchema();
  const server = createSubgraphServer<CatalogueContext>({
    name: "catalogue",
    schema,
    logger: options.logger,
    internalSecret: options.internalSecret,
    requestDeadlineMs: options.requestDeadlineMs,
    context: ({ identity }) => ({
      catalogue,
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
  return {
    server,
    sdl,
    catalogue,
    deduction,
    async close() {
      await deduction?.stop();
      await server.close();
    },
  };
}
