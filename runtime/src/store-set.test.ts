// The store set every marketplace subgraph serves from: one client per usable store, rebuilt only
// when host or credentials change and closed when replaced or gone; store resolution within a
// tenant (another tenant's store answers as one that does not exist); probes; and the demo seed.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { type Database, openDatabase } from "@pazargraph/db";
import { loadConfig } from "./config.ts";
import { createMemoryEventBus } from "./ports/index.ts";
import { toMarketplaceError } from "./rest-client.ts";
import { createSecretBox } from "./secrets.ts";
import { DEFAULT_SETTINGS, StoreRegistry } from "./store-registry.ts";
import { StoreSet, type StoreView, seedStoresFromConfig } from "./store-set.ts";

interface FakeClient {
  id: number;
  credentials: Record<string, string>;
  closed: boolean;
}

const view = (id: string, over: Partial<StoreView> = {}): StoreView => ({
  id,
  tenantId: "t1",
  title: id,
  marketplace: "pazarama",
  active: true,
  testMode: true,
  baseUrl: "http://sandbox.test",
  tokenUrl: null,
  credentials: { clientId: "c", clientSecret: "s" },
  settings: { ...DEFAULT_SETTINGS },
  ...over,
});

function set() {
  let n = 0;
  const made: FakeClient[] = [];
  const s = new StoreSet<FakeClient>({
    marketplace: "pazarama",
    displayName: "Pazarama",
    source: async () => [],
    baseUrlOf: (v) => v.baseUrl,
    credentialsOf: (v) => v.credentials,
    createClient: (_v, _url, credentials) => {
      const c = { id: ++n, credentials, closed: false };
      made.push(c);
      return c;
    },
    closeClient: async (c) => {
      c.closed = true;
    },
  });
  return { s, made };
}

const code = (err: unknown) => (err as { extensions?: { code?: string } }).extensions?.code;

describe("store set", () => {
  it("keeps a store's client while host and credentials stay, rebuilds it when they change, closes what goes", async () => {
    const { s, made } = set();
    s.apply([view("a"), view("b")]);
    assert.equal(made.length, 2);
    s.apply([view("a", { title: "renamed" }), view("b")]);
    assert.equal(made.length, 2, "a new title keeps the client");
    assert.equal(s.store("a").config.title, "renamed", "but the store's settings follow");
    s.apply([view("a", { credentials: { clientId: "c", clientSecret: "new" } }), view("b")]);
    assert.equal(made.length, 3, "new credentials, new client");
    assert.equal(made[0].closed, true, "the replaced client is closed");
    s.apply([view("a", { credentials: { clientId: "c", clientSecret: "new" } })]);
    await s.close();
    assert.ok(made.every((c) => c.closed));
  });

  it("resolves a store within the caller's tenant, and says why a known store cannot be served", () => {
    const { s } = set();
    s.apply([view("a"), view("b", { tenantId: "t2" }), view("c", { credentials: null })]);
    assert.equal(s.store("a", "t1").config.id, "a");
    assert.throws(
      () => s.store("b", "t1"),
      (e) => code(e) === "NOT_FOUND",
      "another tenant's store is not found",
    );
    assert.throws(
      () => s.store("zzz", "t1"),
      (e) => code(e) === "NOT_FOUND",
    );
    assert.throws(
      () => s.store("c", "t1"),
      (e) => code(e) === "BAD_USER_INPUT" && /no credentials yet/.test((e as Error).message),
    );
    assert.equal(s.store(undefined, "t2").config.id, "b", "the tenant's only store when none is named");
    s.apply([view("a"), view("a2")]);
    assert.throws(
      () => s.store(undefined, "t1"),
      (e) => code(e) === "BAD_USER_INPUT" && /several/.test((e as Error).message),
    );
  });

  it("probes credentials on a throw-away client: VALID, INVALID with the marketplace's message, or the failure", async () => {
    const { s, made } = set();
    assert.deepEqual(await s.probe(view("p"), async () => {}), { status: "VALID", message: null });
    const refused = await s.probe(view("p"), async () => {
      throw toMarketplaceError("unauthorized", { marketplace: "pazarama", displayName: "Pazarama", message: "invalid_client", status: 400 });
    });
    assert.equal(refused.status, "INVALID");
    assert.equal(refused.message, "invalid_client");
    await assert.rejects(
      s.probe(view("p"), async () => {
        throw new Error("host down");
      }),
      /host down/,
    );
    assert.deepEqual(await s.probe(view("p", { credentials: null }), async () => {}), { status: "INVALID", message: "no credentials are set" });
    assert.ok(
      made.every((c) => c.closed),
      "every probe's client is closed",
    );
  });
});

describe("demo seed", () => {
  let database: Database;
  before(async () => {
    database = await openDatabase({});
  });
  after(() => database.close());

  it("seeds each marketplace's demo store once, adds a new marketplace's later, and does not bring back a removed one", async () => {
    const registry = new StoreRegistry(database.db, createMemoryEventBus(), createSecretBox(randomBytes(32)));
    const config = loadConfig({ PAZARGRAPH_DATA_DIR: "/tmp/pg-seed" });
    const [first, ...others] = config.stores;
    await seedStoresFromConfig(registry, { ...config, stores: [first] });
    assert.deepEqual(
      (await registry.list("demo")).map((r) => r.id),
      [first.id],
    );
    await seedStoresFromConfig(registry, config);
    assert.deepEqual((await registry.list("demo")).map((r) => r.id).sort(), config.stores.map((s) => s.id).sort(), "the marketplaces added since get theirs");
    await seedStoresFromConfig(registry, config);
    assert.equal((await registry.list("demo")).length, config.stores.length, "no duplicates");
    await registry.create({ tenantId: "demo", title: "Second", marketplace: first.marketplace, active: true, testMode: true });
    await registry.remove(first.id);
    await seedStoresFromConfig(registry, config);
    assert.ok(!(await registry.list("demo")).some((r) => r.id === first.id), "the removed demo store stays removed");
    assert.equal(others.length + 1, config.stores.length);
  });
});
