// Beymen end to end: gateway + subgraphs + the Beymen sandbox over HTTP. Reads map the document's
// shapes; every write changes the sandbox's state as the document says; invalid input is refused
// with BAD_USER_INPUT before any Beymen call; Beymen's own rejections come back with its message.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Stack } from "../scripts/stack.ts";
import { beymenOf, type GqlResult, gql, type Mode, startTestStack, writeHelpers } from "./helpers.ts";
import { skipWithoutRedis } from "./redis.ts";

// biome-ignore lint/suspicious/noExplicitAny: test answers are read loosely
type Any = any;

const ORDER_FIELDS = `number status marketplaceStatus { code label } createdAt customer { name }
  totals { gross { amount } discount { amount } total { amount currency } }
  lines { id status quantity productCode packageCode }
  packages { id code status cargoCompany trackingNumber lines { id status quantity } }`;

function code(res: GqlResult<unknown>): string | undefined {
  return res.errors?.[0]?.extensions?.code as string | undefined;
}

for (const mode of ["memory", "redis"] as Mode[]) {
  describe(`Beymen end to end (${mode} mode)`, { skip: mode === "redis" ? skipWithoutRedis : false }, () => {
    let stack: Stack;
    const { sandbox: bm, calls, mutate, refusedBeforeCall } = writeHelpers(() => stack, "beymen");
    const newOrder = async (body: Record<string, unknown>) => (await bm("POST", "/orders", body)) as Any;

    before(async () => {
      // No background polling: the tests count Beymen calls; the event test polls by hand.
      stack = await startTestStack(mode, {}, { poll: false });
    });
    after(() => stack?.close());

    it("lists Beymen orders: packages grouped by order number, divided packages as SPLIT", async () => {
      const res = await gql<Any, Any>(
        stack,
        `{ beymen { orders(first: 100, filter: { createdFrom: "${new Date(Date.now() - 80 * 86400_000).toISOString()}" }) { totalCount edges { node { ${ORDER_FIELDS} } } } } }`,
      );
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const orders = res.data.beymen.orders.edges.map((e: Any) => e.node);
      assert.ok(res.data.beymen.orders.totalCount >= 150);
      const statuses = new Set(orders.map((o: Any) => o.status));
      for (const s of ["CREATED", "PREPARING", "SHIPPED", "DELIVERED", "CANCELLED", "UNDELIVERED"]) assert.ok(statuses.has(s), `an order in ${s}: ${[...statuses]}`);
      const divided = orders.find((o: Any) => o.packages.some((p: Any) => p.status === "SPLIT"));
      assert.ok(divided, "a divided order");
      assert.ok(divided.packages.length >= 3, "the divided package and the packages made from it");
      assert.notEqual(divided.status, "SPLIT", "the order shows its live packages' status");
      const units = (ls: Any[]) => ls.reduce((s, l) => s + l.quantity, 0);
      const splitPkg = divided.packages.find((p: Any) => p.status === "SPLIT");
      assert.equal(units(divided.lines), units(splitPkg.lines), "lines of a divided package are not counted twice");
      for (const o of orders) {
        assert.match(o.number, /^BEY-\d{8}-\d{6}$/);
        assert.match(o.createdAt, /\+03:00$/);
      }
      const partial = orders.find((o: Any) => o.packages.some((p: Any) => p.status === "CANCELLED") && o.packages.some((p: Any) => p.status !== "CANCELLED"));
      assert.ok(partial, "a partially cancelled order has a cancelled package and a new one under the same number");
    });

    it("shows claims as refunds in every claim status, with reasons and images", async () => {
      const res = await gql<Any, Any>(
        stack,
        `{ beymen { refunds(first: 100, filter: { requestedFrom: "${new Date(Date.now() - 200 * 86400_000).toISOString()}" }) { totalCount edges { node { id status decidedBy marketplaceStatus { code label } orderNumber reason sellerReason images quantity amount { amount } requestedAt } } } } }`,
      );
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const refunds = res.data.beymen.refunds.edges.map((e: Any) => e.node);
      assert.deepEqual(new Set(refunds.map((r: Any) => r.status)), new Set(["PENDING", "ACTION_NEEDED", "APPROVED", "REJECTED", "IN_DISPUTE"]));
      const dispute = refunds.find((r: Any) => r.status === "IN_DISPUTE" && r.images.length);
      assert.ok(dispute?.sellerReason, "a dispute keeps the seller's reason and images");
      assert.ok(
        refunds.every((r: Any) => r.reason),
        "every claim line has the customer's reason",
      );
      const filtered = await gql<Any, Any>(stack, `{ beymen { refunds(first: 100, filter: { statuses: [APPROVED, REJECTED] }) { edges { node { status } } } } }`);
      assert.ok(filtered.data.beymen.refunds.edges.every((e: Any) => ["APPROVED", "REJECTED"].includes(e.node.status)));
    });

    it("builds the complete category tree and serves attributes, brands, genders, sizes and colours", async () => {
      const res = await gql<Any, Any>(
        stack,
        "{ beymen { categoryTree { id name leaf depth children { id leaf depth children { id leaf children { id leaf children { id leaf } } } } } } }",
      );
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      let nodes = 0;
      let leaf: Any;
      const walk = (list: Any[]) => {
        for (const c of list) {
          nodes++;
          if (c.leaf && !leaf) leaf = c;
          walk(c.children ?? []);
        }
      };
      walk(res.data.beymen.categoryTree);
      const state = (await bm("GET", "/state")) as Any;
      assert.equal(nodes, state.categories, "node count equals the sandbox's");
      assert.equal(res.data.beymen.categoryTree.length, 9);
      const hits = stack.gateway.l0.hits;
      await bm("DELETE", "/stats");
      const again = await gql<Any, Any>(
        stack,
        "{ beymen { categoryTree { id name leaf depth children { id leaf depth children { id leaf children { id leaf children { id leaf } } } } } } }",
      );
      assert.deepEqual(again.data, res.data);
      assert.equal(stack.gateway.l0.hits, hits + 1, "the word-for-word repeat is answered by the gateway's L0, before parsing");
      assert.equal(await calls(), 0);
      const lists = await gql<Any, Any>(stack, "{ beymen { genders { id name } sizes { id } colors { id name } cargoCompanies { code } brands(first: 1) { totalCount } } }");
      assert.equal(lists.data.beymen.genders.length, 10);
      assert.equal(lists.data.beymen.sizes.length, 128);
      assert.equal(lists.data.beymen.colors.length, 18);
      assert.equal(lists.data.beymen.brands.totalCount, 8772);
      assert.ok(lists.data.beymen.cargoCompanies.some((c: Any) => c.code === "YRTICI"));
    });

    it("searches brands Turkish-aware: İ/i and I/ı fold together", async () => {
      const count = async (s: string) => (await gql<Any, Any>(stack, `{ beymen { brands(search: "${s}", first: 5) { totalCount edges { node { name } } } } }`)).data.beymen.brands;
      const a = await count("İSTANBUL");
      const b = await count("istanbul");
      const c = await count("ıstanbul");
      assert.ok(a.totalCount > 0);
      assert.equal(a.totalCount, b.totalCount);
      assert.equal(a.totalCount, c.totalCount);
      assert.ok(a.edges.every((e: Any) => e.node.name.includes("İstanbul")));
      const d = await count("ILICA");
      const e = await count("ılıca");
      assert.ok(d.totalCount > 0);
      assert.equal(d.totalCount, e.totalCount);
    });

    it("finds orders by Beymen's own package filters (fraud check, line status, package number) and cannot pick one under fraud check", async () => {
      const held = await newOrder({ lineCount: 1, quantity: 1, fraudCheck: true });
      const other = await newOrder({ lineCount: 1, quantity: 1 });
      const since = new Date(Date.now() - 86400_000).toISOString();
      const numbers = async (packages: string) => {
        const res = await gql<Any, Any>(
          stack,
          `{ beymen { orders(first: 100, filter: { createdFrom: "${since}" }, packages: ${packages}) { edges { node { number marketplaceStatus { label } } } } } }`,
        );
        assert.equal(res.errors, undefined, JSON.stringify(res.errors));
        return res.data.beymen.orders.edges.map((e: Any) => e.node);
      };
      const underCheck = await numbers("{ fraudCheck: true }");
      assert.deepEqual(
        underCheck.map((o: Any) => o.number),
        [held.orderNumber],
      );
      assert.match(underCheck[0].marketplaceStatus.label, /Ödeme Bekleniyor/);
      assert.ok((await numbers("{ fraudCheck: false }")).some((o: Any) => o.number === other.orderNumber));
      assert.deepEqual(
        (await numbers(`{ packageNumber: "${other.shipmentNumber}" }`)).map((o: Any) => o.number),
        [other.orderNumber],
      );
      const fresh = (await numbers("{ lineStatus: NEW_ORDER }")).map((o: Any) => o.number);
      assert.ok(fresh.includes(held.orderNumber) && fresh.includes(other.orderNumber));
      assert.ok(!(await numbers("{ lineStatus: SHIPPED }")).some((o: Any) => o.number === other.orderNumber));

      let res = await mutate("acceptOrder", `input: { orderNumber: "${held.orderNumber}" }`, "status");
      assert.equal(code(res), "MARKETPLACE_REJECTED");
      assert.match(String(res.errors?.[0]?.extensions?.marketplaceMessage), /Fraud kontrolündeki/);
      await bm("POST", `/packages/${held.id}/fraud-cleared`);
      res = await mutate("acceptOrder", `input: { orderNumber: "${held.orderNumber}" }`, "status marketplaceStatus { label }");
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      assert.equal(res.data.beymen.acceptOrder.status, "PREPARING");
      assert.doesNotMatch(res.data.beymen.acceptOrder.marketplaceStatus.label, /Ödeme Bekleniyor/);
    });

    it("runs an order through accept, divide, partial cancel, invoice, ship and deliver", async () => {
      const created = await newOrder({ lineCount: 2, quantity: 3 });
      const n = created.orderNumber;
      const P = `orderNumber: "${n}"`;
      await refusedBeforeCall("shipPackage", `input: { ${P}, trackingNumber: "1", cargoCompany: "NOPE" }`, "number", /cargoCompany/);
      await refusedBeforeCall("attachInvoice", `input: { ${P}, invoiceNumber: "F1", invoiceUrl: "https://x.test/f.docx" }`, "number", /invoiceUrl/);
      await refusedBeforeCall("acceptOrder", `input: { orderNumber: "not a number!" }`, "number", /orderNumber/);

      let res = await mutate("acceptOrder", `input: { ${P} }`, ORDER_FIELDS);
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      assert.equal(res.data.beymen.acceptOrder.status, "PREPARING");
      assert.equal(((await bm("GET", `/packages/${created.id}`)) as Any).shipmentStatus, 2);

      const line = res.data.beymen.acceptOrder.lines[0];
      res = await mutate("dividePackage", `input: { ${P}, lines: [{ lineId: "${line.id}", quantity: 4 }] }`, "number");
      assert.equal(code(res), "BAD_USER_INPUT", "more units than the line has");
      res = await mutate("dividePackage", `input: { ${P}, lines: [{ lineId: "${line.id}", quantity: 1 }] }`, ORDER_FIELDS);
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      let order = res.data.beymen.dividePackage;
      assert.equal(order.packages.length, 3);
      assert.equal(order.packages.find((p: Any) => p.code === created.shipmentNumber).status, "SPLIT");
      const dividedRaw = (await bm("GET", `/packages/${created.id}`)) as Any;
      assert.equal(dividedRaw.shipmentStatus, 32);
      assert.ok(dividedRaw.canceledDateTime, "the divided package is cancelled (the document's note), at a time");
      assert.ok(
        dividedRaw.shipmentLines.every((l: Any) => l.status === "Beymen İptali"),
        "and so are its lines",
      );

      // Partial cancel of the bigger new package: it is cancelled and its other lines move to a new one.
      const big = order.packages.filter((p: Any) => p.status !== "SPLIT").sort((a: Any, b: Any) => b.lines.length - a.lines.length)[0];
      const toCancel = big.lines[0];
      res = await mutate("cancelLines", `input: { ${P}, packageCode: "${big.code}", lines: [{ lineId: "${toCancel.id}", quantity: 1 }], reason: OUT_OF_STOCK }`, ORDER_FIELDS);
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      order = res.data.beymen.cancelLines;
      assert.equal(order.packages.find((p: Any) => p.code === big.code).status, "CANCELLED");
      assert.equal(order.packages.length, 4, "a new shipment under the same order number");
      assert.match(order.packages.find((p: Any) => p.code === big.code).lines[0].status, /CANCELLED/);

      const open = order.packages.filter((p: Any) => p.status === "PREPARING");
      assert.ok(open.length >= 1);
      const target = open[0].code;
      res = await mutate("attachInvoice", `input: { ${P}, packageCode: "${target}", invoiceNumber: "GIB2026000001", invoiceUrl: "https://cdn.example.com/f/1.pdf" }`, "number");
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const pkgId = (p: string) =>
        order.packages
          .find((x: Any) => x.code === p)
          .id.split(":")
          .pop();
      assert.equal(((await bm("GET", `/packages/${pkgId(target)}`)) as Any).invoice.number, "GIB2026000001");
      res = await mutate("attachInvoice", `input: { ${P}, packageCode: "${target}", invoiceNumber: "GIB2026000002", invoiceUrl: "https://cdn.example.com/f/2.pdf" }`, "number");
      assert.equal(code(res), "MARKETPLACE_REJECTED");
      assert.match(String(res.errors?.[0]?.extensions?.marketplaceMessage), /fatura zaten yüklenmiştir/);
      res = await mutate("deleteInvoice", `input: { ${P}, packageCode: "${target}" }`, "number");
      assert.equal(res.errors, undefined);
      assert.equal(((await bm("GET", `/packages/${pkgId(target)}`)) as Any).invoice, null);

      res = await mutate("shipPackage", `input: { ${P}, packageCode: "${target}", cargoCompany: "Aras", trackingNumber: "AR123456" }`, ORDER_FIELDS);
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const shipped = res.data.beymen.shipPackage.packages.find((p: Any) => p.code === target);
      assert.deepEqual([shipped.status, shipped.cargoCompany, shipped.trackingNumber], ["SHIPPED", "Aras", "AR123456"]);
      res = await mutate("updateShipmentStatus", `input: { ${P}, packageCode: "${target}", status: DELIVERED }`, ORDER_FIELDS);
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      assert.equal(res.data.beymen.updateShipmentStatus.packages.find((p: Any) => p.code === target).status, "DELIVERED");
      // A wrong sequence fails at Beymen, with its message.
      res = await mutate("acceptOrder", `input: { ${P}, packageCode: "${target}" }`, "number");
      assert.equal(code(res), "MARKETPLACE_REJECTED");
      assert.match(String(res.errors?.[0]?.extensions?.marketplaceMessage), /Yeni Sipariş/);
    });

    it("delivers by alternative delivery and divides by line groups", async () => {
      const a = await newOrder({ lineCount: 1, quantity: 1 });
      await refusedBeforeCall(
        "alternativeDelivery",
        `input: { orderNumber: "${a.orderNumber}", deliveryType: ALTERNATIVE_CARGO_COMPANY, trackingNumber: "T1" }`,
        "number",
        /cargoCompany/,
      );
      let res = await mutate("alternativeDelivery", `input: { orderNumber: "${a.orderNumber}", deliveryType: AUTHORIZED_SERVICE, trackingNumber: "OWN-1" }`, "status");
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      assert.equal(res.data.beymen.alternativeDelivery.status, "SHIPPED");
      res = await mutate("alternativeDeliveryDelivered", `input: { orderNumber: "${a.orderNumber}" }`, "status");
      assert.equal(res.data.beymen.alternativeDeliveryDelivered.status, "DELIVERED");
      assert.equal(((await bm("GET", `/packages/${a.id}`)) as Any).isAlternativeDelivery, true);
      const u = await newOrder({ lineCount: 1, quantity: 1 });
      await mutate(
        "alternativeDelivery",
        `input: { orderNumber: "${u.orderNumber}", deliveryType: ALTERNATIVE_CARGO_COMPANY, cargoCompany: "Horoz", trackingNumber: "HR-9" }`,
        "status",
      );
      res = await mutate("alternativeDeliveryUndeliverable", `input: { orderNumber: "${u.orderNumber}" }`, "status lines { marketplaceStatus { label } }");
      assert.equal(res.data.beymen.alternativeDeliveryUndeliverable.status, "UNDELIVERED", "came back: a customer cancel with isReturnedShipment");
      assert.match(res.data.beymen.alternativeDeliveryUndeliverable.lines[0].marketplaceStatus.label, /Müşteri İptali/);

      const b = await newOrder({ lineCount: 3, quantity: 1 });
      const ids = b.shipmentLines.map((l: Any) => l.orderLineId);
      await refusedBeforeCall("dividePackageByLines", `input: { orderNumber: "${b.orderNumber}", groups: [["${ids[0]}"], ["${ids[0]}"]] }`, "number", /groups/);
      res = await mutate("dividePackageByLines", `input: { orderNumber: "${b.orderNumber}", groups: [["${ids[0]}", "${ids[1]}"]] }`, ORDER_FIELDS);
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const pk = res.data.beymen.dividePackageByLines.packages;
      assert.deepEqual(pk.map((p: Any) => p.lines.length).sort(), [1, 2, 3]);
    });

    it("receives, disputes and approves returns", async () => {
      const o = await newOrder({ lineCount: 1, quantity: 2 });
      await bm("PUT", `/packages/${o.id}/status`, { status: 8 });
      const claim = (await bm("POST", "/claims", { packageId: o.id })) as Any;
      const list = await gql<Any, Any>(stack, `{ beymen { refunds(filter: { orderNumber: "${o.orderNumber}" }) { edges { node { id status quantity } } } } }`);
      const refund = list.data.beymen.refunds.edges.find((e: Any) => e.node.id.includes(claim.id)).node;
      assert.equal(refund.status, "PENDING");
      let res = await mutate("approveRefund", `input: { refundId: "${refund.id}" }`, "status");
      assert.equal(code(res), "MARKETPLACE_REJECTED", "a new claim must be received first");
      assert.match(String(res.errors?.[0]?.extensions?.marketplaceMessage), /Aksiyon Bekliyor/);
      res = await mutate("receiveRefund", `refundId: "${refund.id}"`, "status");
      assert.equal(res.data.beymen.receiveRefund.status, "ACTION_NEEDED");
      await refusedBeforeCall("disputeRefund", `input: { refundId: "${refund.id}", reason: PRODUCT_IS_FAKE }`, "status", /images/);
      await refusedBeforeCall("approveRefund", `input: { refundId: "${refund.id}", quantity: 0 }`, "status", /quantity/);
      res = await mutate("approveRefund", `input: { refundId: "${refund.id}", quantity: 3 }`, "status");
      assert.equal(code(res), "BAD_USER_INPUT", "more units than returned");
      res = await mutate("disputeRefund", `input: { refundId: "${refund.id}", reason: PACKAGE_IS_EMPTY, description: "Kutu boş geldi" }`, "status sellerReason");
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      assert.equal(res.data.beymen.disputeRefund.status, "IN_DISPUTE");
      assert.match(res.data.beymen.disputeRefund.sellerReason, /PackageIsEmpty: Kutu boş geldi/);
      assert.equal(((await bm("GET", `/claims/${claim.id}`)) as Any).status, 4);

      const claim2 = (await bm("POST", "/claims", { packageId: o.id, status: 1 })) as Any;
      const id2 = `beymen:demo-beymen:${o.orderNumber}/${claim2.id}/${claim2.shipmentLines[0].productId}`;
      res = await mutate("approveRefund", `input: { refundId: "${id2}" }`, "status decidedBy");
      assert.deepEqual(res.data.beymen.approveRefund, { status: "APPROVED", decidedBy: "SELLER" });
    });

    it("creates and updates products in batches and changes price, stock, sale state and English texts", async () => {
      const tree = await gql<Any, Any>(stack, "{ beymen { categoryTree { id leaf children { id leaf children { id leaf children { id leaf } } } } } }");
      const leaves: Any[] = [];
      const walk = (l: Any[]) => {
        for (const c of l) c.leaf ? leaves.push(c) : walk(c.children ?? []);
      };
      walk(tree.data.beymen.categoryTree);
      let leafWithRequired: Any;
      let required: Any[] = [];
      for (const leaf of leaves) {
        const attrs = (await gql<Any, Any>(stack, `{ beymen { categoryAttributes(categoryId: "${leaf.id}") { id required allowCustom values { id } } } }`)).data.beymen
          .categoryAttributes;
        required = attrs.filter((a: Any) => a.required);
        if (required.length >= 2) {
          leafWithRequired = leaf;
          break;
        }
      }
      assert.ok(leafWithRequired);
      const lists = (await gql<Any, Any>(stack, `{ beymen { brands(search: "Anadolu", first: 1) { edges { node { id } } } genders { id } sizes { id } colors { id } } }`)).data
        .beymen;
      const attrs = required.map((a: Any) => `{ attributeId: "${a.id}", value: "${a.allowCustom ? "24 Ay" : a.values[0].id}" }`).join(", ");
      const product = (extra: string) =>
        `{ name: "Keten Gömlek", barcode: "E2E-${Date.now()}", modelCode: "KG-1", description: "Yazlık keten gömlek", brandId: "${lists.brands.edges[0].node.id}", categoryId: "${leafWithRequired.id}", platformColor: "${lists.colors[0].id}", size: "${lists.sizes[3].id}", gender: "${lists.genders[0].id}", stock: 12, listPrice: "1299.90", salePrice: "999.90", vatRate: 10, images: ["https://cdn.example.com/p/1.jpg"], attributes: [${attrs}] ${extra} }`;
      await refusedBeforeCall("createProducts", `products: [${product("").replace("vatRate: 10", "vatRate: 8")}]`, "processId", /vatRate/);
      await refusedBeforeCall("createProducts", `products: [${product(`, merchantColor: "${"Yavruağzı".repeat(4)}"`)}]`, "processId", /merchantColor/);
      await refusedBeforeCall("createProducts", `products: [${product("").replace(/attributes: \[.*\]/, "attributes: []")}]`, "processId", /attributes/);
      let res = await mutate("createProducts", `products: [${product(`, merchantColor: "Yavruağzı"`)}]`, "processId done");
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const processId = res.data.beymen.createProducts.processId;
      let batch = await gql<Any, Any>(stack, `{ beymen { batch(processId: "${processId}") { done results { success } } } }`);
      assert.equal(batch.data.beymen.batch.done, false, "Beymen has not processed the batch yet");
      await bm("POST", "/batches/flush");
      batch = await gql<Any, Any>(stack, `{ beymen { batch(processId: "${processId}") { done results { productId success message barcode } } } }`);
      const result = batch.data.beymen.batch.results[0];
      assert.deepEqual([batch.data.beymen.batch.done, result.success, result.message], [true, true, "İşlem Başarılı"]);
      const created = await gql<Any, Any>(
        stack,
        `{ beymen { product(id: "${result.productId}") { code marketplaceStatus { code } listPrice { amount } salePrice { amount } stock } } }`,
      );
      assert.deepEqual(created.data.beymen.product.marketplaceStatus.code, "WaitingBeymenApproval/WaitingForSelection");
      assert.equal(created.data.beymen.product.salePrice.amount, "999.90");

      res = await mutate(
        "updateProducts",
        `products: [{ id: "${result.productId}", name: "Keten Gömlek Beyaz", description: "Yeni açıklama", merchantColor: "Beyaz" }]`,
        "processId",
      );
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));

      const onSale = (await gql<Any, Any>(stack, "{ beymen { products(status: ON_SALE, first: 1) { edges { node { id } } } } }")).data.beymen.products.edges[0].node.id;
      await refusedBeforeCall("updatePriceAndStock", `input: { productId: "${onSale}", listPrice: "100.00", salePrice: "120.00" }`, "stock", /salePrice/);
      res = await mutate(
        "updatePriceAndStock",
        `input: { productId: "${onSale}", listPrice: "1500.00", salePrice: "1250.50", stock: 7 }`,
        "stock listPrice { amount } salePrice { amount }",
      );
      assert.deepEqual(res.data.beymen.updatePriceAndStock, { stock: 7, listPrice: { amount: "1500.00" }, salePrice: { amount: "1250.50" } });
      res = await mutate("setProductOnSale", `productId: "${onSale}", onSale: false`, "marketplaceStatus { code }");
      assert.equal(res.data.beymen.setProductOnSale.marketplaceStatus.code, "NotOnSale/DeactivatedBySeller");
      res = await mutate("setProductOnSale", `productId: "${onSale}", onSale: false`, "marketplaceStatus { code }");
      assert.equal(code(res), "MARKETPLACE_REJECTED");
      assert.match(String(res.errors?.[0]?.extensions?.marketplaceMessage), /zaten satışa kapalıdır/);
      res = await mutate(
        "setProductTranslation",
        `input: { productId: "${onSale}", language: "en", name: "Linen shirt", description: "Summer linen shirt", merchantColor: "off-white" }`,
        "id",
      );
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      assert.equal(((await bm("GET", `/products/${onSale.split(":").pop()}`)) as Any).translations.en.name, "Linen shirt");
    });

    it("reads finance and checks the statement window before calling Beymen", async () => {
      await bm("DELETE", "/stats");
      const bad = await gql<Any, Any>(stack, `{ beymen { statements(from: "2026-01-01", to: "2026-01-11") { amount { amount } } } }`);
      assert.equal(code(bad), "BAD_USER_INPUT");
      assert.equal(await calls(), 0);
      const to = new Date().toISOString().slice(0, 10);
      const from = new Date(Date.now() - 60 * 86400_000).toISOString().slice(0, 10);
      const res = await gql<Any, Any>(
        stack,
        `{ beymen { statements(from: "${from}", to: "${to}") { amount { amount } text } transactions(first: 5) { totalCount edges { node { number amount { amount } orderNumber } } } invoices(first: 3, types: [COMMISSION]) { totalCount edges { node { number type amount { amount } } } } futurePayments { thisWeek { amount } upcomingWeeks { date } } } }`,
      );
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const d = res.data.beymen;
      assert.ok(d.statements.length > 0);
      assert.ok(d.transactions.totalCount > 0);
      assert.ok(d.invoices.edges.every((e: Any) => e.node.type === "COMMISSION"));
      const detail = await gql<Any, Any>(stack, `{ beymen { invoiceDetail(invoiceNumber: "${d.invoices.edges[0].node.number}") { orderNumber sellerPayment { amount } } } }`);
      assert.equal(detail.errors, undefined, JSON.stringify(detail.errors));
      assert.equal(d.futurePayments.upcomingWeeks.length, 3);
      // A cargo invoice's lines carry the detail table's shipment fields, which the commission example does not show.
      const cargo = await gql<Any, Any>(stack, `{ beymen { invoices(first: 10, types: [SHIPMENT]) { edges { node { number } } } } }`);
      const numbers = cargo.data.beymen.invoices.edges.map((e: Any) => e.node.number);
      const lines = [];
      for (const n of numbers) {
        const res = await gql<Any, Any>(
          stack,
          `{ beymen { invoiceDetail(invoiceNumber: "${n}") { transactionNumber type orderNumber packageNumber quantity desi shipmentCost { amount } amount { amount } } } }`,
        );
        assert.equal(res.errors, undefined, JSON.stringify(res.errors));
        lines.push(...res.data.beymen.invoiceDetail);
      }
      assert.ok(lines.length > 0, "cargo invoices have lines");
      for (const l of lines) {
        assert.equal(l.transactionNumber, null);
        assert.match(l.packageNumber, /^MP\d+$/);
        assert.ok(l.quantity >= 1 && l.desi >= 0);
        assert.equal(Number(l.shipmentCost.amount), -Number(l.amount.amount));
      }
    });

    it("answers Pazarama and Beymen together, and Pazarama still when Beymen fails", async () => {
      const q = "{ pazarama { orders(first: 2) { edges { node { number } } } } beymen { orders(first: 2) { edges { node { number } } } } }";
      const both = await gql<Any, Any>(stack, q);
      assert.equal(both.errors, undefined, JSON.stringify(both.errors));
      assert.equal(both.data.pazarama.orders.edges.length, 2);
      assert.equal(both.data.beymen.orders.edges.length, 2);
      await bm("PUT", "/faults", { errorRate: 1 });
      try {
        const res = await gql<Any, Any>(stack, q);
        assert.equal(res.data.pazarama.orders.edges.length, 2);
        assert.equal(res.data.beymen.orders, null);
        assert.equal(code(res), "MARKETPLACE_UNAVAILABLE");
        assert.equal(res.errors?.[0]?.extensions?.marketplace, "beymen");
      } finally {
        await bm("DELETE", "/faults");
      }
    });

    it("carries Beymen order events (a new order, then its status change) in orderEventHistory", async () => {
      const store = beymenOf(stack).service.store("demo-beymen");
      const polled = { id: store.config.id, tenantId: store.config.tenantId, active: true, handle: store };
      assert.equal(await beymenOf(stack).poller.pollStore(polled), 0, "the first poll records the snapshot silently");
      const o = await newOrder({ lineCount: 1 });
      assert.equal(await beymenOf(stack).poller.pollStore(polled), 1);
      await mutate("acceptOrder", `input: { orderNumber: "${o.orderNumber}" }`, "status");
      assert.equal(await beymenOf(stack).poller.pollStore(polled), 0, "the write recorded its event itself (write-through)");
      const q = "{ orderEventHistory(filter: { marketplaces: [BEYMEN] }, first: 100) { kind previousStatus status marketplace order { number store { name } } } }";
      const seen = (await gql<Any, Any>(stack, q)).data.orderEventHistory;
      const mine = seen.filter((e: Any) => e.order.number === o.orderNumber);
      assert.deepEqual(
        mine.map((e: Any) => [e.kind, e.previousStatus, e.status, e.marketplace, e.order.store.name]),
        [
          ["CREATED", null, "CREATED", "BEYMEN", "Demo Beymen Store"],
          ["STATUS_CHANGED", "CREATED", "PREPARING", "BEYMEN", "Demo Beymen Store"],
        ],
      );
    });
  });
}
