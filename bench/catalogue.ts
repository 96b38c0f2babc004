// Catalogue benchmark, run by hand (`npm run bench:catalogue`); prints figures, asserts nothing.
// (1) Matching suggestions for one store with 20,000 listings against 50,000 catalogue products
//     (a quarter share a barcode, a tenth a code, a tenth a name): time and memory of the suggestion
//     query, of one page of it, and of auto-matching by barcode — on PGlite and on PostgreSQL.
// (2) Stock fan-out: one product listed on 5 stores; the time from the stock change to every other
//     store's push recorded, through the product's own marketplace writes against the sandboxes.
// (3) publishPrices through the gateway on each demo store (first call, then the call that sends
//     nothing), and the supplier feed: a Penta sandbox with 20,000 products read whole, then again
//     after 200 of them changed (syncSupplier through the gateway).
import { openDatabase } from "@pazargraph/db";
import { CatalogueStore, createLogger, loadConfig, pushStock } from "@pazargraph/runtime";
import { createPentaSandbox } from "@pazargraph/sandbox/penta";
import { Marketplace, type Product } from "@pazargraph/schema";
import { sql } from "drizzle-orm";
import pg from "pg";
import { freePorts, startStack } from "../scripts/stack.ts";
import { gql } from "../test/helpers.ts";

const LISTINGS = Number(process.env.BENCH_LISTINGS ?? 20_000);
const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 50_000);
const FEED = Number(process.env.BENCH_FEED ?? 20_000);
const WORDS = ["Keten", "Gömlek", "Işıklı", "Lamba", "Çelik", "Termos", "İpek", "Eşarp", "Deri", "Çanta", "Yün", "Kazak"];
const name = (i: number) => `${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} ${i}`;
const mb = () => (process.memoryUsage().rss / 1024 / 1024).toFixed(0);

async function matching(title: string, database: { url?: string }) {
  const db = await openDatabase(database);
  const catalogue = new CatalogueStore(db.db);
  let t0 = performance.now();
  for (let i = 0; i < PRODUCTS; i += 1000) {
    const rows = Array.from({ length: Math.min(1000, PRODUCTS - i) }, (_, k) => {
      const n = i + k;
      return { code: `SKU-${n}`, barcode: `868${String(n).padStart(10, "0")}`, name: name(n), stocks: [{ warehouse: "Merkez", quantity: n % 50 }] };
    });
    const r = await catalogue.upsertProducts("t1", rows);
    if (r.errors.length) throw new Error(r.errors[0].message);
  }
  const seedProducts = (performance.now() - t0) / 1000;
  // Listings: a quarter share a product's barcode, a tenth carry its code as stock code, a tenth its name; the rest match nothing.
  const products: Product[] = Array.from({ length: LISTINGS }, (_, i) => {
    const n = (i * 2) % PRODUCTS;
    const kind = i % 20;
    return {
      id: `trendyol:s1:L${i}`,
      marketplace: Marketplace.TRENDYOL,
      code: kind < 5 ? `868${String(n).padStart(10, "0")}` : `TY-${i}`,
      name: kind >= 7 && kind < 9 ? name(n).toLocaleUpperCase("tr-TR") : `Pazaryeri ürünü ${i}`,
      stockCode: kind >= 5 && kind < 7 ? `SKU-${n}` : `X-${i}`,
      stock: 1,
      listPrice: { amount: "10.00", currency: "TRY" },
      salePrice: { amount: "10.00", currency: "TRY" },
      images: [],
      attributes: [],
      approved: true,
      marketplaceStatus: { code: "ON_SALE", label: null },
    } as Product;
  });
  t0 = performance.now();
  await catalogue.syncListings("t1", "s1", "trendyol", products);
  const seedListings = (performance.now() - t0) / 1000;
  await db.db.execute(sql`ANALYZE catalogue_products`);
  await db.db.execute(sql`ANALYZE listings`);
  console.log(
    `\n${title}: ${PRODUCTS.toLocaleString("en")} products seeded in ${seedProducts.toFixed(1)} s, ${LISTINGS.toLocaleString("en")} listings synced in ${seedListings.toFixed(1)} s (RSS ${mb()} MB)`,
  );
  for (let run = 0; run < 3; run++) {
    const before = process.memoryUsage().heapUsed;
    t0 = performance.now();
    const page = await catalogue.suggestions("t1", "s1", 0, 50);
    const ms = performance.now() - t0;
    const byReason = new Map<string, number>();
    const all = await catalogue.suggestions("t1", "s1", 0, LISTINGS);
    for (const s of all.items) byReason.set(s.reason, (byReason.get(s.reason) ?? 0) + 1);
    console.log(
      `  suggestions, first page of 50: ${ms.toFixed(0)} ms (total ${page.total.toLocaleString("en")}: ${[...byReason].map(([r, n]) => `${r} ${n}`).join(", ")}); heap +${((process.memoryUsage().heapUsed - before) / 1024 / 1024).toFixed(1)} MB`,
    );
  }
  t0 = performance.now();
  const report = await catalogue.autoMatch("t1", "s1", "BARCODE");
  console.log(
    `  autoMatch by barcode: ${report.matched.toLocaleString("en")} matched in ${((performance.now() - t0) / 1000).toFixed(2)} s; ${report.unmatched.toLocaleString("en")} left (RSS ${mb()} MB)`,
  );
  await db.close();
}

async function fanOut() {
  // Two stores per marketplace on the sandboxes plus the demo ones: one product listed on 5 stores.
  // A distributor sandbox with a large feed, read through a supplier account on it.
  const feed = createPentaSandbox({ token: "bench-token", productCount: FEED });
  await feed.app.listen({ port: 0, host: "127.0.0.1" });
  const feedUrl = `http://127.0.0.1:${(feed.app.server.address() as { port: number }).port}`;
  const config = loadConfig(
    { PAZARGRAPH_DATA_DIR: `/tmp/pazargraph-bench-catalogue-${Date.now()}` },
    {
      logLevel: "warn",
      ...freePorts(),
      supplierAccounts: [{ id: "bench-penta", name: "Bench Penta", kind: "penta", testMode: false, baseUrl: feedUrl, token: "bench-token" }],
    },
  );
  const stack = await startStack({ config, logger: createLogger({ name: "bench", level: "warn" }), poll: false });
  const q = async (query: string) => {
    const r = await gql<Any, Any>(stack, query);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data;
  };
  try {
    const catalogue = stack.catalogue.catalogue;
    const tenant = "demo";
    await catalogue.upsertProducts(tenant, [{ code: "FAN-1", name: "Dağıtılan ürün", stocks: [{ warehouse: "Merkez", quantity: 40 }] }]);
    const [product] = (await catalogue.products(tenant, "FAN-1", 0, 1)).items;
    const stores: Array<[string, string]> = [
      ["pazarama", "demo-pazarama"],
      ["beymen", "demo-beymen"],
      ["trendyol", "demo-trendyol"],
    ];
    for (const [m, id] of stores) {
      const built = stack.marketplaces[m] as unknown as { service: { store(id: string): Any }; listings: { syncStore(s: Any): Promise<unknown> } };
      const s = built.service.store(id);
      await built.listings.syncStore({ id, tenantId: s.config.tenantId, active: true, handle: s });
    }
    // Five listings: one on each demo store, two more on Pazarama and Beymen.
    const targets: string[] = [];
    for (const [, id] of stores) {
      const { items } = await catalogue.listings(tenant, id, false, 0, id === "demo-trendyol" ? 1 : 2);
      for (const l of items) {
        await catalogue.match(tenant, l.id, product.id, "MANUAL");
        targets.push(l.id);
      }
    }
    for (let run = 0; run < 3; run++) {
      await catalogue.upsertProducts(tenant, [{ code: "FAN-1", name: "Dağıtılan ürün", stocks: [{ warehouse: "Merkez", quantity: 30 - run }] }]);
      const t0 = performance.now();
      const results = (
        await Promise.all(
          stores.map(([m]) => {
            const push = (stack.marketplaces[m] as unknown as { stockPush: Parameters<typeof pushStock>[0] }).stockPush;
            return pushStock(push, `bench-${run}`, { tenantId: tenant, productIds: [product.id] });
          }),
        )
      ).flat();
      const ms = performance.now() - t0;
      console.log(
        `  stock fan-out to ${results.length} listings on ${new Set(results.map((r) => r.listingId.split(":")[1])).size} stores: ${ms.toFixed(0)} ms to all pushes (${results.filter((r) => r.error).length} refused)`,
      );
    }

    console.log("\npublishPrices through the gateway (the product's price list price plus 10 %):");
    await catalogue.upsertProducts(tenant, [{ code: "FAN-1", name: "Dağıtılan ürün", prices: [{ priceList: "Pazaryeri", amount: "250.00" }] }]);
    for (const [, id] of stores) {
      await q(`mutation { updateStoreSettings(storeId: "${id}", input: { defaultPriceList: "Pazaryeri", priceMarkupPercent: "10" }) { id } }`);
      for (const call of ["first call", "again"]) {
        const t0 = performance.now();
        const r = (await q(`mutation { publishPrices(storeId: "${id}") { sent unchanged failed pending } }`)).publishPrices;
        console.log(`  ${id}, ${call}: ${(performance.now() - t0).toFixed(0)} ms (sent ${r.sent}, unchanged ${r.unchanged}, failed ${r.failed}, pending ${r.pending})`);
      }
    }

    console.log(`\nSupplier feed (a Penta sandbox with ${(FEED + 20).toLocaleString("en")} products, pages of 500):`);
    let t0 = performance.now();
    let sync = (await q('mutation { syncSupplier(supplierId: "bench-penta") { sync { read created updated skipped } } }')).syncSupplier.sync;
    console.log(
      `  whole feed: ${((performance.now() - t0) / 1000).toFixed(2)} s — read ${sync.read}, created ${sync.created}, updated ${sync.updated}, skipped ${sync.skipped} (RSS ${mb()} MB)`,
    );
    for (const p of feed.data.products.slice(0, 200)) {
      p.endUserPrice += 1;
      p.updatedAtMs = Date.now();
    }
    t0 = performance.now();
    sync = (await q('mutation { syncSupplier(supplierId: "bench-penta") { sync { read created updated skipped } } }')).syncSupplier.sync;
    console.log(`  what changed today (200 products): ${((performance.now() - t0) / 1000).toFixed(2)} s — read ${sync.read}, updated ${sync.updated}`);
  } finally {
    await stack.close();
    await feed.app.close();
  }
}

// biome-ignore lint/suspicious/noExplicitAny: bench internals are read loosely
type Any = any;

await matching("PGlite (in memory)", {});
const admin = process.env.DATABASE_BENCH_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const client = new pg.Client({ connectionString: admin });
try {
  await client.connect();
  const dbName = `pgbench_catalogue_${Date.now()}`;
  await client.query(`CREATE DATABASE ${dbName}`);
  try {
    await matching("PostgreSQL", { url: admin.replace(/\/[^/]*$/, `/${dbName}`) });
  } finally {
    await client.query(`DROP DATABASE ${dbName} WITH (FORCE)`);
  }
} catch (err) {
  console.log(`\nPostgreSQL: skipped (${(err as Error).message})`);
} finally {
  await client.end().catch(() => {});
}
console.log("\nStock fan-out (one product on 5 listings over the three sandboxes, each marketplace's own stock write):");
await fanOut();
