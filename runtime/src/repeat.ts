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
