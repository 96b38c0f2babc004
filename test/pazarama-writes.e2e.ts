// Pazarama writes end to end through the gateway against the sandbox: each operation family changes
// the sandbox's state as documented; invalid input is refused with BAD_USER_INPUT before any
// Pazarama call; Pazarama's own refusals come back with its userMessage; and one order is followed
// from CREATED to DELIVERED and then RETURN_REQUESTED → RETURN_APPROVED only through the graph,
// with orderEvents reporting each step.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { OrderEventsDocument } from "../schema/generated/operations.ts";
import type { Stack } from "../scripts/stack.ts";
import { type GqlResult, gql, type Mode, pazaramaOf, startTestStack, subscribe, until, writeHelpers } from "./helpers.ts";
import { skipWithoutRedis } from "./redis.ts";

// biome-ignore lint/suspicious/noExplicitAny: test answers are read loosely
type Any = any;

const ORDER = "number status lines { id status quantity } packages { code status cargoCompany trackingNumber lines { id } }";
const PNG_1PX = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

const code = (res: GqlResult<unknown>) => res.errors?.[0]?.extensions?.code as string | undefined;

for (const mode of ["memory", "redis"] as Mode[]) {
  describe(`Pazarama writes end to end (${mode} mode)`, { skip: mode === "redis" ? skipWithoutRedis : false }, () => {
    let stack: Stack;
    const { sandbox: pz, mutate, refusedBeforeCall } = writeHelpers(() => stack, "pazarama");
    /** For checks that need the order itself: one read, and no write. */
    async function refusedWithoutWrite(field: string, args: string, selection: string, argument: RegExp) {
      await pz("DELETE", "/stats");
      const res = await mutate(field, args, selection);
      assert.equal(code(res), "BAD_USER_INPUT", JSON.stringify(res.errors));
      assert.match(String(res.errors?.[0]?.extensions?.argument), argument);
      const stats = (await pz("GET", "/stats")) as Record<string, number>;
      assert.deepEqual(Object.keys(stats), ["/order/getOrdersForApi"], `${field}: only the order was read`);
    }
    const newOrder = async (itemCount = 1) => (await pz("POST", "/orders", { itemCount })) as Any;
    const orderQuery = async (n: string | number) => (await gql<Any, Any>(stack, `{ pazarama { order(number: "${n}") { ${ORDER} } } }`)).data.pazarama.order;

    before(async () => {
      stack = await startTestStack(mode, {}, { poll: false, marketplaces: ["pazarama"] });
    });
    after(() => stack?.close());

    it("follows an order from CREATED to DELIVERED and RETURN_REQUESTED → RETURN_APPROVED, with an event at each step", async () => {
      const store = pazaramaOf(stack).service.store("demo-pazarama");
      const polled = { id: store.config.id, tenantId: store.config.tenantId, active: true, handle: store };
      await pazaramaOf(stack).poller.pollStore(polled); // the snapshot
      const live = stack.subscribed();
      const sub = subscribe(stack, OrderEventsDocument, { filter: { marketplaces: ["PAZARAMA"] } });
      try {
        await until(() => stack.subscribed() > live, "the subscription is live before events happen");
        const o = await newOrder(1);
        const n = String(o.orderNumber);
        // A write through the graph records its event at once (the poll after it finds nothing new);
        // a change made at the marketplace is found by the poll.
        const step = async (by: "write" | "poll") => {
          assert.equal(await pazaramaOf(stack).poller.pollStore(polled), by === "poll" ? 1 : 0, `one event per step, recorded by the ${by}`);
          const e = (await sub.next(5000)).orderEvents;
          assert.equal(e.order.number, n);
          return [e.kind, e.previousStatus, e.status];
        };
        assert.deepEqual(await step("poll"), ["CREATED", null, "CREATED"]);

        await refusedBeforeCall("shipPackage", `input: { orderNumber: "${n}", trackingNumber: "" }`, "number", /trackingNumber/);
        let res = await mutate(
          "updateItemStatus",
          `input: { orderNumber: "${n}", lineId: "${o.items[0].orderItemId}", status: SHIPPED, trackingNumber: "1", cargoCompany: "MNG" }`,
          "number",
        );
        assert.equal(code(res), "BAD_USER_INPUT", "an item in 3 cannot be shipped: 12 first");
        assert.match(res.errors?.[0]?.message ?? "", /12, preparing, first/);

        res = await mutate("acceptOrder", `input: { orderNumber: "${n}" }`, ORDER);
        assert.equal(res.errors, undefined, JSON.stringify(res.errors));
        assert.equal(res.data.pazarama.acceptOrder.status, "PREPARING");
        assert.deepEqual(await step("write"), ["STATUS_CHANGED", "CREATED", "PREPARING"]);
        const raw = (await pz("GET", `/orders/${n}`)) as Any;
        assert.ok(raw.items.every((i: Any) => i.orderItemStatus === 12));

        const pkg = res.data.pazarama.acceptOrder.packages[0].code;
        res = await mutate("shipPackage", `input: { orderNumber: "${n}", packageCode: "${pkg}", cargoCompany: "yurtiçi kargo", trackingNumber: "YK123456789" }`, ORDER);
        assert.equal(res.errors, undefined, JSON.stringify(res.errors));
        const shipped = res.data.pazarama.shipPackage;
        assert.equal(shipped.status, "SHIPPED");
        assert.deepEqual([shipped.packages[0].cargoCompany, shipped.packages[0].trackingNumber], ["Yurtiçi Kargo", "YK123456789"]);
        assert.deepEqual(await step("write"), ["STATUS_CHANGED", "PREPARING", "SHIPPED"]);

        res = await mutate("updateOrderStatus", `input: { orderNumber: "${n}", status: DELIVERED }`, ORDER);
        assert.equal(res.errors, undefined, JSON.stringify(res.errors));
        assert.equal(res.data.pazarama.updateOrderStatus.status, "DELIVERED");
        assert.deepEqual(await step("write"), ["STATUS_CHANGED", "SHIPPED", "DELIVERED"]);

        // The customer starts a return (sandbox admin: the customer's act), the seller approves it.
        const line = raw.items[0].orderItemId;
        await pz("PUT", `/orders/${n}/items/${line}/status`, { status: 7 });
        assert.deepEqual(await step("poll"), ["STATUS_CHANGED", "DELIVERED", "RETURN_REQUESTED"]);
        const refunds = await gql<Any, Any>(stack, `{ pazarama { refunds(filter: { orderNumber: "${n}" }) { edges { node { id status quantity } } } } }`);
        const refund = refunds.data.pazarama.refunds.edges[0].node;
        assert.equal(refund.status, "PENDING");
        res = await mutate("approveRefund", `input: { refundId: "${refund.id}" }`, "status decidedBy");
        assert.deepEqual(res.data.pazarama.approveRefund, { status: "APPROVED", decidedBy: "SELLER" });
        assert.deepEqual(await step("poll"), ["STATUS_CHANGED", "RETURN_REQUESTED", "RETURN_APPROVED"]);
        res = await mutate("approveRefund", `input: { refundId: "${refund.id}" }`, "status");
        assert.equal(code(res), "MARKETPLACE_REJECTED", "an answered refund cannot be answered again");
        assert.equal(res.errors?.[0]?.extensions?.marketplaceMessage, "Sadece onay bekleyen iade talepleri güncellenebilir.");
      } finally {
        await sub.close();
      }
    });

    it("updates item status, marks lines unsupplied and attaches invoices per order, package and line", async () => {
      const o = await newOrder(2);
      const n = String(o.orderNumber);
      const [a, b] = o.items.map((i: Any) => `pazarama:demo-pazarama:${i.orderItemId}`);
      let res = await mutate("updateItemStatus", `input: { orderNumber: "${n}", lineId: "${a}", status: PREPARING }`, ORDER);
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      assert.deepEqual(res.data.pazarama.updateItemStatus.lines.map((l: Any) => l.status).sort(), ["CREATED", "PREPARING"]);
      await refusedBeforeCall("cancelLines", `input: { orderNumber: "${n}", lines: [{ lineId: "${b}", quantity: 0 }], reason: OUT_OF_STOCK }`, "number", /quantity/);
      await refusedWithoutWrite("cancelLines", `input: { orderNumber: "${n}", lines: [{ lineId: "${b}", quantity: 99 }], reason: OUT_OF_STOCK }`, "number", /quantity/);
      const q = o.items[1].quantity;
      res = await mutate("cancelLines", `input: { orderNumber: "${n}", lines: [{ lineId: "${b}", quantity: ${q} }], reason: OUT_OF_STOCK }`, ORDER);
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      assert.ok(res.data.pazarama.cancelLines.lines.some((l: Any) => l.status === "UNSUPPLIED"));

      await refusedBeforeCall("attachInvoice", `input: { orderNumber: "${n}", invoiceNumber: "F1", invoiceUrl: "ftp://x" }`, "number", /invoiceUrl/);
      res = await mutate("attachInvoice", `input: { orderNumber: "${n}", invoiceNumber: "F1", invoiceUrl: "https://cdn.example.com/f/whole.pdf" }`, "number");
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      res = await mutate("attachInvoice", `input: { orderNumber: "${n}", invoiceNumber: "F2", invoiceUrl: "https://cdn.example.com/f/line.pdf", lineId: "${a}" }`, "number");
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const writes = (await pz("GET", `/orders/${n}/writes`)) as Any;
      assert.equal(writes.invoiceLinks[o.items[0].orderItemId], "https://cdn.example.com/f/line.pdf");
      assert.equal(writes.invoiceLinks[o.items[1].orderItemId], "https://cdn.example.com/f/whole.pdf");
    });

    it("delivers a digital order by code: PREPARING then DELIVERED or UNDELIVERED, refused SHIPPED before any call", async () => {
      const o = (await pz("POST", "/orders", { itemCount: 2, deliveryType: 4 })) as Any;
      const n = String(o.orderNumber);
      const [a, b] = o.items.map((i: Any) => `pazarama:demo-pazarama:${i.orderItemId}`);
      for (const line of [a, b]) {
        const res = await mutate("updateItemStatus", `input: { orderNumber: "${n}", lineId: "${line}", status: PREPARING }`, ORDER);
        assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      }
      await refusedWithoutWrite(
        "updateItemStatus",
        `input: { orderNumber: "${n}", lineId: "${a}", status: SHIPPED, trackingNumber: "1", cargoCompany: "Yurtiçi Kargo" }`,
        "number",
        /status/,
      );
      let res = await mutate("updateItemStatus", `input: { orderNumber: "${n}", lineId: "${a}", status: DELIVERED }`, ORDER);
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      res = await mutate("updateItemStatus", `input: { orderNumber: "${n}", lineId: "${b}", status: UNDELIVERED }`, ORDER);
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const order = res.data.pazarama.updateItemStatus;
      assert.deepEqual(order.lines.map((l: Any) => l.status).sort(), ["DELIVERED", "UNDELIVERED"]);
      assert.ok(
        order.packages.every((p: Any) => p.trackingNumber === null && p.cargoCompany === null),
        "no cargo for a digital delivery",
      );
    });

    it("splits a package to another address and undoes it; sets labour costs only in allowed statuses", async () => {
      const o = await newOrder(2);
      const n = String(o.orderNumber);
      let res = await mutate("acceptOrder", `input: { orderNumber: "${n}" }`, ORDER);
      const order = res.data.pazarama.acceptOrder;
      const pkg = order.packages[0].code;
      const addresses = (await gql<Any, Any>(stack, "{ pazarama { sellerAddresses { id title } cargoCompanies { id name } } }")).data.pazarama;
      assert.ok(addresses.sellerAddresses.length >= 2);
      const lineA = order.lines[0].id;
      await refusedBeforeCall(
        "splitPackage",
        `input: { orderNumber: "${n}", packageCode: "${pkg}", sellerAddressId: "${addresses.sellerAddresses[1].id}", lines: [{ lineId: "${lineA}", quantity: 0 }] }`,
        "number",
        /quantity/,
      );
      res = await mutate(
        "splitPackage",
        `input: { orderNumber: "${n}", packageCode: "${pkg}", sellerAddressId: "${addresses.sellerAddresses[1].id}", cargoCompany: "PTT", lines: [{ lineId: "${lineA}", quantity: 1 }] }`,
        ORDER,
      );
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const split = res.data.pazarama.splitPackage.packages;
      assert.equal(split.length, 2, "a new PZ code for the moved units");
      const moved = split.find((p: Any) => p.code !== pkg);
      assert.equal(moved.cargoCompany, "PTT");
      res = await mutate("undoPackageSplit", `input: { orderNumber: "${n}", packageCode: "${moved.code}" }`, ORDER);
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      assert.deepEqual(
        res.data.pazarama.undoPackageSplit.packages.map((p: Any) => p.code),
        [pkg],
      );
      res = await mutate("undoPackageSplit", `input: { orderNumber: "${n}", packageCode: "${pkg}" }`, "number");
      assert.equal(code(res), "MARKETPLACE_REJECTED");
      assert.match(String(res.errors?.[0]?.extensions?.marketplaceMessage), /bölünmüş bir paket değildir/);

      res = await mutate("setLaborCosts", `input: { orderNumber: "${n}", items: [{ lineId: "${lineA}", laborCost: 150, processCount: 1 }] }`, "number");
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const writes = (await pz("GET", `/orders/${n}/writes`)) as Any;
      assert.deepEqual(Object.values(writes.laborCosts)[0], { laborCost: 150, processCount: 1 });
      await pz("PUT", `/orders/${n}/status`, { status: 11 });
      await refusedBeforeCall("setLaborCosts", `input: { orderNumber: "${n}", items: [{ lineId: "${lineA}", laborCost: -1 }] }`, "number", /laborCost/);
      await refusedWithoutWrite("setLaborCosts", `input: { orderNumber: "${n}", items: [{ lineId: "${lineA}", laborCost: 150 }] }`, "number", /lineId/);
    });

    it("rejects a return with reason, description and photos, sends one to review, answers a revision, and answers cancellation requests", async () => {
      const o = await newOrder(3);
      const n = String(o.orderNumber);
      await pz("PUT", `/orders/${n}/status`, { status: 11 });
      for (const i of o.items) await pz("PUT", `/orders/${n}/items/${i.orderItemId}/status`, { status: 7 });
      const list = await gql<Any, Any>(stack, `{ pazarama { refunds(filter: { orderNumber: "${n}" }) { edges { node { id status } } } } }`);
      const [r1, r2, r3] = list.data.pazarama.refunds.edges.map((e: Any) => e.node.id);
      await refusedBeforeCall("rejectRefund", `input: { refundId: "${r1}", reason: PRODUCT_USED, description: "Kullanılmış" }`, "status", /documents/);
      await refusedBeforeCall("rejectRefund", `input: { refundId: "${r1}", reason: PACKAGE_EMPTY }`, "status", /description/);
      await refusedBeforeCall(
        "rejectRefund",
        `input: { refundId: "${r1}", reason: PRODUCT_USED, description: "x", documents: [${Array.from({ length: 4 }, (_, k) => `{ name: "f${k}.png", contentBase64: "${PNG_1PX}" }`).join(",")}] }`,
        "status",
        /documents/,
      );
      let res = await mutate(
        "rejectRefund",
        `input: { refundId: "${r1}", reason: PRODUCT_USED, description: "Ürün kullanılmış geldi", documents: [{ name: "kutu.png", contentBase64: "${PNG_1PX}" }] }`,
        "status decidedBy",
      );
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      assert.deepEqual(res.data.pazarama.rejectRefund, { status: "REJECTED", decidedBy: "SELLER" });
      const rawId = r1.split(":").pop();
      const stored = (await pz("GET", `/refunds/${rawId}`)) as Any;
      assert.deepEqual([stored.notes[0].reason, stored.notes[0].documents], [5, ["kutu.png"]]);

      await refusedBeforeCall("sendRefundToReview", `input: { refundId: "${r2}", reviewType: OTHER }`, "status", /description/);
      res = await mutate(
        "sendRefundToReview",
        `input: { refundId: "${r2}", reviewType: AUTHORIZED_SERVICE_REVIEW, documents: [{ name: "servis.png", contentBase64: "${PNG_1PX}" }] }`,
        "status marketplaceStatus { label }",
      );
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      assert.deepEqual(res.data.pazarama.sendRefundToReview, { status: "UNDER_REVIEW", marketplaceStatus: { label: "İncelemeye Gönderme Talep Edildi" } });
      res = await mutate("answerRefundRevision", `input: { refundId: "${r2}", description: "Servis raporu ektedir." }`, "status");
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      assert.equal(((await pz("GET", `/refunds/${r2.split(":").pop()}`)) as Any).notes.length, 2);
      res = await mutate("rejectRefund", `input: { refundId: "${r3}", reason: EXCESS_PRODUCT_RECEIVED, description: "x" }`, "status");
      assert.equal(code(res), "BAD_USER_INPUT", "not a Pazarama reason");

      // Cancellation requests: the customer asks while the order is being prepared.
      const c = await newOrder(2);
      await mutate("acceptOrder", `input: { orderNumber: "${c.orderNumber}" }`, "status");
      for (const i of c.items) await pz("PUT", `/orders/${c.orderNumber}/items/${i.orderItemId}/status`, { status: 18 });
      const cl = await gql<Any, Any>(stack, `{ pazarama { cancellations(filter: { orderNumber: "${c.orderNumber}" }) { edges { node { id status kind } } } } }`);
      const [c1, c2] = cl.data.pazarama.cancellations.edges.map((e: Any) => e.node.id);
      res = await mutate("approveRefund", `input: { refundId: "${c1}" }`, "status kind");
      assert.deepEqual(res.data.pazarama.approveRefund, { status: "APPROVED", kind: "CANCELLATION" });
      res = await mutate("rejectRefund", `input: { refundId: "${c2}" }`, "status");
      assert.equal(res.data.pazarama.rejectRefund.status, "REJECTED");
      const after = await orderQuery(c.orderNumber);
      assert.deepEqual(after.lines.map((l: Any) => l.status).sort(), ["CANCELLED", "PREPARING"]);
    });

    it("moves several lines at once (3.33) and answers a return unit by unit (split items)", async () => {
      const o = await newOrder(2);
      const n = String(o.orderNumber);
      const ids = o.items.map((i: Any) => `pazarama:demo-pazarama:${i.orderItemId}`);
      await mutate("acceptOrder", `input: { orderNumber: "${n}" }`, "status");
      await refusedBeforeCall("updateItemsStatus", `input: { orderNumber: "${n}", lineIds: [], status: SHIPPED }`, "status", /lineIds/);
      let res = await mutate(
        "updateItemsStatus",
        `input: { orderNumber: "${n}", lineIds: ["${ids[0]}", "${ids[1]}"], status: SHIPPED, cargoCompany: "Aras Kargo", trackingNumber: "AR-77" }`,
        ORDER,
      );
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      assert.equal(res.data.pazarama.updateItemsStatus.status, "SHIPPED");
      res = await mutate("updateItemsStatus", `input: { orderNumber: "${n}", lineIds: ["${ids[0]}", "${ids[1]}"], status: DELIVERED }`, ORDER);
      assert.equal(res.data.pazarama.updateItemsStatus.status, "DELIVERED");
      // A return of several units, listed one unit per refund.
      const multi = o.items.find((i: Any) => i.quantity > 1) ?? o.items[0];
      await pz("PUT", `/orders/${n}/items/${multi.orderItemId}/status`, { status: 7 });
      const split = (await gql<Any, Any>(stack, `{ pazarama { refunds(filter: { orderNumber: "${n}" }, splitItems: true) { edges { node { id quantity } } } } }`)).data.pazarama
        .refunds.edges;
      assert.equal(split.length, multi.quantity);
      assert.ok(split.every((e: Any) => e.node.quantity === 1));
    });

    it("lists orders with their unit lines from the v2 listing (Order.pazaramaUnitLines), the unified lines unchanged", async () => {
      const sandboxStats = () => stack.sandbox?.stats ?? new Map<string, number>();
      sandboxStats().clear();
      const res = await gql<Any, Any>(stack, "{ pazarama { orders(first: 100, splitItems: true) { edges { node { id lines { quantity } pazaramaUnitLines { quantity } } } } } }");
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const nodes = res.data.pazarama.orders.edges.map((e: Any) => e.node);
      const units = nodes.flatMap((n: Any) => n.pazaramaUnitLines);
      assert.ok(units.length > 0);
      assert.ok(units.every((l: Any) => l.quantity === 1));
      for (const n of nodes)
        assert.equal(
          n.pazaramaUnitLines.length,
          n.lines.reduce((q: number, l: Any) => q + l.quantity, 0),
          "one unit line per unit",
        );
      assert.equal(sandboxStats().get("/order/getOrdersForApiV2"), 1, "one v2 listing for the page, not one call per order");
      // One order on its own reads its unit lines by number.
      const one = await gql<Any, Any>(stack, `{ pazarama { order(number: "${nodes[0].id.split(":")[2]}") { pazaramaUnitLines { quantity } } } }`);
      assert.equal(one.errors, undefined, JSON.stringify(one.errors));
      assert.ok(one.data.pazarama.order.pazaramaUnitLines.length > 0);
    });
  });
}
