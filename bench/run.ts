// Benchmarks, run by hand (`npm run bench`); they print figures and assert nothing.
// (a) an orders query with `store { name }` through the gateway vs the same orders from the Pazarama
//     subgraph directly (store { id } only: the subgraph cannot resolve the name);
// (b) a cached categoryTree query through the gateway vs a bare fastify route returning the same JSON;
// (c) a cold build of Beymen's brand list and category tree with the sandbox answering in 50 ms:
//     the time and the REST calls it takes, at crawl concurrency 1, 4 and 8;
// (d) warm throughput of Beymen's categoryTree query through the gateway;
// (e) a hostile document refused by the validation budget, with /health latency meanwhile;
// (f) the time a query for both marketplaces takes while one of them hangs.
import { createLogger, createMemoryCache, createMemoryLock, createSwrCache, IDENTITY_HEADER, loadConfig, signIdentity } from "@pazargraph/runtime";
import { BeymenService } from "@pazargraph/subgraph-beymen";
import Fastify from "fastify";
import { freePorts, startStack } from "../scripts/stack.ts";
import { load } from "./side-by-side/load.ts";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

const config = loadConfig(
  { PAZARGRAPH_DATA_DIR: "/tmp/pazargraph-bench" },
  {
    logLevel: "warn",
    ...freePorts(),

    gateway: { port: 0, l1TtlSeconds: 300 },
    security: { rateLimit: { points: 1_000_000_000, windowSeconds: 60 } },
  },
);
const stack = await startStack({ config, logger: createLogger({ name: "bench", level: "warn" }), poll: false });

// The gateway takes the demo API key; a subgraph takes the gateway's signed identity instead.
const gatewayHeaders = { "content-type": "application/json", "x-api-key": stack.demoKey as string };
const subgraphHeaders = {
  "content-type": "application/json",
  [IDENTITY_HEADER]: signIdentity({ tenantId: "demo", subject: "bench", scopes: ["read"] }, stack.internalSecret),
};

async function run(title: string, url: string, body: unknown) {
  const headers =
    url === stack.gatewayUrl
      ? gatewayHeaders
      : url.startsWith("http://127.0.0.1") && Object.values(stack.subgraphUrls).includes(url)
        ? subgraphHeaders
        : { "content-type": "application/json" };
  const result = await load({ url, headers, body: JSON.stringify(body), connections, seconds });
  console.log(`${title.padEnd(52)} ${result.rps.toFixed(0).padStart(7)} req/s   p99 ${String(result.p99).padStart(4)} ms   errors ${result.errors}`);
  return result;
}

const ordersQuery = (storeField: string) =>
  `{ pazarama { orders(first: 20) { edges { node { id number status createdAt store { ${storeField} } lines { productName quantity total { amount currency } } totals { total { amount currency } } } } } } }`;
const treeQuery = "{ pazarama { categoryTree { id name children { id name children { id name children { id name } } } } } }";

console.log(`autocannon: ${connections} connections, ${seconds} s each\n`);
const gwOrders = await run("(a) orders + store { name } via gateway", stack.gatewayUrl, { query: ordersQuery("name") });
const sgOrders = await run("(a) orders + store { id } from Pazarama subgraph", stack.subgraphUrls.pazarama, { query: ordersQuery("id") });

const treeJson = JSON.stringify(await (await fetch(stack.gatewayUrl, { method: "POST", headers: gatewayHeaders, body: JSON.stringify({ query: treeQuery }) })).json());
const plain = Fastify();
plain.post("/tree", async (_req, reply) => reply.type("application/json").send(treeJson));
await plain.listen({ port: 0, host: "127.0.0.1" });
const plainUrl = `http://127.0.0.1:${(plain.server.address() as { port: number }).port}/tree`;
const gwTree = await run("(b) cached categoryTree via gateway", stack.gatewayUrl, { query: treeQuery });
const rawTree = await run("(b) same JSON from a bare fastify route", plainUrl, {});

console.log(`
ratio (a) gateway / direct subgraph:  ${(gwOrders.rps / sgOrders.rps).toFixed(2)} of the throughput
ratio (b) gateway L1 / bare fastify:  ${(gwTree.rps / rawTree.rps).toFixed(2)} of the throughput
L1: ${stack.gateway.l1.hits} hits, ${stack.gateway.l1.misses} misses; tree JSON ${(treeJson.length / 1024).toFixed(1)} KiB`);

// (c) cold Beymen builds against the sandbox at 50 ms per call.
const beymenUrl = stack.sandboxUrls.beymen as string;
await fetch(`${beymenUrl}/_sandbox/faults`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ latencyMs: 50 }) });
console.log("\n(c) cold Beymen builds, sandbox latency 50 ms per call");
for (const crawlConcurrency of [1, 4, 8]) {
  const cfg = loadConfig(
    {},
    {
      marketplaces: { beymen: { crawlConcurrency } },
      stores: [{ id: "b", name: "B", marketplace: "beymen", baseUrl: beymenUrl, credentials: config.marketplaces.beymen.sandbox.credentials }],
    },
  );
  const service = new BeymenService({
    config: cfg,
    trees: createSwrCache({ cache: createMemoryCache(), lock: createMemoryLock(), ttlSeconds: 600, staleSeconds: 0 }),
    logger: createLogger({ name: "bench", level: "warn" }),
  });
  const store = service.store("b");
  for (const [what, build] of [
    ["brand list (8,772)", () => service.brands(store, undefined, 1, undefined)],
    ["category tree", () => service.categoryTree(store)],
  ] as const) {
    const before = store.client.attempts;
    const t0 = performance.now();
    await build();
    const ms = performance.now() - t0;
    console.log(`    ${what.padEnd(20)} concurrency ${crawlConcurrency}: ${ms.toFixed(0).padStart(5)} ms, ${store.client.attempts - before} REST calls`);
  }
  const t0 = performance.now();
  await Promise.all(Array.from({ length: 20 }, () => service.categoryTree(store)));
  console.log(`    20 warm tree reads from L2: ${(performance.now() - t0).toFixed(1)} ms, 0 calls`);
  await service.close();
}
await fetch(`${beymenUrl}/_sandbox/faults`, { method: "DELETE" });

// (d) warm Beymen tree through the gateway (L2 in the subgraph, L1 in the gateway).
const beymenTree = "{ beymen { categoryTree { id name children { id name children { id name children { id name } } } } } }";
await fetch(stack.gatewayUrl, { method: "POST", headers: gatewayHeaders, body: JSON.stringify({ query: beymenTree }) });
console.log("");
await run("(d) warm Beymen categoryTree via gateway", stack.gatewayUrl, { query: beymenTree });

// (e) hostile documents: a 15 KB `{ stores { id × 5000 } }` (it used to hold the event loop for 6–9 s)
//     fired as fast as it goes, while /health is asked every 10 ms.
console.log("");
let healthMax = 0;
let healthCount = 0;
let firing = true;
const healthUrl = stack.gatewayUrl.replace(/\/graphql$/, "/health");
const watcher = (async () => {
  while (firing) {
    const t0 = performance.now();
    await (await fetch(healthUrl)).arrayBuffer();
    healthMax = Math.max(healthMax, performance.now() - t0);
    healthCount++;
    await new Promise((r) => setTimeout(r, 10));
  }
})();
await run("(e) 5,000 repeated fields (refused: QUERY_TOO_COMPLEX)", stack.gatewayUrl, { query: `{ stores { ${"id ".repeat(5000)} } }` });
firing = false;
await watcher;
console.log(`    /health meanwhile: ${healthCount} answers, slowest ${healthMax.toFixed(0)} ms`);

// (f) one hung marketplace: how long a query for both takes, and what it gets.
const pazaramaUrl = stack.sandboxUrls.pazarama as string;
await fetch(`${pazaramaUrl}/_sandbox/faults`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ hangRate: 1, hangMs: 60_000 }) });
const t0 = performance.now();
const both = (await (
  await fetch(stack.gatewayUrl, {
    method: "POST",
    headers: gatewayHeaders,
    body: JSON.stringify({ query: "{ pazarama { orders(first: 5) { edges { node { number } } } } beymen { orders(first: 5) { edges { node { number } } } } }" }),
  })
).json()) as { data: { beymen: { orders: { edges: unknown[] } } }; errors: Array<{ extensions: { code: string } }> };
console.log(
  `(f) Pazarama hanging: answered in ${((performance.now() - t0) / 1000).toFixed(1)} s with ${both.data.beymen.orders.edges.length} Beymen orders and ${both.errors.map((e) => e.extensions.code).join(", ")} for Pazarama`,
);
await fetch(`${pazaramaUrl}/_sandbox/faults`, { method: "DELETE" });

await plain.close();
await stack.close();
