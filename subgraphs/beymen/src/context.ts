// Per-operation context of the Beymen subgraph.
import type { Logger } from "@pazargraph/runtime";
import type { BeymenService } from "./service.ts";

export interface BeymenContext {
  service: BeymenService;
  logger: Logger;
}
