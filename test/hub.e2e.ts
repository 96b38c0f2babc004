// The order hub end to end, on PGlite (embedded) and on PostgreSQL (Redis mode): the unified feed
// across marketplaces, newest first, filtered and searched (Turkish-aware), stable cursors, exact
// totals, one order by id, status counts, refusals of bad input, a new sandbox order in the feed within
// a poll, and two tenants that never see each other's orders.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { MARKETPLACES } from "@pazargraph/runtime";
import type { Stack } from "../scripts/stack.ts";
import { gql, type Mode, sandbox, startTestStack, until } from "./helpers.ts";
import { skipWithoutRedis } from "./redis.ts";

// biome-ignore lint/suspicious/noExplicitAny: answers are read loosely
type Any = any;
const FIELDS = "id number marketplace status createdAt syncedAt store { id name } customer { name }";

for (const mode of ["memory", "redis"] as Mode[]) {
  describe(`Order hub and feed (${mode} mode: ${mode === "memory" ? "PGlite" : "PostgreSQL"})`, { skip: mode === "redis" ? skipWithoutRedis : false }, () => {
    let stack: Stack;
    let keyB = "";
    const asA = (q: string, v?: Any) => gql<Any, Any>(stack, q, v);
    const asB = (q: string, v?: Any) => gql<Any, Any>(stack, q, v, keyB);
    before(async () => {
      stack = await startTestStack(mode, { security: { demoKey: true, rateLimit: { points: 100_000, windowSeconds: 60 } } });
      // Tenant B: its own Pazarama store on the same sandbox.
      keyB = (await stack.apiKeys.create("tenant-b", "B admin", ["admin"])).key;
      const added = await asB('mutation { addStore(input: { title: "B Pazarama", marketplace: PAZARAMA, testMode: true }) { id } }');
      const { clientId, clientSecret } = stack.config.marketplaces.pazarama.sandbox.credentials;
      await asB(`mutation { setStoreCredentials(storeId: "${added.data.addStore.id}", input: { clientId: "${clientId}", clientSecret: "${clientSecret}" }) { id } }`);
      // Wait until every store's first poll has filled the hub.
      await until(
        async () => ((await asA("{ orderCounts { count } }")).data?.orderCounts ?? []).length > 0 && ((await asB("{ orderCounts { count } }")).data?.orderCounts ?? []).length > 0,
        "both tenants' first polls are in the hub",
        20_000,
      );
    });
    after(() => stack?.close());

    it("lists every marketplace's orders together, newest first, with exact totals and stable cursors", async () => {
      const first = await asA(`{ orders(first: 50) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${FIELDS} } } } }`);
      assert.equal(first.errors, undefined, JSON.stringify(first.errors));
      const feed = first.data.orders;
      const nodes = feed.edges.map((e: Any) => e.node);
      assert.ok(feed.totalCount > 50 && feed.pageInfo.hasNextPage);
      assert.deepEqual(new Set(nodes.map((n: Any) => n.marketplace)), new Set(MARKETPLACES.map((m) => m.name.toUpperCase())), "every marketplace's orders, together");
      for (let i = 1; i < nodes.length; i++) assert.ok(Date.parse(nodes[i - 1].createdAt) >= Date.parse(nodes[i].createdAt), "newest first");
      assert.ok(
        nodes.every((n: Any) => n.syncedAt && n.store.name),
        "each order has its store and when the hub saw it",
      );
      // Walk every page: each order once, the total matches.
      const seen = new Set<string>(nodes.map((n: Any) => n.id));
      let cursor = feed.pageInfo.endCursor;
      for (let page = 0; page < 20 && cursor; page++) {
        const next = (await asA("query($after: String) { orders(first: 50, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }", { after: cursor })).data
          .orders;
        for (const e of next.edges) {
          assert.ok(!seen.has(e.node.id), `${e.node.id} on two pages`);
          seen.add(e.node.id);
        }
        cursor = next.pageInfo.hasNextPage ? next.pageInfo.endCursor : null;
      }
      assert.equal(seen.size, feed.totalCount);
      const counts = (await asA("{ orderCounts { status count } }")).data.orderCounts;
      assert.equal(
        counts.reduce((s: number, c: Any) => s + c.count, 0),
        feed.totalCount,
      );
      const oldest = (await asA(`{ orders(first: 1, orderBy: CREATED_AT_ASC) { edges { node { createdAt } } } }`)).data.orders.edges[0].node;
      assert.ok(Date.parse(oldest.createdAt) <= Date.parse(nodes.at(-1).createdAt));
    });

    it("answers a page of column fields only (read without documents) exactly as a full read does", async () => {
      const cols = "id number status marketplace createdAt syncedAt store { id name }";
      const light = (await asA(`{ orders(first: 50) { edges { cursor node { ${cols} } } } }`)).data.orders.edges;
      const full = (await asA(`{ orders(first: 50) { edges { cursor node { ${cols} customer { name } } } } }`)).data.orders.edges;
      assert.equal(light.length, 50);
      assert.deepEqual(
        light,
        full.map((e: Any) => ({ cursor: e.cursor, node: { ...e.node, customer: undefined } })).map((e: Any) => JSON.parse(JSON.stringify(e))),
      );
      // Through a fragment too.
      const viaFragment = (await asA(`{ orders(first: 50) { edges { cursor node { ...F } } } } fragment F on Order { ${cols} }`)).data.orders.edges;
      assert.deepEqual(viaFragment, light);
    });

    it("filters by marketplace, store, status, time and a Turkish-aware search", async () => {
      const beymen = (await asA("{ orders(first: 200, filter: { marketplaces: [BEYMEN] }) { totalCount edges { node { marketplace store { id } } } } }")).data.orders;
      assert.ok(beymen.totalCount > 0 && beymen.edges.every((e: Any) => e.node.marketplace === "BEYMEN"));
      const store = (await asA('{ orders(first: 200, filter: { storeIds: ["demo-pazarama"] }) { totalCount edges { node { store { id } } } } }')).data.orders;
      assert.ok(store.edges.every((e: Any) => e.node.store.id === "demo-pazarama"));
      const shipped = (await asA("{ orders(first: 200, filter: { statuses: [SHIPPED, DELIVERED] }) { edges { node { status } } } }")).data.orders;
      assert.ok(shipped.edges.length && shipped.edges.every((e: Any) => ["SHIPPED", "DELIVERED"].includes(e.node.status)));
      const all = (await asA(`{ orders(first: 200) { edges { node { ${FIELDS} } } } }`)).data.orders.edges.map((e: Any) => e.node);
      const mid = all[Math.floor(all.length / 2)].createdAt;
      const newer = (await asA("query($t: DateTime) { orders(first: 200, filter: { createdFrom: $t }) { edges { node { createdAt } } } }", { t: mid })).data.orders;
      assert.ok(newer.edges.every((e: Any) => Date.parse(e.node.createdAt) >= Date.parse(mid)));
      // A buyer with a Turkish letter in the name, found by the other case and dotless/dotted i.
      const turkish = all.find((o: Any) => /[ıİşŞğĞüÜöÖçÇ]/.test(o.customer.name ?? ""));
      assert.ok(turkish, "the sandbox has Turkish names");
      const name: string = turkish.customer.name;
      const other = name === name.toLocaleUpperCase("tr-TR") ? name.toLocaleLowerCase("tr-TR") : name.toLocaleUpperCase("tr-TR");
      const found = (await asA("query($s: String) { orders(first: 200, filter: { search: $s }) { edges { node { customer { name } } } } }", { s: other })).data.orders;
      assert.ok(
        found.edges.some((e: Any) => e.node.customer.name === name),
        `${other} finds ${name}`,
      );
      const byNumber = (await asA("query($s: String) { orders(filter: { search: $s }) { totalCount edges { node { number } } } }", { s: all[0].number })).data.orders;
      assert.equal(byNumber.edges[0].node.number, all[0].number);
    });

    it("answers one order by id and refuses bad input with BAD_USER_INPUT", async () => {
      const one = (await asA(`{ orders(first: 1) { edges { node { id number } } } }`)).data.orders.edges[0].node;
      assert.equal((await asA(`query($id: ID!) { order(id: $id) { number } }`, { id: one.id })).data.order.number, one.number);
      assert.equal((await asA('{ order(id: "pazarama:nope:1") { number } }')).data.order, null);
      for (const q of [
        "{ orders(first: 0) { totalCount } }",
        "{ orders(first: 201) { totalCount } }",
        '{ orders(after: "not-a-cursor") { totalCount } }',
        `{ orders(filter: { search: "${"x".repeat(201)}" }) { totalCount } }`,
        '{ orders(filter: { createdFrom: "2026-02-01T00:00:00Z", createdTo: "2026-01-01T00:00:00Z" }) { totalCount } }',
        "{ orders(filter: { statuses: [NOT_A_STATUS] }) { totalCount } }",
        '{ orders(filter: { createdFrom: "1000-01-01T00:00:00Z" }) { totalCount } }',
        '{ orderCounts(filter: { updatedTo: "9999-12-31T00:00:00Z" }) { count } }',
      ]) {
        const res = await asA(q);
        assert.equal(res.errors?.[0]?.extensions?.code, "BAD_USER_INPUT", `${q}: ${JSON.stringify(res.errors)}`);
      }
    });

    it("shows a new sandbox order in the feed within a poll", async () => {
      const created = (await sandbox(stack, "POST", "/orders", { itemCount: 1 })) as { orderNumber: string | number };
      let top: Any;
      await until(
        async () => {
          top = (await asA('{ orders(first: 1, filter: { storeIds: ["demo-pazarama"] }) { edges { node { number status } } } }')).data.orders.edges[0]?.node;
          return top?.number === String(created.orderNumber);
        },
        "the new order is in the feed",
        10_000,
      );
      assert.equal(top?.number, String(created.orderNumber));
      assert.equal(top.status, "CREATED");
    });

    it("shows each store's sync: last success, orders known (as many as the feed has), REST calls, and the last error while the marketplace fails", async () => {
      const q = `{ stores { id sync { lastSuccessAt lastAttemptAt lastError ordersKnown restCallsLastHour } } orderCounts { count } pz: orderCounts(filter: { storeIds: ["demo-pazarama"] }) { count } }`;
      const ok = (await asA(q)).data;
      const pz = ok.stores.find((x: Any) => x.id === "demo-pazarama").sync;
      assert.ok(pz.lastSuccessAt, JSON.stringify(pz));
      assert.equal(pz.lastError, null);
      assert.ok(pz.restCallsLastHour > 0, "the poller's calls are counted");
      const inFeed = ok.pz.reduce((n: number, c: Any) => n + c.count, 0);
      assert.ok(Math.abs(pz.ordersKnown - inFeed) <= 1, `ordersKnown ${pz.ordersKnown}, feed ${inFeed}`);
      // Pazarama answers 500 to everything: the next poll records the failure, a later one clears it.
      stack.sandbox?.faults.set({ errorRate: 1 });
      let failing: Any;
      try {
        await until(
          async () => {
            failing = (await asA(q)).data.stores.find((x: Any) => x.id === "demo-pazarama").sync;
            return Boolean(failing.lastError);
          },
          "a poll records the failure",
          10_000,
        );
      } finally {
        stack.sandbox?.faults.clear();
      }
      assert.match(failing.lastError ?? "", /^[A-Z_]+: /, "the code and the message");
      assert.doesNotMatch(failing.lastError, /demo-secret|Bearer/, "no credential in it");
      let healed: Any;
      await until(
        async () => {
          healed = (await asA(q)).data.stores.find((x: Any) => x.id === "demo-pazarama").sync;
          return !healed.lastError;
        },
        "a later poll clears it",
        10_000,
      );
      assert.equal(healed.lastError, null);
      // Another tenant's store's sync is not reachable: its stores are not in A's list.
      const bStores = (await asB("{ stores { id sync { ordersKnown } } }")).data.stores;
      assert.ok(bStores.every((x: Any) => !x.id.startsWith("demo-")));
      assert.ok(bStores[0].sync.ordersKnown > 0);
    });

    it("keeps tenants apart in SQL: no query, id or filter reaches the other tenant's orders", async () => {
      const a = (await asA("{ orders(first: 200) { totalCount edges { node { id store { id } } } } }")).data.orders;
      const b = (await asB("{ orders(first: 200) { totalCount edges { node { id store { id } } } } }")).data.orders;
      assert.ok(a.totalCount > 0 && b.totalCount > 0);
      const aStores = new Set(a.edges.map((e: Any) => e.node.store.id));
      const bStores = new Set(b.edges.map((e: Any) => e.node.store.id));
      for (const s of bStores) assert.ok(!aStores.has(s), `store ${s} in both tenants' feeds`);
      // B asks for A's stores and A's orders by id: nothing.
      const filtered = (
        await asB('{ orders(filter: { storeIds: ["demo-pazarama", "demo-beymen"] }) { totalCount } orderCounts(filter: { storeIds: ["demo-pazarama"] }) { count } }')
      ).data;
      assert.equal(filtered.orders.totalCount, 0);
      assert.deepEqual(filtered.orderCounts, []);
      for (const e of a.edges.slice(0, 20)) assert.equal((await asB("query($id: ID!) { order(id: $id) { id } }", { id: e.node.id })).data.order, null);
      const search = (await asB('{ orders(first: 200, filter: { search: "BEY-" }) { totalCount } }')).data.orders;
      assert.equal(search.totalCount, 0, "B has no Beymen store: searching Beymen numbers finds nothing");
    });
  });
}
