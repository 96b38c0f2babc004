// The store registry on its table: stores by tenant in the order they were added, settings merged,
// credentials sealed (never in the row in the clear) and opened again, the API status reset when
// what it described changes, and every change announced to the other replicas' watchers.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { type Database, openDatabase, stores } from "@pazargraph/db";
import { eq } from "drizzle-orm";
import { until } from "../../test/until.ts";
import { createMemoryEventBus } from "./ports/index.ts";
import { createSecretBox } from "./secrets.ts";
import { type RegistryChange, StoreRegistry } from "./store-registry.ts";

describe("store registry", () => {
  let database: Database;
  before(async () => {
    database = await openDatabase({});
  });
  after(() => database.close());

  it("keeps each tenant's stores apart, in the order added, with settings merged and credentials sealed", async () => {
    const bus = createMemoryEventBus();
    const registry = new StoreRegistry(database.db, bus, createSecretBox(randomBytes(32)));
    const watching = new AbortController();
    const changes: RegistryChange[] = [];
    const watched = registry.watch(watching.signal, (c) => {
      changes.push(c);
    });
    const a1 = await registry.create({ tenantId: "a", title: "A1", marketplace: "pazarama", active: true, testMode: true });
    const b1 = await registry.create({ tenantId: "b", title: "B1", marketplace: "beymen", active: true, testMode: false });
    const a2 = await registry.create({ tenantId: "a", title: "A2", marketplace: "beymen", active: false, testMode: false });
    assert.deepEqual(
      (await registry.list("a")).map((s) => s.title),
      ["A1", "A2"],
    );
    assert.deepEqual(
      (await registry.list("b")).map((s) => s.id),
      [b1.id],
    );
    await assert.rejects(registry.create({ id: a1.id, tenantId: "b", title: "taken", marketplace: "pazarama", active: true, testMode: true }), /exists/);

    await registry.update(a1.id, { settings: { defaultWarehouse: "Merkez" } });
    const merged = await registry.update(a1.id, { settings: { autoDeductStock: true } });
    assert.equal(merged.settings.defaultWarehouse, "Merkez");
    assert.equal(merged.settings.autoDeductStock, true);

    await registry.setApiStatus(a1.id, "VALID", null);
    const sealed = await registry.setCredentials(a1.id, { clientId: "id", clientSecret: "very-secret" }, "seller-1");
    assert.equal(sealed.apiStatus, "UNKNOWN", "new credentials are untested");
    const [row] = await database.db.select().from(stores).where(eq(stores.id, a1.id));
    assert.ok(!JSON.stringify(row).includes("very-secret"), "not in the row in the clear");
    assert.deepEqual(registry.credentialsOf(sealed), { clientId: "id", clientSecret: "very-secret" });
    assert.ok(!("credentials" in StoreRegistry.toPublic(sealed)));

    await registry.setApiStatus(a1.id, "VALID", null);
    assert.equal((await registry.update(a1.id, { testMode: false })).apiStatus, "UNKNOWN", "another host: the last check no longer holds");

    assert.equal(await registry.remove(a2.id), true);
    assert.equal(await registry.remove(a2.id), false);
    await until(() => changes.some((c) => c.kind === "removed"), "the watcher hears the removal");
    assert.ok(changes.some((c) => c.kind === "upserted" && c.storeId === a1.id));
    assert.deepEqual(changes.at(-1), { kind: "removed", storeId: a2.id });
    watching.abort();
    await watched;
  });
});
