// The Pazarama client, service and poller against the sandbox over HTTP (no mocks of our code).
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createLogger, createMemoryCache, createMemoryEventBus, createMemoryLock, createSwrCache, loadConfig, OrderEventLog, OrderHub, openDatabase } from "@pazargraph/runtime";
import { createPazaramaSandbox, type PazaramaSandbox } from "@pazargraph/sandbox";
import { OrderEventKind, OrderStatus, RefundKind, RefundStatus } from "@pazargraph/schema";
import { PazaramaClient, type PazaramaClientOptions } from "./rest/client.ts";
import { PazaramaService } from "./service.ts";
import { createPoller } from "./sync/poller.ts";

const logger = createLogger({ name: "test", level: "silent" });
const creds = { clientId: "demo-client", clientSecret: "demo-secret" };
let sandbox: PazaramaSandbox;
let url = "";

before(async () => {
  sandbox = createPazaramaSandbox({ seed: 7, ...creds });
  await sandbox.app.listen({ port: 0, host: "127.0.0.1" });
  url = `http://127.0.0.1:${(sandbox.app.server.address() as { port: number }).port}`;
});
after(() => sandbox.app.close());

const code = (err: unknown) => (err as { extensions?: { code?: string } }).extensions?.code;
const client = (over: Partial<PazaramaClientOptions> = {}) => new PazaramaClient({ baseUrl: url, tokenUrl: url, ...creds, retries: 2, ...over });

describe("Pazarama client against the sandbox", () => {
  it("gets one token for many concurrent calls", async () => {
    sandbox.stats.clear();
    const c = client();
    await Promise.all([c.getCities(), c.getCities(), c.getCategoryTree(), c.getBrands(1, 5)]);
    assert.equal(sandbox.stats.get("/connect/token"), 1);
    await c.close();
  });
  it("refreshes an expired token and retries the call once", async () => {
    const c = client();
    await c.getCities();
    await fetch(`${url}/_sandbox/tokens/expire`, { method: "POST" });
    sandbox.stats.clear();
    const cities = await c.getCities();
    assert.equal(cities.length, 81);
    assert.equal(sandbox.stats.get("/connect/token"), 1, "a fresh token was taken after the 401");
    await c.close();
  });
  it("reports wrong credentials as MARKETPLACE_REJECTED without echoing them", async () => {
    const c = client({ clientSecret: "wrong-secret-value" });
    await assert.rejects(c.getCities(), (err) => code(err) === "MARKETPLACE_REJECTED" && !JSON.stringify(err).includes("wrong-secret-value"));
    await c.close();
  });
  it("retries a 429 after its Retry-After and then succeeds", async () => {
    const c = client();
    await c.getCities();
    sandbox.faults.set({ failNext: { count: 1, kind: "rate_limit" }, retryAfterSeconds: 1 });
    const started = Date.now();
    assert.equal((await c.getCities()).length, 81);
    assert.ok(Date.now() - started >= 900);
    sandbox.faults.clear();
    await c.close();
  });
  it("surfaces the marketplace's own message when it refuses a window", async () => {
    const c = client();
    await assert.rejects(c.getOrders({ startDate: "2024-01-01", endDate: "2024-03-01", pageSize: 10, pageNumber: 1 }), (err) => {
      const e = err as { extensions: Record<string, unknown> };
      return e.extensions.code === "MARKETPLACE_REJECTED" && e.extensions.marketplaceMessage === "Başlangıç ile bitiş tarihi arası 1 ayı geçemez.";
    });
    await c.close();
  });
});

describe("Pazarama service and poller against the sandbox", () => {
  const config = () => loadConfig({}, { stores: [{ id: "s1", name: "S1", marketplace: "pazarama", baseUrl: url, credentials: creds }] });
  const trees = () => createSwrCache({ cache: createMemoryCache(), lock: createMemoryLock(), ttlSeconds: 60, staleSeconds: 60 });

  it("pages orders with cursors without losing or repeating any", async () => {
    const service = new PazaramaService({ config: config(), trees: trees(), logger });
    const store = service.store(undefined);
    const seen = new Set<string>();
    let after: string | undefined;
    for (let i = 0; i < 50; i++) {
      const page = await service.orders(store, undefined, 7, after);
      for (const e of page.edges) seen.add(e.node.id);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? undefined;
    }
    const all = await service.orders(store, undefined, 500, undefined);
    assert.equal(seen.size, all.edges.length);
    assert.ok(seen.size > 50);
    await service.close();
  });
  it("filters by unified status over the whole window with a true totalCount", async () => {
    const service = new PazaramaService({ config: config(), trees: trees(), logger });
    const store = service.store(undefined);
    const shipped = await service.orders(store, { statuses: [OrderStatus.SHIPPED, OrderStatus.AT_PICKUP_POINT] }, 5, undefined);
    assert.ok((shipped.totalCount ?? 0) > 0);
    for (const e of shipped.edges) assert.ok(e.node.lines.some((l) => l.status === OrderStatus.SHIPPED || l.status === OrderStatus.AT_PICKUP_POINT));
    await service.close();
  });
  it("pages refunds with Pazarama's total, and filters several raw codes over all pages", async () => {
    const service = new PazaramaService({ config: config(), trees: trees(), logger });
    const store = service.store(undefined);
    const returns = sandbox.data.refunds.filter((r) => r.kind === "return");
    const first = await service.refunds(store, RefundKind.RETURN, undefined, 10, undefined);
    assert.equal(first.totalCount, returns.length);
    const second = await service.refunds(store, RefundKind.RETURN, undefined, 10, first.pageInfo.endCursor ?? undefined);
    assert.equal(second.edges.length, 10);
    assert.ok(second.edges.every((e) => !first.edges.some((f) => f.node.id === e.node.id)));
    const pending = await service.refunds(store, RefundKind.RETURN, { statuses: [RefundStatus.PENDING] }, 100, undefined);
    assert.equal(pending.totalCount, returns.filter((r) => r.raw.refundStatus === 1).length);
    // APPROVED is Pazarama's 2, 4, 6 and 8: read every page and filter here.
    const approved = await service.refunds(store, RefundKind.RETURN, { statuses: [RefundStatus.APPROVED] }, 5, undefined);
    assert.equal(approved.totalCount, returns.filter((r) => [2, 4, 6, 8].includes(r.raw.refundStatus)).length);
    assert.equal(approved.edges.length, 5);
    assert.ok(approved.edges.every((e) => e.node.status === RefundStatus.APPROVED));
    await service.close();
  });
  it("lists an order with a status code the document does not list as UNKNOWN, with the rest of the page intact", async () => {
    const service = new PazaramaService({ config: config(), trees: trees(), logger });
    // The page's newest order (inside every window, the poller's four weeks included).
    const first = (await service.orders(service.store(undefined), undefined, 20, undefined)).edges.map((e) => e.node).sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
    const newest = sandbox.data.orders.find((o) => String(o.raw.orderNumber) === first.number) as (typeof sandbox.data.orders)[number];
    const item = newest.raw.items[0];
    const before = item.orderItemStatus;
    item.orderItemStatus = 77; // a code Pazarama might add tomorrow
    try {
      const page = await service.orders(service.store(undefined), undefined, 20, undefined);
      assert.equal(page.edges.length, 20);
      const order = page.edges.find((e) => e.node.number === String(newest.raw.orderNumber))?.node;
      const line = order?.lines.find((l) => l.marketplaceStatus.code === "77");
      assert.equal(line?.status, OrderStatus.UNKNOWN);
      assert.ok(order?.status, "the order keeps the status Pazarama gives it at order level");
      // And the store's poll goes on: the order is in the hub with its UNKNOWN line.
      const database = await openDatabase({});
      try {
        const hub = new OrderHub(database.db);
        const poller = createPoller({ service, hub, lock: createMemoryLock(), logger, intervalMs: 1000 });
        const pz = service.store(undefined);
        await poller.pollStore({ id: pz.config.id, tenantId: "t-unknown", active: true, handle: pz });
        const stored = await hub.get("t-unknown", order?.id ?? "");
        assert.equal(stored?.lines.find((l) => l.marketplaceStatus.code === "77")?.status, OrderStatus.UNKNOWN);
        await poller.stop();
      } finally {
        await database.close();
      }
    } finally {
      item.orderItemStatus = before;
      await service.close();
    }
  });
  it("builds the category tree once for concurrent cold requests", async () => {
    const service = new PazaramaService({ config: config(), trees: trees(), logger });
    sandbox.stats.clear();
    const trees5 = await Promise.all(Array.from({ length: 5 }, () => service.categoryTree(service.store(undefined))));
    assert.equal(sandbox.stats.get("/category/getCategoryTree"), 1);
    assert.equal(trees5[0].length, 9);
    await service.close();
  });
  it("announces a new order and a status change, after a silent first poll", async () => {
    const service = new PazaramaService({ config: config(), trees: trees(), logger });
    const database = await openDatabase({});
    const log = new OrderEventLog(database.db, createMemoryEventBus());
    const poller = createPoller({ service, hub: new OrderHub(database.db), lock: createMemoryLock(), logger, intervalMs: 1000 });
    const pz = service.store(undefined);
    const store = { id: pz.config.id, tenantId: "t1", active: true, handle: pz };
    assert.equal(await poller.pollStore(store), 0, "the first poll only records a snapshot");
    const created = (await (await fetch(`${url}/_sandbox/orders`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" })).json()) as {
      orderNumber: number;
    };
    assert.equal(await poller.pollStore(store), 1);
    await fetch(`${url}/_sandbox/orders/${created.orderNumber}/status`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ status: 12 }) });
    assert.equal(await poller.pollStore(store), 1);
    assert.equal(await poller.pollStore(store), 0, "nothing changed");
    const got = await log.read("t1", null, 10);
    assert.deepEqual(
      got.map((e) => [e.payload.kind, e.payload.previousStatus, e.payload.status, e.payload.order.number]),
      [
        [OrderEventKind.CREATED, null, OrderStatus.CREATED, String(created.orderNumber)],
        [OrderEventKind.STATUS_CHANGED, OrderStatus.CREATED, OrderStatus.PREPARING, String(created.orderNumber)],
      ],
    );
    await poller.stop();
    await service.close();
    log.close();
    await database.close();
  });
});
