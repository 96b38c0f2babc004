// ONE contract suite per port, run against every implementation: memory, Redis, and for the
// key-value port PGlite and PostgreSQL.
import assert from "node:assert/strict";
import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { openDatabase } from "@pazargraph/db";
import { createTestDatabase, skipWithoutPostgres } from "../../../test/db.ts";
import { REDIS_URL, skipWithoutRedis, uniquePrefix } from "../../../test/redis.ts";
import { until } from "../../../test/until.ts";
import { ApiKeyStore } from "../api-keys.ts";
import { createSecretBox } from "../secrets.ts";
import { StoreRegistry } from "../store-registry.ts";
import { type CacheStore, createMemoryCache, createRedisCache } from "./cache.ts";
import { compareEventIds, createMemoryEventBus, createRedisEventBus, type EventBus, LIVE } from "./event-bus.ts";
import { createPorts } from "./index.ts";
import { createMemoryKeyValueStore, createSqlKeyValueStore, importDataFolder, type KeyValueStore } from "./kv.ts";
import { createMemoryLock, createRedisLock, type Lock } from "./lock.ts";
import { connectRedis, type RedisClient } from "./redis.ts";

let redis: RedisClient | undefined;
const getRedis = async () => {
  redis ??= await connectRedis(REDIS_URL as string);
  return redis;
};
after(async () => {
  await redis?.quit();
});

type Impl<T> = { name: string; skip?: string | false; make: () => Promise<T> };

const caches: Impl<CacheStore>[] = [
  { name: "memory", make: async () => createMemoryCache() },
  { name: "redis", skip: skipWithoutRedis, make: async () => createRedisCache(await getRedis(), uniquePrefix()) },
];
for (const impl of caches) {
  describe(`cache port (${impl.name})`, { skip: impl.skip }, () => {
    it("returns what was set, as a copy, until the TTL passes", async () => {
      const cache = await impl.make();
      const value = { tree: [{ id: "a", children: [] }], n: 1 };
      await cache.set("k", value, 0.3);
      value.n = 2;
      assert.deepEqual(await cache.get("k"), { tree: [{ id: "a", children: [] }], n: 1 });
      await until(async () => (await cache.get("k")) === undefined, "the entry expires after its 0.3 s TTL", 3000);
    });
    it("deletes and misses cleanly", async () => {
      const cache = await impl.make();
      assert.equal(await cache.get("missing"), undefined);
      await cache.set("k", "v", 10);
      await cache.delete("k");
      assert.equal(await cache.get("k"), undefined);
    });
  });
}

const locks: Impl<Lock>[] = [
  { name: "memory", make: async () => createMemoryLock() },
  { name: "redis", skip: skipWithoutRedis, make: async () => createRedisLock(await getRedis(), uniquePrefix()) },
];
for (const impl of locks) {
  describe(`lock port (${impl.name})`, { skip: impl.skip }, () => {
    it("gives a lease to one owner at a time", async () => {
      const lock = await impl.make();
      const a = await lock.acquire("poller:s1", 5000);
      assert.ok(a);
      assert.equal(await lock.acquire("poller:s1", 5000), null);
      assert.ok(await lock.acquire("poller:s2", 5000), "another key is independent");
    });
    it("renews and releases only for the owner's token", async () => {
      const lock = await impl.make();
      const a = (await lock.acquire("k", 5000)) as string;
      assert.equal(await lock.renew("k", "someone-else", 5000), false);
      assert.equal(await lock.release("k", "someone-else"), false);
      assert.equal(await lock.renew("k", a, 5000), true);
      assert.equal(await lock.release("k", a), true);
      assert.ok(await lock.acquire("k", 5000));
    });
    it("frees the lease when its TTL passes", async () => {
      const lock = await impl.make();
      const a = (await lock.acquire("k", 200)) as string;
      let b: string | null = null;
      await until(
        async () => {
          b = await lock.acquire("k", 200);
          return b !== null;
        },
        "another owner gets the lease once the TTL passes",
        3000,
      );
      assert.notEqual(b, a);
      assert.equal(await lock.renew("k", a, 200), false, "the first owner's token no longer renews");
    });
  });
}

/** A key-value store that closes its database with it (the product's ports close the database themselves). */
const sqlKv = async (url?: string): Promise<KeyValueStore> => {
  const database = await openDatabase({ url });
  return { ...createSqlKeyValueStore(database), close: () => database.close() };
};
const kvs: Impl<KeyValueStore>[] = [
  { name: "memory", make: async () => createMemoryKeyValueStore() },
  { name: "PGlite", make: () => sqlKv() },
  { name: "PostgreSQL", skip: skipWithoutPostgres, make: async () => sqlKv(await createTestDatabase()) },
];
for (const impl of kvs) {
  describe(`key-value port (${impl.name})`, { skip: impl.skip }, () => {
    it("sets, gets, lists and deletes per namespace", async () => {
      const kv = await impl.make();
      await kv.set("stores", "s1", { name: "Mağaza 1" });
      await kv.set("stores", "s2", { name: "Mağaza 2" });
      await kv.set("other", "s1", 1);
      assert.deepEqual(await kv.get("stores", "s1"), { name: "Mağaza 1" });
      assert.deepEqual((await kv.entries("stores")).sort(), [
        ["s1", { name: "Mağaza 1" }],
        ["s2", { name: "Mağaza 2" }],
      ]);
      assert.equal(await kv.delete("stores", "s1"), true);
      assert.equal(await kv.delete("stores", "s1"), false);
      assert.equal(await kv.get("stores", "s1"), undefined);
      assert.deepEqual(await kv.get("other", "s1"), 1);
      await kv.close();
    });
    it("keeps concurrent writes to one namespace", async () => {
      const kv = await impl.make();
      await Promise.all(Array.from({ length: 20 }, (_, i) => kv.set("ns", `k${i}`, i)));
      assert.equal((await kv.entries("ns")).length, 20);
      await kv.close();
    });
  });
}

describe("key-value port (PGlite in a data folder)", () => {
  it("survives a restart, and imports an earlier version's JSON files once", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pg-kv-"));
    await writeFile(join(dir, "stores.json"), JSON.stringify({ s1: { title: "İstanbul Mağazası" } }));
    await writeFile(join(dir, "api-keys.json"), JSON.stringify({ k1: { tenantId: "t" }, k2: { tenantId: "u" } }));
    const first = await openDatabase({ dataDir: dir });
    const kv = createSqlKeyValueStore(first);
    assert.equal(await importDataFolder(kv, dir), 3);
    await kv.set("stores", "s1", { title: "changed after the import" });
    await first.close();
    const second = await openDatabase({ dataDir: dir });
    const again = createSqlKeyValueStore(second);
    assert.equal(await importDataFolder(again, dir), 0, "imported once");
    assert.deepEqual(await again.get("stores", "s1"), { title: "changed after the import" });
    assert.equal((await again.entries("api-keys")).length, 2);
    await second.close();
    await rm(dir, { recursive: true });
  });

  it("moves stores and API keys an earlier version kept as records into their tables, usable as before", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pg-move-"));
    const box = createSecretBox(randomBytes(32));
    const sealed = box.seal({ clientId: "c", clientSecret: "s" });
    // What the previous version wrote: the records of a store and of a key (its secret is "x…x").
    const secret = "x".repeat(43);
    await writeFile(
      join(dir, "stores.json"),
      JSON.stringify({
        s1: {
          id: "s1",
          tenantId: "acme",
          title: "İstanbul Mağazası",
          marketplace: "pazarama",
          active: true,
          testMode: true,
          baseUrl: null,
          sellerId: null,
          credentials: sealed,
          settings: { defaultPriceList: "Pazarama Fiyatı", autoDeductStock: true },
          apiStatus: "VALID",
          apiStatusCheckedAt: "2026-11-01T10:00:00.000Z",
          apiStatusMessage: null,
          createdAt: "2026-10-01T10:00:00.000Z",
          updatedAt: "2026-11-01T10:00:00.000Z",
        },
      }),
    );
    const id = "a".repeat(32);
    await writeFile(
      join(dir, "api-keys.json"),
      JSON.stringify({
        [id]: {
          id,
          tenantId: "acme",
          name: "old",
          scopes: ["admin"],
          prefix: `pgk_${id.slice(0, 8)}`,
          hash: createHash("sha256").update(secret).digest("hex"),
          createdAt: "2026-10-01T10:00:00.000Z",
          revokedAt: null,
        },
      }),
    );
    for (let start = 0; start < 2; start++) {
      const ports = await createPorts({ kind: "memory", dataDir: dir, importDataFolder: true });
      const registry = new StoreRegistry(ports.database.db, ports.events, box);
      const [store] = await registry.list("acme");
      assert.equal(store?.title, "İstanbul Mağazası");
      assert.deepEqual(registry.credentialsOf(store), { clientId: "c", clientSecret: "s" }, "credentials still open with the same key");
      assert.equal(store.settings.defaultPriceList, "Pazarama Fiyatı");
      assert.equal(store.apiStatus, "VALID");
      assert.deepEqual(await registry.list("someone-else"), []);
      const keys = new ApiKeyStore(ports.database.db);
      assert.equal((await keys.verify(`pgk_${id}_${secret}`))?.tenantId, "acme", "the old key still works");
      assert.equal((await ports.kv.entries("stores")).length, 0, "no copy left behind as a record");
      await ports.close();
    }
    await rm(dir, { recursive: true });
  });
});

const buses: Impl<EventBus>[] = [
  { name: "memory", make: async () => createMemoryEventBus() },
  { name: "redis", skip: skipWithoutRedis, make: async () => createRedisEventBus(await getRedis(), { prefix: uniquePrefix() }) },
];
for (const impl of buses) {
  describe(`event bus port (${impl.name})`, { skip: impl.skip }, () => {
    it("reads in order after a cursor", async () => {
      const bus = await impl.make();
      const ids = [];
      for (let i = 0; i < 5; i++) ids.push(await bus.publish("orders", { n: i }));
      for (let i = 1; i < ids.length; i++) assert.ok(compareEventIds(ids[i], ids[i - 1]) > 0);
      assert.deepEqual(
        (await bus.read<{ n: number }>("orders", null, 10)).map((e) => e.payload.n),
        [0, 1, 2, 3, 4],
      );
      assert.deepEqual(
        (await bus.read<{ n: number }>("orders", ids[2], 10)).map((e) => e.payload.n),
        [3, 4],
      );
      await bus.close();
    });
    it("subscribes from a cursor: history, then live events, with no gap and no duplicate", async () => {
      const bus = await impl.make();
      const first = await bus.publish("s", { n: 0 });
      await bus.publish("s", { n: 1 });
      const abort = new AbortController();
      const seen: number[] = [];
      const done = (async () => {
        for await (const e of bus.subscribe<{ n: number }>("s", first, abort.signal)) {
          seen.push(e.payload.n);
          if (seen.length === 3) abort.abort();
        }
      })();
      await until(() => seen.length >= 1, "the history reaches the subscriber");
      await bus.publish("s", { n: 2 });
      await bus.publish("s", { n: 3 });
      await done;
      assert.deepEqual(seen, [1, 2, 3]);
      await bus.close();
    });
    it("subscribes LIVE: only events from now on, no history", async () => {
      const bus = await impl.make();
      await bus.publish("l", { n: 0 });
      const abort = new AbortController();
      const seen: number[] = [];
      const done = (async () => {
        for await (const e of bus.subscribe<{ n: number }>("l", LIVE, abort.signal)) {
          seen.push(e.payload.n);
          abort.abort();
        }
      })();
      // LIVE has no history: published until the subscriber is live, it never sees n: 0.
      await until(async () => {
        await bus.publish("l", { n: 1 });
        return seen.length > 0;
      }, "the live subscriber gets an event");
      await done;
      assert.deepEqual(seen, [1]);
      await bus.close();
    });
    it("fans one event out to every subscriber", async () => {
      const bus = await impl.make();
      const abort = new AbortController();
      let received = 0;
      const got = Promise.all(
        [0, 1, 2].map(async () => {
          for await (const e of bus.subscribe<{ v: string }>("fan", null, abort.signal)) {
            received++;
            return e.payload.v;
          }
          return null;
        }),
      );
      await until(async () => {
        await bus.publish("fan", { v: "yeni sipariş" });
        return received === 3;
      }, "every subscriber gets the event");
      assert.deepEqual(await got, ["yeni sipariş", "yeni sipariş", "yeni sipariş"]);
      abort.abort();
      await bus.close();
    });
  });
}
