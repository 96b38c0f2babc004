// Two replicas on one Redis: the replica without sandboxes serves the demo stores through the other's
// sandboxes; a replica whose credentials key or internal secret differs stops at boot with one line
// naming the setting; introspection is off by default in Redis mode and on in the embedded default.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { createLogger, loadConfig } from "@pazargraph/runtime";
import WebSocket from "ws";
import { type Stack, startStack } from "../scripts/stack.ts";
import { createTestDatabase } from "./db.ts";
import { freePorts, gql, startTestStack, until } from "./helpers.ts";
import { REDIS_URL, skipWithoutRedis, uniquePrefix } from "./redis.ts";

// biome-ignore lint/suspicious/noExplicitAny: answers are read loosely
type Any = any;

const replica = (prefix: string, databaseUrl: string, overrides: Record<string, unknown>) =>
  startStack({
    config: loadConfig(
      { REDIS_URL },
      {
        mode: { kind: "redis", url: REDIS_URL, prefix },
        database: { url: databaseUrl },
        logLevel: "silent",
        ...freePorts(),
        ...overrides,
      },
    ),
    logger: createLogger({ name: "e2e", level: "silent" }),
    poll: false,
  });

describe("Replicas on one Redis", { skip: skipWithoutRedis }, () => {
  const prefix = uniquePrefix();
  const credentialsKey = randomBytes(32).toString("base64");
  const internalSecret = randomBytes(32).toString("base64");
  let a: Stack;
  let b: Stack;
  let db = "";
  before(async () => {
    db = await createTestDatabase();
    const rateLimit = { points: 40, windowSeconds: 60 };
    a = await replica(prefix, db, { security: { credentialsKey, internalSecret, demoKey: true, rateLimit } });
    b = await replica(prefix, db, { security: { credentialsKey, internalSecret, rateLimit }, sandbox: { enabled: false } });
  });
  after(async () => {
    await b?.close();
    await a?.close();
  });

  it("serves the demo stores from the replica that runs no sandbox", async () => {
    assert.deepEqual(b.sandboxUrls, {});
    const res = await gql<Any, Any>(
      b,
      "{ pazarama { orders(first: 2) { edges { node { number } } } } beymen { orders(first: 2) { edges { node { number } } } } }",
      undefined,
      a.demoKey,
    );
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data.pazarama.orders.edges.length, 2);
    assert.equal(res.data.beymen.orders.edges.length, 2);
  });

  it("counts a key's rate limit across replicas: over it, refused on both alike", async () => {
    const { key } = await a.apiKeys.create("demo", "limited", ["read"]);
    const ask = (on: Stack) => gql<Any, Any>(on, "{ stores { id } }", undefined, key);
    for (let i = 0; i < 20; i++) assert.equal((await ask(a)).errors, undefined);
    for (let i = 0; i < 20; i++) assert.equal((await ask(b)).errors, undefined, `request ${21 + i} of 40`);
    for (const on of [a, b]) {
      const res = await ask(on);
      assert.equal(res.errors?.[0]?.extensions?.code, "RATE_LIMITED", JSON.stringify(res.errors));
      assert.ok(Number(res.errors?.[0]?.extensions?.retryAfterSeconds) >= 1);
    }
  });

  it("stops a revoked key on every replica at once, its open subscription included, though each replica caches keys", async () => {
    const { key, record } = await a.apiKeys.create("demo", "to revoke", ["read"]);
    // B looks the key up (and caches it), and holds a subscription with it.
    assert.equal((await gql<Any, Any>(b, "{ stores { id } }", undefined, key)).errors, undefined);
    const closed = new Promise<number>((resolve) => {
      const ws = new WebSocket(b.gatewayWsUrl, "graphql-transport-ws");
      ws.on("error", () => {});
      ws.on("open", () => ws.send(JSON.stringify({ type: "connection_init", payload: { "x-api-key": key } })));
      ws.on("message", (m) => {
        if (JSON.parse(String(m)).type === "connection_ack") ws.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query: "subscription { orderEvents { id } }" } }));
      });
      ws.on("close", (code) => resolve(code));
    });
    await until(() => b.liveSubscriptions() > 0, "the subscription is live in B's orders subgraph");
    const revoked = await gql<Any, Any>(a, `mutation { revokeApiKey(id: "${record.id}") { revokedAt } }`, undefined, a.demoKey);
    assert.ok(revoked.data?.revokeApiKey?.revokedAt, JSON.stringify(revoked.errors));
    const t0 = Date.now();
    await until(async () => (await gql<Any, Any>(b, "{ stores { id } }", undefined, key)).errors?.[0]?.extensions?.code === "UNAUTHENTICATED", "B refuses the key", 5000);
    assert.ok(Date.now() - t0 < 5000, "well before B's 30 s key cache would have expired");
    assert.equal(await closed, 4403, "the open socket is closed as forbidden");
  });

  it("stops a replica with another credentials key or internal secret at boot, naming the setting", async () => {
    await assert.rejects(
      replica(prefix, db, { security: { credentialsKey: randomBytes(32).toString("base64"), internalSecret }, sandbox: { enabled: false } }),
      /PAZARGRAPH_CREDENTIALS_KEY/,
    );
    await assert.rejects(
      replica(prefix, db, { security: { credentialsKey, internalSecret: randomBytes(32).toString("base64") }, sandbox: { enabled: false } }),
      /PAZARGRAPH_INTERNAL_SECRET/,
    );
  });

  it("answers introspection only where it is on: off by default in Redis mode", async () => {
    const res = await gql<Any, Any>(a, "{ __schema { queryType { name } } }", undefined, a.demoKey);
    assert.equal(res.errors?.[0]?.extensions?.code, "BAD_USER_INPUT", JSON.stringify(res));
  });
});

describe("Introspection in the embedded default", () => {
  let stack: Stack;
  before(async () => {
    stack = await startTestStack("memory", { security: { demoKey: true, keyDir: mkdtempSync(join(tmpdir(), "pg-intro-")) } }, { poll: false });
  });
  after(() => stack?.close());
  it("is on, for the explorer", async () => {
    const res = await gql<Any, Any>(stack, "{ __schema { queryType { name } } }");
    assert.equal(res.data?.__schema.queryType.name, "Query");
  });
});
