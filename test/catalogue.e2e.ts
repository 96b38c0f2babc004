// The catalogue end to end, through the gateway: the seller's products upserted in validated batches
// (nothing written when a row is wrong), each store's listings synced from its marketplace, matched
// and unmatched listings as separate connections, suggestions by barcode, code and name, matching by
// hand and auto-matching by barcode in bulk — all within the caller's tenant.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createLogger, createMemoryKeyValueStore, type ListingStore, StockDeduction } from "@pazargraph/runtime";
import type { Stack } from "../scripts/stack.ts";
import { gql, type Mode, startTestStack, until, writeHelpers } from "./helpers.ts";
import { skipWithoutRedis } from "./redis.ts";

// biome-ignore lint/suspicious/noExplicitAny: e2e answers are read loosely
type Any = any;

for (const mode of ["memory", "redis"] as Mode[]) {
  describe(`Catalogue and matching (${mode} mode)`, { skip: mode === "redis" ? skipWithoutRedis : false }, () => {
    let stack: Stack;
    let keyB: string;
    const q = (query: string, variables?: Any, key?: string | null) => gql<Any, Any>(stack, query, variables, key === undefined ? (stack.demoKey ?? null) : key);
    /** Syncs one store's listings now, as its marketplace subgraph does at start and every interval. */
    async function syncListings(marketplace: string, storeId: string) {
      const built = stack.marketplaces[marketplace] as unknown as {
        service: { store(id: string): { config: { id: string; tenantId: string } } };
        listings: { syncStore(s: ListingStore<unknown>): Promise<unknown> };
      };
      const store = built.service.store(storeId);
      return built.listings.syncStore({ id: store.config.id, tenantId: store.config.tenantId, active: true, handle: store });
    }

    before(async () => {
      stack = await startTestStack(mode, { security: { demoKey: true } }, { poll: false });
      keyB = (await stack.apiKeys.create("tenant-b", "B admin", ["admin"])).key;
      for (const [m, id] of [
        ["pazarama", "demo-pazarama"],
        ["trendyol", "demo-trendyol"],
      ])
        await syncListings(m, id);
    });
    after(() => stack?.close());

    it("upserts products in a batch, and writes nothing when any row is wrong", async () => {
      const bad = await q(`mutation($p: [CatalogueProductInput!]!) { upsertCatalogueProducts(products: $p) { code } }`, {
        p: [
          { code: "OK-1", name: "Doğru ürün", stocks: [{ warehouse: "Merkez", quantity: 5 }] },
          { code: "DUP", name: "İlk" },
          { code: "DUP", name: "İkinci" },
          { code: "NEG", name: "Eksi stok", stocks: [{ warehouse: "Merkez", quantity: -3 }] },
          { code: "PRICE", name: "Kuruşlu", prices: [{ priceList: "Trendyol Fiyatı", amount: "10.999" }] },
        ],
      });
      assert.equal(bad.errors?.[0]?.extensions?.code, "BAD_USER_INPUT", JSON.stringify(bad.errors));
      const rows = bad.errors?.[0]?.extensions?.rows as Any[];
      assert.deepEqual(
        rows.map((r) => [r.index, r.argument]),
        [
          [2, "products.2.code"],
          [3, "products.3.stocks.0.quantity"],
          [4, "products.4.prices.0.amount"],
        ],
      );
      assert.equal((await q('{ catalogueProduct(code: "OK-1") { code } }')).data.catalogueProduct, null, "nothing half-written");

      const ok = await q(
        `mutation($p: [CatalogueProductInput!]!) { upsertCatalogueProducts(products: $p) { code name stock stocks { warehouse quantity } prices { priceList amount { amount } } } }`,
        {
          p: [
            {
              code: "OK-1",
              name: "Doğru ürün",
              vatRate: 20,
              cost: "12.50",
              stocks: [
                { warehouse: "Merkez", quantity: 5 },
                { warehouse: "Ankara", quantity: 2 },
              ],
              prices: [{ priceList: "Trendyol Fiyatı", amount: "99.90" }],
            },
          ],
        },
      );
      assert.equal(ok.errors, undefined, JSON.stringify(ok.errors));
      assert.equal(ok.data.upsertCatalogueProducts[0].stock, 7);
      assert.deepEqual(ok.data.upsertCatalogueProducts[0].prices, [{ priceList: "Trendyol Fiyatı", amount: { amount: "99.90" } }]);
      const again = await q(
        `mutation { upsertCatalogueProducts(products: [{ code: "OK-1", name: "Doğru ürün 2", stocks: [{ warehouse: "Merkez", quantity: 1 }] }]) { name stock } }`,
      );
      assert.deepEqual(again.data.upsertCatalogueProducts[0], { name: "Doğru ürün 2", stock: 1 }, "an update by code replaces the stocks");
      const search = await q('{ catalogueProducts(search: "DOĞRU") { totalCount edges { node { code } } } }');
      assert.equal(search.data.catalogueProducts.totalCount, 1, "Turkish-aware search");
    });

    it("shows a store's listings unmatched until matched, suggests by barcode, and auto-matches by barcode in bulk", async () => {
      const unmatched = await q('{ unmatchedListings(storeId: "demo-trendyol", first: 200) { totalCount edges { node { id code name marketplace } } } }');
      assert.equal(unmatched.errors, undefined, JSON.stringify(unmatched.errors));
      const listings = unmatched.data.unmatchedListings.edges.map((e: Any) => e.node);
      assert.ok(unmatched.data.unmatchedListings.totalCount >= 50, "the store's products were synced");
      assert.ok(listings.every((l: Any) => l.marketplace === "TRENDYOL"));
      // The seller's catalogue shares barcodes with ten listings; one more matches by name only.
      const shared = listings.slice(0, 10);
      const byName = listings[10];
      const rows = [
        ...shared.map((l: Any, i: number) => ({ code: `SKU-${i}`, barcode: l.code, name: `Ürün ${i}` })),
        { code: "SKU-NAME", name: byName.name.toLocaleUpperCase("tr-TR") },
      ];
      const up = await q("mutation($p: [CatalogueProductInput!]!) { upsertCatalogueProducts(products: $p) { code } }", { p: rows });
      assert.equal(up.errors, undefined, JSON.stringify(up.errors));

      const suggested = await q('{ suggestedMatches(storeId: "demo-trendyol", first: 200) { totalCount edges { node { reason listing { id } product { code } } } } }');
      const s = suggested.data.suggestedMatches.edges.map((e: Any) => e.node);
      assert.equal(s.filter((x: Any) => x.reason === "BARCODE").length, 10);
      assert.ok(
        s.some((x: Any) => x.reason === "NAME" && x.listing.id === byName.id && x.product.code === "SKU-NAME"),
        "Turkish-folded name",
      );

      const report = await q('mutation { autoMatch(storeId: "demo-trendyol", by: BARCODE) { matched alreadyMatched unmatched } }');
      assert.equal(report.errors, undefined, JSON.stringify(report.errors));
      assert.equal(report.data.autoMatch.matched, 10);
      assert.equal(report.data.autoMatch.alreadyMatched, 0);
      const matched = await q('{ matchedListings(storeId: "demo-trendyol", first: 50) { totalCount edges { node { id matchedBy product { code barcode } store { name } } } } }');
      assert.equal(matched.data.matchedListings.totalCount, 10);
      assert.ok(matched.data.matchedListings.edges.every((e: Any) => e.node.matchedBy === "BARCODE" && e.node.product.barcode && e.node.store.name === "Demo Trendyol Store"));
      const second = await q('mutation { autoMatch(storeId: "demo-trendyol", by: BARCODE) { matched alreadyMatched } }');
      assert.deepEqual(second.data.autoMatch, { matched: 0, alreadyMatched: 10 }, "a second run matches nothing new");
    });

    it("matches and unmatches by hand, and refuses unknown codes and another tenant's listings", async () => {
      const l = (await q('{ unmatchedListings(storeId: "demo-pazarama", first: 1) { edges { node { id } } } }')).data.unmatchedListings.edges[0].node;
      let r = await q(`mutation { matchListing(listingId: "${l.id}", productCode: "NO-SUCH") { id } }`);
      assert.equal(r.errors?.[0]?.extensions?.code, "BAD_USER_INPUT");
      r = await q(`mutation { matchListing(listingId: "${l.id}", productCode: "OK-1") { id matchedBy product { code listings { id } } } }`);
      assert.equal(r.errors, undefined, JSON.stringify(r.errors));
      assert.equal(r.data.matchListing.matchedBy, "MANUAL");
      assert.ok(
        r.data.matchListing.product.listings.some((x: Any) => x.id === l.id),
        "the product knows its listings",
      );
      // Tenant B sees none of it: not the listing, not the store, not the product.
      const asB = (query: string) => q(query, undefined, keyB);
      assert.equal(
        (await asB(`mutation { unmatchListing(listingId: "${l.id}") { id } }`)).errors?.[0]?.extensions?.code,
        "BAD_USER_INPUT",
        "no such listing, as far as B can tell",
      );
      assert.equal((await asB('{ unmatchedListings(storeId: "demo-pazarama") { totalCount } }')).errors?.[0]?.extensions?.code, "NOT_FOUND");
      assert.equal((await asB('{ catalogueProduct(code: "OK-1") { code } }')).data.catalogueProduct, null);
      r = await q(`mutation { unmatchListing(listingId: "${l.id}") { id matchedBy product { code } } }`);
      assert.deepEqual(r.data.unmatchListing, { id: l.id, matchedBy: null, product: null });
    });

    it("matches listings in bulk, all or nothing: another store's or tenant's listing, an unknown code or a listing twice refuses the whole batch", async () => {
      const [a, b] = (await q('{ unmatchedListings(storeId: "demo-pazarama", first: 2) { edges { node { id } } } }')).data.unmatchedListings.edges.map((e: Any) => e.node.id);
      const other = (await q('{ unmatchedListings(storeId: "demo-trendyol", first: 1) { edges { node { id } } } }')).data.unmatchedListings.edges[0].node.id;
      const bulk = (matches: Any[], key?: string) =>
        q('mutation($m: [ListingMatchInput!]!) { matchListings(storeId: "demo-pazarama", matches: $m) { id matchedBy product { code } } }', { m: matches }, key);
      const bad = await bulk([
        { listingId: a, productCode: "OK-1" },
        { listingId: other, productCode: "OK-1" },
        { listingId: b, productCode: "NO-SUCH" },
        { listingId: a, productCode: "OK-1" },
        { listingId: "pazarama:demo-pazarama:nope", productCode: "OK-1" },
      ]);
      assert.equal(bad.errors?.[0]?.extensions?.code, "BAD_USER_INPUT");
      assert.deepEqual(
        (bad.errors?.[0]?.extensions?.rows as Any[]).map((r) => [r.index, r.argument]),
        [
          [1, "matches.1.listingId"],
          [2, "matches.2.productCode"],
          [3, "matches.3.listingId"],
          [4, "matches.4.listingId"],
        ],
      );
      assert.equal(
        (await q(`{ matchedListings(storeId: "demo-pazarama", first: 200) { edges { node { id } } } }`)).data.matchedListings.edges.some((e: Any) => e.node.id === a),
        false,
        "nothing half-written",
      );
      assert.equal((await bulk([{ listingId: a, productCode: "OK-1" }], keyB)).errors?.[0]?.extensions?.code, "NOT_FOUND", "B has no such store");
      const ok = await bulk([
        { listingId: a, productCode: "OK-1" },
        { listingId: b, productCode: "OK-1" },
      ]);
      assert.equal(ok.errors, undefined, JSON.stringify(ok.errors));
      assert.deepEqual(
        ok.data.matchListings.map((l: Any) => [l.matchedBy, l.product.code]),
        [
          ["MANUAL", "OK-1"],
          ["MANUAL", "OK-1"],
        ],
      );
      for (const id of [a, b]) await q(`mutation { unmatchListing(listingId: "${id}") { id } }`);
    });

    it("flags an order with an unmatched line, and matching from the order line clears the flag (feed filter too)", async () => {
      const listing = (await q('{ unmatchedListings(storeId: "demo-trendyol", first: 1) { edges { node { code } } } }')).data.unmatchedListings.edges[0].node;
      const pkg = (await (
        await fetch(`${stack.sandboxUrls.trendyol}/_sandbox/orders`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ barcodes: [listing.code] }),
        })
      ).json()) as Any;
      const read = await q(`{ trendyol { order(number: "${pkg.orderNumber}") { id lines { id productCode } } } }`);
      assert.equal(read.errors, undefined, JSON.stringify(read.errors));
      const order = read.data.trendyol.order;
      const detail = async () => (await q(`{ order(id: "${order.id}") { hasUnmatchedLines lineMatches { lineId productCode listing { code } product { code } } } }`)).data.order;
      let d = await detail();
      assert.equal(d.hasUnmatchedLines, true);
      assert.deepEqual(d.lineMatches, [{ lineId: order.lines[0].id, productCode: listing.code, listing: { code: listing.code }, product: null }]);
      const feed = async (flag: boolean) =>
        (await q(`{ orders(first: 200, filter: { storeIds: ["demo-trendyol"], hasUnmatchedLines: ${flag} }) { edges { node { id } } } }`)).data.orders.edges.map(
          (e: Any) => e.node.id,
        );
      assert.ok((await feed(true)).includes(order.id), "the feed lists it among orders with unmatched lines");

      const bad = await q(`mutation { matchOrderLine(orderId: "${order.id}", lineId: "${order.lines[0].id}", productCode: "NO-SUCH") { id } }`);
      assert.equal(bad.errors?.[0]?.extensions?.code, "BAD_USER_INPUT");
      const m = await q(`mutation { matchOrderLine(orderId: "${order.id}", lineId: "${order.lines[0].id}", productCode: "OK-1") { id hasUnmatchedLines } }`);
      assert.equal(m.errors, undefined, JSON.stringify(m.errors));
      assert.equal(m.data.matchOrderLine.hasUnmatchedLines, false);
      d = await detail();
      assert.equal(d.lineMatches[0].product.code, "OK-1");
      assert.ok(!(await feed(true)).includes(order.id));
      assert.ok((await feed(false)).includes(order.id), "and among the fully matched ones");
      assert.equal((await q(`{ order(id: "${order.id}") { hasUnmatchedLines } }`, undefined, keyB)).data?.order ?? null, null, "another tenant sees no such order");
    });

    it("deducts a matched line's stock once when an order arrives (poll repeated, event replayed, a second replica), pushes the new stock to the product's other listings, and gives it back on cancellation", async () => {
      const settings = await q(
        'mutation { updateStoreSettings(storeId: "demo-trendyol", input: { autoDeductStock: true, defaultWarehouse: "Merkez" }) { settings { autoDeductStock defaultWarehouse } } }',
      );
      assert.equal(settings.errors, undefined, JSON.stringify(settings.errors));
      const listing = (await q('{ unmatchedListings(storeId: "demo-trendyol", first: 1) { edges { node { id code } } } }')).data.unmatchedListings.edges[0].node;
      await q(
        `mutation { upsertCatalogueProducts(products: [{ code: "DED-1", barcode: "${listing.code}", name: "Düşülen ürün", stocks: [{ warehouse: "Merkez", quantity: 10 }, { warehouse: "Ankara", quantity: 4 }] }]) { code } }`,
      );
      await q(`mutation { matchListing(listingId: "${listing.id}", productCode: "DED-1") { id } }`);
      // The same product sold on Pazarama (its store takes stock from Merkez) and Beymen (every warehouse).
      await syncListings("beymen", "demo-beymen");
      await q('mutation { updateStoreSettings(storeId: "demo-pazarama", input: { defaultWarehouse: "Merkez" }) { id } }');
      const other = async (storeId: string) =>
        (await q(`{ unmatchedListings(storeId: "${storeId}", first: 1) { edges { node { id code } } } }`)).data.unmatchedListings.edges[0].node;
      const pz = await other("demo-pazarama");
      const bm = await other("demo-beymen");
      for (const l of [pz, bm]) assert.equal((await q(`mutation { matchListing(listingId: "${l.id}", productCode: "DED-1") { id } }`)).errors, undefined);
      const pushed = async () =>
        Object.fromEntries(
          ((await q('{ catalogueProduct(code: "DED-1") { listings { id lastStockPush { quantity error } } } }')).data.catalogueProduct.listings as Any[]).map((l) => [
            l.id,
            l.lastStockPush,
          ]),
        );
      const marketplaceStock = async () => {
        const r = await q(`{ pazarama { product(code: "${pz.code}") { stock } } beymen { product(id: "${bm.id}") { stock } } }`);
        return [r.data.pazarama.product.stock, r.data.beymen.product.stock];
      };
      const stockIn = async (warehouse: string) =>
        ((await q('{ catalogueProduct(code: "DED-1") { stocks { warehouse quantity } } }')).data.catalogueProduct.stocks as Any[]).find((s) => s.warehouse === warehouse)?.quantity;
      const trendyol = stack.marketplaces.trendyol as unknown as { service: { store(id: string): Any }; poller: { pollStore(s: Any): Promise<number> } };
      const store = trendyol.service.store("demo-trendyol");
      const polled = { id: store.config.id, tenantId: store.config.tenantId, active: true, handle: store };
      await trendyol.poller.pollStore(polled); // the first poll records what exists, silently
      const events = async () => (await stack.ports.orderEvents.read(undefined, null, 10_000)).filter((e) => e.payload.storeId === "demo-trendyol");
      const before = (await events()).length;

      const pkg = (await (
        await fetch(`${stack.sandboxUrls.trendyol}/_sandbox/orders`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ barcodes: [listing.code], quantity: 2 }),
        })
      ).json()) as Any;
      assert.equal(await trendyol.poller.pollStore(polled), 1, "one new order");
      await until(async () => (await stockIn("Merkez")) === 8, "the order's 2 units leave the store's default warehouse");
      assert.equal(await stockIn("Ankara"), 4, "other warehouses keep theirs");
      // Multi-channel stock: the other stores' listings get the new stock; the order's own store is left to its marketplace.
      await until(async () => (await pushed())[pz.id]?.quantity === 8 && (await pushed())[bm.id]?.quantity === 12, "the new stock reaches the other listings", 15_000);
      const p = await pushed();
      assert.equal(p[pz.id].error, null);
      assert.equal(p[bm.id].error, null);
      assert.equal(p[listing.id], null, "the listing the order came from is not pushed");
      assert.deepEqual(await marketplaceStock(), [8, 12], "the sandboxes hold the pushed stock");
      assert.equal(await trendyol.poller.pollStore(polled), 0);

      // The same events again — a replay after a crash, and a second replica with its own worker: nothing moves twice.
      const created = (await events()).slice(before);
      for (const e of created) assert.deepEqual(await stack.catalogue.deduction?.apply(e.payload, Number(e.id)), []);
      const replica = new StockDeduction({
        db: stack.ports.database.db,
        log: stack.ports.orderEvents,
        registry: stack.registry,
        kv: createMemoryKeyValueStore(),
        logger: createLogger({ name: "t", level: "silent" }),
      });
      for (const e of created) assert.deepEqual(await replica.apply(e.payload, Number(e.id)), []);
      assert.equal(await stockIn("Merkez"), 8);

      await fetch(`${stack.sandboxUrls.trendyol}/_sandbox/packages/${pkg.id}/status`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: '{"status":"Cancelled"}',
      });
      assert.equal(await trendyol.poller.pollStore(polled), 1, "the cancellation");
      await until(async () => (await stockIn("Merkez")) === 10, "a cancellation gives the units back");
      await until(async () => (await pushed())[pz.id]?.quantity === 10 && (await pushed())[bm.id]?.quantity === 14, "and the other listings get it back", 15_000);
      assert.deepEqual(await marketplaceStock(), [10, 14]);
      await q('mutation { updateStoreSettings(storeId: "demo-trendyol", input: { autoDeductStock: false }) { id } }');
    });

    it("publishes the store's price list (plus its markup) to the matched listings, sends nothing the second time, and refuses bad settings", async () => {
      const pzCalls = writeHelpers(() => stack, "pazarama");
      await q(
        `mutation { upsertCatalogueProducts(products: [
          { code: "PRC-1", name: "Fiyatlı ürün", prices: [{ priceList: "Pazaryeri", amount: "100.00" }, { priceList: "Bayi", amount: "80.00" }] },
          { code: "PRC-2", name: "Fiyatsız ürün", prices: [{ priceList: "Bayi", amount: "50.00" }] }
        ]) { code } }`,
      );
      const [withPrice, withoutPrice] = (await q('{ unmatchedListings(storeId: "demo-pazarama", first: 2) { edges { node { id code } } } }')).data.unmatchedListings.edges.map(
        (e: Any) => e.node,
      );
      const ty = (await q('{ unmatchedListings(storeId: "demo-trendyol", first: 1) { edges { node { id code } } } }')).data.unmatchedListings.edges[0].node;
      for (const [l, code] of [
        [withPrice, "PRC-1"],
        [withoutPrice, "PRC-2"],
        [ty, "PRC-1"],
      ])
        assert.equal((await q(`mutation { matchListing(listingId: "${l.id}", productCode: "${code}") { id } }`)).errors, undefined);

      const publish = (storeId: string, args = "") =>
        q(
          `mutation { publishPrices(storeId: "${storeId}"${args}) { priceList markupPercent sent unchanged failed noPrice pending results { listing { id lastPricePush { amount { amount } error } } price { amount } status error } } }`,
        );
      await q('mutation { updateStoreSettings(storeId: "demo-pazarama", input: { defaultPriceList: null }) { id } }');
      await pzCalls.sandbox("DELETE", "/stats");
      for (const [storeId, args, argument] of [
        ["demo-pazarama", "", "storeId"], // no default price list yet
        ["demo-pazarama", ', markupPercent: "1000.01"', "markupPercent"],
        ["demo-pazarama", ', markupPercent: "12.345"', "markupPercent"],
        ["demo-pazarama", ', markupPercent: "-5"', "markupPercent"],
      ]) {
        const r = await publish(storeId, args);
        assert.equal(r.errors?.[0]?.extensions?.code, "BAD_USER_INPUT", `${args}: ${JSON.stringify(r.errors)}`);
        if (argument === "markupPercent") assert.match(String(r.errors[0].extensions.argument ?? r.errors[0].message), /markupPercent|Decimal/);
      }
      assert.equal((await publish("demo-beymen-of-nobody")).errors?.[0]?.extensions?.code, "NOT_FOUND");
      const badSetting = await q('mutation { updateStoreSettings(storeId: "demo-pazarama", input: { priceMarkupPercent: "1001" }) { id } }');
      assert.equal(badSetting.errors?.[0]?.extensions?.code, "BAD_USER_INPUT");
      assert.equal(await pzCalls.calls(), 0, "bad input costs no Pazarama call");

      const set = await q(
        'mutation { updateStoreSettings(storeId: "demo-pazarama", input: { defaultPriceList: "Pazaryeri", priceMarkupPercent: "12.5" }) { settings { defaultPriceList priceMarkupPercent } } }',
      );
      assert.deepEqual(set.data.updateStoreSettings.settings, { defaultPriceList: "Pazaryeri", priceMarkupPercent: "12.5" });
      const first = await publish("demo-pazarama");
      assert.equal(first.errors, undefined, JSON.stringify(first.errors));
      const report = first.data.publishPrices;
      assert.equal(report.priceList, "Pazaryeri");
      assert.equal(report.markupPercent, "12.5");
      const byId = new Map(report.results.map((r: Any) => [r.listing.id, r]));
      assert.deepEqual(byId.get(withPrice.id), {
        listing: { id: withPrice.id, lastPricePush: { amount: { amount: "112.50" }, error: null } },
        price: { amount: "112.50" },
        status: "SENT",
        error: null,
      });
      assert.equal((byId.get(withoutPrice.id) as Any).status, "NO_PRICE", "a product without a price in the list is left alone");
      assert.equal(report.sent, 1);
      assert.equal(report.failed + report.pending, 0);
      const pz = await q(`{ pazarama { product(code: "${withPrice.code}") { salePrice { amount } listPrice { amount } } } }`);
      assert.deepEqual(pz.data.pazarama.product, { salePrice: { amount: "112.50" }, listPrice: { amount: "112.50" } }, "the sandbox holds the published price");

      await pzCalls.sandbox("DELETE", "/stats");
      const second = (await publish("demo-pazarama")).data.publishPrices;
      assert.equal(second.sent, 0);
      assert.equal(second.unchanged, report.sent);
      assert.equal(await pzCalls.calls(), 0, "nothing is sent when nothing changed");

      // A per-call markup, on another marketplace: Trendyol's price batch is followed until it has run.
      await q('mutation { updateStoreSettings(storeId: "demo-trendyol", input: { defaultPriceList: "Bayi" }) { id } }');
      const tyReport = (await publish("demo-trendyol", ', markupPercent: "0"')).data.publishPrices;
      const tyResult = tyReport.results.find((r: Any) => r.listing.id === ty.id);
      assert.deepEqual([tyResult.status, tyResult.price.amount], ["SENT", "80.00"]);
      const tyProduct = await q(`{ trendyol { product(code: "${ty.code}") { salePrice { amount } } } }`);
      assert.equal(tyProduct.errors, undefined, JSON.stringify(tyProduct.errors));
      assert.equal(tyProduct.data.trendyol.product.salePrice.amount, "80.00");
    });

    it("keeps matches when the listings are synced again", async () => {
      const before = (await q('{ matchedListings(storeId: "demo-trendyol") { totalCount } }')).data.matchedListings.totalCount;
      await syncListings("trendyol", "demo-trendyol");
      assert.equal((await q('{ matchedListings(storeId: "demo-trendyol") { totalCount } }')).data.matchedListings.totalCount, before);
    });
  });
}
