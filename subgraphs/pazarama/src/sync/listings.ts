// Pazarama's product source for the catalogue's listings (runtime/listing-sync.ts): every product of
// a store, read 250 at a time (product/products' documented example page).
import { type ListingSource, readAllProducts } from "@pazargraph/runtime";
import { LIMITS, type PazaramaService, type PazaramaStore } from "../service.ts";

export function pazaramaListingSource(service: PazaramaService): ListingSource<PazaramaStore> {
  return {
    marketplace: "pazarama",
    *stores() {
      for (const s of service.stores.values())
        yield { id: s.config.id, tenantId: s.config.tenantId, active: s.config.active, handle: s, defaultWarehouse: s.config.settings.defaultWarehouse };
    },
    readAll: (store) => readAllProducts((after) => service.products(store, undefined, undefined, LIMITS.productsPageSize, after)),
  };
}
