// Trendyol end to end, through the gateway against the Trendyol sandbox: one request answers all
// three marketplaces; Trendyol orders reach the order hub's feed and its events; every write changes
// the sandbox as documented; bad input is refused with no Trendyol call; and an undocumented status
// still lists, as UNKNOWN with the raw code, while the poll goes on.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { PolledStore } from "@pazargraph/runtime";
import { OrderEventsDocument } from "../../../schema/generated/operations.ts";
import type { Stack } from "../../../scripts/stack.ts";
import { gql, startTestStack, subscribe, until, writeHelpers } from "../../../test/helpers.ts";
import type { buildTrendyolSubgraph } from "./app.ts";
import type { TrendyolStore } from "./service.ts";

// biome-ignore lint/suspicious/noExplicitAny: e2e answers are read loosely
type Any = any;
const ORDER = "id number status marketplaceStatus { code } lines { id status quantity } packages { code cargoCompany trackingNumber }";

describe("Trendyol end to end", () => {
  let stack: Stack;
  const { sandbox: ty, calls, mutate, refusedBeforeCall } = writeHelpers(() => stack, "trendyol");
  const subgraph = () => stack.marketplaces.trendyol as unknown as Awaited<ReturnType<typeof buildTrendyolSubgraph>>;
  let polled: PolledStore<TrendyolStore>;
  const poll = () => subgraph().poller.pollStore(polled);
  const orderId = (p: { id: number }) => `trendyol:demo-trendyol:${p.id}`;
  const newPackage = async (body: Record<string, unknown> = {}) => (await ty("POST", "/orders", body)) as Any;

  before(async () => {
    stack = await startTestStack("memory", { sandbox: { batchDelayMs: 200 } }, { poll: false });
    const store = subgraph().service.store("demo-trendyol");
    polled = { id: store.config.id, tenantId: store.config.tenantId, active: true, handle: store };
  });
  after(() => stack?.close());

  it("answers pazarama, beymen and trendyol in one request", async () => {
    const res = await gql<Any, Any>(
      stack,
      "{ pazarama { orders(first: 1) { edges { node { id marketplace } } } } beymen { orders(first: 1) { edges { node { id marketplace } } } } trendyol { orders(first: 1) { edges { node { id marketplace store { name } } } } categoryTree { id } } }",
    );
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data.pazarama.orders.edges[0].node.marketplace, "PAZARAMA");
    assert.equal(res.data.beymen.orders.edges[0].node.marketplace, "BEYMEN");
    assert.equal(res.data.trendyol.orders.edges[0].node.marketplace, "TRENDYOL");
    assert.equal(res.data.trendyol.orders.edges[0].node.store.name, "Demo Trendyol Store");
    assert.ok(res.data.trendyol.categoryTree.length > 0);
  });

  it("brings Trendyol orders into the hub feed and the event stream", async () => {
    await poll(); // the first poll records the store's packages
    const feed = await gql<Any, Any>(stack, "{ orders(first: 200, filter: { marketplaces: [TRENDYOL] }) { totalCount edges { node { id marketplace } } } }");
    assert.equal(feed.errors, undefined, JSON.stringify(feed.errors));
    assert.ok(feed.data.orders.totalCount > 50, `the hub holds the store's packages (${feed.data.orders.totalCount})`);
    const sub = subscribe(stack, OrderEventsDocument, { filter: { marketplaces: ["TRENDYOL"] } });
    try {
      const live = stack.liveSubscriptions();
      await until(() => stack.liveSubscriptions() > live, "the subscription is live");
      const pkg = await newPackage({ lineCount: 1 });
      assert.equal(await poll(), 1, "one new order");
      const e = (await sub.next(5000)).orderEvents;
      assert.equal(e.kind, "CREATED");
      assert.equal(e.order.id, orderId(pkg));
      assert.equal(e.order.store.id, "demo-trendyol");
    } finally {
      await sub.close();
    }
  });

  it("picks, invoices, marks lines unsupplied and changes the cargo provider, each changing the sandbox", async () => {
    const pkg = await newPackage({ lineCount: 2, quantity: 2 });
    let res = await mutate("pick", `orderId: "${orderId(pkg)}"`, ORDER);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data.trendyol.pick.status, "PREPARING");
    assert.equal(((await ty("GET", `/packages/${pkg.id}`)) as Any).status, "Picking");

    res = await mutate("changeCargoProvider", `orderId: "${orderId(pkg)}", provider: "MNGMP"`, ORDER);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data.trendyol.changeCargoProvider.packages[0].cargoCompany, "MNG Kargo Marketplace");
    const moved = (await ty("GET", `/packages/${pkg.id}`)) as Any;
    assert.equal(moved.cargoProviderName, "MNG Kargo Marketplace");
    assert.notEqual(String(moved.cargoTrackingNumber), String(pkg.cargoTrackingNumber));

    const line = res.data.trendyol.changeCargoProvider.lines[0];
    res = await mutate("markUnsupplied", `orderId: "${orderId(pkg)}", lines: [{ lineId: "${line.id}", quantity: 1 }], reasonId: 500`, ORDER);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const raw = (await ty("GET", `/packages/${pkg.id}`)) as Any;
    assert.equal(raw.lines.filter((l: Any) => l.orderLineItemStatusName === "UnSupplied").length, 1);
    assert.ok(res.data.trendyol.markUnsupplied.lines.some((l: Any) => l.status === "UNSUPPLIED" && l.quantity === 1));

    res = await mutate("invoice", `orderId: "${orderId(pkg)}", invoiceNumber: "TYF2026000042"`, ORDER);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const invoiced = (await ty("GET", `/packages/${pkg.id}`)) as Any;
    assert.equal(invoiced.status, "Invoiced");
    assert.equal(invoiced.invoiceNumber, "TYF2026000042");

    res = await mutate("pick", `orderId: "${orderId(pkg)}"`, ORDER);
    assert.equal(res.errors?.[0]?.extensions?.code, "BAD_USER_INPUT", "an invoiced package cannot go back to picking");
  });

  it("approves a returned unit and objects to another", async () => {
    const delivered = await newPackage({ lineCount: 1, quantity: 2 });
    await ty("PUT", `/packages/${delivered.id}/status`, { status: "Shipped" });
    await ty("PUT", `/packages/${delivered.id}/status`, { status: "Delivered" });
    const claim = (await ty("POST", "/claims", { packageId: delivered.id })) as Any;
    const list = await gql<Any, Any>(stack, `{ trendyol { refunds(first: 10, filter: { orderNumber: "${delivered.orderNumber}" }) { edges { node { id status } } } } }`);
    assert.equal(list.errors, undefined, JSON.stringify(list.errors));
    const [a, b] = list.data.trendyol.refunds.edges.map((e: Any) => e.node);
    assert.equal(a.status, "ACTION_NEEDED");
    let res = await mutate("approveRefund", `refundId: "${a.id}"`, "id status");
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data.trendyol.approveRefund.status, "APPROVED");
    res = await mutate("objectToRefund", `refundId: "${b.id}", reasonId: 201, description: "Ürün hasarlı geldi"`, "id status");
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data.trendyol.objectToRefund.status, "UNDER_REVIEW");
    const after = (await ty("GET", `/claims/${claim.id}`)) as Any;
    assert.deepEqual(after.items[0].claimItems.map((i: Any) => i.claimItemStatus.name).sort(), ["Accepted", "InAnalysis"]);
  });

  it("creates products and updates price and stock through batches the sandbox runs later", async () => {
    const tree = await gql<Any, Any>(stack, "{ trendyol { categoryTree { id children { id children { id leaf } } } brands(first: 1) { edges { node { id } } } } }");
    const leaf = tree.data.trendyol.categoryTree[0].children[0].children[0].id;
    const brandId = tree.data.trendyol.brands.edges[0].node.id;
    const attrs = await gql<Any, Any>(stack, `{ trendyol { categoryAttributes(categoryId: "${leaf}") { id required values { id } } } }`);
    const required = attrs.data.trendyol.categoryAttributes.filter((a: Any) => a.required).map((a: Any) => `{ attributeId: "${a.id}", valueId: "${a.values[0].id}" }`);
    const product = (barcode: string, extra = "") =>
      `{ barcode: "${barcode}", title: "Yeni Elbise", productMainId: "M-9", brandId: "${brandId}", categoryId: "${leaf}", quantity: 4, stockCode: "S-9", description: "Pamuklu", listPrice: "120.00", salePrice: "99.90", vatRate: 20, images: ["https://example.com/e.jpg"], attributes: [${required.join(", ")}] ${extra} }`;
    let res = await mutate("createProducts", `products: [${product("TY-NEW-1")}]`, "batchRequestId");
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const id = res.data.trendyol.createProducts.batchRequestId;
    const batch = async () =>
      (await gql<Any, Any>(stack, `{ trendyol { batch(batchRequestId: "${id}") { status failedItemCount items { barcode status failureReasons } } } }`)).data.trendyol.batch;
    await until(async () => (await batch()).status === "COMPLETED", "the batch completes");
    assert.equal((await batch()).failedItemCount, 0);
    const listed = await gql<Any, Any>(stack, '{ trendyol { product(code: "TY-NEW-1") { code name stock salePrice { amount } } } }');
    assert.equal(listed.data.trendyol.product.stock, 4);

    res = await mutate("updatePriceAndInventory", 'items: [{ barcode: "TY-NEW-1", quantity: 11, listPrice: "150.00", salePrice: "130.00" }]', "batchRequestId");
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const raw = async () => (await ty("GET", "/products/TY-NEW-1")) as Any;
    const priceBatch = res.data.trendyol.updatePriceAndInventory.batchRequestId;
    assert.equal((await raw()).quantity, 4, "not applied before the batch has run");
    await until(
      async () => (await gql<Any, Any>(stack, `{ trendyol { batch(batchRequestId: "${priceBatch}") { status } } }`)).data.trendyol.batch.status === "COMPLETED",
      "the price batch completes",
    );
    assert.equal((await raw()).quantity, 11);
    assert.equal((await raw()).salePrice, 130);
    res = await mutate("updatePriceAndInventory", 'items: [{ barcode: "TY-NEW-1", quantity: 11, listPrice: "150.00", salePrice: "130.00" }]', "batchRequestId");
    // Trendyol's own rule, answered by Trendyol: its refusal comes back typed, with its message.
    assert.equal(res.errors?.[0]?.extensions?.code, "MARKETPLACE_REJECTED", JSON.stringify(res.errors));
    assert.match(String(res.errors?.[0]?.extensions?.marketplaceMessage), /15 minutes/);
  });

  it("refuses bad input with no Trendyol call", async () => {
    const pkg = await newPackage({ lineCount: 1 });
    const id = orderId(pkg);
    // The reference data product checks use is warm first (it is cached; its reads are not the write's).
    await gql<Any, Any>(stack, "{ trendyol { categoryTree { id } brands(first: 1) { totalCount } claimIssueReasons { id } } }");
    await refusedBeforeCall("pick", 'orderId: "trendyol:another-store:1"', "id", /orderId/);
    await refusedBeforeCall("invoice", `orderId: "${id}", invoiceNumber: "no spaces allowed"`, "id", /invoiceNumber/);
    await refusedBeforeCall("markUnsupplied", `orderId: "${id}", lines: [{ lineId: "x", quantity: 1 }], reasonId: 999`, "id", /reasonId/);
    await refusedBeforeCall("changeCargoProvider", `orderId: "${id}", provider: "DHL"`, "id", /provider/);
    await refusedBeforeCall("objectToRefund", 'refundId: "trendyol:demo-trendyol:claim:x:y", reasonId: 201, description: " "', "id", /description/);
    await refusedBeforeCall("updatePriceAndInventory", 'items: [{ barcode: "B1", quantity: 20001 }]', "batchRequestId", /quantity/);
    await refusedBeforeCall("updatePriceAndInventory", 'items: [{ barcode: "B1", listPrice: "10.00", salePrice: "12.00" }]', "batchRequestId", /listPrice/);
    await refusedBeforeCall("updatePriceAndInventory", 'items: [{ barcode: "B1", listPrice: "10.00" }]', "batchRequestId", /salePrice/);
    const tooMany = await gql<Any, Any>(stack, "mutation ($items: [TrendyolPriceInventoryInput!]!) { trendyol { updatePriceAndInventory(items: $items) { batchRequestId } } }", {
      items: Array.from({ length: 1001 }, (_, i) => ({ barcode: `B${i}`, quantity: 1 })),
    });
    assert.equal(tooMany.errors?.[0]?.extensions?.code, "BAD_USER_INPUT", "1,001 items");
    await refusedBeforeCall(
      "createProducts",
      'products: [{ barcode: "X1", title: "T", productMainId: "M", brandId: "1", categoryId: "400", quantity: 1, stockCode: "S", description: "D", listPrice: "10", salePrice: "9", vatRate: 18, images: ["https://e.com/a.jpg"] }]',
      "batchRequestId",
      /products\.0\./,
    );
    const res = await gql<Any, Any>(stack, '{ trendyol { orders(filter: { createdFrom: "2020-01-01T00:00:00Z" }) { totalCount } } }');
    assert.equal(res.errors?.[0]?.extensions?.code, "BAD_USER_INPUT", "older than Trendyol's three months");
    assert.equal(await calls(), 0);
  });

  it("lists a package with an undocumented status as UNKNOWN with the raw code, and the poll goes on", async () => {
    const pkg = await newPackage({ lineCount: 1 });
    await poll();
    await ty("PUT", `/packages/${pkg.id}/status`, { status: "Teleported" });
    const other = await newPackage({ lineCount: 1 });
    assert.ok((await poll()) >= 2, "the changed package and the new one are both recorded");
    const res = await gql<Any, Any>(
      stack,
      `{ order(id: "${orderId(pkg)}") { status marketplaceStatus { code } lines { status } } trendyol { orders(first: 5) { edges { node { id status } } } } }`,
    );
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data.order.status, "UNKNOWN");
    assert.equal(res.data.order.marketplaceStatus.code, "Teleported");
    assert.ok(
      res.data.trendyol.orders.edges.some((e: Any) => e.node.id === orderId(other)),
      "the list still answers",
    );
  });
});
