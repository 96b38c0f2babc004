// Beymen's product source for the catalogue's listings (runtime/listing-sync.ts): every product of a
// store, read 100 at a time (Beymen's largest page).
import { type ListingSource, readAllProducts } from "@pazargraph/runtime";
import { type BeymenService, type BeymenStore, LIMITS } from "../service.ts";

export function beymenListingSource(service: BeymenService): ListingSource<BeymenStore> {
  return {
    marketplace: "beymen",
    *stores() {
      for (const s of service.stores.values())
        yield { id: s.config.id, tenantId: s.config.tenantId, active: s.config.active, handle: s, defaultWarehouse: s.config.settings.defaultWarehouse };
    },
    readAll: (store) => readAllProducts((after) => service.products(store, {}, LIMITS.pageSize, after)),
  };
}
