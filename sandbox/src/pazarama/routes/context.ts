// What every Pazarama route plugin is given: the sandbox's state and clock, its options, the live
// tokens, what the write plugins keep, call counts and faults.
import type { FaultInjector } from "../../common/faults.ts";
import type { PazaramaSandboxOptions } from "../app.ts";
import type { PazaramaData } from "../data.ts";
import type { PazaramaWriteState } from "./order-writes.ts";
import type { PazaramaProductState } from "./product-writes.ts";

export interface PazaramaRouteContext {
  data: PazaramaData;
  now: () => number;
  /** How far the admin API has moved the clock forward. */
  clock: { offsetMs: number };
  options: PazaramaSandboxOptions;
  /** Live bearer tokens and when each expires. */
  tokens: Map<string, number>;
  /** What the write plugins keep that the listings do not show (set when they register). */
  state: { writes?: PazaramaWriteState; products?: PazaramaProductState };
  stats: Map<string, number>;
  faults: FaultInjector;
}
