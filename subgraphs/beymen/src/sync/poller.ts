// Beymen's order source for the shared poller (runtime/order-poller.ts): the packages placed in the
// last four weeks, grouped into orders by order number, fingerprinted by line statuses. Divided and
// partially cancelled packages keep their order number, so a split shows as STATUS_CHANGED of the order.
import {
  createOrderPoller,
  type EventBus,
  type KeyValueStore,
  type Lock,
  type Logger,
  type OrderHub,
  type OrderPoller,
  type OrderSource,
  toIstanbulIso,
} from "@pazargraph/runtime";
import { Marketplace } from "@pazargraph/schema";
import { groupPackages, lineId, lineStatusOf, mapOrder, orderStatusOfPackages } from "../map/order.ts";
import type { BmPackage } from "../rest/types.ts";
import type { BeymenService, BeymenStore } from "../service.ts";

const LOOKBACK_MS = 28 * 86400_000;

export function beymenOrderSource(service: BeymenService): OrderSource<BeymenStore, BmPackage[]> {
  return {
    marketplace: Marketplace.BEYMEN,
    *stores() {
      for (const s of service.stores.values()) yield { id: s.config.id, tenantId: s.config.tenantId, active: s.config.active, handle: s };
    },
    async readRecent(store, end) {
      const packages = await service.readAllPackagesConsistently(store, {
        startDate: toIstanbulIso(new Date(end.getTime() - LOOKBACK_MS)).slice(0, 19),
        endDate: toIstanbulIso(new Date(end.getTime() + 60_000)).slice(0, 19),
      });
      return groupPackages(packages);
    },
    key: (packages) => packages[0].orderNumber,
    fingerprint: (storeId, packages) => ({
      status: orderStatusOfPackages(packages),
      lines: packages
        .flatMap((p) => p.shipmentLines.map((l) => `${lineId(storeId, p, l)}=${lineStatusOf(p, l)}`))
        .sort()
        .join(","),
    }),
    toOrder: mapOrder,
  };
}

export function createBeymenPoller(options: {
  service: BeymenService;
  events: EventBus;
  lock: Lock;
  kv: KeyValueStore;
  logger: Logger;
  intervalMs: number;
  hub?: OrderHub;
}): OrderPoller<BeymenStore> {
  return createOrderPoller({ ...options, source: beymenOrderSource(options.service) });
}
