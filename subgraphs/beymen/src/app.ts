// Builds the Beymen subgraph from config and ports: its service, writes, schema and order source on
// the shared marketplace kit (runtime/marketplace-subgraph.ts). Nothing listens until the caller says so.

import { assembleMarketplaceSubgraph, buildFederatedSubgraph, type MarketplaceSubgraphOptions, marketplaceParts, productChannel } from "@pazargraph/runtime";
import type { BeymenContext } from "./context.ts";
import { BeymenApiResolver, BeymenBatchResolver } from "./schema/beymen-api.ts";
import { BeymenMutationsResolver } from "./schema/beymen-mutations.ts";
import { BeymenService } from "./service.ts";
import { beymenListingSource } from "./sync/listings.ts";
import { createBeymenPoller } from "./sync/poller.ts";
import { BeymenOrderWrites } from "./writes/orders.ts";
import { BeymenProductWrites } from "./writes/products.ts";
import { BeymenRefundWrites } from "./writes/refunds.ts";

/** What the Beymen subgraph is built from (every marketplace subgraph takes the same). */
export type BeymenSubgraphOptions = MarketplaceSubgraphOptions;

export async function buildBeymenSchema() {
  return buildFederatedSubgraph({ resolvers: [BeymenApiResolver, BeymenBatchResolver, BeymenMutationsResolver] });
}

export async function buildBeymenSubgraph(options: BeymenSubgraphOptions) {
  const { config, ports, logger } = options;
  const { settings, trees, source, observe, written } = marketplaceParts(options, "beymen");
  const service = new BeymenService({ config, sandboxUrl: options.sandboxUrl, trees, logger, source, onOrdersRead: observe });
  const writes = new BeymenOrderWrites(service, written);
  const refundWrites = new BeymenRefundWrites(service);
  const productWrites = new BeymenProductWrites(service);
  const { schema, sdl } = await buildBeymenSchema();
  return assembleMarketplaceSubgraph(options, {
    name: "beymen",
    service,
    schema,
    sdl,
    context: (identity): BeymenContext => ({ service, writes, refundWrites, productWrites, logger, identity }),
    poller: createBeymenPoller({ service, lock: ports.lock, hub: ports.hub, logger, intervalMs: settings.pollIntervalMs, tiers: settings.pollTiers }),
    products: productChannel(beymenListingSource(service), {
      stock: (store, listing, quantity) => productWrites.updatePriceAndStock(store, { productId: listing.id, stock: quantity }),
      price: (store, listing, amount) => productWrites.updatePriceAndStock(store, { productId: listing.id, listPrice: amount, salePrice: amount }),
    }),
  });
}
