// The walking skeleton end to end: gateway + subgraphs + Pazarama sandbox, in memory and Redis mode.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { print } from "graphql";
import WebSocket from "ws";
import {
  OrderEventsDocument,
  PazaramaBrandsDocument,
  PazaramaCategoryAttributesDocument,
  PazaramaCategoryTreeDocument,
  PazaramaOrderDocument,
  PazaramaOrdersDocument,
  StoresDocument,
} from "../schema/generated/operations.ts";
import type { Stack } from "../scripts/stack.ts";
import { gql, type Mode, pazaramaOf, sandbox, startTestStack, subscribe, until } from "./helpers.ts";
import { skipWithoutRedis } from "./redis.ts";

/** The poller's first run only records a snapshot: an order made for an event must come after it. */
const firstPollDone = (stack: Stack) =>
  until(async () => {
    const r = await gql<{ store: { sync: { lastSuccessAt: string | null } | null } | null }, never>(stack, '{ store(id: "demo-pazarama") { sync { lastSuccessAt } } }');
    return !!r.data?.store?.sync?.lastSuccessAt;
  }, "the store's first poll is done");

for (const mode of ["memory", "redis"] as Mode[]) {
  describe(`PazarGraph end to end (${mode} mode)`, { skip: mode === "redis" ? skipWithoutRedis : false }, () => {
    let stack: Stack;
    before(async () => {
      stack = await startTestStack(mode);
    });
    after(() => stack?.close());

    it("lists Pazarama orders with store, lines, packages and totals", async () => {
      const res = await gql(stack, PazaramaOrdersDocument, { first: 10 });
      assert.equal(res.errors, undefined);
      const orders = res.data?.pazarama?.orders;
      assert.equal(orders?.edges.length, 10);
      assert.equal(orders?.pageInfo.hasNextPage, true);
      for (const { node } of orders?.edges ?? []) {
        assert.match(node.id, /^pazarama:demo-pazarama:\d+$/);
        assert.equal(node.store.name, "Demo Pazarama Store");
        assert.match(node.createdAt, /\+03:00$/);
        assert.ok(node.lines.length >= 1);
        assert.equal(
          node.packages.reduce((s, p) => s + p.lines.length, 0),
          node.lines.length,
          "every line is in exactly one package",
        );
        assert.match(node.totals.total.amount, /^\d+\.\d{2}$/);
        const lineSum = node.lines.reduce((s, l) => s + Math.round(Number(l.total.amount) * 100), 0);
        assert.equal(Math.round(Number(node.totals.total.amount) * 100) - Math.round(Number(node.totals.shipping.amount) * 100), lineSum);
      }
      const next = await gql(stack, PazaramaOrdersDocument, { first: 10, after: orders?.pageInfo.endCursor });
      const firstIds = new Set(orders?.edges.map((e) => e.node.id));
      assert.ok(
        next.data?.pazarama?.orders?.edges.every((e) => !firstIds.has(e.node.id)),
        "the next page repeats nothing",
      );
      const one = await gql(stack, PazaramaOrderDocument, { number: orders?.edges[0].node.number ?? "" });
      assert.equal(one.data?.pazarama?.order?.id, orders?.edges[0].node.id, JSON.stringify(one.errors));
    });

    it("returns the full category tree, a category's attributes and a Turkish-aware brand search", async () => {
      const tree = await gql(stack, PazaramaCategoryTreeDocument);
      type Node = { children?: Node[] | null };
      const count = (nodes: Node[] | null | undefined): number => (nodes ?? []).reduce((s, n) => s + 1 + count(n.children), 0);
      const state = await sandbox(stack, "GET", "/state");
      assert.equal(count(tree.data?.pazarama?.categoryTree as Node[]), state.categories);
      const leaf = stack.sandbox?.data.categories.find((c) => c.leaf && c.name === "Tayt");
      const attrs = await gql(stack, PazaramaCategoryAttributesDocument, { categoryId: leaf?.id ?? "" });
      assert.ok(attrs.data?.pazarama?.categoryAttributes?.some((a) => a.name === "Renk" && a.required && a.values.length > 5));
      const upper = await gql(stack, PazaramaBrandsDocument, { search: "ILGIN", first: 50 });
      const lower = await gql(stack, PazaramaBrandsDocument, { search: "ılgın", first: 50 });
      assert.ok((upper.data?.pazarama?.brands?.totalCount ?? 0) > 0);
      assert.deepEqual(upper.data?.pazarama?.brands?.edges, lower.data?.pazarama?.brands?.edges);
      assert.ok(upper.data?.pazarama?.brands?.edges.every((e) => e.node.name.startsWith("Ilgın")));
    });

    it("pushes order events to subscribers within a poll interval, resumable after a cursor", async () => {
      const live = stack.subscribed();
      const sub = subscribe(stack, OrderEventsDocument, { filter: { storeIds: ["demo-pazarama"] } });
      await until(() => stack.subscribed() > live, "the subscription is live");
      await firstPollDone(stack);
      const created = await sandbox(stack, "POST", "/orders", { itemCount: 2 });
      const first = (await sub.next(5000)).orderEvents;
      assert.equal(first.kind, "CREATED");
      assert.equal(first.order.number, String(created.orderNumber));
      assert.equal(first.order.store.name, "Demo Pazarama Store");
      await sandbox(stack, "PUT", `/orders/${created.orderNumber}/status`, { status: 12 });
      const second = (await sub.next(5000)).orderEvents;
      assert.deepEqual([second.kind, second.previousStatus, second.status], ["STATUS_CHANGED", "CREATED", "PREPARING"]);
      await sub.close();
      // A client that reconnects with the first id gets the second event again, and nothing before.
      const resumed = subscribe(stack, OrderEventsDocument, { after: first.id, filter: { storeIds: ["demo-pazarama"] } });
      assert.equal((await resumed.next(5000)).orderEvents.id, second.id);
      await resumed.close();
    });

    it("shares one upstream subscription among a tenant's identical subscriptions, fans each event out, and ends it when the last client leaves", async () => {
      // The earlier tests' subscriptions are released (asynchronously, after their clients left).
      await until(() => stack.liveSubscriptions() === 0 && stack.gateway.subscriptions().clients === 0, "no subscription is left from earlier tests");
      const variables = { filter: { storeIds: ["demo-pazarama"] } };
      const otherKey = (await stack.apiKeys.create("demo", "second key of the tenant", ["read"])).key;
      const otherTenant = (await stack.apiKeys.create("share-other-tenant", "another tenant", ["read"])).key;
      const byDemo = subscribe(stack, OrderEventsDocument, variables);
      const bySecondKey = subscribe(stack, OrderEventsDocument, variables, otherKey);
      const byOtherTenant = subscribe(stack, OrderEventsDocument, variables, otherTenant);
      // A client whose socket just goes away, without `complete`.
      const raw = new WebSocket(stack.gatewayWsUrl, "graphql-transport-ws");
      const rawEvents: string[] = [];
      raw.on("open", () => raw.send(JSON.stringify({ type: "connection_init", payload: { "x-api-key": stack.demoKey } })));
      raw.on("message", (m) => {
        const msg = JSON.parse(String(m));
        if (msg.type === "connection_ack") raw.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query: print(OrderEventsDocument), variables } }));
        if (msg.type === "next") rawEvents.push(msg.payload.data.orderEvents.id);
      });
      try {
        await until(() => stack.subscribed() === 4, "four client subscriptions are attached and their upstream ones live");
        assert.deepEqual(
          [stack.gateway.subscriptions().upstream, stack.liveSubscriptions()],
          [2, 2],
          "one upstream subscription for the demo tenant's three, one for the other tenant's",
        );
        await firstPollDone(stack);
        const created = await sandbox(stack, "POST", "/orders", { itemCount: 1 });
        const a = (await byDemo.next(5000)).orderEvents;
        const b = (await bySecondKey.next(5000)).orderEvents;
        assert.equal(a.order.number, String(created.orderNumber));
        assert.deepEqual([b.id, b.order.number], [a.id, a.order.number], "the second key of the tenant hears the same event");
        await until(() => rawEvents.includes(a.id), "the raw socket hears it too");

        raw.terminate();
        await byDemo.close();
        await until(() => stack.gateway.subscriptions().clients === 2, "the closed socket and the completed subscription are released");
        assert.equal(stack.liveSubscriptions(), 2, "the shared upstream subscription stays while a client of it is left");
        await sandbox(stack, "PUT", `/orders/${created.orderNumber}/status`, { status: 12 });
        assert.equal((await bySecondKey.next(5000)).orderEvents.kind, "STATUS_CHANGED", "the client left still hears");
      } finally {
        raw.terminate();
        await Promise.all([byDemo.close(), bySecondKey.close(), byOtherTenant.close()]);
      }
      await until(() => stack.liveSubscriptions() === 0 && stack.gateway.subscriptions().upstream === 0, "every upstream subscription ends with its last client");
    });

    it("answers a Pazarama failure with a typed error and the rest of the data", async () => {
      await sandbox(stack, "PUT", "/faults", { errorRate: 1, paths: ["/order/"] });
      try {
        const res = await gql<{ pazarama: { orders: unknown; cities: unknown[] } }, never>(stack, "{ pazarama { orders(first: 1) { edges { node { id } } } cities { name } } }");
        assert.equal(res.data?.pazarama?.orders, null);
        assert.equal(res.data?.pazarama?.cities.length, 81);
        assert.equal(res.errors?.[0].extensions?.code, "MARKETPLACE_UNAVAILABLE");
        assert.equal(res.errors?.[0].extensions?.marketplace, "pazarama");
        assert.deepEqual(res.errors?.[0].path, ["pazarama", "orders"]);
        const text = JSON.stringify(res.errors);
        assert.ok(!text.includes("127.0.0.1") && !/\bat .+:\d+:\d+/.test(text), "no internal URL or stack");
      } finally {
        await sandbox(stack, "DELETE", "/faults");
      }
      await sandbox(stack, "PUT", "/faults", { rateLimitRate: 1, retryAfterSeconds: 60, paths: ["/order/"] });
      try {
        const res = await gql(stack, "{ pazarama { orders(first: 1) { edges { node { id } } } } }");
        assert.equal(res.errors?.[0].extensions?.code, "RATE_LIMITED");
        assert.equal(res.errors?.[0].extensions?.retryAfterSeconds, 60);
      } finally {
        await sandbox(stack, "DELETE", "/faults");
      }
      await sandbox(stack, "PUT", "/faults", { failNext: { count: 50, kind: "timeout" }, hangMs: 3000, paths: ["/order/"] });
      try {
        const res = await gql(stack, "{ pazarama { orders(first: 1) { edges { node { id } } } } }");
        assert.equal(res.errors?.[0].extensions?.code, "TIMEOUT");
      } finally {
        await sandbox(stack, "DELETE", "/faults");
      }
    });

    it("refuses an order range over one month with BAD_USER_INPUT before calling Pazarama", async () => {
      await pazaramaOf(stack).poller.stop(); // keep the poller's own calls out of the count
      await sandbox(stack, "DELETE", "/stats");
      const res = await gql(stack, PazaramaOrdersDocument, { filter: { createdFrom: "2026-01-01T00:00:00+03:00", createdTo: "2026-02-01T00:01:00+03:00" } });
      assert.equal(res.errors?.[0].extensions?.code, "BAD_USER_INPUT");
      assert.match(res.errors?.[0].message ?? "", /one calendar month/);
      const tooMany = await gql(stack, PazaramaOrdersDocument, { first: 501 });
      assert.equal(tooMany.errors?.[0].extensions?.code, "BAD_USER_INPUT");
      const stats = await sandbox(stack, "GET", "/stats");
      assert.equal(stats["/order/getOrdersForApi"], undefined, "no call reached the marketplace");
    });

    it("refuses a query over the depth limit and a malformed one, with codes", async () => {
      const deep = await gql(stack, `{ pazarama { categoryTree { ${"children { ".repeat(11)}id${" }".repeat(11)} } } }`);
      assert.equal(deep.status, 400);
      assert.equal(deep.errors?.[0].extensions?.code, "QUERY_TOO_COMPLEX");
      const aliases = await gql(stack, `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: stores { id }`).join(" ")} }`);
      assert.equal(aliases.errors?.[0].extensions?.code, "QUERY_TOO_COMPLEX");
      const bad = await gql(stack, "{ nosuchfield }");
      assert.equal(bad.errors?.[0].extensions?.code, "BAD_USER_INPUT");
      assert.equal((await gql(stack, StoresDocument)).data?.stores[0].apiStatus, "UNKNOWN");
    });

    it("caches reference data at the gateway by the whole selection set", async () => {
      const l1 = stack.gateway.l1;
      const a = await gql(stack, "{ pazarama { categoryTree { id children { id } } } }");
      const b = await gql(stack, "{ pazarama { categoryTree { id children { name } } } }");
      const hitsBefore = l1.hits;
      // The same selection written otherwise (L0 keys whole texts; L1 selections).
      const a2 = await gql(stack, "{ pazarama {  categoryTree { id children { id } } } }");
      assert.equal(l1.hits, hitsBefore + 1, "the same selection is answered from L1");
      assert.deepEqual(a2.data, a.data);
      const l0Before = stack.gateway.l0.hits;
      const a3 = await gql(stack, "{ pazarama { categoryTree { id children { id } } } }");
      assert.equal(stack.gateway.l0.hits, l0Before + 1, "the word-for-word repeat is answered from L0, before parsing");
      assert.deepEqual(a3.data, a.data);
      const bChild = (b.data as { pazarama: { categoryTree: Array<{ children: Array<Record<string, unknown>> }> } }).pazarama.categoryTree[0].children[0];
      assert.deepEqual(Object.keys(bChild), ["name"], "the second selection got its own shape, not the first's");
      const skipsBefore = l1.skips;
      await gql(stack, "{ pazarama { categoryTree { id } orders(first: 1) { edges { node { id } } } } }");
      assert.equal(l1.skips, skipsBefore + 1, "a query that also asks for orders is not cached");
    });
  });
}
