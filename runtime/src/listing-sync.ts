// Keeps the catalogue's listings table in step with each store's marketplace products: every
// interval (and at start), each active store's products are read in full through the marketplace's
// own product source and recorded (new ones added, gone ones removed, matches kept). One replica
// syncs a store at a time, by a lease.
import type { Product } from "@pazargraph/schema";
import type { CatalogueStore } from "./catalogue.ts";
import type { Logger } from "./logger.ts";
import type { Lock } from "./ports/index.ts";

export interface ListingStore<S> {
  id: string;
  tenantId: string;
  active: boolean;
  handle: S;
  /** The store's default warehouse (its available stock is that warehouse's); null: every warehouse. */
  defaultWarehouse?: string | null;
}

export interface ListingSource<S> {
  marketplace: string;
  stores(): Iterable<ListingStore<S>>;
  /** Every product of the store, as the marketplace lists it. */
  readAll(store: S): Promise<Product[]>;
}

export interface ListingSync<S> {
  start(): void;
  stop(): Promise<void>;
  /** Syncs one store now (null when another replica holds its lease). */
  syncStore(store: ListingStore<S>): Promise<{ written: number; removed: number } | null>;
}

export interface ListingSyncOptions<S> {
  source: ListingSource<S>;
  catalogue: CatalogueStore;
  lock: Lock;
  logger: Logger;
  intervalMs: number;
}

export function createListingSync<S>(options: ListingSyncOptions<S>): ListingSync<S> {
  const { source, catalogue, lock, logger } = options;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let stopped = false;

  async function syncStore(store: ListingStore<S>) {
    const key = `listings:${store.id}`;
    const token = await lock.acquire(key, 10 * 60_000);
    if (!token) return null;
    try {
      const products = await source.readAll(store.handle);
      return await catalogue.syncListings(store.tenantId, store.id, source.marketplace, products);
    } finally {
      await lock.release(key, token);
    }
  }

  async function syncAll() {
    for (const store of source.stores()) {
      if (stopped || !store.active) continue;
      try {
        const r = await syncStore(store);
        if (r) logger.debug({ storeId: store.id, ...r }, "listings synced");
      } catch (err) {
        logger.warn({ storeId: store.id, error: (err as Error).message }, "listing sync failed; the next run retries");
      }
    }
  }

  const tick = () => {
    if (stopped || running) return;
    running = syncAll().finally(() => {
      running = null;
    });
  };

  return {
    start() {
      stopped = false;
      tick();
      timer = setInterval(tick, options.intervalMs);
      timer.unref();
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      await running;
    },
    syncStore,
  };
}

/** Every product behind a paged `products` connection (at most `maxPages` pages). */
export async function readAllProducts(
  page: (after: string | undefined) => Promise<{ edges: Array<{ node: Product }>; pageInfo: { hasNextPage: boolean; endCursor?: string | null } }>,
  maxPages = 200,
): Promise<Product[]> {
  const out: Product[] = [];
  let after: string | undefined;
  for (let i = 0; i < maxPages; i++) {
    const p = await page(after);
    out.push(...p.edges.map((e) => e.node));
    if (!p.pageInfo.hasNextPage || !p.pageInfo.endCursor) return out;
    after = p.pageInfo.endCursor;
  }
  return out;
}
