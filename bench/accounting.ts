// Accounting benchmark, run by hand (`npm run bench:accounting`); prints figures, asserts nothing.
// BENCH_ORDERS qualifying orders (1,000 by default) arrive at once for one Paraşüt company; two
// accounting "replicas" (two subgraphs, one PostgreSQL database, one Redis) push them under the shared
// budget of 10 requests per 10 s. Printed: the time until all are pushed, against the least the budget
// allows for the calls made; Paraşüt's calls per order; the most requests the sandbox saw in any 10 s
// window; how many it refused with 429. Half the customers order twice (their contact is found, not
// made). BENCH_FORMALIZE=1 formalises every invoice too. A full 1,000 takes about an hour — the
// budget's own pace; BENCH_ORDERS=100 gives the same rates in minutes.
import { randomBytes } from "node:crypto";
import { openDatabase } from "@pazargraph/db";
import { connectRedis, createLogger, createMemoryEventBus, createRedisLock, createSecretBox, OrderHub, StoreRegistry } from "@pazargraph/runtime";
import { createParasutSandbox } from "@pazargraph/sandbox/parasut";
import { Marketplace, type Order, OrderStatus } from "@pazargraph/schema";
import { buildAccountingSubgraph } from "@pazargraph/subgraph-accounting";
import { sql } from "drizzle-orm";
import pg from "pg";

const ORDERS = Number(process.env.BENCH_ORDERS ?? 1000);
const FORMALIZE = process.env.BENCH_FORMALIZE === "1";
const REDIS = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const ADMIN = process.env.DATABASE_BENCH_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const TENANT = "bench";
const money = (n: number) => ({ amount: n.toFixed(2), currency: "TRY" });

function order(i: number, at: Date): Order {
  const customer = i % 2 === 0 ? i : i - 1; // every customer orders twice
  const price = 100 + (i % 50);
  const line = {
    id: `pazarama:bench-store:${i}:1`,
    status: OrderStatus.PREPARING,
    marketplaceStatus: { code: "12", label: null },
    quantity: 1,
    productName: `Ürün ${i % 30}`,
    productCode: `B${i % 30}`,
    vatRate: 20,
    listPrice: money(price),
    salePrice: money(price),
    total: money(price),
  };
  return {
    id: `pazarama:bench-store:${900_000 + i}`,
    marketplace: Marketplace.PAZARAMA,
    store: { id: "bench-store" },
    number: String(900_000 + i),
    createdAt: at.toISOString(),
    status: OrderStatus.PREPARING,
    marketplaceStatus: { code: "12", label: null },
    customer: { name: `Müşteri ${customer}`, email: `musteri${customer}@example.com` },
    shippingAddress: { name: `Müşteri ${customer}`, city: "İstanbul", fullText: "Kadıköy İstanbul" },
    billing: { address: { name: `Müşteri ${customer}`, city: "İstanbul", fullText: "Kadıköy İstanbul" } },
    lines: [line],
    packages: [],
    totals: { gross: money(price), discount: money(0), shipping: money(0), total: money(price) },
  } as unknown as Order;
}

const admin = new pg.Client({ connectionString: ADMIN });
await admin.connect();
const dbName = `pgbench_accounting_${Date.now()}`;
await admin.query(`CREATE DATABASE ${dbName}`);
const url = ADMIN.replace(/\/[^/]*$/, `/${dbName}`);
const creds = { clientId: "bench-c", clientSecret: "bench-s", username: "bench@example.com", password: "bench-p" };
const sandbox = createParasutSandbox({ ...creds, jobDelayMs: 500, pdfDelayMs: 500 });
await sandbox.app.listen({ port: 0, host: "127.0.0.1" });
const sandboxUrl = `http://127.0.0.1:${(sandbox.app.server.address() as { port: number }).port}`;
const logger = createLogger({ name: "bench", level: "warn" });
const key = createSecretBox(randomBytes(32));
const prefix = `pgbench:${Date.now()}:`;
const settings = {
  baseUrl: sandboxUrl,
  requestsPerWindow: 10,
  windowMs: 10_000,
  windowMarginMs: 500,
  timeoutMs: 10_000,
  concurrency: 4,
  tickMs: 200,
  catchUpMs: 2_000,
  pullMs: 3_600_000,
};
const replicas = [];
const closers: Array<() => Promise<unknown>> = [];
try {
  for (let r = 0; r < 2; r++) {
    const database = await openDatabase({ url });
    const redis = await connectRedis(REDIS);
    const registry = new StoreRegistry(database.db, createMemoryEventBus(), key);
    const built = await buildAccountingSubgraph({
      database,
      registry,
      logger,
      settings,
      redis: { client: redis, prefix },
      // The replicas' leases (a job, a customer's contact) are Redis's, as in production.
      lock: createRedisLock(redis, `${prefix}lock:`),
      sandboxUrl: async () => sandboxUrl,
      run: false,
    });
    replicas.push(built);
    closers.push(
      () => built.close(),
      () => database.close(),
      () => redis.quit(),
    );
  }
  const store = replicas[0].store;
  const at = new Date(Date.now() - 120_000);
  await store.connect(TENANT, { companyId: "115", testMode: false, credentials: creds }, at);
  await store.setStatus(TENANT, "VALID", null);
  await store.updateSettings(TENANT, { pushAt: "PREPARING", formalize: FORMALIZE });
  const hubDb = await openDatabase({ url });
  closers.push(() => hubDb.close());
  const hub = new OrderHub(hubDb.db);
  const created = new Date();
  for (let i = 0; i < ORDERS; i += 200)
    await hub.upsert(
      TENANT,
      "bench-store",
      Array.from({ length: Math.min(200, ORDERS - i) }, (_, k) => order(i + k, created)),
      created,
    );
  console.log(`${ORDERS.toLocaleString("en")} qualifying orders in the hub; two replicas push them${FORMALIZE ? ", formalising each" : ""} (Paraşüt: 10 requests per 10 s)…`);
  sandbox.rate.reset();
  const t0 = performance.now();
  for (const r of replicas) r.worker.start();
  let last = 0;
  for (;;) {
    const {
      rows: [{ done }],
    } = (await hubDb.db.execute(sql`SELECT count(*) FILTER (WHERE status IN ('PUSHED','FAILED'))::int AS done FROM accounting_jobs`)) as unknown as {
      rows: Array<{ done: number }>;
    };
    if (done >= ORDERS) break;
    if (done - last >= Math.max(10, ORDERS / 10)) {
      last = done;
      console.log(`  ${done} pushed after ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  const seconds = (performance.now() - t0) / 1000;
  const calls = replicas.reduce((s, r) => s + r.clients().reduce((c, x) => c + x.calls, 0), 0);
  const failed = ((await hubDb.db.execute(sql`SELECT count(*)::int AS n FROM accounting_jobs WHERE status = 'FAILED'`)) as unknown as { rows: Array<{ n: number }> }).rows[0].n;
  const least = (calls / 10) * 10.5 - 10.5;
  console.log(`  all pushed in ${seconds.toFixed(0)} s (${failed} failed); ${calls} Paraşüt calls, ${(calls / ORDERS).toFixed(2)} per order`);
  console.log(`  the budget allows those calls in no less than ${least.toFixed(0)} s (10 per 10.5 s): ${((least / seconds) * 100).toFixed(0)} % of the budget's pace`);
  console.log(`  most requests the sandbox saw in any 10 s: ${sandbox.rate.maxInWindow}; refused with 429: ${sandbox.rate.rejected}`);
  console.log(`  by endpoint: ${[...sandbox.stats].map(([k, n]) => `${k} ${n}`).join(", ")}`);
  for (const r of replicas) await r.worker.stop();
} finally {
  for (const c of closers.reverse()) await c().catch(() => undefined);
  await sandbox.app.close();
  await admin.query(`DROP DATABASE ${dbName} WITH (FORCE)`);
  await admin.end();
}
