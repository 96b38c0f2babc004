// Builds the Trendyol subgraph from config and ports: schema, service, writes, poller, server.
// Nothing listens until the caller says so.
import {
  type BuiltMarketplaceSubgraph,
  buildFederatedSubgraph,
  createSubgraphServer,
  createSwrCache,
  type MarketplaceSubgraphOptions,
  storeViewsFromRegistry,
} from "@pazargraph/runtime";
import type { Order } from "@pazargraph/schema";
import type { TrendyolContext } from "./context.ts";
import { TrendyolApiResolver } from "./schema/api.ts";
import { TrendyolMutationsResolver } from "./schema/mutations.ts";
import { TrendyolService } from "./service.ts";
import { createTrendyolPoller } from "./sync/source.ts";
import { TrendyolOrderWrites } from "./writes/orders.ts";
import { TrendyolProductWrites } from "./writes/products.ts";

export function buildTrendyolSchema() {
  return buildFederatedSubgraph({ resolvers: [TrendyolApiResolver, TrendyolMutationsResolver] });
}

export async function buildTrendyolSubgraph(options: MarketplaceSubgraphOptions) {
  const { config, ports, logger } = options;
  const settings = config.marketplaces.trendyol;
  const trees = createSwrCache({
    cache: ports.cache,
    lock: ports.lock,
    ttlSeconds: settings.treeTtlSeconds,
    staleSeconds: settings.treeStaleSeconds,
    onError: (key, err) => logger.warn({ key, error: (err as Error).message }, "background refresh failed; serving stale"),
  });
  const service = new TrendyolService({
    config,
    sandboxUrl: options.sandboxUrl,
    trees,
    logger,
    source: options.registry ? storeViewsFromRegistry(options.registry, "trendyol") : undefined,
    onOrdersRead: (store, orders, readAt) => ports.hub.observe(store.config.tenantId, store.config.id, orders, readAt),
  });
  // Follow the registry: clients are rebuilt and pollers follow the stores as they change.
  const watching = new AbortController();
  if (options.registry) {
    await service.refresh();
    void options.registry.watch(watching.signal, () => service.refresh()).catch((err) => logger.error({ error: (err as Error).message }, "store registry watch stopped"));
  }
  // Write-through: an order a write changed is in the hub, and its event out, at once.
  const written = (store: { config: { id: string; tenantId: string } }, order: Order) =>
    ports.hub.writeThrough(store.config.tenantId, store.config.id, order, (err) =>
      logger.warn({ err, storeId: store.config.id }, "order hub write-through failed; the next poll catches up"),
    );
  const orders = new TrendyolOrderWrites(service, written);
  const products = new TrendyolProductWrites(service);
  const { schema, sdl } = await buildTrendyolSchema();
  const server = createSubgraphServer<TrendyolContext>({
    name: "trendyol",
    schema,
    logger,
    internalSecret: options.internalSecret,
    requestDeadlineMs: config.subgraphs.requestDeadlineMs,
    context: ({ identity }) => ({ service, orders, products, logger, identity }),
  });
  const poller = createTrendyolPoller({ service, lock: ports.lock, hub: ports.hub, logger, intervalMs: settings.pollIntervalMs, tiers: settings.pollTiers });
  if (options.poll !== false) poller.start();
  return {
    server,
    service,
    poller,
    sdl,
    async close() {
      watching.abort();
      await poller.stop();
      await server.close();
      await service.close();
    },
  } satisfies BuiltMarketplaceSubgraph;
}
