// Builds the Trendyol subgraph from config and ports: its service, writes, schema and order source on
// the shared marketplace kit (runtime/marketplace-subgraph.ts). Nothing listens until the caller says so.
import { assembleMarketplaceSubgraph, buildFederatedSubgraph, type MarketplaceSubgraphOptions, marketplaceParts, productChannel } from "@pazargraph/runtime";
import type { TrendyolContext } from "./context.ts";
import { TrendyolApiResolver } from "./schema/api.ts";
import { TrendyolMutationsResolver } from "./schema/mutations.ts";
import { TrendyolService } from "./service.ts";
import { trendyolListingSource } from "./sync/listings.ts";
import { createTrendyolPoller } from "./sync/source.ts";
import { TrendyolOrderWrites } from "./writes/orders.ts";
import { TrendyolProductWrites } from "./writes/products.ts";

export function buildTrendyolSchema() {
  return buildFederatedSubgraph({ resolvers: [TrendyolApiResolver, TrendyolMutationsResolver] });
}

export async function buildTrendyolSubgraph(options: MarketplaceSubgraphOptions) {
  const { config, ports, logger } = options;
  const { settings, trees, source, observe, written } = marketplaceParts(options, "trendyol");
  const service = new TrendyolService({ config, sandboxUrl: options.sandboxUrl, trees, logger, source, onOrdersRead: observe });
  const orders = new TrendyolOrderWrites(service, written);
  const products = new TrendyolProductWrites(service);
  const { schema, sdl } = await buildTrendyolSchema();
  return assembleMarketplaceSubgraph(options, {
    name: "trendyol",
    service,
    schema,
    sdl,
    context: (identity): TrendyolContext => ({ service, orders, products, logger, identity }),
    poller: createTrendyolPoller({ service, lock: ports.lock, hub: ports.hub, logger, intervalMs: settings.pollIntervalMs, tiers: settings.pollTiers }),
    products: productChannel(trendyolListingSource(service), {
      stock: (store, listing, quantity) => products.sendAndSettle(store, { barcode: listing.code, quantity }),
      price: (store, listing, amount) => products.sendAndSettle(store, { barcode: listing.code, listPrice: amount, salePrice: amount }),
    }),
  });
}
