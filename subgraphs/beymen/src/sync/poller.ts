// Beymen's order source for the shared poller (runtime/order-poller.ts): the packages placed in a
// window (at most four weeks back), grouped into orders by order number. Packages are filtered by
// their order's date, so every package of an order falls in the same windows; divided and partially
// cancelled packages keep their order number, so a split shows as a change of the order.
import { createOrderPoller, type Lock, type Logger, type OrderHub, type OrderPoller, type OrderSource, type PollTier, toIstanbulIso } from "@pazargraph/runtime";
import { Marketplace } from "@pazargraph/schema";
import { groupPackages, mapOrder } from "../map/order.ts";
import type { BmPackage } from "../rest/types.ts";
import type { BeymenService, BeymenStore } from "../service.ts";

const LOOKBACK_MS = 28 * 86400_000;

export function beymenOrderSource(service: BeymenService): OrderSource<BeymenStore, BmPackage[]> {
  return {
    marketplace: Marketplace.BEYMEN,
    *stores() {
      for (const s of service.stores.values()) yield { id: s.config.id, tenantId: s.config.tenantId, active: s.config.active, handle: s };
    },
    maxWindowMs: LOOKBACK_MS,
    async read(store, from, end) {
      const packages = await service.readAllPackagesConsistently(store, {
        startDate: toIstanbulIso(from).slice(0, 19),
        endDate: toIstanbulIso(new Date(end.getTime() + 60_000)).slice(0, 19),
      });
      return groupPackages(packages);
    },
    key: (packages) => packages[0].orderNumber,
    toOrder: mapOrder,
  };
}

export function createBeymenPoller(options: {
  service: BeymenService;
  lock: Lock;
  logger: Logger;
  intervalMs: number;
  tiers?: PollTier[];
  hub: OrderHub;
}): OrderPoller<BeymenStore> {
  return createOrderPoller({ ...options, source: beymenOrderSource(options.service) });
}
