// Lock port: a lease with a TTL, owned by a token, so that one replica runs a poller or a crawl.
import { randomUUID } from "node:crypto";
import type { RedisClient } from "./redis.ts";

export interface Lock {
  /** Takes the lease if free; returns the owner token, or null when another owner holds it. */
  acquire(key: string, ttlMs: number): Promise<string | null>;
  /** Extends the lease if `token` still owns it. */
  renew(key: string, token: string, ttlMs: number): Promise<boolean>;
  /** Gives the lease up if `token` still owns it. */
  release(key: string, token: string): Promise<boolean>;
  close(): Promise<void>;
}

export function createMemoryLock(now: () => number = Date.now): Lock {
  const leases = new Map<string, { token: string; expiresAt: number }>();
  const live = (key: string) => {
    const l = leases.get(key);
    if (l && l.expiresAt <= now()) {
      leases.delete(key);
      return undefined;
    }
    return l;
  };
  return {
    async acquire(key, ttlMs) {
      if (live(key)) return null;
      const token = randomUUID();
      leases.set(key, { token, expiresAt: now() + ttlMs });
      return token;
    },
    async renew(key, token, ttlMs) {
      const l = live(key);
      if (!l || l.token !== token) return false;
      l.expiresAt = now() + ttlMs;
      return true;
    },
    async release(key, token) {
      const l = live(key);
      if (!l || l.token !== token) return false;
      leases.delete(key);
      return true;
    },
    async close() {
      leases.clear();
    },
  };
}

const RENEW = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";
const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

export function createRedisLock(client: RedisClient, prefix = "pg:lock:"): Lock {
  return {
    async acquire(key, ttlMs) {
      const token = randomUUID();
      const ok = await client.set(prefix + key, token, { condition: "NX", expiration: { type: "PX", value: ttlMs } });
      return ok === "OK" ? token : null;
    },
    async renew(key, token, ttlMs) {
      return Number(await client.eval(RENEW, { keys: [prefix + key], arguments: [token, String(ttlMs)] })) === 1;
    },
    async release(key, token) {
      return Number(await client.eval(RELEASE, { keys: [prefix + key], arguments: [token] })) === 1;
    },
    async close() {},
  };
}
