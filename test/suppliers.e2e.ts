// The supplier feed and supplier orders end to end, through the gateway, against the Penta sandbox
// over HTTP: the demo account's feed read into the catalogue (everything, then what changed since the
// last read's day), "200+" stock and the external warehouse kept as supplier warehouses next to the
// seller's own, auto-matching the marketplaces' listings by the shared barcodes, and a supplier order
// refused while a line is unmatched, refused by Penta beyond a warehouse's stock, placed once (a retry,
// a crash before the answer and a failing send all end in one Penta order) and tracked to SHIPPED.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { ListingStore } from "@pazargraph/runtime";
import { SHARED_PRODUCTS } from "@pazargraph/sandbox/common";
import type { Stack } from "../scripts/stack.ts";
import { gql, type Mode, startTestStack } from "./helpers.ts";
import { skipWithoutRedis } from "./redis.ts";

// biome-ignore lint/suspicious/noExplicitAny: e2e answers are read loosely
type Any = any;

const [FIRST, SECOND, THIRD] = SHARED_PRODUCTS;

for (const mode of ["memory", "redis"] as Mode[]) {
  describe(`Supplier feed and supplier orders (${mode} mode)`, { skip: mode === "redis" ? skipWithoutRedis : false }, () => {
    let stack: Stack;
    let keyB: string;
    const q = (query: string, variables?: Any, key?: string | null) => gql<Any, Any>(stack, query, variables, key === undefined ? (stack.demoKey ?? null) : key);
    const penta = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${stack.sandboxUrls.penta}${path}`, {
        method,
        headers: { ...(body === undefined ? {} : { "content-type": "application/json" }), authorization: stack.config.suppliers.penta.sandbox.token },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return (await res.json()) as Any;
    };
    const pentaOrders = async () => (await penta("GET", "/api/orders")).data as Any[];
    const newTrendyolOrder = async (barcodes: string[], quantity = 1) => {
      const pkg = (await (
        await fetch(`${stack.sandboxUrls.trendyol}/_sandbox/orders`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ barcodes, quantity }),
        })
      ).json()) as Any;
      const read = await q(`{ trendyol { order(number: "${pkg.orderNumber}") { id lines { id productCode } } } }`);
      assert.equal(read.errors, undefined, JSON.stringify(read.errors));
      return read.data.trendyol.order as { id: string; lines: Array<{ id: string; productCode: string }> };
    };
    const place = (orderId: string, warehouse: string) =>
      q(
        `mutation { placeSupplierOrder(orderId: "${orderId}", warehouse: "${warehouse}") { id status warehouse supplierOrderId lines { productCode supplierCode quantity lineIds } error } }`,
      );
    const tracker = () => stack.catalogue.suppliers;

    before(async () => {
      stack = await startTestStack(mode, {}, { poll: false });
      keyB = (await stack.apiKeys.create("tenant-b", "B admin", ["admin"])).key;
    });
    after(() => stack?.close());

    it("has the demo tenant's Penta account, reads its whole feed, then only what changed since the last read's day", async () => {
      const listed = await q("{ suppliers { id kind testMode hasToken warehouses { code name warehouse } priceLists sync { lastAt } } }");
      assert.equal(listed.errors, undefined, JSON.stringify(listed.errors));
      assert.deepEqual(listed.data.suppliers[0], {
        id: "demo-penta",
        kind: "PENTA",
        testMode: true,
        hasToken: false,
        warehouses: [
          { code: "2001", name: "İstanbul Merkez Depo", warehouse: "Penta 2001" },
          { code: "2002", name: "Ankara Depo", warehouse: "Penta 2002" },
          { code: "2011", name: "Dış Depo", warehouse: "Penta 2011" },
        ],
        priceLists: ["Penta Bayi", "Penta Son Kullanıcı", "Penta Özel"],
        sync: { lastAt: null },
      });
      const first = await q('mutation { syncSupplier(supplierId: "demo-penta") { sync { full read created updated skipped lastError } } }');
      assert.equal(first.errors, undefined, JSON.stringify(first.errors));
      assert.deepEqual(first.data.syncSupplier.sync, { full: true, read: 320, created: 320, updated: 0, skipped: 0, lastError: null });
      const p = (
        await q(
          `{ catalogueProduct(code: "${FIRST.pentaCode}") { code barcode name supplierCode stocks { warehouse quantity } prices { priceList amount { amount } } cost { amount } } }`,
        )
      ).data.catalogueProduct;
      assert.equal(p.barcode, FIRST.barcode);
      assert.equal(p.supplierCode, FIRST.pentaCode);
      assert.deepEqual(p.stocks, [
        { warehouse: "Penta 2001", quantity: 3 },
        { warehouse: "Penta 2002", quantity: 0 },
        { warehouse: "Penta 2011", quantity: 200 }, // "200+": at least 200
      ]);
      assert.deepEqual(
        p.prices.map((x: Any) => [x.priceList, x.amount.amount]),
        [
          ["Penta Bayi", (FIRST.price * 0.8).toFixed(2)],
          ["Penta Son Kullanıcı", FIRST.price.toFixed(2)],
        ],
      );
      assert.equal(p.cost.amount, (FIRST.price * 0.8).toFixed(2), "the dealer price is the cost");

      // The seller's own stock and price list on a supplier product: untouched by the feed, and the feed's untouched by them.
      const own = await q(
        `mutation { upsertCatalogueProducts(products: [{ code: "${SECOND.pentaCode}", name: "${SECOND.name}", stocks: [{ warehouse: "Merkez", quantity: 9 }], prices: [{ priceList: "Trendyol Fiyatı", amount: "1700.00" }] }]) { stocks { warehouse quantity } } }`,
      );
      assert.deepEqual(
        own.data.upsertCatalogueProducts[0].stocks.map((s: Any) => s.warehouse),
        ["Merkez", "Penta 2001", "Penta 2002", "Penta 2011"],
      );
      await penta("PUT", `/_sandbox/products/${SECOND.pentaCode}`, { endUserPrice: 1599.9, stocks: { "2001": 7 } });
      const next = await q('mutation { syncSupplier(supplierId: "demo-penta") { sync { full read created updated lastError } } }');
      assert.deepEqual(next.data.syncSupplier.sync, { full: false, read: 1, created: 0, updated: 1, lastError: null }, "only the product changed today is read");
      const after = (await q(`{ catalogueProduct(code: "${SECOND.pentaCode}") { stocks { warehouse quantity } prices { priceList amount { amount } } } }`)).data.catalogueProduct;
      assert.deepEqual(after.stocks.slice(0, 2), [
        { warehouse: "Merkez", quantity: 9 },
        { warehouse: "Penta 2001", quantity: 7 },
      ]);
      assert.deepEqual(
        after.prices.map((x: Any) => [x.priceList, x.amount.amount]),
        [
          ["Penta Bayi", (SECOND.price * 0.8).toFixed(2)],
          ["Penta Son Kullanıcı", "1599.90"],
          ["Trendyol Fiyatı", "1700.00"],
        ],
      );
    });

    it("auto-matches each store's listings by the barcodes the marketplaces share with the supplier feed", async () => {
      for (const [m, id, shared] of [
        ["pazarama", "demo-pazarama", 16],
        ["beymen", "demo-beymen", 16],
        ["trendyol", "demo-trendyol", 18],
      ] as const) {
        const built = stack.marketplaces[m] as unknown as {
          service: { store(id: string): { config: { id: string; tenantId: string } } };
          listings: { syncStore(s: ListingStore<unknown>): Promise<unknown> };
        };
        const store = built.service.store(id);
        await built.listings.syncStore({ id, tenantId: store.config.tenantId, active: true, handle: store });
        const r = await q(`mutation { autoMatch(storeId: "${id}", by: BARCODE) { matched } }`);
        assert.equal(r.errors, undefined, JSON.stringify(r.errors));
        assert.equal(r.data.autoMatch.matched, shared, `${id}: its ${shared} shared products`);
      }
      const listings = (await q(`{ catalogueProduct(code: "${FIRST.pentaCode}") { listings { marketplace } } }`)).data.catalogueProduct.listings;
      assert.deepEqual(listings.map((l: Any) => l.marketplace).sort(), ["PAZARAMA", "TRENDYOL"]);
    });

    it("refuses a supplier order while a line is unmatched, and sends Penta nothing", async () => {
      const unmatched = (await q('{ unmatchedListings(storeId: "demo-trendyol", first: 1) { edges { node { code } } } }')).data.unmatchedListings.edges[0].node.code;
      const order = await newTrendyolOrder([FIRST.barcode, unmatched]);
      const before = (await pentaOrders()).length;
      const r = await place(order.id, "2011");
      assert.equal(r.errors?.[0]?.extensions?.code, "BAD_USER_INPUT");
      assert.match(r.errors?.[0]?.message, /not matched/);
      assert.equal((await pentaOrders()).length, before, "nothing ordered");
      assert.equal((await q(`{ order(id: "${order.id}") { hasUnmatchedLines supplierOrder { id } } }`)).data.order.supplierOrder, null);
    });

    it("places a supplier order once from the chosen warehouse (Penta's refusal beyond its stock, a retry, another warehouse) and tracks it", async () => {
      const order = await newTrendyolOrder([FIRST.barcode, THIRD.barcode], 4);
      const short = await place(order.id, "2001"); // FIRST has 3 there
      assert.equal(short.errors?.[0]?.extensions?.code, "MARKETPLACE_REJECTED", JSON.stringify(short.errors));
      assert.match(short.errors[0].message, /Yetersiz stok/);
      const refused = (await q(`{ order(id: "${order.id}") { supplierOrder { status error } } }`)).data.order.supplierOrder;
      assert.equal(refused.status, "REFUSED");
      assert.equal((await place(order.id, "9999")).errors?.[0]?.extensions?.argument, "warehouse");

      const placed = await place(order.id, "2011");
      assert.equal(placed.errors, undefined, JSON.stringify(placed.errors));
      const so = placed.data.placeSupplierOrder;
      assert.equal(so.status, "RECEIVED");
      assert.deepEqual(
        so.lines.map((l: Any) => [l.supplierCode, l.quantity]),
        [
          [FIRST.pentaCode, 4],
          [THIRD.pentaCode, 4],
        ],
      );
      const again = await place(order.id, "2011");
      assert.equal(again.data.placeSupplierOrder.id, so.id, "a retry is the same supplier order");
      assert.equal((await place(order.id, "2002")).errors?.[0]?.extensions?.code, "BAD_USER_INPUT", "placed already, from 2011");
      assert.equal((await pentaOrders()).filter((o) => o.reference === so.id).length, 1);

      await fetch(`${stack.sandboxUrls.penta}/_sandbox/orders/${so.supplierOrderId}/status`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: '{"status":"SHIPPED"}',
      });
      await tracker().tick(Date.now() + 10 * 60_000);
      const tracked = (await q(`{ order(id: "${order.id}") { supplierOrder { status cargoCompany trackingNumber } } }`)).data.order.supplierOrder;
      assert.equal(tracked.status, "SHIPPED");
      assert.match(tracked.trackingNumber, /^\d{9}$/);

      // Another tenant: no such order, no supplier.
      assert.equal(
        (await place(order.id, "2011").then(() => q(`mutation { placeSupplierOrder(orderId: "${order.id}", warehouse: "2011") { id } }`, undefined, keyB))).errors?.[0]?.extensions
          ?.code,
        "NOT_FOUND",
      );
      assert.deepEqual((await q("{ suppliers { id } }", undefined, keyB)).data.suppliers, []);
      const taken = await q('mutation { connectSupplier(input: { id: "demo-penta", name: "Mine", token: "x" }) { id } }', undefined, keyB);
      assert.equal(taken.errors?.[0]?.extensions?.code, "BAD_USER_INPUT");
    });

    it("never orders twice: a send that failed, and a crash after Penta took it, both end in one Penta order", async () => {
      // The send fails (Penta answers 500 every time): the order stays PLACING, and the tracker sends it again.
      const order = await newTrendyolOrder([THIRD.barcode]);
      await penta("PUT", "/_sandbox/faults", { failNext: { count: 20, kind: "error" }, paths: ["/api/orders"] });
      const failed = await place(order.id, "2011");
      assert.equal(failed.errors?.[0]?.extensions?.code, "MARKETPLACE_UNAVAILABLE", JSON.stringify(failed.errors));
      await penta("DELETE", "/_sandbox/faults");
      assert.equal((await q(`{ order(id: "${order.id}") { supplierOrder { status } } }`)).data.order.supplierOrder.status, "PLACING", "a read does not send");
      await tracker().tick(Date.now() + 10 * 60_000);
      const sent = (await q(`{ order(id: "${order.id}") { supplierOrder { status error } } }`)).data.order.supplierOrder;
      assert.equal(sent.status, "RECEIVED", `the tracker sends it, as the same order: ${sent.error}`);
      const ref = (await q(`{ order(id: "${order.id}") { supplierOrder { id } } }`)).data.order.supplierOrder.id;
      assert.equal((await pentaOrders()).filter((o) => o.reference === ref).length, 1);

      // A crash between Penta taking the order and the row learning so: the row is PLACING, Penta has it.
      const crashed = await newTrendyolOrder([THIRD.barcode]);
      await penta("PUT", "/_sandbox/faults", { failNext: { count: 20, kind: "reset" }, paths: ["/api/orders"] });
      await place(crashed.id, "2011");
      await penta("DELETE", "/_sandbox/faults");
      const row = (await q(`{ order(id: "${crashed.id}") { supplierOrder { id status } } }`)).data.order.supplierOrder;
      assert.equal(row.status, "PLACING");
      // Penta takes it (as if the answer had been lost when the process died), then the tracker sends it again.
      await penta("POST", "/api/orders", { reference: row.id, storagePlace: "2011", lines: [{ productID: THIRD.pentaCode, quantity: 1 }] });
      await tracker().tick(Date.now() + 10 * 60_000);
      assert.equal((await pentaOrders()).filter((o) => o.reference === row.id).length, 1);
      assert.equal((await q(`{ order(id: "${crashed.id}") { supplierOrder { status } } }`)).data.order.supplierOrder.status, "RECEIVED");
    });
  });
}
