// A round of background work run now and then again every interval after it ends, until stopped.
import { setTimeout as sleep } from "node:timers/promises";

/**
 * Runs `round` now and then `ms` after each one ends, until the signal aborts; resolves when it has
 * stopped. A round that throws is reported and the next runs on time. The wait leaves nothing on the
 * signal behind it (a listener per round would pile up over a long-running process).
 */
export async function repeatEvery(ms: number, signal: AbortSignal, round: () => Promise<unknown>, onError: (err: unknown) => void): Promise<void> {
  while (!signal.aborted) {
    await round().catch(onError);
    await sleep(ms, undefined, { signal }).catch(() => undefined);
  }
}

/**
 * Reads an asynchronous marketplace result (a batch, a price/stock update) until `settled` says it has
 * run — `settled` throws for a result that failed — or the wait is over, then `timedOut()` is thrown.
 */
export async function pollUntilSettled<T>(read: () => Promise<T>, settled: (result: T) => boolean, wait: { waitMs: number; pollMs: number; timedOut: () => Error }): Promise<T> {
  const deadline = Date.now() + wait.waitMs;
  for (;;) {
    const result = await read();
    if (settled(result)) return result;
    if (Date.now() >= deadline) throw wait.timedOut();
    await sleep(wait.pollMs);
  }
}
