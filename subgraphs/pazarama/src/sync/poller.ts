// Pazarama's order source for the shared poller (runtime/order-poller.ts): orders by creation date, at
// most the last four weeks (always inside Pazarama's one-month window, whatever the month).
import { createOrderPoller, type Lock, type Logger, type OrderHub, type OrderPoller, type OrderSource, type PollTier } from "@pazargraph/runtime";
import { Marketplace } from "@pazargraph/schema";
import { mapOrder } from "../map/order.ts";
import type { PzOrder } from "../rest/types.ts";
import { resolveOrderWindow } from "../rest/window.ts";
import type { PazaramaService, PazaramaStore } from "../service.ts";

/** Four weeks: always inside Pazarama's one-month window, whatever the month. */
const LOOKBACK_MS = 28 * 86400_000;

export interface PollerOptions {
  service: PazaramaService;
  lock: Lock;
  logger: Logger;
  intervalMs: number;
  tiers?: PollTier[];
  now?: () => Date;
  hub: OrderHub;
}

export type Poller = OrderPoller<PazaramaStore>;

export function pazaramaOrderSource(service: PazaramaService): OrderSource<PazaramaStore, PzOrder> {
  return {
    marketplace: Marketplace.PAZARAMA,
    *stores() {
      for (const s of service.stores.values()) yield { id: s.config.id, tenantId: s.config.tenantId, active: s.config.active, handle: s };
    },
    maxWindowMs: LOOKBACK_MS,
    read(store, from, end) {
      const window = resolveOrderWindow(from.toISOString(), new Date(end.getTime() + 60_000).toISOString(), end);
      return service.readAllOrders(store, window);
    },
    key: (o) => String(o.orderNumber),
    toOrder: mapOrder,
  };
}

export function createPoller(options: PollerOptions): Poller {
  return createOrderPoller({ ...options, source: pazaramaOrderSource(options.service) });
}
