// What every Beymen route plugin is given: the sandbox's state and clock, its options, its call counts and faults.
import type { FaultInjector } from "../../common/faults.ts";
import type { BeymenSandboxOptions } from "../app.ts";
import type { BeymenData } from "../data.ts";

export interface BeymenRouteContext {
  data: BeymenData;
  now: () => number;
  options: BeymenSandboxOptions;
  stats: Map<string, number>;
  faults: FaultInjector;
}
