// The Beymen client and service against the Beymen sandbox over HTTP (no mocks of our own code).
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createLogger, createMemoryCache, createMemoryLock, createSwrCache, loadConfig } from "@pazargraph/runtime";
import { type BeymenSandbox, createBeymenSandbox } from "@pazargraph/sandbox";
import { BeymenClient } from "./rest/client.ts";
import { BeymenService } from "./service.ts";
import { BeymenProductWrites } from "./writes/products.ts";

const logger = createLogger({ name: "test", level: "silent" });
const creds = { apiKey: "k-test", apiPassword: "p-test" };
let sandbox: BeymenSandbox;
let url: string;

before(async () => {
  sandbox = createBeymenSandbox({ ...creds, seed: 7, anchorMs: Date.now() });
  await sandbox.app.listen({ port: 0, host: "127.0.0.1" });
  url = `http://127.0.0.1:${(sandbox.app.server.address() as { port: number }).port}`;
});
after(() => sandbox.app.close());

const service = (concurrency = 4) =>
  new BeymenService({
    config: loadConfig({}, { beymen: { crawlConcurrency: concurrency, retries: 0 }, stores: [{ id: "b1", name: "B1", marketplace: "beymen", baseUrl: url, credentials: creds }] }),
    trees: createSwrCache({ cache: createMemoryCache(), lock: createMemoryLock(), ttlSeconds: 60, staleSeconds: 60 }),
    logger,
  });
const calls = (pattern: string) => sandbox.stats.get(pattern) ?? 0;

describe("Beymen client against the sandbox", () => {
  it("refuses wrong credentials with Beymen's own message", async () => {
    const c = new BeymenClient({ baseUrl: url, apiKey: "k-test", apiPassword: "wrong", retries: 0 });
    await assert.rejects(c.getCategories(null, { page: 0, size: 10 }), (err) => {
      const e = err as { extensions: Record<string, unknown> };
      return e.extensions.code === "MARKETPLACE_REJECTED" && e.extensions.marketplaceMessage === "Invalid ApiKey or ApiPassword" && e.extensions.httpStatus === 401;
    });
    await c.close();
  });
  it("surfaces a business-rule error body as MARKETPLACE_REJECTED with the message", async () => {
    const c = new BeymenClient({ baseUrl: url, ...creds, retries: 0 });
    await assert.rejects(c.getStatements("2026-01-01", "2026-01-05"), (err) => {
      const e = err as { extensions: Record<string, unknown> };
      return e.extensions.code === "MARKETPLACE_REJECTED" && e.extensions.marketplaceMessage === "Başlangıç ve Bitiş tarihleri arasında min 30 - max 90 gün olmalıdır.";
    });
    await c.close();
  });
});

describe("Beymen service against the sandbox", () => {
  it("crawls the category tree once for concurrent cold requests, one call per parent", async () => {
    const s = service();
    sandbox.stats.clear();
    const trees = await Promise.all(Array.from({ length: 5 }, () => s.categoryTree(s.store(undefined))));
    const parents = [...sandbox.data.categories.values()].filter((c) => c.children.length).length;
    assert.equal(calls("GET /categories"), parents + 1, "the roots, then each node with hasChild once");
    let count = 0;
    const walk = (l: (typeof trees)[0]) => {
      for (const c of l) {
        count++;
        walk(c.children);
      }
    };
    walk(trees[0]);
    assert.equal(count, sandbox.data.categories.size);
    await s.close();
  });
  it("reads all 8,772 brands page by page once per TTL, whatever Beymen's pageCount says", async () => {
    const s = service(8);
    sandbox.stats.clear();
    const store = s.store(undefined);
    const a = await s.brands(store, "anadolu", 5, undefined);
    const b = await s.brands(store, undefined, 5, undefined);
    assert.equal(b.totalCount, 8772);
    assert.ok((a.totalCount ?? 0) > 0);
    assert.equal(calls("GET /attributes"), 88);
    await s.close();
  });
  it("groups packages into orders, keeping the packages of divided orders together", async () => {
    const s = service();
    const store = s.store(undefined);
    const from = new Date(Date.now() - 80 * 86400_000).toISOString();
    const page = await s.orders(store, { createdFrom: from }, 100, undefined);
    const all = [...page.edges];
    let cursor = page.pageInfo.endCursor;
    while (all.length < (page.totalCount ?? 0)) {
      const next = await s.orders(store, { createdFrom: from }, 100, cursor ?? undefined);
      all.push(...next.edges);
      cursor = next.pageInfo.endCursor;
    }
    const numbers = new Set(sandbox.data.packages.filter((p) => p.orderDateMs >= Date.parse(from)).map((p) => p.raw.orderNumber));
    assert.equal(all.length, numbers.size, "one Order per order number");
    const packages = all.reduce((n, e) => n + e.node.packages.length, 0);
    assert.equal(packages, sandbox.data.packages.filter((p) => p.orderDateMs >= Date.parse(from)).length, "every package under its order");
    await s.close();
  });
  it("refuses a product with a wrong VAT rate before reading any reference data (cold cache)", async () => {
    const s = service();
    sandbox.stats.clear();
    const draft = {
      name: "Gömlek",
      barcode: "X1",
      modelCode: "M",
      description: "D",
      brandId: "717",
      categoryId: "95010",
      platformColor: "2474",
      size: "63",
      gender: "5",
      stock: 1,
      listPrice: "10.00",
      vatRate: 8,
      images: ["https://x.test/a.jpg"],
    };
    await assert.rejects(
      new BeymenProductWrites(s).createProducts(s.store(undefined), [draft]),
      (err) => (err as { extensions: { argument: string } }).extensions.argument === "products[0].vatRate",
    );
    assert.equal(sandbox.stats.size, 0, "no Beymen call");
    await s.close();
  });
  it("refuses an open statement window and a date range over 90 days before calling", async () => {
    const s = service();
    sandbox.stats.clear();
    await assert.rejects(s.statements(s.store(undefined), "2026-01-01", "2026-06-01"), /30 to 90 days/);
    assert.equal(calls("GET /financial/statements"), 0);
    await s.close();
  });
});
