import { join } from "node:path";
import { type Database, openDatabase } from "@pazargraph/db";
import type { Config } from "../config.ts";
import { OrderHub } from "../order-hub.ts";
// Builds the four ports for a mode: memory (+ a data folder) for the embedded default, or Redis.
import { type CacheStore, createMemoryCache, createRedisCache } from "./cache.ts";
import { createMemoryEventBus, createRedisEventBus, type EventBus } from "./event-bus.ts";
import { createMemoryKeyValueStore, createSqlKeyValueStore, importDataFolder, type KeyValueStore } from "./kv.ts";
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
  /** The order hub, where a database is configured (not in unit tests' memory ports). */
  hub?: OrderHub;
  close(): Promise<void>;
}

/**
 * Where durable records go: PostgreSQL (`databaseUrl`), else PGlite in `dataDir`, else memory (unit
 * tests only). An embedded data folder from an earlier version is imported into it once.
 */
export interface DurableMode {
  databaseUrl?: string;
  dataDir?: string;
  /** Import an earlier version's JSON files from dataDir (the embedded default on PGlite). */
  importDataFolder?: boolean;
}

export type PortsMode = ({ kind: "memory" } & DurableMode) | ({ kind: "redis"; url: string; prefix?: string } & DurableMode);

async function durableKv(mode: DurableMode): Promise<{ kv: KeyValueStore; database?: Database }> {
  if (!mode.databaseUrl && !mode.dataDir) return { kv: createMemoryKeyValueStore() };
  const database = await openDatabase({ url: mode.databaseUrl, dataDir: mode.dataDir });
  const kv = createSqlKeyValueStore(database);
  if (mode.importDataFolder && mode.dataDir && !mode.databaseUrl) await importDataFolder(kv, mode.dataDir);
  return { kv, database };
}

export async function createPorts(mode: PortsMode): Promise<Ports> {
  const { kv, database } = await durableKv(mode);
  const client = mode.kind === "redis" ? await connectRedis(mode.url) : null;
  const p = mode.kind === "redis" ? (mode.prefix ?? "pg:") : "";
  const ports = client
    ? {
        cache: createRedisCache(client, `${p}cache:`),
        events: createRedisEventBus(client, { prefix: `${p}events:` }),
        lock: createRedisLock(client, `${p}lock:`),
        kv,
      }
    : {
        cache: createMemoryCache(),
        // The embedded default keeps its event log in the data folder, so a crash loses no event.
        events: createMemoryEventBus(mode.dataDir ? { file: join(mode.dataDir, "events.log") } : {}),
        lock: createMemoryLock(),
        kv,
      };
  return {
    ...ports,
    hub: database ? new OrderHub(database.db) : undefined,
    close: async () => {
      await closeAll(ports);
      await client?.quit().catch(() => client.destroy());
      await database?.close();
    },
  };
}

/** The ports a configuration asks for. */
export function portsModeOf(config: Readonly<Config>): PortsMode {
  const durable = { databaseUrl: config.database.url, dataDir: config.mode.dataDir, importDataFolder: config.mode.kind === "embedded" };
  return config.mode.kind === "redis" ? { kind: "redis", url: config.mode.url, prefix: config.mode.prefix, ...durable } : { kind: "memory", ...durable };
}

async function closeAll(p: Omit<Ports, "close">) {
  await Promise.all([p.cache.close(), p.events.close(), p.lock.close(), p.kv.close()]);
}
