// Deadlines that travel with the work: a subgraph runs each request under one (AsyncLocalStorage), and
// every marketplace call made for it is cut to what is left, so a hung marketplace makes the field fail
// with TIMEOUT before the gateway stops waiting for the subgraph, and the rest of the answer survives.
import { AsyncLocalStorage } from "node:async_hooks";

const store = new AsyncLocalStorage<{ at: number }>();

/** Runs fn with a deadline `ms` from now (an outer, earlier deadline stays in force). */
export function withDeadline<T>(ms: number, fn: () => T): T {
  const outer = store.getStore()?.at ?? Number.POSITIVE_INFINITY;
  return store.run({ at: Math.min(outer, Date.now() + ms) }, fn);
}

/** Milliseconds left before the current deadline; Infinity outside any. */
export function remainingMs(): number {
  const at = store.getStore()?.at;
  return at === undefined ? Number.POSITIVE_INFINITY : at - Date.now();
}

const counters = new AsyncLocalStorage<{ calls: number }>();

/** Runs fn counting into `counter` the marketplace HTTP requests made under it (retries and token requests included). */
export function countingRestCalls<T>(counter: { calls: number }, fn: () => Promise<T>): Promise<T> {
  return counters.run(counter, fn);
}

/** Called by the REST client for each HTTP request it sends. */
export function countRestCall(): void {
  const c = counters.getStore();
  if (c) c.calls++;
}
