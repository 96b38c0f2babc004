// Stale-while-revalidate with single-flight over the cache port: how the category tree and brand
// list are kept in L2. A fresh value is served as is; a stale one is served while one refresh runs in
// the background; a missing one is built once, however many requests (or replicas, through the lock
// port) ask at the same time.
import { metrics } from "./metrics.ts";
import type { CacheStore } from "./ports/cache.ts";
import type { Lock } from "./ports/lock.ts";

export interface SwrCacheOptions {
  cache: CacheStore;
  /** Cross-replica single flight; without it, single flight is per process. */
  lock?: Lock;
  /** How long a value is fresh. */
  ttlSeconds: number;
  /** How long after that a stale value may still be served while it is refreshed. */
  staleSeconds: number;
  /** How long a builder may hold the build lock. @default 120000 */
  buildLockMs?: number;
  onError?: (key: string, err: unknown) => void;
  now?: () => number;
}

interface Entry<T> {
  value: T;
  freshUntil: number;
}

export interface SwrCache {
  get<T>(key: string, build: () => Promise<T>): Promise<T>;
  invalidate(key: string): Promise<void>;
}

export function createSwrCache(options: SwrCacheOptions): SwrCache {
  const now = options.now ?? Date.now;
  const inflight = new Map<string, Promise<unknown>>();
  const buildLockMs = options.buildLockMs ?? 120_000;

  async function rebuild<T>(key: string, build: () => Promise<T>): Promise<T> {
    const running = inflight.get(key) as Promise<T> | undefined;
    if (running) return running;
    const p = (async () => {
      let token: string | null = null;
      if (options.lock) {
        // Another replica is building: wait for its value rather than crawl the marketplace again.
        const deadline = now() + buildLockMs;
        for (;;) {
          token = await options.lock.acquire(`swr:${key}`, buildLockMs);
          if (token !== null) break;
          await new Promise((r) => setTimeout(r, 100));
          const entry = await options.cache.get<Entry<T>>(key);
          if (entry && entry.freshUntil > now()) return entry.value;
          if (now() > deadline) break;
        }
      }
      try {
        const value = await build();
        const entry: Entry<T> = { value, freshUntil: now() + options.ttlSeconds * 1000 };
        await options.cache.set(key, entry, options.ttlSeconds + options.staleSeconds);
        return value;
      } finally {
        if (token && options.lock) await options.lock.release(`swr:${key}`, token);
      }
    })().finally(() => inflight.delete(key));
    inflight.set(key, p);
    return p;
  }

  return {
    async get<T>(key: string, build: () => Promise<T>): Promise<T> {
      const entry = await options.cache.get<Entry<T>>(key);
      metrics.cache.inc({ cache: "l2", result: entry ? "hit" : "miss" });
      if (entry) {
        if (entry.freshUntil <= now() && !inflight.has(key)) {
          rebuild(key, build).catch((err) => options.onError?.(key, err));
        }
        return entry.value;
      }
      return rebuild(key, build);
    },
    async invalidate(key) {
      await options.cache.delete(key);
    },
  };
}
