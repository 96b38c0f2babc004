// Observability: /metrics on the gateway and on every subgraph, in Prometheus text format. A query
// through the gateway shows up in the gateway's request histogram, in the subgraph fetch histogram and
// in the subgraph's own request histogram; marketplace calls, caches, polls, WebSockets and the event
// loop are there too; client-chosen operation names cannot grow the label set without bound.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Stack } from "../scripts/stack.ts";
import { gql, pazaramaOf, startTestStack } from "./helpers.ts";

// biome-ignore lint/suspicious/noExplicitAny: answers are read loosely
type Any = any;

/** The value of one sample line, e.g. metric{a="b"} 3 → 3; 0 when absent. */
function sample(text: string, name: string, labels: Record<string, string>): number {
  for (const line of text.split("\n")) {
    if (!line.startsWith(`${name}{`) && line.split(" ")[0] !== name) continue;
    if (Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) return Number(line.split(" ").at(-1));
  }
  return 0;
}

describe("Metrics", () => {
  let stack: Stack;
  const scrape = async (url: string) => {
    const res = await fetch(url.replace(/\/graphql$/, "/metrics"));
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /text\/plain/);
    return res.text();
  };
  before(async () => {
    stack = await startTestStack("memory", {}, { poll: false, marketplaces: ["pazarama"] });
  });
  after(() => stack?.close());

  it("asks the orders subgraph once for a feed of whole orders, and once more only for orders a marketplace namespace returned by id", async () => {
    const store = pazaramaOf(stack).service.store("demo-pazarama");
    await pazaramaOf(stack).poller.pollStore({ id: store.config.id, tenantId: store.config.tenantId, active: true, handle: store });
    const calls = async () => sample(await scrape(stack.gatewayUrl), "pazargraph_subgraph_fetch_duration_seconds_count", { subgraph: "orders", status: "200" });
    let before = await calls();
    const feed = await gql<Any, Any>(stack, "{ orders(first: 20) { edges { node { id number status lines { id quantity } packages { code lines { id } } } } } }");
    assert.equal(feed.errors, undefined, JSON.stringify(feed.errors));
    assert.equal(feed.data.orders.edges.length, 20);
    // The gateway used to fetch every node again with _entities (OrderEdge is defined by several subgraphs).
    assert.equal((await calls()) - before, 1, "one call: the orders came whole");
    before = await calls();
    const namespaced = await gql<Any, Any>(stack, "{ pazarama { orders(first: 3) { edges { node { id number status } } } } }");
    assert.equal(namespaced.errors, undefined, JSON.stringify(namespaced.errors));
    assert.ok(
      namespaced.data.pazarama.orders.edges.every((e: Any) => e.node.number && e.node.status),
      "the fields the orders subgraph owns",
    );
    assert.equal((await calls()) - before, 1, "one entity fetch for the orders Pazarama returned by id");
  });

  it("counts a query in the gateway's, the subgraph fetch and the subgraph's histograms", async () => {
    const res = await gql<Any, Any>(stack, "query DashboardFeed { orders(first: 2) { edges { node { id } } } }");
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const gateway = await scrape(stack.gatewayUrl);
    assert.equal(sample(gateway, "pazargraph_graphql_request_duration_seconds_count", { service: "gateway", operation: "DashboardFeed", outcome: "ok" }), 1);
    assert.ok(sample(gateway, "pazargraph_subgraph_fetch_duration_seconds_count", { subgraph: "orders", status: "200" }) >= 1);
    const orders = await scrape(stack.subgraphUrls.orders);
    assert.ok(sample(orders, "pazargraph_graphql_request_duration_seconds_count", { service: "orders", outcome: "ok" }) >= 1, "the subgraph counted it too");
    assert.match(orders, /nodejs_eventloop_lag_seconds/);
    // An answer with an error is an error outcome.
    await gql<Any, Any>(stack, `query Bad { orders(first: 500) { totalCount } }`);
    assert.equal(sample(await scrape(stack.gatewayUrl), "pazargraph_graphql_requests_total", { service: "gateway", operation: "Bad", outcome: "error" }), 1);
    // Also when the answer is large (its errors come from the execution, not from scanning its text).
    const big = await gql<Any, Any>(
      stack,
      `query BigBad { orders(first: 100) { edges { node { id number status createdAt lines { id productName quantity } } } } bad: order(id: "${"x".repeat(301)}") { id } }`,
    );
    assert.ok(JSON.stringify(big).length > 16_384 && big.errors?.length, `a large answer with an error: ${JSON.stringify(big).length} ${JSON.stringify(big.errors)}`);
    assert.equal(sample(await scrape(stack.gatewayUrl), "pazargraph_graphql_requests_total", { service: "gateway", operation: "BigBad", outcome: "error" }), 1);
  });

  it("counts marketplace calls by endpoint and status, caches by level, polls, sockets", async () => {
    await gql<Any, Any>(stack, "{ pazarama { orders(first: 1) { edges { node { id } } } categoryTree { id } } }");
    await gql<Any, Any>(stack, "{ pazarama { categoryTree { id } } }");
    // The same selection written otherwise: past L0 (whole texts), answered by L1 (selections).
    await gql<Any, Any>(stack, "{ pazarama {  categoryTree { id } } }");
    // Word for word again: L0, before parsing.
    await gql<Any, Any>(stack, "{ pazarama { categoryTree { id } } }");
    const store = pazaramaOf(stack).service.store("demo-pazarama");
    await pazaramaOf(stack).poller.pollStore({ id: store.config.id, tenantId: store.config.tenantId, active: true, handle: store });
    const text = await scrape(stack.subgraphUrls.pazarama);
    assert.ok(sample(text, "pazargraph_marketplace_requests_total", { marketplace: "pazarama", endpoint: "POST /order/getOrdersForApi", status: "200" }) >= 1);
    assert.ok(sample(text, "pazargraph_marketplace_request_duration_seconds_count", { marketplace: "pazarama" }) >= 1);
    assert.ok(sample(text, "pazargraph_cache_requests_total", { cache: "l1", result: "hit" }) >= 1, "the same selection written otherwise was answered by the gateway's L1");
    assert.ok(sample(text, "pazargraph_cache_requests_total", { cache: "l0", result: "hit" }) >= 1, "the word-for-word repeat by its L0");
    assert.ok(sample(text, "pazargraph_cache_requests_total", { cache: "l2" }) >= 1);
    assert.ok(sample(text, "pazargraph_polls_total", { marketplace: "pazarama", tier: "full", outcome: "ok" }) >= 1);
    assert.match(text, /pazargraph_poller_lag_seconds\{marketplace="pazarama",store="demo-pazarama"\}/);
    assert.match(text, /pazargraph_websocket_connections \d/);
    assert.match(text, /pazargraph_subscriptions_active \d/);
  });

  it("folds client-chosen operation names beyond the first 200 into one label", async () => {
    await Promise.all(Array.from({ length: 250 }, (_, i) => gql<Any, Any>(stack, `query Op${i} { stores { id } }`)));
    const text = await scrape(stack.gatewayUrl);
    const names = new Set([...text.matchAll(/pazargraph_graphql_requests_total\{service="gateway",operation="([^"]+)"/g)].map((m) => m[1]));
    assert.ok(names.size <= 201, `${names.size} operation labels`);
    assert.ok(names.has("other"));
  });
});
