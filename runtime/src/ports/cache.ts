// Cache port: a shared key → JSON value store with a TTL. L2 of the design (Redis in Redis mode).
import type { RedisClient } from "./redis.ts";

export interface CacheStore {
  get<T>(key: string): Promise<T | undefined>;
  /** Stores `value` for `ttlSeconds` (a whole or fractional number of seconds, > 0). */
  set(key: string, value: unknown, ttlSeconds: number): Promise<void>;
  delete(key: string): Promise<void>;
  close(): Promise<void>;
}

export function createMemoryCache(now: () => number = Date.now): CacheStore {
  const entries = new Map<string, { json: string; expiresAt: number }>();
  return {
    async get<T>(key: string) {
      const e = entries.get(key);
      if (!e) return undefined;
      if (e.expiresAt <= now()) {
        entries.delete(key);
        return undefined;
      }
      return JSON.parse(e.json) as T;
    },
    async set(key, value, ttlSeconds) {
      // Stored as JSON so that callers get copies, exactly as from Redis.
      entries.set(key, { json: JSON.stringify(value), expiresAt: now() + ttlSeconds * 1000 });
    },
    async delete(key) {
      entries.delete(key);
    },
    async close() {
      entries.clear();
    },
  };
}

export function createRedisCache(client: RedisClient, prefix = "pg:cache:"): CacheStore {
  return {
    async get<T>(key: string) {
      const raw = await client.get(prefix + key);
      return raw == null ? undefined : (JSON.parse(String(raw)) as T);
    },
    async set(key, value, ttlSeconds) {
      await client.set(prefix + key, JSON.stringify(value), { expiration: { type: "PX", value: Math.max(1, Math.round(ttlSeconds * 1000)) } });
    },
    async delete(key) {
      await client.del(prefix + key);
    },
    async close() {},
  };
}
