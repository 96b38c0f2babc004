// Store management end to end: stores added, changed and removed through the graph; credentials
// write-only and sealed at rest; testStoreConnection storing VALID / INVALID with the marketplace's
// message; settings used where they apply; marketplace subgraphs following the registry; and stores
// with their credentials surviving a restart, in memory (data folder) and Redis mode.
import assert from "node:assert/strict";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { createLogger, loadConfig } from "@pazargraph/runtime";
import { type Stack, startStack } from "../scripts/stack.ts";
import { createTestDatabase } from "./db.ts";
import { beymenOf, freePorts, gql, type Mode, until } from "./helpers.ts";
import { REDIS_URL, skipWithoutRedis, uniquePrefix } from "./redis.ts";

// biome-ignore lint/suspicious/noExplicitAny: test answers are read loosely
type Any = any;
const STORE = "id name marketplace active testMode apiStatus apiStatusMessage apiStatusCheckedAt hasCredentials settings { defaultCargoCompany autoDeductStock }";

for (const mode of ["memory", "redis"] as Mode[]) {
  describe(`Store management end to end (${mode} mode)`, { skip: mode === "redis" ? skipWithoutRedis : false }, () => {
    const dataDir = join("/tmp", `pg-stores-${process.pid}-${mode}-${Date.now()}`);
    const prefix = uniquePrefix();
    // One database for both starts: the restart must find what the first start wrote.
    const databaseUrl = mode === "redis" ? createTestDatabase() : Promise.resolve(undefined);
    const start = async () =>
      startStack({
        config: loadConfig(mode === "redis" ? { REDIS_URL } : { PAZARGRAPH_DATA_DIR: dataDir }, {
          ...(mode === "redis" ? { mode: { kind: "redis", url: REDIS_URL, prefix, dataDir }, database: { url: await databaseUrl } } : {}),
          security: { keyDir: dataDir, demoKey: true },
          logLevel: "silent",
          ...freePorts({ timeoutMs: 1500, retries: 0 }),
        }),
        logger: createLogger({ name: "e2e", level: "silent" }),
        poll: false,
      });
    let stack: Stack | undefined;
    after(() => stack?.close());
    const q = (query: string) => gql<Any, Any>(stack as Stack, query);

    let added: Any;
    it("adds a store, keeps credentials write-only, and tests the connection (INVALID with the marketplace's message, then VALID)", async () => {
      stack = await start();
      const res = await q(`mutation { addStore(input: { title: "Beymen İkinci Mağaza", marketplace: BEYMEN, testMode: true }) { ${STORE} } }`);
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      added = res.data.addStore;
      assert.deepEqual([added.apiStatus, added.hasCredentials, added.active], ["UNKNOWN", false, true]);
      // Without credentials of its own a test-mode store falls back to the sandbox's demo key; set wrong ones.
      let r = await q(`mutation { setStoreCredentials(storeId: "${added.id}", input: { clientId: "x", clientSecret: "y" }) { id } }`);
      assert.equal(r.errors?.[0]?.extensions?.code, "BAD_USER_INPUT", "Beymen takes an API key and password");
      r = await q(`mutation { setStoreCredentials(storeId: "${added.id}", input: { apiKey: "wrong-key", apiPassword: "wrong-password" }) { ${STORE} } }`);
      assert.equal(r.data.setStoreCredentials.hasCredentials, true);
      assert.equal(JSON.stringify(r.data).includes("wrong-password"), false);
      r = await q(`mutation { testStoreConnection(storeId: "${added.id}") { ${STORE} } }`);
      assert.equal(r.errors, undefined, JSON.stringify(r.errors));
      assert.deepEqual([r.data.testStoreConnection.apiStatus, r.data.testStoreConnection.apiStatusMessage], ["INVALID", "Invalid ApiKey or ApiPassword"]);
      assert.ok(r.data.testStoreConnection.apiStatusCheckedAt);
      const sb = (stack as Stack).config.marketplaces.beymen.sandbox.credentials;
      await q(`mutation { setStoreCredentials(storeId: "${added.id}", input: { apiKey: "${sb.apiKey}", apiPassword: "${sb.apiPassword}", sellerId: "0009000111" }) { id } }`);
      r = await q(`mutation { testStoreConnection(storeId: "${added.id}") { apiStatus apiStatusMessage } }`);
      assert.deepEqual(r.data.testStoreConnection, { apiStatus: "VALID", apiStatusMessage: null });
      // A wrong Pazarama client too.
      const pz = await q(`mutation { addStore(input: { title: "Pazarama 2", marketplace: PAZARAMA, testMode: true }) { id } }`);
      await q(`mutation { setStoreCredentials(storeId: "${pz.data.addStore.id}", input: { clientId: "nope", clientSecret: "nope" }) { id } }`);
      r = await q(`mutation { testStoreConnection(storeId: "${pz.data.addStore.id}") { apiStatus apiStatusMessage } }`);
      assert.deepEqual(r.data.testStoreConnection, { apiStatus: "INVALID", apiStatusMessage: "invalid_client" });
    });

    it("serves the new store at once and uses its settings (default cargo company)", async () => {
      const s = stack as Stack;
      await until(() => beymenOf(s).service.stores.has(added.id), "the Beymen subgraph follows the registry");
      let r = await q(
        `mutation { updateStoreSettings(storeId: "${added.id}", input: { defaultCargoCompany: "Aras", autoDeductStock: true }) { settings { defaultCargoCompany autoDeductStock } } }`,
      );
      assert.deepEqual(r.data.updateStoreSettings.settings, { defaultCargoCompany: "Aras", autoDeductStock: true });
      await until(() => beymenOf(s).service.store(added.id).config.settings.defaultCargoCompany === "Aras", "the Beymen subgraph has the new settings");
      const o = (await (
        await fetch(`${s.sandboxUrls.beymen}/_sandbox/orders`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"lineCount":1}' })
      ).json()) as Any;
      r = await q(
        `mutation { beymen(storeId: "${added.id}") { shipPackage(input: { orderNumber: "${o.orderNumber}", trackingNumber: "AR-1" }) { packages { cargoCompany status } } } }`,
      );
      assert.equal(r.errors, undefined, JSON.stringify(r.errors));
      assert.deepEqual(r.data.beymen.shipPackage.packages[0], { cargoCompany: "Aras", status: "SHIPPED" });
      // Default brand and category stand in for a new product that names none.
      const data = s.beymenSandbox?.data as Any;
      const leaf = [...data.categories.values()].find((c: Any) => !c.children.length && !c.attributes.some((a: Any) => a.required));
      const brand = data.attributes.Brand[10];
      await q(`mutation { updateStoreSettings(storeId: "${added.id}", input: { defaultBrandId: "${brand.id}", defaultCategoryId: "${leaf.id}" }) { id } }`);
      await until(() => beymenOf(s).service.store(added.id).config.settings.defaultBrandId === brand.id, "the Beymen subgraph has the new defaults");
      const a = data.attributes;
      r = await q(
        `mutation { beymen(storeId: "${added.id}") { createProducts(products: [{ name: "Varsayılanlı Ürün", barcode: "DEF-${Date.now()}", modelCode: "M1", description: "d", platformColor: "${a.Color[0].id}", size: "${a.Size[0].id}", gender: "${a.Gender[0].id}", stock: 1, listPrice: "10.00", vatRate: 20, images: ["https://cdn.example.com/x.jpg"] }]) { processId } } }`,
      );
      assert.equal(r.errors, undefined, JSON.stringify(r.errors));
      await fetch(`${s.sandboxUrls.beymen}/_sandbox/batches/flush`, { method: "POST" });
      const batch = await q(`{ beymen(storeId: "${added.id}") { batch(processId: "${r.data.beymen.createProducts.processId}") { results { success productId } } } }`);
      const made = batch.data.beymen.batch.results[0];
      assert.equal(made.success, true);
      const product = await q(`{ beymen(storeId: "${added.id}") { product(id: "${made.productId}") { brandId categoryId } } }`);
      assert.deepEqual(product.data.beymen.product, { brandId: brand.id, categoryId: leaf.id });
      r = await q(`mutation { updateStore(id: "${added.id}", input: { active: false, title: "Beymen (pasif)" }) { name active } }`);
      assert.deepEqual(r.data.updateStore, { name: "Beymen (pasif)", active: false });
    });

    it("keeps stores and credentials across a restart; nothing on disk holds a credential in the clear", async () => {
      await (stack as Stack).close();
      stack = await start();
      const r = await q(`{ store(id: "${added.id}") { ${STORE} } }`);
      assert.equal(r.data.store.name, "Beymen (pasif)");
      assert.equal(r.data.store.hasCredentials, true);
      assert.equal(r.data.store.apiStatus, "VALID");
      // The sealed credentials still open after the restart: the test uses them.
      const t = await q(`mutation { testStoreConnection(storeId: "${added.id}") { apiStatus } }`);
      assert.equal(t.data.testStoreConnection.apiStatus, "VALID");
      if (mode === "memory") {
        const key = await stat(join(dataDir, "credentials.key"));
        assert.equal(key.mode & 0o777, 0o600, "the key file is readable by its owner only");
        // Every file, the database's (PGlite) included.
        for (const e of await readdir(dataDir, { recursive: true, withFileTypes: true })) {
          if (!e.isFile()) continue;
          const f = join(e.parentPath ?? e.path, e.name);
          const text = (await readFile(f)).toString("latin1");
          for (const secret of ["demo-password", "wrong-password", (stack as Stack).config.marketplaces.beymen.sandbox.credentials.apiPassword])
            assert.equal(text.includes(secret), false, `${f} holds a credential`);
        }
      }
      const removed = await q(`mutation { removeStore(id: "${added.id}") }`);
      assert.equal(removed.data.removeStore, true);
      assert.equal((await q(`{ store(id: "${added.id}") { id } }`)).data.store, null);
    });
  });
}
