// Trendyol's product source for the catalogue's listings (runtime/listing-sync.ts): every product of
// a store, read 200 at a time (Trendyol's largest page).
import { type ListingSource, readAllProducts } from "@pazargraph/runtime";
import { LIMITS, type TrendyolService, type TrendyolStore } from "../service.ts";

export function trendyolListingSource(service: TrendyolService): ListingSource<TrendyolStore> {
  return {
    marketplace: "trendyol",
    *stores() {
      for (const s of service.stores.values())
        yield { id: s.config.id, tenantId: s.config.tenantId, active: s.config.active, handle: s, defaultWarehouse: s.config.settings.defaultWarehouse };
    },
    readAll: (store) => readAllProducts((after) => service.products(store, undefined, undefined, LIMITS.productsPageSize, after)),
  };
}
