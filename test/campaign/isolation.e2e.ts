// Campaign, isolation phase: two tenants, each with a Pazarama and a Beymen store on the same
// sandboxes. Every id one tenant can see (stores, orders, lines, packages, products, refunds, API keys)
// is tried by the other in every operation that takes such an id, both ways round. Nothing may succeed,
// and no answer may name the other tenant's stores: a foreign id answers like one that does not exist.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Stack } from "../../scripts/stack.ts";
import { beymenOf, gql, pazaramaOf, startTestStack, until } from "../helpers.ts";
import { pool, post, Tally } from "./tally.ts";

// biome-ignore lint/suspicious/noExplicitAny: answers are read loosely
type Any = any;

interface Seen {
  key: string;
  storeIds: { pazarama: string; beymen: string };
  storeNames: string[];
  orders: Array<{ mp: "pazarama" | "beymen"; id: string; number: string; lines: string[]; packages: string[] }>;
  products: Array<{ mp: "pazarama" | "beymen"; id: string }>;
  refunds: Array<{ mp: "pazarama" | "beymen"; id: string }>;
  keyIds: string[];
  listings: string[];
  productCode: string;
  supplierIds: string[];
}

async function collect(stack: Stack, key: string): Promise<Seen> {
  const q = async (query: string) => {
    const r = await gql<Any, Any>(stack, query, undefined, key);
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    return r.data;
  };
  const stores = (await q("{ stores { id name marketplace } }")).stores as Array<{ id: string; name: string; marketplace: string }>;
  const pz = stores.find((s) => s.marketplace === "PAZARAMA")?.id ?? "";
  const bm = stores.find((s) => s.marketplace === "BEYMEN")?.id ?? "";
  const seen: Seen = {
    key,
    storeIds: { pazarama: pz, beymen: bm },
    storeNames: stores.map((s) => s.name),
    orders: [],
    products: [],
    refunds: [],
    keyIds: [],
    listings: [],
    productCode: (await q("{ catalogueProducts(first: 1) { edges { node { code } } } }")).catalogueProducts.edges[0].node.code,
    supplierIds: [],
  };
  for (const [mp, storeId] of [
    ["pazarama", pz],
    ["beymen", bm],
  ] as const) {
    const d = (
      await q(
        `{ ${mp}(storeId: "${storeId}") { orders(first: 8) { edges { node { id number lines { id } packages { code } } } } products(first: 5) { edges { node { id } } } refunds(first: 5) { edges { node { id } } } } }`,
      )
    )[mp];
    for (const { node } of d.orders.edges)
      seen.orders.push({ mp, id: node.id, number: node.number, lines: node.lines.map((l: Any) => l.id), packages: node.packages.map((p: Any) => p.code).filter(Boolean) });
    for (const { node } of d.products.edges) seen.products.push({ mp, id: node.id });
    for (const { node } of d.refunds.edges) seen.refunds.push({ mp, id: node.id });
  }
  seen.keyIds = ((await q("{ apiKeys { id } }")).apiKeys as Array<{ id: string }>).map((k) => k.id);
  for (const storeId of [pz, bm])
    seen.listings.push(...(await q(`{ unmatchedListings(storeId: "${storeId}", first: 2) { edges { node { id } } } }`)).unmatchedListings.edges.map((e: Any) => e.node.id));
  seen.supplierIds = ((await q("{ suppliers { id } }")).suppliers as Array<{ id: string }>).map((x) => x.id);
  return seen;
}

/** Every operation that takes an id, aimed at the victim's ids, sent with the attacker's key and own stores. */
function attacks(attacker: Seen, victim: Seen): string[] {
  const own = attacker.storeIds;
  const out: string[] = [];
  for (const [mp, storeId] of Object.entries(victim.storeIds) as Array<["pazarama" | "beymen", string]>) {
    out.push(`{ store(id: "${storeId}") { id name } }`);
    out.push(`{ ${mp}(storeId: "${storeId}") { storeId orders(first: 1) { edges { node { id } } } } }`);
    out.push(`{ orderEventHistory(filter: { storeIds: ["${storeId}"] }) { id storeId: order { store { id name } } } }`);
    out.push(`{ orders(filter: { storeIds: ["${storeId}"] }) { totalCount edges { node { id store { name } } } } }`);
    out.push(`{ orderCounts(filter: { storeIds: ["${storeId}"] }) { status count } }`);
    out.push(`mutation { updateStore(id: "${storeId}", input: { title: "taken" }) { id } }`);
    out.push(`mutation { updateStoreSettings(storeId: "${storeId}", input: { defaultCargoCompany: "x" }) { id } }`);
    out.push(`mutation { testStoreConnection(storeId: "${storeId}") { id apiStatus } }`);
    out.push(
      mp === "pazarama"
        ? `mutation { setStoreCredentials(storeId: "${storeId}", input: { clientId: "a", clientSecret: "b" }) { id } }`
        : `mutation { setStoreCredentials(storeId: "${storeId}", input: { apiKey: "a", apiPassword: "b" }) { id } }`,
    );
    out.push(`mutation { removeStore(id: "${storeId}") }`);
    out.push(`mutation { ${mp}(storeId: "${storeId}") { acceptOrder(input: { orderNumber: "1" }) { id } } }`);
  }
  for (const o of victim.orders) {
    const mine = own[o.mp];
    out.push(`{ order(id: "${o.id}") { id number } }`);
    out.push(`{ ${o.mp}(storeId: "${victim.storeIds[o.mp]}") { order(number: "${o.number}") { id } } }`);
    for (const line of o.lines.slice(0, 2)) {
      out.push(
        `mutation { ${o.mp}(storeId: "${mine}") { cancelLines(input: { orderNumber: "${o.number}", lines: [{ lineId: "${line}", quantity: 1 }], reason: OUT_OF_STOCK }) { id } } }`,
      );
      out.push(
        `mutation { ${o.mp}(storeId: "${mine}") { attachInvoice(input: { orderNumber: "${o.number}", lineId: "${line}", invoiceNumber: "X1", invoiceUrl: "https://example.com/i.pdf" }) { id } } }`,
      );
    }
    for (const code of o.packages.slice(0, 1))
      out.push(
        `mutation { ${o.mp}(storeId: "${victim.storeIds[o.mp]}") { shipPackage(input: { orderNumber: "${o.number}", packageCode: "${code}", trackingNumber: "T1" }) { id } } }`,
      );
  }
  for (const p of victim.products) {
    out.push(`{ ${p.mp}(storeId: "${own[p.mp]}") { product(id: "${p.id}") { id name } } }`);
    out.push(`mutation { ${p.mp}(storeId: "${own[p.mp]}") { updatePriceAndStock(input: { productId: "${p.id}", stock: 7 }) { id } } }`);
    if (p.mp === "beymen") out.push(`mutation { beymen(storeId: "${own.beymen}") { setProductOnSale(productId: "${p.id}", onSale: false) { id } } }`);
  }
  for (const r of victim.refunds) {
    out.push(`mutation { ${r.mp}(storeId: "${own[r.mp]}") { approveRefund(input: { refundId: "${r.id}" }) { id } } }`);
    out.push(`mutation { ${r.mp}(storeId: "${own[r.mp]}") { rejectRefund(input: { refundId: "${r.id}", reason: OTHER, description: "no" }) { id } } }`);
  }
  for (const id of victim.keyIds) out.push(`mutation { revokeApiKey(id: "${id}") { id } }`);
  // The catalogue and accounting: the victim's stores' listings, its products, its orders' lines, supplier orders and invoices, and its supplier accounts.
  const mineCode = attacker.productCode;
  for (const storeId of Object.values(victim.storeIds)) {
    out.push(`{ unmatchedListings(storeId: "${storeId}") { totalCount edges { node { id } } } }`);
    out.push(`{ matchedListings(storeId: "${storeId}") { totalCount } }`);
    out.push(`{ suggestedMatches(storeId: "${storeId}") { totalCount } }`);
    out.push(`mutation { autoMatch(storeId: "${storeId}", by: BARCODE) { matched } }`);
    out.push(`mutation { publishPrices(storeId: "${storeId}") { sent } }`);
  }
  for (const id of victim.listings) {
    out.push(`mutation { matchListing(listingId: "${id}", productCode: "${mineCode}") { id } }`);
    out.push(`mutation { unmatchListing(listingId: "${id}") { id } }`);
    out.push(`mutation { matchListings(storeId: "${attacker.storeIds.pazarama}", matches: [{ listingId: "${id}", productCode: "${mineCode}" }]) { id } }`);
  }
  out.push(`{ catalogueProduct(code: "${victim.productCode}") { id } }`);
  out.push(`{ catalogueProducts(search: "${victim.productCode}") { totalCount } }`);
  for (const o of victim.orders.slice(0, 4)) {
    out.push(`{ order(id: "${o.id}") { hasUnmatchedLines lineMatches { lineId } supplierOrder { id } } }`);
    out.push(`mutation { matchOrderLine(orderId: "${o.id}", lineId: "${o.lines[0]}", productCode: "${mineCode}") { id } }`);
    out.push(`mutation { placeSupplierOrder(orderId: "${o.id}", warehouse: "2011") { id } }`);
    out.push(`{ order(id: "${o.id}") { accounting { status invoiceId } } }`);
    out.push(`mutation { pushOrderToAccounting(orderId: "${o.id}") { status } }`);
    out.push(`mutation { retryAccounting(orderId: "${o.id}") { status } }`);
  }
  for (const id of victim.supplierIds) {
    out.push(`mutation { syncSupplier(supplierId: "${id}") { id } }`);
    out.push(`mutation { connectSupplier(input: { id: "${id}", name: "taken", token: "x" }) { id } }`);
  }
  return out;
}

describe("Campaign: tenant isolation", () => {
  let stack: Stack;
  const tally = new Tally();

  before(async () => {
    stack = await startTestStack("memory", { security: { demoKey: true, rateLimit: { points: 1_000_000, windowSeconds: 60 } } }, { poll: false });
    const keyB = (await stack.apiKeys.create("tenant-b", "B admin", ["admin"])).key;
    const [pazarama, beymen] = [stack.config.marketplaces.pazarama.sandbox.credentials, stack.config.marketplaces.beymen.sandbox.credentials];
    for (const [mp, creds] of [
      ["PAZARAMA", `clientId: "${pazarama.clientId}", clientSecret: "${pazarama.clientSecret}"`],
      ["BEYMEN", `apiKey: "${beymen.apiKey}", apiPassword: "${beymen.apiPassword}"`],
    ]) {
      const added = await gql<Any, Any>(stack, `mutation { addStore(input: { title: "Tenant B ${mp}", marketplace: ${mp}, testMode: true }) { id } }`, undefined, keyB);
      assert.equal(added.errors, undefined, JSON.stringify(added.errors));
      await gql<Any, Any>(stack, `mutation { setStoreCredentials(storeId: "${added.data.addStore.id}", input: { ${creds} }) { id } }`, undefined, keyB);
    }
    await until(() => pazaramaOf(stack).service.stores.size >= 2 && beymenOf(stack).service.stores.size >= 2, "the subgraphs serve tenant B's stores");
    // Each tenant's catalogue: a product of its own, every store's listings, and (B) a supplier account.
    for (const [key, code] of [
      [stack.demoKey ?? "", "A-OWN-1"],
      [keyB, "B-OWN-1"],
    ])
      await gql<Any, Any>(stack, `mutation { upsertCatalogueProducts(products: [{ code: "${code}", name: "Own ${code}" }]) { id } }`, undefined, key);
    await gql<Any, Any>(stack, 'mutation { connectSupplier(input: { id: "b-penta", name: "B Penta", testMode: true }) { id } }', undefined, keyB);
    for (const built of [pazaramaOf(stack), beymenOf(stack)])
      for (const store of built.service.stores.values())
        await built.listings?.syncStore({ id: store.config.id, tenantId: store.config.tenantId, active: true, handle: store as never });
    (stack as Stack & { keyB?: string }).keyB = keyB;
  });
  after(() => stack?.close());

  it("lets neither tenant reach the other's stores, orders, products, refunds or keys by any id, both ways", async () => {
    const keyB = (stack as Stack & { keyB?: string }).keyB ?? "";
    const a = await collect(stack, stack.demoKey ?? "");
    const b = await collect(stack, keyB);
    assert.ok(a.orders.length && b.orders.length && a.products.length && a.refunds.length, "both tenants see data of their own");
    let attempts = 0;
    let succeeded = 0;
    for (const [attacker, victim] of [
      [a, b],
      [b, a],
    ]) {
      const ids = [...Object.values(victim.storeIds), ...victim.storeNames];
      await pool(attacks(attacker, victim), 6, async (query) => {
        attempts++;
        const res = await post(stack.gatewayUrl, JSON.stringify({ query }), { "x-api-key": attacker.key });
        tally.answer(res, query.slice(0, 120));
        const text = JSON.stringify(res.body);
        const named = ids.filter((id) => text.includes(`"${id}"`));
        if (named.length) {
          tally.leaks++;
          tally.note(`leak (${named.join(", ")}): ${query.slice(0, 120)} → ${text.slice(0, 200)}`);
        }
        const body = res.body as { data?: Record<string, Any> | null; errors?: unknown[] };
        // The operation's own result must be empty: null, an empty list, or an error.
        const values = Object.values(body.data ?? {}).flatMap((v) => (v && typeof v === "object" && !Array.isArray(v) ? Object.values(v) : [v]));
        if (!body.errors?.length && values.some((v) => v !== null && v !== 0 && !(Array.isArray(v) && v.length === 0))) {
          succeeded++;
          tally.note(`succeeded: ${query.slice(0, 120)} → ${text.slice(0, 200)}`);
        }
      });
    }
    tally.extra.attempts = attempts;
    tally.extra["foreign ids that worked"] = succeeded;
    tally.report("isolation");
    assert.equal(tally.leaks, 0, tally.notes.join("\n"));
    assert.equal(succeeded, 0, tally.notes.join("\n"));
    assert.equal(tally.fiveXX + tally.internal + tally.uncoded, 0, tally.notes.join("\n"));
  });
});
