// Per-operation context of the Pazarama subgraph.
import type { Identity, Logger } from "@pazargraph/runtime";
import type { PazaramaService } from "./service.ts";
import type { PazaramaWrites } from "./writes/orders.ts";
import type { PazaramaProductWrites } from "./writes/products.ts";

export interface PazaramaContext {
  service: PazaramaService;
  writes: PazaramaWrites;
  products: PazaramaProductWrites;
  logger: Logger;
  /** The caller, as the gateway signed it; undefined when the subgraph runs without a secret (tests). */
  identity?: Identity;
}
