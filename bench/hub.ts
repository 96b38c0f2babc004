// Order hub benchmark, run by hand (`npm run bench:hub`); prints figures, asserts nothing.
// Seeds 100,000 orders over 10 stores and 2 tenants, then measures the feed's first page of 50 (no
// filter; a status filter; a search) at the orders subgraph and through the gateway, on PGlite and on
// PostgreSQL (when one answers at DATABASE_BENCH_URL or the local server).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "@pazargraph/db";
import { createLogger, IDENTITY_HEADER, loadConfig, OrderHub, signIdentity } from "@pazargraph/runtime";
import { Marketplace, type Order, OrderStatus } from "@pazargraph/schema";
import { sql } from "drizzle-orm";
import pg from "pg";
import { freePorts, startStack } from "../scripts/stack.ts";
import { load } from "./side-by-side/load.ts";

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const TOTAL = Number(process.env.BENCH_ORDERS ?? 100_000);
const NAMES = ["Ayşe Yılmaz", "Mehmet Öztürk", "Işık Çelik", "Zeynep Şahin", "Emre Güneş", "Elif Kaya", "Hasan Kara", "Esra Aydın", "Çağrı Doğan", "İrem Koç"];
const PRODUCTS = ["Pamuklu Tişört", "Deri Çanta", "Yün Kazak", "Spor Ayakkabı", "Keten Gömlek", "Işıklı Masa Lambası", "Çelik Termos", "İpek Eşarp"];
const STATUSES = [OrderStatus.CREATED, OrderStatus.PREPARING, OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.CANCELLED, OrderStatus.RETURN_REQUESTED];

function order(i: number, tenant: string, store: string, marketplace: Marketplace): Order {
  const lines = 1 + (i % 3);
  const created = new Date(Date.now() - ((i * 26_000) % (30 * 86_400_000)));
  return {
    id: `${marketplace.toLowerCase()}:${store}:${700_000_000 + i}`,
    marketplace,
    store: { id: store },
    number: String(700_000_000 + i),
    createdAt: created.toISOString(),
    status: STATUSES[i % STATUSES.length],
    marketplaceStatus: { code: "1", label: null },
    paymentMethod: null,
    customer: { id: null, name: NAMES[i % NAMES.length], email: null, phone: null },
    shippingAddress: null,
    billing: null,
    lines: Array.from({ length: lines }, (_, l) => ({
      id: `${store}:${i}:${l}`,
      status: STATUSES[i % STATUSES.length],
      productName: PRODUCTS[(i + l) % PRODUCTS.length],
      quantity: 1,
      total: { amount: "100.00", currency: "TRY" },
    })),
    packages: [],
    totals: { subtotal: { amount: "100.00", currency: "TRY" }, total: { amount: `${100 + (i % 500)}.00`, currency: "TRY" } },
    tenant,
  } as unknown as Order;
}

async function seed(hub: OrderHub) {
  const t0 = performance.now();
  const stores = Array.from({ length: 10 }, (_, s) => ({ tenant: s < 5 ? "demo" : "other", id: `bench-${s}`, mp: s % 2 ? Marketplace.BEYMEN : Marketplace.PAZARAMA }));
  const per = TOTAL / stores.length;
  for (const s of stores) {
    const batch: Order[] = [];
    for (let i = 0; i < per; i++) {
      batch.push(order(i + per * stores.indexOf(s), s.tenant, s.id, s.mp));
      if (batch.length === 1000) await hub.upsert(s.tenant, s.id, batch.splice(0), new Date());
    }
    if (batch.length) await hub.upsert(s.tenant, s.id, batch, new Date());
  }
  return (performance.now() - t0) / 1000;
}

async function run(title: string, url: string, headers: Record<string, string>, query: string) {
  const result = await load({ url, headers, body: JSON.stringify({ query }), connections, seconds });
  console.log(
    `  ${title.padEnd(44)} ${result.rps.toFixed(0).padStart(6)} req/s   p50 ${String(result.p50).padStart(3)} ms   p99 ${String(result.p99).padStart(4)} ms   errors ${result.errors}`,
  );
}

const QUERIES: Array<[string, string]> = [
  ["first page of 50", "{ orders(first: 50) { edges { node { id number status createdAt } } } }"],
  ["first page of 50 + totalCount", "{ orders(first: 50) { totalCount edges { node { id number status createdAt } } } }"],
  ["status filter (SHIPPED)", "{ orders(first: 50, filter: { statuses: [SHIPPED] }) { edges { node { id number status } } } }"],
  ['search "ışık"', '{ orders(first: 50, filter: { search: "ışık" }) { edges { node { id number } } } }'],
];

async function backend(name: string, database: { url?: string; dataDir?: string }) {
  const db = await openDatabase(database);
  const hub = new OrderHub(db.db);
  const seeded = await seed(hub);
  // Statistics as autovacuum would gather them on a live database.
  await db.db.execute(sql`ANALYZE orders`);
  await db.close();
  console.log(`\n${name}: ${TOTAL.toLocaleString("en")} orders over 10 stores and 2 tenants seeded in ${seeded.toFixed(1)} s`);
  const dataDir = database.dataDir ?? mkdtempSync(join(tmpdir(), "pg-bench-hub-"));
  const config = loadConfig(
    { PAZARGRAPH_DATA_DIR: dataDir },
    {
      logLevel: "warn",
      database: database.url ? { url: database.url } : {},
      security: { demoKey: true, rateLimit: { points: 1_000_000_000, windowSeconds: 60 } },
      ...freePorts(),
    },
  );
  const stack = await startStack({ config, logger: createLogger({ name: "bench", level: "warn" }), poll: false });
  const signed = () => ({ [IDENTITY_HEADER]: signIdentity({ tenantId: "demo", subject: "bench", scopes: ["read"] }, stack.internalSecret) });
  for (const [title, query] of QUERIES) {
    await run(`${title} at the orders subgraph`, stack.subgraphUrls.orders, signed(), query);
    await run(`${title} through the gateway`, stack.gatewayUrl, { "x-api-key": stack.demoKey ?? "" }, query);
  }
  await stack.close();
}

console.log(`autocannon: ${connections} connections, ${seconds} s each`);
await backend("PGlite", { dataDir: mkdtempSync(join(tmpdir(), "pg-bench-hub-")) });
const admin = process.env.DATABASE_BENCH_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const name = `pgbench_hub_${process.pid}`;
const client = new pg.Client({ connectionString: admin });
try {
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  await backend("PostgreSQL", { url: url.toString() });
  await client.query(`DROP DATABASE ${name} WITH (FORCE)`);
} catch (err) {
  console.log(`\nPostgreSQL: skipped (${(err as Error).message})`);
} finally {
  await client.end().catch(() => {});
}
