// Builds the Beymen subgraph from config and ports: schema, service, poller, server. Nothing
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
import type { BeymenContext } from "./context.ts";
import { BeymenApiResolver, BeymenBatchResolver } from "./schema/beymen-api.ts";
import { BeymenMutationsResolver } from "./schema/beymen-mutations.ts";
import { BeymenService } from "./service.ts";
import { createBeymenPoller } from "./sync/poller.ts";
import { BeymenOrderWrites } from "./writes/orders.ts";
import { BeymenProductWrites } from "./writes/products.ts";
import { BeymenRefundWrites } from "./writes/refunds.ts";

export interface BeymenSubgraphOptions {
  config: Readonly<Config>;
  ports: Ports;
  logger: Logger;
  /** The local Beymen sandbox, for stores without a baseUrl. */
  sandboxUrl?: string;
  /** Start the order poller. @default true */
  poll?: boolean;
  /** The store registry; without it the stores come from config (tests). */
  registry?: StoreRegistry;
  /** The gateway's signing secret: requests without a valid signature are refused. */
  internalSecret?: string;
}

export async function buildBeymenSchema() {
  return buildFederatedSubgraph({ resolvers: [BeymenApiResolver, BeymenBatchResolver, BeymenMutationsResolver] });
}

export async function buildBeymenSubgraph(options: BeymenSubgraphOptions) {
  const { config, ports, logger } = options;
  const trees = createSwrCache({
    cache: ports.cache,
    lock: ports.lock,
    ttlSeconds: config.marketplaces.beymen.treeTtlSeconds,
    staleSeconds: config.marketplaces.beymen.treeStaleSeconds,
    onError: (key, err) => logger.warn({ key, error: (err as Error).message }, "background refresh failed; serving stale"),
  });
  // Write-through: an order a mutation changed is in the hub, and its event out, at once.
  const onOrderWritten = (store: { config: { id: string; tenantId: string } }, order: Order) =>
    ports.hub.writeThrough(store.config.tenantId, store.config.id, order, (err) =>
      logger.warn({ err, storeId: store.config.id }, "order hub write-through failed; the next poll catches up"),
    );
  const service = new BeymenService({
    config,
    sandboxUrl: options.sandboxUrl,
    trees,
    logger,
    source: options.registry ? storeViewsFromRegistry(options.registry, "beymen") : undefined,
    onOrdersRead: (store, orders, readAt) => ports.hub.observe(store.config.tenantId, store.config.id, orders, readAt),
  });
  // Follow the registry: clients are rebuilt and pollers follow the stores as they change.
  const watching = new AbortController();
  if (options.registry) {
    await service.refresh();
    void options.registry.watch(watching.signal, () => service.refresh()).catch((err) => logger.error({ error: (err as Error).message }, "store registry watch stopped"));
  }
  const writes = new BeymenOrderWrites(service, onOrderWritten);
  const refundWrites = new BeymenRefundWrites(service);
  const productWrites = new BeymenProductWrites(service);
  const { schema, sdl } = await buildBeymenSchema();
  const server = createSubgraphServer<BeymenContext>({
    name: "beymen",
    schema,
    logger,
    internalSecret: options.internalSecret,
    requestDeadlineMs: config.subgraphs.requestDeadlineMs,
    context: ({ identity }) => ({ service, writes, refundWrites, productWrites, logger, identity }),
  });
  const poller = createBeymenPoller({
    service,
    lock: ports.lock,
    hub: ports.hub,
    logger,
    intervalMs: config.marketplaces.beymen.pollIntervalMs,
    tiers: config.marketplaces.beymen.pollTiers,
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
