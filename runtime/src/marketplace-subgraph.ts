// What every marketplace subgraph's builder shares, so each app.ts says only what is its own (its
// service, writes, schema and order source): the L2 reference-data cache from its settings, the order
// hub hooks (live reads recorded, writes written through), the store source (the registry, or config
// in tests), following the registry, the server under the request deadline, the poller, and closing.
import type { BaseContext } from "@apollo/server";
import type { Order } from "@pazargraph/schema";
import type { GraphQLSchema } from "graphql";
import { CatalogueStore } from "./catalogue.ts";
import type { Identity } from "./identity.ts";
import { createListingSync, type ListingSource } from "./listing-sync.ts";
import type { BuiltMarketplaceSubgraph, ConnectionResult, MarketplaceSubgraphOptions } from "./marketplace.ts";
import { followPriceRequests, type PriceSink } from "./price-push.ts";
import { followStockChanges, type StockSink } from "./stock-push.ts";
import type { StoreSource, StoreView } from "./store-set.ts";
import { storeViewsFromRegistry } from "./store-set.ts";
import { createSubgraphServer } from "./subgraph-server.ts";
import { createSwrCache } from "./swr-cache.ts";

type HubStore = { config: { id: string; tenantId: string } };

/** The parts a marketplace's service and writes are built from. */
export function marketplaceParts(options: MarketplaceSubgraphOptions, name: string) {
  const { config, ports, logger } = options;
  const settings = config.marketplaces[name];
  return {
    settings,
    trees: createSwrCache({
      cache: ports.cache,
      lock: ports.lock,
      ttlSeconds: settings.treeTtlSeconds,
      staleSeconds: settings.treeStaleSeconds,
      onError: (key, err) => logger.warn({ key, error: (err as Error).message }, "background refresh failed; serving stale"),
    }),
    /** Where the stores come from: the registry, or config (tests and benchmarks) when there is none. */
    source: (options.registry ? storeViewsFromRegistry(options.registry, name) : undefined) as StoreSource | undefined,
    /** A live read's orders go into the order hub before they are returned. */
    observe: (store: HubStore, orders: Order[], readAt: Date) => ports.hub.observe(store.config.tenantId, store.config.id, orders, readAt),
    /** Write-through: an order a write changed is in the hub, and its event out, at once. */
    written: (store: HubStore, order: Order) =>
      ports.hub.writeThrough(store.config.tenantId, store.config.id, order, (err) =>
        logger.warn({ err, storeId: store.config.id }, "order hub write-through failed; the next poll catches up"),
      ),
  };
}

export interface MarketplaceSubgraphParts<C extends BaseContext, S> {
  name: string;
  service: S & { refresh(): Promise<void>; close(): Promise<void>; testConnection(view: StoreView): Promise<ConnectionResult> };
  schema: GraphQLSchema;
  sdl: string;
  /** The per-operation context, given the caller the gateway signed. */
  context: (identity: Identity | undefined) => C;
  poller: { start(): void; stop(): Promise<void> };
  /** The marketplace's products: the source read into the catalogue's listings, and the stock and price writes. */
  products?: ProductChannel;
}

/** A marketplace's product source and its stock and price writes, over its own store type (see productChannel). */
export interface ProductChannel {
  listings: ListingSource<unknown>;
  sinks: { stock?: StockSink<unknown>; price?: PriceSink<unknown> };
}

/** Pairs a product source with the stock and price writes for the same stores (their type checked here, once). */
export function productChannel<S>(listings: ListingSource<S>, sinks: { stock?: StockSink<S>; price?: PriceSink<S> }): ProductChannel {
  return { listings: listings as ListingSource<unknown>, sinks: sinks as ProductChannel["sinks"] };
}

/** Follows the registry, builds the server and starts the poller; `close` undoes all of it. */
export async function assembleMarketplaceSubgraph<C extends BaseContext, S, P extends MarketplaceSubgraphParts<C, S>>(options: MarketplaceSubgraphOptions, parts: P) {
  const { config, logger, ports } = options;
  const { service, poller } = parts;
  // Follow the registry: clients are rebuilt and pollers follow the stores as they change.
  const watching = new AbortController();
  if (options.registry) {
    await service.refresh();
    void options.registry.watch(watching.signal, () => service.refresh()).catch((err) => logger.error({ error: (err as Error).message }, "store registry watch stopped"));
  }
  const server = createSubgraphServer<C>({
    name: parts.name,
    schema: parts.schema,
    logger,
    internalSecret: options.internalSecret,
    requestDeadlineMs: config.subgraphs.requestDeadlineMs,
    context: ({ identity }) => parts.context(identity),
  });
  const channel = parts.products;
  // One catalogue store for the listing sync and the stock push.
  const catalogue = channel ? new CatalogueStore(ports.database.db) : null;
  const listings = channel
    ? createListingSync({
        source: channel.listings,
        catalogue: catalogue as CatalogueStore,
        lock: ports.lock,
        logger,
        intervalMs: config.marketplaces[parts.name].listingSyncMs,
      })
    : null;
  if (options.poll !== false) {
    poller.start();
    listings?.start();
  }
  // Stock changed in the catalogue: this marketplace's listings of those products get the new stock;
  // prices published for one of its stores go out through its price write.
  const pushing = new AbortController();
  const common = channel && {
    marketplace: parts.name,
    events: ports.events,
    lock: ports.lock,
    catalogue: catalogue as CatalogueStore,
    store: (id: string) => {
      for (const s of channel.listings.stores()) if (s.id === id) return { handle: s.handle, defaultWarehouse: s.defaultWarehouse ?? null };
      return undefined;
    },
    logger,
  };
  const stockPush = common && channel.sinks.stock ? { ...common, sink: channel.sinks.stock } : null;
  const pricePush = common && channel.sinks.price ? { ...common, sink: channel.sinks.price } : null;
  const following = [
    stockPush && followStockChanges(stockPush, pushing.signal).catch((err) => logger.error({ err }, "stock push stopped")),
    pricePush && followPriceRequests(pricePush, pushing.signal).catch((err) => logger.error({ err }, "price push stopped")),
  ];
  return {
    server,
    service: service as P["service"],
    poller: poller as P["poller"],
    sdl: parts.sdl,
    /** The listing sync (null when the marketplace gives no product source). */
    listings,
    /** The stock push's settings (null without a stock sink): tests push a change directly with pushStock. */
    stockPush,
    /** The price push's settings (null without a price sink): tests send a request directly with pushPrices. */
    pricePush,
    async close() {
      watching.abort();
      pushing.abort();
      await Promise.all(following);
      await listings?.stop();
      await poller.stop();
      await server.close();
      await service.close();
    },
  } satisfies BuiltMarketplaceSubgraph;
}
