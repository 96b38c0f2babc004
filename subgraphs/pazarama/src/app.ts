// Builds the Pazarama subgraph from config and ports: schema, service, poller, server. Nothing
// listens until the caller says so.

import {
  buildFederatedSubgraph,
  type Config,
  createSubgraphServer,
  createSwrCache,
  type Logger,
  type Ports,
  type StoreRegistry,
  storeViewsFromRegistry,
} from "@pazargraph/runtime";
import type { Order } from "@pazargraph/schema";
import type { PazaramaContext } from "./context.ts";
import { PazaramaApiResolver } from "./schema/pazarama-api.ts";
import { PazaramaMutationsResolver } from "./schema/pazarama-mutations.ts";
import { PazaramaOrderResolver } from "./schema/pazarama-order.ts";
import { PazaramaProductReadsResolver, PazaramaProductWritesResolver } from "./schema/pazarama-products.ts";
import { PazaramaService } from "./service.ts";
import { createPoller, type Poller } from "./sync/poller.ts";
import { PazaramaWrites } from "./writes/orders.ts";
import { PazaramaProductWrites } from "./writes/products.ts";

export interface PazaramaSubgraphOptions {
  config: Readonly<Config>;
  ports: Ports;
  logger: Logger;
  /** The local Pazarama sandbox, for stores without a baseUrl. */
  sandboxUrl?: string;
  /** Start the order poller. @default true */
  poll?: boolean;
  /** The store registry; without it the stores come from config (tests). */
  registry?: StoreRegistry;
  /** The gateway's signing secret: requests without a valid signature are refused. */
  internalSecret?: string;
}

export async function buildPazaramaSchema() {
  return buildFederatedSubgraph({
    resolvers: [PazaramaApiResolver, PazaramaMutationsResolver, PazaramaProductReadsResolver, PazaramaProductWritesResolver, PazaramaOrderResolver],
    // An Order reference is its id; the one field this subgraph adds reads Pazarama by it.
    referenceResolvers: { Order: { __resolveReference: async (ref) => ({ id: String(ref.id) }) } },
  });
}

export async function buildPazaramaSubgraph(options: PazaramaSubgraphOptions) {
  const { config, ports, logger } = options;
  const trees = createSwrCache({
    cache: ports.cache,
    lock: ports.lock,
    ttlSeconds: config.marketplaces.pazarama.treeTtlSeconds,
    staleSeconds: config.marketplaces.pazarama.treeStaleSeconds,
    onError: (key, err) => logger.warn({ key, error: (err as Error).message }, "background refresh failed; serving stale"),
  });
  // Write-through: an order a mutation changed is in the hub, and its event out, at once.
  const onOrderWritten = (store: { config: { id: string; tenantId: string } }, order: Order) =>
    ports.hub.writeThrough(store.config.tenantId, store.config.id, order, (err) =>
      logger.warn({ err, storeId: store.config.id }, "order hub write-through failed; the next poll catches up"),
    );
  const service = new PazaramaService({
    config,
    sandboxUrl: options.sandboxUrl,
    trees,
    logger,
    source: options.registry ? storeViewsFromRegistry(options.registry, "pazarama") : undefined,
    onOrdersRead: (store, orders, readAt) => ports.hub.observe(store.config.tenantId, store.config.id, orders, readAt),
  });
  // Follow the registry: clients are rebuilt and pollers follow the stores as they change.
  const watching = new AbortController();
  if (options.registry) {
    await service.refresh();
    void options.registry.watch(watching.signal, () => service.refresh()).catch((err) => logger.error({ error: (err as Error).message }, "store registry watch stopped"));
  }
  const writes = new PazaramaWrites(service, onOrderWritten);
  const products = new PazaramaProductWrites(service, { waitMs: config.marketplaces.pazarama.listingWaitMs });
  const { schema, sdl } = await buildPazaramaSchema();
  const server = createSubgraphServer<PazaramaContext>({
    name: "pazarama",
    schema,
    logger,
    internalSecret: options.internalSecret,
    requestDeadlineMs: config.subgraphs.requestDeadlineMs,
    context: ({ identity }) => ({ service, writes, products, logger, identity }),
  });
  const poller: Poller = createPoller({
    service,
    lock: ports.lock,
    hub: ports.hub,
    logger,
    intervalMs: config.marketplaces.pazarama.pollIntervalMs,
    tiers: config.marketplaces.pazarama.pollTiers,
  });
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
  };
}
