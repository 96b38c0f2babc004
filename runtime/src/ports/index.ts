// Builds the ports for a mode: the database (PostgreSQL, or PGlite in the data folder or in memory)
// with the order hub and its event log, and memory (the embedded default) or Redis for cache, event
// fan-out and locks.
import { type Database, openDatabase } from "@pazargraph/db";
import type { Config } from "../config.ts";
import { OrderEventLog, type OrderEventLogOptions } from "../order-events.ts";
import { OrderHub } from "../order-hub.ts";
import { type CacheStore, createMemoryCache, createRedisCache } from "./cache.ts";
import { createMemoryEventBus, createRedisEventBus, type EventBus } from "./event-bus.ts";
import { createSqlKeyValueStore, importDataFolder, type KeyValueStore, moveLegacyRecords } from "./kv.ts";
import { createMemoryLock, createRedisLock, type Lock } from "./lock.ts";
import { connectRedis, type RedisClient } from "./redis.ts";

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
  /** The order hub: every store's orders, written by the pollers. */
  hub: OrderHub;
  /** The order events the hub records, kept and relayed to subscribers. */
  orderEvents: OrderEventLog;
  database: Database;
  /** Redis mode: the client and key prefix (for what counts across replicas, such as rate limits). */
  redis?: { client: RedisClient; prefix: string };
  close(): Promise<void>;
}

/**
 * Where durable records go: PostgreSQL (`databaseUrl`), else PGlite in `dataDir`, else PGlite in
 * memory (tests). An embedded data folder from an earlier version is imported into it once.
 */
export interface DurableMode {
  databaseUrl?: string;
  dataDir?: string;
  /** Import an earlier version's JSON files from dataDir (the embedded default on PGlite). */
  importDataFolder?: boolean;
  events?: OrderEventLogOptions;
}

export type PortsMode = ({ kind: "memory" } & DurableMode) | ({ kind: "redis"; url: string; prefix?: string } & DurableMode);

async function durableKv(mode: DurableMode): Promise<{ kv: KeyValueStore; database: Database }> {
  const database = await openDatabase({ url: mode.databaseUrl, dataDir: mode.dataDir });
  const kv = createSqlKeyValueStore(database);
  if (mode.importDataFolder && mode.dataDir && !mode.databaseUrl) await importDataFolder(kv, mode.dataDir);
  await moveLegacyRecords(database);
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
        // In-process fan-out only: what must survive a crash (the order events) is in the database.
        events: createMemoryEventBus(),
        lock: createMemoryLock(),
        kv,
      };
  const orderEvents = new OrderEventLog(database.db, ports.events, mode.events);
  return {
    ...ports,
    database,
    redis: client ? { client, prefix: p } : undefined,
    orderEvents,
    hub: new OrderHub(database.db, (id) => orderEvents.wake(id)),
    close: async () => {
      orderEvents.close();
      await closeAll(ports);
      await client?.quit().catch(() => client.destroy());
      await database.close();
    },
  };
}

/** The ports a configuration asks for. */
export function portsModeOf(config: Readonly<Config>): PortsMode {
  const durable = { databaseUrl: config.database.url, dataDir: config.mode.dataDir, importDataFolder: config.mode.kind === "embedded" };
  return config.mode.kind === "redis" ? { kind: "redis", url: config.mode.url, prefix: config.mode.prefix, ...durable } : { kind: "memory", ...durable };
}

async function closeAll(p: Pick<Ports, "cache" | "events" | "lock" | "kv">) {
  await Promise.all([p.cache.close(), p.events.close(), p.lock.close(), p.kv.close()]);
}
