// Tenants and access end to end: two tenants, each with Pazarama and Beymen sandbox stores, can
// neither see, change nor subscribe to each other's stores, orders or events by any id, filter or
// argument; scopes, key revocation, JWTs, rate limits and WebSocket authentication hold; subgraphs
// refuse requests without the gateway's signature; and no log line holds a credential, token or key.
import assert from "node:assert/strict";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { createLogger, loadConfig, MARKETPLACES, signIdentity } from "@pazargraph/runtime";
import { createClient } from "graphql-ws";
import { SignJWT } from "jose";
import { pino } from "pino";
import WebSocket from "ws";
import { OrderEventsDocument } from "../schema/generated/operations.ts";
import { type Stack, startStack } from "../scripts/stack.ts";
import { createTestDatabase } from "./db.ts";
import { freePorts, gql, type Mode, pazaramaOf, subscribe, until } from "./helpers.ts";
import { REDIS_URL, skipWithoutRedis, uniquePrefix } from "./redis.ts";

// biome-ignore lint/suspicious/noExplicitAny: test answers are read loosely
type Any = any;
const JWT_SECRET = "a-test-only-hs256-secret-of-forty-chars!!";
const code = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => r.errors?.[0]?.extensions?.code;

for (const mode of ["memory", "redis"] as Mode[]) {
  describe(`Tenants and access end to end (${mode} mode)`, { skip: mode === "redis" ? skipWithoutRedis : false }, () => {
    let stack: Stack;
    let logFile: string;
    let keyB: string;
    const secrets: string[] = [];
    const asB = (q: string) => gql<Any, Any>(stack, q, undefined, keyB);
    const asA = (q: string) => gql<Any, Any>(stack, q);

    before(async () => {
      const dir = await mkdtemp(join(tmpdir(), "pg-access-"));
      logFile = join(dir, "log.ndjson");
      const logger = createLogger({ name: "e2e", level: "debug", destination: pino.destination({ dest: logFile, sync: true }) });
      stack = await startStack({
        config: loadConfig(mode === "redis" ? { REDIS_URL } : { PAZARGRAPH_DATA_DIR: dir }, {
          ...(mode === "redis" ? { mode: { kind: "redis", url: REDIS_URL, prefix: uniquePrefix(), dataDir: dir }, database: { url: await createTestDatabase() } } : {}),
          security: { keyDir: dir, jwt: { hs256Secret: JWT_SECRET }, demoKey: true },
          logLevel: "debug",
          ...freePorts({ timeoutMs: 1500, retries: 0 }),
        }),
        logger,
        poll: false,
      });
      // An operator creates tenant B's first admin key; B does the rest through the graph.
      keyB = (await stack.apiKeys.create("tenant-b", "B admin", ["admin"])).key;
      secrets.push(
        stack.demoKey as string,
        keyB,
        stack.config.marketplaces.pazarama.sandbox.credentials.clientSecret,
        stack.config.marketplaces.beymen.sandbox.credentials.apiPassword,
      );
      const [pazarama, beymen] = [stack.config.marketplaces.pazarama.sandbox.credentials, stack.config.marketplaces.beymen.sandbox.credentials];
      for (const [mp, creds] of [
        ["PAZARAMA", `clientId: "${pazarama.clientId}", clientSecret: "${pazarama.clientSecret}"`],
        ["BEYMEN", `apiKey: "${beymen.apiKey}", apiPassword: "${beymen.apiPassword}"`],
      ]) {
        const added = await asB(`mutation { addStore(input: { title: "B ${mp}", marketplace: ${mp}, testMode: true }) { id } }`);
        assert.equal(added.errors, undefined, JSON.stringify(added.errors));
        const id = added.data.addStore.id;
        const set = await asB(`mutation { setStoreCredentials(storeId: "${id}", input: { ${creds} }) { hasCredentials } }`);
        assert.equal(set.data.setStoreCredentials.hasCredentials, true);
      }
      await until(() => pazaramaOf(stack).service.stores.size >= 2, "the Pazarama subgraph serves tenant B's store");
    });
    after(() => stack?.close());

    it("refuses a request without credentials, with a bad key, and straight to a subgraph", async () => {
      assert.equal(code(await gql<Any, Any>(stack, "{ stores { id } }", undefined, null)), "UNAUTHENTICATED");
      assert.equal(
        code(await gql<Any, Any>(stack, "{ stores { id } }", undefined, "pgk_00000000000000000000000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")),
        "UNAUTHENTICATED",
      );
      for (const url of Object.values(stack.subgraphUrls)) {
        const plain = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) });
        assert.equal(plain.status, 401, `${url} without a signature`);
        const forged = signIdentity({ tenantId: "demo", subject: "x", scopes: ["admin"] }, "not-the-secret-not-the-secret-not-the-secret");
        const bad = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", "x-pazargraph-identity": forged },
          body: JSON.stringify({ query: "{ __typename }" }),
        });
        assert.equal(bad.status, 401, `${url} with a forged signature`);
      }
    });

    it("shows each tenant only its own stores, and another tenant's store id answers as one that does not exist", async () => {
      const a = (await asA("{ stores { id } }")).data.stores.map((s: Any) => s.id);
      const b = (await asB("{ stores { id } }")).data.stores.map((s: Any) => s.id);
      assert.deepEqual(
        a,
        MARKETPLACES.map((m) => m.demoStore.id),
        "the demo stores of every marketplace",
      );
      assert.equal(b.length, 2);
      assert.ok(b.every((id: string) => !a.includes(id)));
      assert.equal((await asB(`{ store(id: "demo-pazarama") { id } }`)).data.store, null);
      const missing = await asB(`{ pazarama(storeId: "no-such-store") { storeId } }`);
      const foreign = await asB(`{ pazarama(storeId: "demo-pazarama") { storeId } }`);
      assert.equal(code(foreign), "NOT_FOUND");
      assert.equal(foreign.errors?.[0]?.message.replace("demo-pazarama", "X"), missing.errors?.[0]?.message.replace("no-such-store", "X"));
      assert.equal(code(await asB(`{ beymen(storeId: "demo-beymen") { orders(first: 1) { totalCount } } }`)), "NOT_FOUND");
      // Without a store id each tenant gets its own only store.
      assert.equal(
        (await asB("{ pazarama { storeId } }")).data.pazarama.storeId,
        b.find((id: string) => id !== undefined && pazaramaOf(stack).service.stores.has(id)),
      );
      assert.equal((await asA("{ beymen { storeId } }")).data.beymen.storeId, "demo-beymen");
      // The gateway's L1 cache is per tenant: B never gets A's cached namespace answer.
      const q = "{ pazarama { storeId categoryTree { id } } }";
      const first = await asA(q);
      const again = await asA(q);
      assert.deepEqual(again.data, first.data);
      const other = await asB(q);
      assert.notEqual(other.data.pazarama.storeId, "demo-pazarama");
      assert.equal(other.data.pazarama.categoryTree.length, first.data.pazarama.categoryTree.length);
    });

    it("lets no tenant change another's stores or orders", async () => {
      for (const m of [
        `mutation { updateStore(id: "demo-pazarama", input: { title: "hijacked" }) { id } }`,
        `mutation { removeStore(id: "demo-beymen") }`,
        `mutation { setStoreCredentials(storeId: "demo-beymen", input: { apiKey: "x", apiPassword: "y" }) { id } }`,
        `mutation { updateStoreSettings(storeId: "demo-beymen", input: { autoDeductStock: true }) { id } }`,
        `mutation { testStoreConnection(storeId: "demo-pazarama") { id } }`,
        `mutation { pazarama(storeId: "demo-pazarama") { acceptOrder(input: { orderNumber: "1" }) { number } } }`,
        `mutation { beymen(storeId: "demo-beymen") { setProductOnSale(productId: "00000000-0000-0000-0000-000000000000", onSale: true) { id } } }`,
      ]) {
        assert.equal(code(await asB(m)), "NOT_FOUND", m);
      }
      assert.equal((await asA(`{ store(id: "demo-pazarama") { name } }`)).data.store.name, "Demo Pazarama Store");
      assert.equal(code(await asB(`mutation { revokeApiKey(id: "${(await stack.apiKeys.list("demo"))[0].id}") { id } }`)), "NOT_FOUND");
    });

    it("keeps events within the tenant, over subscriptions and history, whatever the filter", async () => {
      const store = pazaramaOf(stack).service.store("demo-pazarama");
      const polled = { id: store.config.id, tenantId: store.config.tenantId, active: true, handle: store };
      await pazaramaOf(stack).poller.pollStore(polled);
      const live = stack.liveSubscriptions();
      const subA = subscribe(stack, OrderEventsDocument, {});
      const subB = subscribe(stack, OrderEventsDocument, { filter: { storeIds: ["demo-pazarama"] } }, keyB);
      try {
        await until(() => stack.liveSubscriptions() >= live + 2, "both subscriptions are live");
        await fetch(`${stack.sandboxUrls.pazarama}/_sandbox/orders`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
        assert.equal(await pazaramaOf(stack).poller.pollStore(polled), 1);
        const e = (await subA.next(5000)).orderEvents;
        assert.equal(e.order.store.id, "demo-pazarama");
        await assert.rejects(subB.next(800), /no event within/, "tenant B sees nothing of A's store");
      } finally {
        await subA.close();
        await subB.close();
      }
      const historyB = await asB(`{ orderEventHistory(first: 500, filter: { storeIds: ["demo-pazarama"] }) { id } }`);
      assert.deepEqual(historyB.data.orderEventHistory, []);
      const anyB = await asB(`{ orderEventHistory(first: 500) { order { store { id } } } }`);
      assert.ok(anyB.data.orderEventHistory.every((x: Any) => x.order.store.id !== "demo-pazarama"));
      assert.ok((await asA(`{ orderEventHistory(first: 500) { id } }`)).data.orderEventHistory.length >= 1);
    });

    it("enforces scopes, lists keys without secrets and stops revoked keys at once (HTTP and WebSocket)", async () => {
      const created = await asB(`mutation { createApiKey(input: { name: "dashboard", scopes: [READ] }) { key apiKey { id prefix scopes } } }`);
      const readKey = created.data.createApiKey.key;
      secrets.push(readKey);
      assert.equal(readKey.startsWith(created.data.createApiKey.apiKey.prefix), true);
      const listed = await asB("{ apiKeys { id name prefix scopes revokedAt } }");
      assert.ok(listed.data.apiKeys.some((k: Any) => k.name === "dashboard"));
      assert.equal(JSON.stringify(listed.data).includes(readKey), false);
      const asRead = (q: string) => gql<Any, Any>(stack, q, undefined, readKey);
      assert.equal((await asRead("{ stores { id } }")).data.stores.length, 2);
      assert.equal(code(await asRead(`mutation { addStore(input: { title: "x", marketplace: BEYMEN }) { id } }`)), "FORBIDDEN");
      assert.equal(code(await asRead("{ apiKeys { id } }")), "FORBIDDEN");

      const before = stack.liveSubscriptions();
      const ws = subscribe(stack, OrderEventsDocument, {}, readKey);
      await until(() => stack.liveSubscriptions() > before, "the read key's subscription is live");
      await ws.close();
      await asB(`mutation { revokeApiKey(id: "${created.data.createApiKey.apiKey.id}") { revokedAt } }`);
      assert.equal(code(await asRead("{ stores { id } }")), "UNAUTHENTICATED");
      // A WebSocket with a revoked (or bad) key is refused and closed, before any acknowledgement.
      for (const key of [readKey, "not-a-key"]) {
        const outcome = await new Promise<{ acknowledged: boolean; closed: boolean }>((resolve) => {
          let acknowledged = false;
          const client = createClient({
            url: stack.gatewayWsUrl,
            webSocketImpl: WebSocket,
            retryAttempts: 0,
            connectionParams: { "x-api-key": key },
            on: {
              connected: () => {
                acknowledged = true;
              },
              closed: () => resolve({ acknowledged, closed: true }),
            },
          });
          client.subscribe({ query: "subscription { orderEvents { id } }" }, { next: () => {}, error: () => {}, complete: () => {} });
        });
        assert.deepEqual(outcome, { acknowledged: false, closed: true });
      }
    });

    it("accepts a JWT of the tenant (HS256) and refuses a forged one", async () => {
      const token = await new SignJWT({ tenant: "tenant-b", scope: "read" })
        .setProtectedHeader({ alg: "HS256" })
        .setSubject("user-7")
        .setExpirationTime("5m")
        .sign(new TextEncoder().encode(JWT_SECRET));
      secrets.push(token);
      const res = await fetch(stack.gatewayUrl, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: "{ stores { id } }" }),
      });
      const body = (await res.json()) as Any;
      assert.equal(body.data.stores.length, 2);
      const forged = await new SignJWT({ tenant: "demo", scope: "admin" })
        .setProtectedHeader({ alg: "HS256" })
        .sign(new TextEncoder().encode("another-secret-another-secret-another-secret"));
      const bad = await fetch(stack.gatewayUrl, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${forged}` },
        body: JSON.stringify({ query: "{ stores { id } }" }),
      });
      assert.equal(bad.status, 401);
    });

    it("writes no credential, token or API key to the logs", async () => {
      const text = await readFile(logFile, "utf8");
      assert.ok(text.length > 1000, "the suite logged");
      for (const s of secrets) assert.equal(text.includes(s), false, `a secret (${s.slice(0, 6)}…) is in the logs`);
      assert.equal(/pgk_[0-9a-f]{32}_/.test(text), false, "no API key at all");
      assert.equal(/Bearer\s+\S{20,}/.test(text), false, "no bearer token");
      assert.equal(text.includes("x-pazargraph-identity"), false);
    });
  });
}

describe("rate limiting per API key", () => {
  let stack: Stack;
  before(async () => {
    const dir = await mkdtemp(join(tmpdir(), "pg-rate-"));
    stack = await startStack({
      config: loadConfig(
        { PAZARGRAPH_DATA_DIR: dir },
        {
          logLevel: "silent",
          security: { rateLimit: { points: 3, windowSeconds: 60 } },
          ...freePorts(),
        },
      ),
      logger: createLogger({ name: "e2e", level: "silent" }),
      poll: false,
    });
  });
  after(() => stack?.close());

  it("answers RATE_LIMITED with a retry hint past the limit, for that key only", async () => {
    for (let i = 0; i < 3; i++) assert.equal((await gql<Any, Any>(stack, "{ stores { id } }")).errors, undefined);
    const res = await fetch(stack.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "x-api-key": stack.demoKey as string },
      body: JSON.stringify({ query: "{ stores { id } }" }),
    });
    assert.equal(res.status, 429);
    assert.ok(Number(res.headers.get("retry-after")) > 0);
    const body = (await res.json()) as Any;
    assert.equal(body.errors[0].extensions.code, "RATE_LIMITED");
    assert.ok(body.errors[0].extensions.retryAfterSeconds > 0);
    const other = (await stack.apiKeys.create("demo", "other", ["read"])).key;
    assert.equal((await gql<Any, Any>(stack, "{ stores { id } }", undefined, other)).errors, undefined);
  });
});
