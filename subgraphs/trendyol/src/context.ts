// Per-operation context of the Trendyol subgraph.
import type { Identity, Logger } from "@pazargraph/runtime";
import type { TrendyolService } from "./service.ts";
import type { TrendyolOrderWrites } from "./writes/orders.ts";
import type { TrendyolProductWrites } from "./writes/products.ts";

export interface TrendyolContext {
  service: TrendyolService;
  orders: TrendyolOrderWrites;
  products: TrendyolProductWrites;
  logger: Logger;
  /** The caller, as the gateway signed it; undefined when the subgraph runs without a secret (tests). */
  identity?: Identity;
}
