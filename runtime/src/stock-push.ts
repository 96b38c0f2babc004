// Multi-channel stock sync: when the catalogue's stock of products changes (an order deducted it, a
// cancellation gave it back), every other listing of those products, on every store, gets the new
// available stock through its marketplace's own stock write — no overselling on the other channels.
// Each marketplace subgraph pushes to its own stores' listings; one replica pushes each listing for
// each change (a short lease), and the result is kept on the listing.
import type { CatalogueStore, ListingRecord } from "./catalogue.ts";
import type { Logger } from "./logger.ts";
import { mapLimit } from "./paging.ts";
import { type EventBus, LIVE, type Lock } from "./ports/index.ts";

export const STOCK_STREAM = "catalogue.stock";

export interface StockChangedEvent {
  tenantId: string;
  productIds: string[];
  /** The store whose order moved the stock: its marketplace already did the same, so it is skipped. */
  originStoreId?: string;
}

/** Writes one listing's stock at its marketplace. */
export type StockSink<S> = (store: S, listing: ListingRecord, quantity: number) => Promise<unknown>;

export interface StockPushOptions<S> {
  marketplace: string;
  events: EventBus;
  lock: Lock;
  catalogue: CatalogueStore;
  /** The stores this subgraph serves, with their default warehouse. */
  store(id: string): { handle: S; defaultWarehouse: string | null } | undefined;
  sink: StockSink<S>;
  logger: Logger;
}

/** Follows stock changes until the signal aborts; resolves when it stops. */
export async function followStockChanges<S>(options: StockPushOptions<S>, signal: AbortSignal): Promise<void> {
  for await (const e of options.events.subscribe<StockChangedEvent>(STOCK_STREAM, LIVE, signal)) {
    try {
      await pushStock(options, e.id, e.payload);
    } catch (err) {
      options.logger.warn({ error: (err as Error).message }, "stock push failed");
    }
  }
}

/** Pushes one change to this marketplace's listings of the products. */
export async function pushStock<S>(
  options: StockPushOptions<S>,
  changeId: string,
  change: StockChangedEvent,
): Promise<Array<{ listingId: string; quantity: number; error: string | null }>> {
  const { catalogue, lock, marketplace } = options;
  const results: Array<{ listingId: string; quantity: number; error: string | null }> = [];
  const targets = (await catalogue.listingsOfProducts(change.tenantId, change.productIds)).filter((l) => l.marketplace === marketplace && l.storeId !== change.originStoreId);
  // Listings are pushed four at a time: a marketplace whose stock write is asynchronous (Pazarama's
  // price/stock v2) does not hold the others up.
  await mapLimit(targets, 4, async (listing) => {
    const store = options.store(listing.storeId);
    if (!store || !listing.productId) return;
    const key = `stockpush:${listing.id}:${changeId}`;
    const token = await lock.acquire(key, 120_000);
    if (!token) return; // another replica pushes this one
    const quantity = Math.max(0, await catalogue.availableStock(change.tenantId, listing.productId, store.defaultWarehouse));
    let error: string | null = null;
    try {
      await options.sink(store.handle, listing, quantity);
    } catch (err) {
      error = (err as Error).message;
    }
    await catalogue.recordPush(change.tenantId, listing.id, quantity, error);
    results.push({ listingId: listing.id, quantity, error });
    options.logger.info({ listingId: listing.id, quantity, error }, error ? "stock push refused" : "stock pushed");
  });
  return results;
}
