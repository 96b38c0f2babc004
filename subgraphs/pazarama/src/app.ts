// Builds the Pazarama subgraph from config and ports: its service, writes, schema and order source on
// the shared marketplace kit (runtime/marketplace-subgraph.ts). Nothing listens until the caller says so.

import { assembleMarketplaceSubgraph, buildFederatedSubgraph, type MarketplaceSubgraphOptions, marketplaceParts, productChannel } from "@pazargraph/runtime";
import type { PazaramaContext } from "./context.ts";
import { PazaramaApiResolver } from "./schema/pazarama-api.ts";
import { PazaramaMutationsResolver } from "./schema/pazarama-mutations.ts";
import { PazaramaOrderResolver } from "./schema/pazarama-order.ts";
import { PazaramaProductReadsResolver, PazaramaProductWritesResolver } from "./schema/pazarama-products.ts";
import { PazaramaService } from "./service.ts";
import { pazaramaListingSource } from "./sync/listings.ts";
import { createPoller } from "./sync/poller.ts";
import { PazaramaWrites } from "./writes/orders.ts";
import { PazaramaProductWrites } from "./writes/products.ts";

/** What the Pazarama subgraph is built from (every marketplace subgraph takes the same). */
export type PazaramaSubgraphOptions = MarketplaceSubgraphOptions;

export async function buildPazaramaSchema() {
  return buildFederatedSubgraph({
    resolvers: [PazaramaApiResolver, PazaramaMutationsResolver, PazaramaProductReadsResolver, PazaramaProductWritesResolver, PazaramaOrderResolver],
    // An Order reference is its id; the one field this subgraph adds reads Pazarama by it.
    referenceResolvers: { Order: { __resolveReference: async (ref) => ({ id: String(ref.id) }) } },
  });
}

export async function buildPazaramaSubgraph(options: PazaramaSubgraphOptions) {
  const { config, ports, logger } = options;
  const { settings, trees, source, observe, written } = marketplaceParts(options, "pazarama");
  const service = new PazaramaService({ config, sandboxUrl: options.sandboxUrl, trees, logger, source, onOrdersRead: observe });
  const writes = new PazaramaWrites(service, written);
  const products = new PazaramaProductWrites(service, { waitMs: settings.listingWaitMs });
  const { schema, sdl } = await buildPazaramaSchema();
  return assembleMarketplaceSubgraph(options, {
    name: "pazarama",
    service,
    schema,
    sdl,
    context: (identity): PazaramaContext => ({ service, writes, products, logger, identity }),
    poller: createPoller({ service, lock: ports.lock, hub: ports.hub, logger, intervalMs: settings.pollIntervalMs, tiers: settings.pollTiers }),
    products: productChannel(pazaramaListingSource(service), {
      stock: (store, listing, quantity) => products.updatePriceAndStock(store, { productId: listing.id, stock: quantity }),
      price: (store, listing, amount) => products.updatePriceAndStock(store, { productId: listing.id, listPrice: amount, salePrice: amount }),
    }),
  });
}
