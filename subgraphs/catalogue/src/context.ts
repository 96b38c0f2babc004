// What every catalogue resolver shares: the per-operation context, the caller's tenant and its own
// stores, listings and orders (another tenant's answer exactly like ones that do not exist), and the
// mapping of records to the schema's types.
import type { CatalogueProductRecord, CatalogueStore, EventBus, Identity, ListingRecord, Logger, OrderHub, Scope, StoreRegistry } from "@pazargraph/runtime";
import { badInput, notFound, requireScope } from "@pazargraph/runtime";
import type { Marketplace, Money, Order } from "@pazargraph/schema";
import type DataLoader from "dataloader";
import type { CatalogueProduct, Listing, MatchReason, OrderLineMatch } from "./schema.ts";
import type { SupplierService } from "./suppliers/service.ts";
import type { SupplierOrderRecord, SupplierStore } from "./suppliers/store.ts";

export interface CatalogueContext {
  catalogue: CatalogueStore;
  /** The caller's orders' supplier orders, one query per request (Order.supplierOrder). */
  supplierOrders?: DataLoader<string, SupplierOrderRecord | null>;
  suppliers: SupplierStore;
  supplierService: SupplierService;
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

export const money = (amount: string | null | undefined) => (amount == null ? null : { amount: Number(amount).toFixed(2), currency: "TRY" });

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
    supplierId: r.supplierId,
    supplierCode: r.supplierCode,
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
export function tenantOf(ctx: CatalogueContext, scope: Scope): string {
  return requireScope(ctx.identity, scope).tenantId;
}

/** A store of the caller's tenant; another tenant's answers exactly like one that does not exist. */
export async function ownStore(ctx: CatalogueContext, tenantId: string, storeId: string) {
  const s = await ctx.registry.get(storeId);
  if (!s || s.tenantId !== tenantId) throw notFound(`no store with id "${storeId}"`);
  return s;
}

/** A listing of the caller's tenant, as a mutation's argument: another tenant's reads exactly like one that does not exist (BAD_USER_INPUT). */
export async function ownListing(ctx: CatalogueContext, tenantId: string, listingId: string) {
  const l = await ctx.catalogue.listing(tenantId, listingId);
  if (!l) throw badInput(`no listing with id "${listingId}"`, "listingId");
  return l;
}

export async function ownOrder(ctx: CatalogueContext, tenantId: string, orderId: string): Promise<Order> {
  const order = await ctx.hub.get(tenantId, orderId);
  if (!order) throw notFound(`no order with id "${orderId}"`);
  return order;
}

export async function lineMatchesOf(ctx: CatalogueContext, tenantId: string, order: Order): Promise<OrderLineMatch[]> {
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
