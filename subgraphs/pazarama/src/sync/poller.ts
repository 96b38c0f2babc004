// Pazarama's order source for the shared poller (runtime/order-poller.ts): the last four weeks of
// orders (always inside Pazarama's one-month window), fingerprinted by raw statuses so that only the
// orders that changed are mapped.
import { createOrderPoller, type EventBus, type KeyValueStore, type Lock, type Logger, type OrderHub, type OrderPoller, type OrderSource } from "@pazargraph/runtime";
import { Marketplace } from "@pazargraph/schema";
import { mapOrder, orderStatusOf } from "../map/order.ts";
import { mapItemStatus } from "../map/status.ts";
import type { PzOrder } from "../rest/types.ts";
import type { PazaramaService, PazaramaStore } from "../service.ts";
import { resolveOrderWindow } from "../window.ts";

/** Four weeks: always inside Pazarama's one-month window, whatever the month. */
const LOOKBACK_MS = 28 * 86400_000;

export interface PollerOptions {
  service: PazaramaService;
  events: EventBus;
  lock: Lock;
  kv: KeyValueStore;
  logger: Logger;
  intervalMs: number;
  now?: () => Date;
  hub?: OrderHub;
}

export type Poller = OrderPoller<PazaramaStore>;

export function pazaramaOrderSource(service: PazaramaService): OrderSource<PazaramaStore, PzOrder> {
  return {
    marketplace: Marketplace.PAZARAMA,
    *stores() {
      for (const s of service.stores.values()) yield { id: s.config.id, tenantId: s.config.tenantId, active: s.config.active, handle: s };
    },
    readRecent(store, end) {
      const window = resolveOrderWindow(new Date(end.getTime() - LOOKBACK_MS).toISOString(), new Date(end.getTime() + 60_000).toISOString(), end);
      return service.readAllOrders(store, window);
    },
    key: (o) => String(o.orderNumber),
    fingerprint: (storeId, o) => ({
      status: orderStatusOf(o),
      lines: o.items
        .map((i) => `pazarama:${storeId}:${i.orderItemId}=${mapItemStatus(i.orderItemStatus).status}`)
        .sort()
        .join(","),
    }),
    toOrder: mapOrder,
  };
}

export function createPoller(options: PollerOptions): Poller {
  return createOrderPoller({ ...options, source: pazaramaOrderSource(options.service) });
}
