// `npm run bench`: PazarGraph's gateway side by side with Apollo Gateway 2 and Hive Gateway, each alone
// in its own OS process in front of the same subgraph processes (stores, orders, pazarama, started
// from the deployables in dist/) and the same Pazarama sandbox process, the load generator a process
// of its own. Every scenario runs BENCH_RUNS times (3) per party for BENCH_SECONDS (5) with
// BENCH_CONNECTIONS (20); the median run by req/s is reported, with p50/p99, errors, and the party's
// CPU seconds and peak RSS during it. Writes bench/RESULTS.md and bench/results.svg. Needs
// PostgreSQL and Redis (as the production layout does): DATABASE_URL's server (127.0.0.1:5432 by
// default) gets a database of its own, dropped at the end; Redis keys go under a prefix of their own.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { ApiKeyStore, connectRedis, loadConfig, openDatabase } from "@pazargraph/runtime";
import pg from "pg";
import { freePort, healthy, type Proc, printed, start, stopAll, usage } from "../../scripts/processes.ts";
import type { Fixture } from "./fixture.ts";
import { chart, markdown, type Row } from "./report.ts";

const root = join(import.meta.dirname, "..", "..");
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);
const REDIS = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const PG = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

const tag = randomBytes(4).toString("hex");
const admin = new pg.Client({ connectionString: PG });
await admin.connect();
const dbName = `pgbench_${tag}`;
await admin.query(`CREATE DATABASE ${dbName}`);
const dbUrl = (() => {
  const u = new URL(PG);
  u.pathname = `/${dbName}`;
  return u.toString();
})();
const prefix = `pgbench:${tag}:`;

async function cleanUp() {
  await stopAll();
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => {});
  await admin.end();
  const redis = await connectRedis(REDIS);
  for await (const keys of redis.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) if (keys.length) await redis.unlink(keys);
  await redis.quit();
}

try {
  console.log("building the deployables (dist/) …");
  execFileSync(process.execPath, [join(root, "scripts", "build.mjs")], { cwd: root, stdio: "pipe" });

  // ---- the product's processes ----
  const dir = mkdtempSync(join(tmpdir(), "pg-bench-"));
  const ports = Object.fromEntries(await Promise.all(["sandbox", "stores", "orders", "pazarama", "bare"].map(async (n) => [n, await freePort()])));
  const defaults = loadConfig({ PAZARGRAPH_DATA_DIR: dir });
  const secret = randomBytes(32).toString("base64");
  const sandboxUrl = `http://127.0.0.1:${ports.sandbox}`;
  const config = {
    mode: { kind: "redis", url: REDIS, prefix, dataDir: dir },
    database: { url: dbUrl },
    logLevel: "warn",
    sandbox: { enabled: false },
    security: { credentialsKey: randomBytes(32).toString("base64"), internalSecret: secret, keyDir: dir, rateLimit: { points: 1_000_000_000, windowSeconds: 60 } },
    // Scenario 6 opens thousands of sockets with one key: the per-key WebSocket limits are raised for it.
    gateway: { l1TtlSeconds: 300, ws: { maxSocketsPerKey: 100_000, subscribesPerMinute: 1_000_000 } },
    marketplaces: { pazarama: { pollIntervalMs: 1000 } },
    stores: [{ id: "demo-pazarama", name: "Demo Pazarama", marketplace: "pazarama", baseUrl: sandboxUrl, credentials: defaults.marketplaces.pazarama.sandbox.credentials }],
  };
  const configFile = join(dir, "config.json");
  writeFileSync(configFile, JSON.stringify(config));
  const { REDIS_URL: _r, PAZARGRAPH_DATA_DIR: _d, DATABASE_URL: _u, ...inherited } = process.env;
  const env = { ...inherited, PAZARGRAPH_CONFIG: configFile, REDIS_URL: REDIS, DATABASE_URL: dbUrl, NODE_ENV: "production" };
  const dist = (name: string) => join(root, "dist", `${name}.js`);
  const url = (port: number) => `http://127.0.0.1:${port}/graphql`;
  const health = (port: number) => `http://127.0.0.1:${port}/health`;

  const sandbox = start("sandbox", [dist("sandbox"), "pazarama"], { ...env, PORT: String(ports.sandbox) }, root);
  await healthy(`${sandboxUrl}/health`, sandbox);
  // The seed has about 130 orders inside the poller's window; the large-response scenario wants 200.
  for (let i = 0; i < 80; i++)
    await fetch(`${sandboxUrl}/_sandbox/orders`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ itemCount: 2 }) });
  const stores = start("stores", [dist("stores")], { ...env, PORT: String(ports.stores) }, root);
  await healthy(health(ports.stores), stores);
  const orders = start("orders", [dist("orders")], { ...env, PORT: String(ports.orders) }, root);
  const pazarama = start("pazarama", [dist("pazarama")], { ...env, PORT: String(ports.pazarama) }, root);
  await Promise.all([healthy(health(ports.orders), orders), healthy(health(ports.pazarama), pazarama)]);
  const subgraphList = `stores=${url(ports.stores)},orders=${url(ports.orders)},pazarama=${url(ports.pazarama)}`;
  // BENCH_PROFILE=<dir>: the gateway writes a V8 CPU profile there when it stops (open it in Chrome DevTools).
  const profile = process.env.BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const unsharedFile = join(dir, "config-unshared.json");
  writeFileSync(unsharedFile, JSON.stringify({ ...config, gateway: { ...config.gateway, dedupeInflight: false } }));
  /** The gateways side by side in front of one set of subgraphs: ours (as configured, and with in-flight sharing off), Apollo's, Hive's. */
  async function startGateways(subgraphs: string, label = "") {
    const [ours, off, apolloPort, hivePort] = await Promise.all([1, 2, 3, 4].map(() => freePort()));
    const gatewayEnv = { ...env, PAZARGRAPH_SUBGRAPHS: subgraphs };
    const gateway = start(`PazarGraph${label}`, [...profile, dist("gateway")], { ...gatewayEnv, PORT: String(ours) }, root);
    // The same gateway with in-flight sharing off: how much of its lead on identical concurrent queries that is.
    const unshared = start(`PazarGraph, sharing off${label}`, [dist("gateway")], { ...gatewayEnv, PAZARGRAPH_CONFIG: unsharedFile, PORT: String(off) }, root);
    const peerEnv = { ...env, SUBGRAPHS: subgraphs, PAZARGRAPH_INTERNAL_SECRET: secret, BENCH_TENANT: "demo" };
    const apollo = start(`Apollo Gateway${label}`, [join(root, "bench/side-by-side/apollo.ts")], { ...peerEnv, PORT: String(apolloPort) }, root);
    const hive = start(`Hive Gateway${label}`, [join(root, "bench/side-by-side/hive.ts")], { ...peerEnv, PORT: String(hivePort) }, root);
    await Promise.all([healthy(health(ours), gateway), healthy(health(off), unshared), printed(apollo, "ready"), printed(hive, "ready")]);
    return { gateway, gatewayPort: ours, unshared, unsharedPort: off, apollo, apolloPort, hive, hivePort };
  }
  const real = await startGateways(subgraphList);
  const gateway = real.gateway;

  const db = await openDatabase({ url: dbUrl });
  const key = (await new ApiKeyStore(db.db).create("demo", "bench", ["read", "write"])).key;
  await db.close();
  const { IDENTITY_HEADER, signIdentity } = await import("@pazargraph/runtime");
  const gq = async (query: string) =>
    (await (await fetch(url(real.gatewayPort), { method: "POST", headers: { "content-type": "application/json", "x-api-key": key }, body: JSON.stringify({ query }) })).json()) as {
      data?: Record<string, unknown>;
      errors?: unknown[];
    };
  // The poller brings the sandbox's orders into the hub; the large-response scenario needs 200.
  const deadline = Date.now() + 60_000;
  let count = 0;
  while (Date.now() < deadline) {
    const c = await gq("{ orderCounts { count } }");
    count = ((c.data?.orderCounts as Array<{ count: number }>) ?? []).reduce((s, x) => s + x.count, 0);
    if (count >= 200) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  console.log(`the hub has ${count} orders`);

  // ---- the scenarios ----
  const treeQuery = "{ pazarama { categoryTree { id name children { id name children { id name children { id name } } } } } }";
  const large = `{ orders(first: ${Math.min(200, count)}) { edges { node { id number status createdAt totals { total { amount currency } } lines { id productName quantity total { amount currency } } packages { id code status lines { id } } } } } }`;
  const feed = (store: string) => `{ orders(first: 20) { edges { node { id number status createdAt store { ${store} } } } } }`;
  const treeJson = JSON.stringify(await gq(treeQuery));
  const bareFile = join(dir, "tree.json");
  writeFileSync(bareFile, treeJson);
  const bare = start("bare fastify", [join(root, "bench/side-by-side/bare.ts")], { ...env, PORT: String(ports.bare), BARE_FILE: bareFile }, root);
  await printed(bare, "ready");

  const gatewayHeaders = { "x-api-key": key };
  const direct = () => ({ [IDENTITY_HEADER]: signIdentity({ tenantId: "demo", subject: "bench", scopes: ["read", "write"] }, secret, Date.now() + 60_000) });
  /** A party: a process under load; `body` when it is asked something else than the scenario's query (a subgraph alone cannot join stores). */
  type Party = { name: string; proc: Proc; url: string; headers: () => Record<string, string>; body?: string };
  const gatewayParties = (g: Awaited<ReturnType<typeof startGateways>>): Party[] => [
    { name: "PazarGraph", proc: g.gateway, url: url(g.gatewayPort), headers: () => gatewayHeaders },
    { name: "PazarGraph, in-flight sharing off", proc: g.unshared, url: url(g.unsharedPort), headers: () => gatewayHeaders },
    { name: "Apollo Gateway", proc: g.apollo, url: `http://127.0.0.1:${g.apolloPort}/`, headers: () => ({}) },
    { name: "Hive Gateway", proc: g.hive, url: `http://127.0.0.1:${g.hivePort}/`, headers: () => ({}) },
  ];

  // ---- fixture mode: each subgraph's own SDL answering from a recording of its answers (fixture.ts) ----
  const askSubgraph = async (port: number, query: string) => {
    const body = (await (await fetch(url(port), { method: "POST", headers: { "content-type": "application/json", ...direct() }, body: JSON.stringify({ query }) })).json()) as {
      data?: Record<string, unknown>;
      errors?: unknown;
    };
    if (!body.data || body.errors) throw new Error(`recording a fixture: ${JSON.stringify(body.errors).slice(0, 300)}`);
    return body.data;
  };
  const byId = (list: Array<{ id: string }>) => Object.fromEntries(list.map((x) => [x.id, x]));
  async function fixtureOf(name: string, port: number, query: string, entities: (data: Record<string, unknown>) => Fixture["entities"] = () => ({})) {
    const { _service } = (await askSubgraph(port, "{ _service { sdl } }")) as { _service: { sdl: string } };
    const data = await askSubgraph(port, query);
    const file = join(dir, `fixture-${name}.json`);
    writeFileSync(file, JSON.stringify({ sdl: _service.sdl, query: data, entities: entities(data) } satisfies Fixture));
    const fixturePort = await freePort();
    const proc = start(
      `${name} fixture`,
      [join(root, "bench/side-by-side/fixture.ts"), JSON.stringify({ name, port: fixturePort, file })],
      { ...env, PAZARGRAPH_INTERNAL_SECRET: secret },
      root,
    );
    await printed(proc, "ready");
    return { proc, port: fixturePort };
  }
  type Edges = { orders: { edges: Array<{ node: { id: string } }> } };
  const orderFields =
    "id number status createdAt store { id } totals { total { amount currency } } lines { id productName quantity total { amount currency } } packages { id code status lines { id } }";
  const fixtures = {
    stores: await fixtureOf("stores", ports.stores, "{ stores { id name marketplace active } }", (d) => ({ Store: byId(d.stores as Array<{ id: string }>) })),
    orders: await fixtureOf("orders", ports.orders, `{ orders(first: 200) { edges { node { ${orderFields} } } } }`, (d) => ({
      Order: byId((d as Edges).orders.edges.map((e) => e.node)),
    })),
    pazarama: await fixtureOf("pazarama", ports.pazarama, treeQuery),
  };
  const fixtureGateways = await startGateways(`stores=${url(fixtures.stores.port)},orders=${url(fixtures.orders.port)},pazarama=${url(fixtures.pazarama.port)}`, " (fixture)");

  const parties = gatewayParties(real);
  const fixtureParties = gatewayParties(fixtureGateways);
  const largeName = `${Math.min(200, count)} orders with lines and packages`;
  const scenarios: Array<{ name: string; body: string; parties: Party[] }> = [
    {
      name: "1 single subgraph: stores",
      body: JSON.stringify({ query: "{ stores { id name marketplace active } }" }),
      parties: [...parties, { name: "stores subgraph direct", proc: stores, url: url(ports.stores), headers: direct }],
    },
    {
      name: "2 orders feed + store { name }",
      body: JSON.stringify({ query: feed("name") }),
      parties: [...parties, { name: "orders subgraph direct (store { id })", proc: orders, url: url(ports.orders), headers: direct, body: JSON.stringify({ query: feed("id") }) }],
    },
    {
      name: "3 cached category tree",
      body: JSON.stringify({ query: treeQuery }),
      parties: [...parties, { name: "bare fastify route", proc: bare, url: `http://127.0.0.1:${ports.bare}/`, headers: () => ({}), body: "{}" }],
    },
    {
      name: "4 mutation: store settings",
      body: JSON.stringify({ query: 'mutation { updateStoreSettings(storeId: "demo-pazarama", input: { priceMarkupPercent: "12.5" }) { id } }' }),
      parties,
    },
    {
      name: `5 large response: ${largeName}`,
      body: JSON.stringify({ query: large }),
      parties: [...parties, { name: "orders subgraph direct", proc: orders, url: url(ports.orders), headers: direct }],
    },
    {
      name: "F1 fixture subgraphs: stores",
      body: JSON.stringify({ query: "{ stores { id name marketplace active } }" }),
      parties: [...fixtureParties, { name: "stores fixture direct", proc: fixtures.stores.proc, url: url(fixtures.stores.port), headers: direct }],
    },
    {
      name: "F2 fixture subgraphs: orders feed + store { name }",
      body: JSON.stringify({ query: feed("name") }),
      parties: [
        ...fixtureParties,
        { name: "orders fixture direct (store { id })", proc: fixtures.orders.proc, url: url(fixtures.orders.port), headers: direct, body: JSON.stringify({ query: feed("id") }) },
      ],
    },
    {
      name: `F5 fixture subgraphs: ${largeName}`,
      body: JSON.stringify({ query: large }),
      parties: [...fixtureParties, { name: "orders fixture direct", proc: fixtures.orders.proc, url: url(fixtures.orders.port), headers: direct }],
    },
  ];

  // BENCH_SCENARIOS=2,5 and BENCH_PARTIES="PazarGraph|Hive" (name prefixes) narrow a run (profiling, trying a change).
  const onlyScenarios = process.env.BENCH_SCENARIOS?.split(",");
  const onlyParties = process.env.BENCH_PARTIES?.split("|"); // "|": party names hold commas
  const rows: Row[] = [];
  for (const s of scenarios.filter((x) => !onlyScenarios || onlyScenarios.includes(x.name.split(" ")[0]))) {
    console.log(`\n${s.name}`);
    for (const p of s.parties.filter((x) => !onlyParties || onlyParties.some((o) => x.name.startsWith(o)))) {
      const body = p.body ?? s.body;
      // One request first: a party that answers this scenario with errors is reported, not timed as if it worked.
      const probe = (await (await fetch(p.url, { method: "POST", headers: { "content-type": "application/json", ...p.headers() }, body })).text()).slice(0, 300);
      if (probe.includes('"errors"')) console.log(`  ${p.name}: answers with errors: ${probe}`);
      const results = [];
      for (let i = 0; i < runs; i++) {
        const before = usage(p.proc.child.pid as number);
        let peak = before.rssMb;
        const sampler = setInterval(() => {
          peak = Math.max(peak, usage(p.proc.child.pid as number).rssMb);
        }, 200);
        const load = start("load", [join(root, "bench/side-by-side/load.ts"), JSON.stringify({ url: p.url, body, headers: p.headers(), connections, seconds })], env, root);
        await new Promise<void>((resolve) => load.child.once("exit", () => resolve()));
        clearInterval(sampler);
        const after = usage(p.proc.child.pid as number);
        const line = load.out.trim().split("\n").pop() as string;
        const r = JSON.parse(line) as { rps: number; p50: number; p99: number; errors: number; requests: number };
        results.push({ ...r, cpu: after.cpuSeconds - before.cpuSeconds, rss: Math.max(peak, after.rssMb) });
      }
      // BENCH_METRICS=1: the gateway's calls per subgraph so far (its /metrics), to see what one query costs upstream.
      if (process.env.BENCH_METRICS && p.name === "PazarGraph") {
        const text = await (await fetch(p.url.replace(/\/graphql$/, "/metrics"))).text();
        console.log(
          text
            .split("\n")
            .filter((l) => /subgraph.*_count/.test(l))
            .join("\n"),
        );
      }
      results.sort((a, b) => a.rps - b.rps);
      const m = results[Math.floor(results.length / 2)];
      rows.push({ scenario: s.name, party: p.name, rps: m.rps, p50: m.p50, p99: m.p99, errors: m.errors, cpuSeconds: m.cpu, rssMb: m.rss });
      console.log(
        `  ${p.name.padEnd(38)} ${m.rps.toFixed(0).padStart(7)} req/s  p50 ${String(m.p50).padStart(4)} ms  p99 ${String(m.p99).padStart(4)} ms  errors ${m.errors}  CPU ${m.cpu.toFixed(1)} s  RSS ${m.rss.toFixed(0)} MB`,
      );
    }
  }

  // ---- scenario 6: subscribers on PazarGraph's gateway, events at a steady rate ----
  const subscribers = Number(process.env.BENCH_SUBSCRIBERS ?? 5000);
  let sixth: Record<string, number | null> | null = null;
  if (subscribers > 0 && (!onlyScenarios || onlyScenarios.includes("6"))) {
    const rate = Number(process.env.BENCH_EVENTS_PER_SECOND ?? 2);
    const eventSeconds = Math.max(seconds, 10);
    console.log(`\n6 ${subscribers} orderEvents subscribers on PazarGraph, ${rate} new orders per second for ${eventSeconds} s`);
    const idle = usage(gateway.child.pid as number).rssMb;
    const subs = start(
      "subscribers",
      [join(root, "bench/side-by-side/subscribers.ts"), JSON.stringify({ url: url(real.gatewayPort).replace("http", "ws"), key, count: subscribers, seconds: eventSeconds + 3 })],
      env,
      root,
    );
    await printed(subs, "connected", 120_000);
    await new Promise((r) => setTimeout(r, 1000));
    const connected = usage(gateway.child.pid as number).rssMb;
    let peak = connected;
    const sampler = setInterval(() => {
      peak = Math.max(peak, usage(gateway.child.pid as number).rssMb);
    }, 200);
    for (let i = 0; i < eventSeconds * rate; i++) {
      await fetch(`${sandboxUrl}/_sandbox/orders`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ itemCount: 1 }) });
      await new Promise((r) => setTimeout(r, 1000 / rate));
    }
    await new Promise<void>((resolve) => subs.child.once("exit", () => resolve()));
    clearInterval(sampler);
    const r = JSON.parse(subs.out.trim().split("\n").pop() as string) as Record<string, number | null>;
    sixth = { ...r, idleRssMb: idle, connectedRssMb: connected, peakRssMb: peak, kbPerSubscriber: ((connected - idle) * 1024) / Math.max(1, Number(r.subscribers)) };
    console.log(
      `  PazarGraph: ${r.subscribers} subscribed, ${r.events} events, ${r.received} deliveries, fan-out p50 ${r.p50?.toFixed(1)} ms p99 ${r.p99?.toFixed(1)} ms max ${r.max?.toFixed(1)} ms, errors ${r.errors}; RSS ${idle.toFixed(0)} → ${connected.toFixed(0)} MB (${sixth.kbPerSubscriber?.toFixed(1)} KiB per idle subscriber), peak ${peak.toFixed(0)} MB`,
    );
  }

  const machine = `${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, ${process.platform}`;
  // A narrowed run (profiling, trying a change) prints its figures but leaves the committed results alone.
  if (onlyScenarios || onlyParties) console.log("\nnarrowed run (BENCH_SCENARIOS / BENCH_PARTIES): bench/RESULTS.md left as it is");
  else {
    writeFileSync(join(root, "bench", "RESULTS.md"), markdown(rows, { machine, date: new Date().toISOString(), seconds, runs, connections }, sixth));
    writeFileSync(join(root, "bench", "results.svg"), chart(rows));
    console.log("\nwrote bench/RESULTS.md and bench/results.svg");
  }
} finally {
  await cleanUp();
}
