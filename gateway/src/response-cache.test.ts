// L0 on a stand-in GraphQL route: a reference-data query is answered from the cache the second time
// (the route is not reached), per tenant, until the TTL; other queries, errors and failures are not kept.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import Fastify from "fastify";
import { parse } from "graphql";
import { cacheableFields } from "./l1-cache.ts";
import { installResponseCache, isReferenceQuery } from "./response-cache.ts";

const cacheable = cacheableFields({ pazarama: ["categoryTree", "brands"] });

function app() {
  let t = 1_000_000;
  let calls = 0;
  let answer: unknown = { data: { pazarama: { categoryTree: [] } } };
  const a = Fastify();
  a.addHook("preHandler", async (req) => {
    (req as { identity?: { tenantId: string } }).identity = { tenantId: String(req.headers["x-tenant"] ?? "t1") };
  });
  const stats = installResponseCache(a, {
    cacheable,
    ttlMs: 1000,
    maxEntries: 10,
    maxQueryBytes: 2000,
    scopeOf: (req) => (req as { identity?: { tenantId: string } }).identity?.tenantId,
    now: () => t,
  });
  a.post("/graphql", async () => {
    calls++;
    return answer;
  });
  const ask = async (query: string, tenant = "t1") => (await a.inject({ method: "POST", url: "/graphql", headers: { "x-tenant": tenant }, payload: { query } })).json();
  return {
    ask,
    stats,
    calls: () => calls,
    advance: (ms: number) => {
      t += ms;
    },
    answerWith: (v: unknown) => {
      answer = v;
    },
  };
}

const TREE = "{ pazarama { categoryTree { id name } } }";

describe("L0 response cache", () => {
  it("knows reference-data documents: namespace fields from l1Fields only, no fragments or directives", () => {
    assert.equal(isReferenceQuery(parse(TREE), cacheable), true);
    assert.equal(isReferenceQuery(parse("{ pazarama { categoryTree { id } orders { totalCount } } }"), cacheable), false);
    assert.equal(isReferenceQuery(parse("{ stores { id } }"), cacheable), false);
    assert.equal(isReferenceQuery(parse("{ pazarama { ...F } } fragment F on PazaramaAPI { brands { id } }"), cacheable), false);
    assert.equal(isReferenceQuery(parse("query ($x: Boolean!) { pazarama { categoryTree @include(if: $x) { id } } }"), cacheable), false);
    assert.equal(isReferenceQuery(parse("mutation { pazarama { categoryTree { id } } }"), cacheable), false);
  });

  it("answers a repeated reference query without reaching the route, per tenant, until the TTL", async () => {
    const c = app();
    await c.ask(TREE);
    await c.ask(TREE);
    assert.equal(c.calls(), 1, "the second from L0");
    await c.ask(TREE, "t2");
    assert.equal(c.calls(), 2, "another tenant's is its own");
    c.advance(1001);
    await c.ask(TREE);
    assert.equal(c.calls(), 3, "after the TTL, asked again");
    assert.deepEqual([c.stats.hits, c.stats.misses], [1, 3]);
  });

  it("does not look at a request larger than a document may be", async () => {
    const c = app();
    const big = `{ pazarama { categoryTree { id name } } }${" ".repeat(3000)}`;
    await c.ask(big);
    await c.ask(big);
    assert.equal(c.calls(), 2);
    assert.deepEqual([c.stats.hits, c.stats.misses], [0, 0], "neither counted nor kept");
  });

  it("keeps neither other queries nor answers with errors", async () => {
    const c = app();
    await c.ask("{ stores { id } }");
    await c.ask("{ stores { id } }");
    assert.equal(c.calls(), 2);
    c.answerWith({ data: null, errors: [{ message: "down" }] });
    await c.ask(TREE);
    await c.ask(TREE);
    assert.equal(c.calls(), 4, "a failed answer is not kept");
  });
});
