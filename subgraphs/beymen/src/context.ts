// Per-operation context of the Beymen subgraph.
import type { Identity, Logger } from "@pazargraph/runtime";
import type { BeymenService } from "./service.ts";
import type { BeymenOrderWrites } from "./writes/orders.ts";
import type { BeymenProductWrites } from "./writes/products.ts";
import type { BeymenRefundWrites } from "./writes/refunds.ts";

export interface BeymenContext {
  service: BeymenService;
  writes: BeymenOrderWrites;
  refundWrites: BeymenRefundWrites;
  productWrites: BeymenProductWrites;
  logger: Logger;
  /** The caller, as the gateway signed it; undefined when the subgraph runs without a secret (tests). */
  identity?: Identity;
}
