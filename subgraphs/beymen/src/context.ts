// Per-operation context of the Beymen subgraph.
import type { Identity, Logger } from "@pazargraph/runtime";
import type { BeymenOrderWrites } from "./order-writes.ts";
import type { BeymenService } from "./service.ts";

export interface BeymenContext {
  service: BeymenService;
  writes: BeymenOrderWrites;
  logger: Logger;
  /** The caller, as the gateway signed it; undefined when the subgraph runs without a secret (tests). */
  identity?: Identity;
}
