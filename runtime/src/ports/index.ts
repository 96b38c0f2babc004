import { join } from "node:path";
// Builds the four ports for a mode: memory (+ a data folder) for the embedded default, or Redis.
import { type CacheStore, createMemoryCache, createRedisCache } from "./cache.ts";
import { createMemoryEventBus, createRedisEventBus, type EventBus } from "./event-bus.ts";
import { createFileKeyValueStore, createMemoryKeyValueStore, createRedisKeyValueStore, type KeyValueStore } from "./kv.ts";
import { createMemoryLock, createRedisLock, type Lock } from "./lock.ts";
import { connectRedis } from "./redis.ts";

export * from "./cache.ts";
export * from "./event-bus.ts";
export * from "./kv.ts";
export * from "./lock.ts";
export * from "./redis.ts";

export interface Ports {
  cache: CacheStore;
  events: EventBus;
  lock: Lock;
  kv: KeyValueStore;
  close(): Promise<void>;
}

export type PortsMode = { kind: "memory"; dataDir?: string } | { kind: "redis"; url: string; prefix?: string };

export async function createPorts(mode: PortsMode): Promise<Ports> {
  if (mode.kind === "memory") {
    const ports = {
      cache: createMemoryCache(),
      // The embedded default keeps its event log in the data folder, so a crash loses no event.
      events: createMemoryEventBus(mode.dataDir ? { file: join(mode.dataDir, "events.log") } : {}),
      lock: createMemoryLock(),
      kv: mode.dataDir ? createFileKeyValueStore(mode.dataDir) : createMemoryKeyValueStore(),
    };
    return { ...ports, close: () => closeAll(ports) };
  }
  const client = await connectRedis(mode.url);
  const p = mode.prefix ?? "pg:";
  const ports = {
    cache: createRedisCache(client, `${p}cache:`),
    events: createRedisEventBus(client, { prefix: `${p}events:` }),
    lock: createRedisLock(client, `${p}lock:`),
    kv: createRedisKeyValueStore(client, `${p}kv:`),
  };
  return {
    ...ports,
    close: async () => {
      await closeAll(ports);
      await client.quit().catch(() => client.destroy());
    },
  };
}

async function closeAll(p: Omit<Ports, "close">) {
  await Promise.all([p.cache.close(), p.events.close(), p.lock.close(), p.kv.close()]);
}
