// Trendyol's order source for the shared poller (runtime/order-poller.ts): packages by creation date,
// within the last 89 days (Trendyol's order list reaches back three months).
import { createOrderPoller, type Lock, type Logger, type OrderHub, type OrderPoller, type OrderSource, type PollTier } from "@pazargraph/runtime";
import { Marketplace } from "@pazargraph/schema";
import { mapOrder } from "../map/order.ts";
import type { TyPackage } from "../rest/types.ts";
import { LIMITS, type TrendyolService, type TrendyolStore } from "../service.ts";

export function trendyolOrderSource(service: TrendyolService): OrderSource<TrendyolStore, TyPackage> {
  return {
    marketplace: Marketplace.TRENDYOL,
    *stores() {
      for (const s of service.stores.values()) yield { id: s.config.id, tenantId: s.config.tenantId, active: s.config.active, handle: s };
    },
    maxWindowMs: LIMITS.lookbackMs,
    read: (store, from, end) => service.readAllPackages(store, { startDate: from.getTime(), endDate: end.getTime() + 60_000 }),
    key: (p) => String(p.id),
    toOrder: mapOrder,
  };
}

export interface TrendyolPollerOptions {
  service: TrendyolService;
  lock: Lock;
  logger: Logger;
  intervalMs: number;
  tiers?: PollTier[];
  hub: OrderHub;
}

export function createTrendyolPoller(options: TrendyolPollerOptions): OrderPoller<TrendyolStore> {
  return createOrderPoller({ ...options, source: trendyolOrderSource(options.service) });
}
