// The reproductions of the hostile test (issue 9), one by one, each with the answer it must now get.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { request } from "node:http";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { OrderEventLog } from "@pazargraph/runtime";
import type { Stack } from "../scripts/stack.ts";
import { post } from "./campaign/tally.ts";
import { everyMarketplace, gql, startTestStack } from "./helpers.ts";

// biome-ignore lint/suspicious/noExplicitAny: answers are read loosely
type Any = any;
const root = join(import.meta.dirname, "..");
const code = (r: { body: unknown }) => (r.body as Any)?.errors?.[0]?.extensions?.code;

describe("Hostile-test reproductions", () => {
  let stack: Stack;
  let key: Record<string, string>;
  before(async () => {
    stack = await startTestStack(
      "memory",
      {
        security: { demoKey: true, rateLimit: { points: 100_000, windowSeconds: 60 } },
        marketplaces: everyMarketplace({ timeoutMs: 400, callDeadlineMs: 800, retries: 1, pollIntervalMs: 60_000 }),
      },
      { poll: false },
    );
    key = { "x-api-key": stack.demoKey ?? "" };
  });
  after(() => stack?.close());

  it("1. an Upgrade: websocket header on plain HTTP skips nothing: 401", async () => {
    // fetch will not send Upgrade; node:http sends it as the attacker did with curl.
    const raw = (method: string, path: string, body?: string) =>
      new Promise<{ status: number; body: unknown }>((resolve, reject) => {
        const url = new URL(stack.gatewayUrl);
        const req = request({ host: url.hostname, port: url.port, path, method, headers: { upgrade: "websocket", "content-type": "application/json" } }, (res) => {
          let text = "";
          res.on("data", (d) => {
            text += d;
          });
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text || "null") }));
        });
        req.on("error", reject);
        req.end(body);
      });
    const res = await raw("POST", "/graphql", JSON.stringify({ query: "{ __schema { queryType { name } } }" }));
    assert.equal(res.status, 401);
    assert.equal(code(res), "UNAUTHENTICATED");
    const get = await raw("GET", `/graphql?query=${encodeURIComponent("{ stores { id } }")}`);
    assert.equal(get.status, 401);
  });

  it("2. 5,000 repeated fields and 20,000 __typename are refused before validation: QUERY_TOO_COMPLEX", async () => {
    const a = await post(stack.gatewayUrl, JSON.stringify({ query: `{ stores { ${"id ".repeat(5000)} } }` }), key);
    assert.equal(a.status, 400);
    assert.equal(code(a), "QUERY_TOO_COMPLEX");
    const b = await post(stack.gatewayUrl, JSON.stringify({ query: `{ ${"__typename ".repeat(20_000)} }` }), key);
    assert.equal(code(b), "QUERY_TOO_COMPLEX");
  });

  it("3. a body over the limit is 413", async () => {
    const res = await post(stack.gatewayUrl, JSON.stringify({ query: "{ stores { id } }", variables: { x: "y".repeat(1_100_000) } }), key);
    assert.equal(res.status, 413);
    assert.equal(code(res), "QUERY_TOO_COMPLEX");
  });

  it("5. a hung or resetting marketplace nulls only its own aliased field, with TIMEOUT / MARKETPLACE_UNAVAILABLE", async () => {
    const query = "{ p: pazarama { o: orders(first: 2) { edges { node { number } } } } b: beymen { orders(first: 2) { edges { node { number } } } } }";
    for (const [fault, expected] of [
      [{ hangRate: 1, hangMs: 3000 }, "TIMEOUT"],
      [{ resetRate: 1 }, "MARKETPLACE_UNAVAILABLE"],
    ] as const) {
      stack.sandbox?.faults.set(fault);
      const res = await post(stack.gatewayUrl, JSON.stringify({ query }), key);
      stack.sandbox?.faults.clear();
      const body = res.body as Any;
      assert.equal(res.status, 200);
      assert.equal(body.data.p.o, null);
      assert.equal(body.data.b.orders.edges.length, 2, "Beymen's part is there");
      assert.deepEqual(body.errors[0].path, ["p", "o"]);
      assert.deepEqual(body.errors[0].locations, [{ line: 1, column: 17 }]);
      assert.equal(body.errors[0].extensions.code, expected);
      assert.equal(body.errors[0].extensions.marketplace, "pazarama");
    }
  });

  it("null arguments are left-out arguments; a subscription over HTTP is the caller's mistake", async () => {
    const res = await gql<Any, Any>(
      stack,
      "{ pazarama { brands(search: null, first: 2) { totalCount } products(code: null, first: 1) { edges { node { id } } } } beymen { brands(search: null, first: 2) { totalCount } } }",
    );
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const sub = await post(stack.gatewayUrl, JSON.stringify({ query: "subscription { orderEvents { id } }" }), key);
    assert.equal(sub.status, 400);
    assert.equal(code(sub), "BAD_USER_INPUT");
  });

  it("variables inside list literals reach the subgraph", async () => {
    const res = await gql<Any, Any>(stack, "query($s: OrderStatus!) { pazarama { orders(first: 5, filter: { statuses: [$s] }) { edges { node { status } } } } }", {
      s: "DELIVERED",
    });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const statuses = res.data.pazarama.orders.edges.map((e: Any) => e.node.status);
    assert.ok(statuses.length > 0 && statuses.every((s: string) => s === "DELIVERED"), statuses.join());
  });

  it("npm run tenant while the product runs: the key works at once and survives the next createApiKey", async () => {
    const dataDir = (stack.config.mode as { dataDir: string }).dataDir;
    const { REDIS_URL: _r, ...env } = process.env;
    // Asynchronously: the product runs in this very process and must answer the script.
    const run = await new Promise<{ status: number; stdout: string; stderr: string }>((resolve) =>
      execFile(
        process.execPath,
        ["--import", "tsx", join(root, "scripts/create-tenant.ts"), "acme"],
        { cwd: root, env: { ...env, PAZARGRAPH_DATA_DIR: dataDir } },
        (err, stdout, stderr) => resolve({ status: err ? 1 : 0, stdout, stderr }),
      ),
    );
    assert.equal(run.status, 0, run.stderr);
    const acme = /pgk_\S+/.exec(run.stdout)?.[0] ?? "";
    const first = await gql<Any, Any>(stack, "{ apiKeys { id name } }", undefined, acme);
    assert.equal(first.errors, undefined, JSON.stringify(first.errors));
    assert.equal(first.data.apiKeys.length, 1);
    const made = await gql<Any, Any>(stack, 'mutation { createApiKey(input: { name: "another", scopes: [READ] }) { key } }');
    assert.equal(made.errors, undefined);
    const again = await gql<Any, Any>(stack, "{ apiKeys { id } }", undefined, acme);
    assert.equal(again.data?.apiKeys.length, 1, "the acme key still works");
  });

  it("a cursor older than the kept history is CURSOR_EXPIRED, never a silent gap", async () => {
    // An event of the demo tenant, then everything up to it trimmed away (as retention would).
    const at = new Date();
    const order = (status: string) => ({ id: "pazarama:expired-store:1", number: "1", marketplace: "PAZARAMA", status, createdAt: at.toISOString(), lines: [] }) as Any;
    await stack.ports.hub.apply("demo", "expired-store", [order("CREATED")], at, { announce: true });
    await stack.ports.hub.apply("demo", "expired-store", [order("PREPARING")], at, { announce: true });
    const [newest] = await stack.ports.orderEvents.newest("demo", 1);
    const cursor = String(Number(newest.id) - 1);
    const ok = await gql<Any, Any>(stack, "query($a: ID) { orderEventHistory(after: $a) { id kind } }", { a: cursor });
    assert.deepEqual(ok.data?.orderEventHistory, [{ id: newest.id, kind: "STATUS_CHANGED" }], JSON.stringify(ok.errors));
    const trimmer = new OrderEventLog(stack.ports.database.db, stack.ports.events, { maxKept: 0 });
    assert.ok((await trimmer.trim()) >= 2);
    const res = await gql<Any, Any>(stack, "query($a: ID) { orderEventHistory(after: $a) { id } }", { a: cursor });
    assert.equal(res.errors?.[0]?.extensions?.code, "CURSOR_EXPIRED", JSON.stringify(res.errors));
    // A cursor of an earlier version (a Redis stream id) is expired too; one that never was is bad input.
    const old = await gql<Any, Any>(stack, "query($a: ID) { orderEventHistory(after: $a) { id } }", { a: "1795000000000-0" });
    assert.equal(old.errors?.[0]?.extensions?.code, "CURSOR_EXPIRED");
    const bad = await gql<Any, Any>(stack, "query($a: ID) { orderEventHistory(after: $a) { id } }", { a: "abc" });
    assert.equal(bad.errors?.[0]?.extensions?.code, "BAD_USER_INPUT");
  });
});
