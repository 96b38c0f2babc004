// The mappers against the document's own examples.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DecidedBy, InvoiceType, OrderStatus, RefundKind, RefundStatus } from "@pazargraph/schema";
import { buildCategoryTree, countCategories, mapRefund } from "./catalog.ts";
import { DOC_CANCELLATION, DOC_CATEGORY, DOC_ORDER, DOC_RETURN } from "./doc-examples.ts";
import { mapOrder } from "./order.ts";
import { ITEM_STATUS, mapItemStatus, mapRefundStatus } from "./status.ts";

describe("Pazarama order mapping (the document's getOrdersForApi example)", () => {
  const order = mapOrder("s1", DOC_ORDER);
  it("keeps ids, number, Istanbul time and statuses", () => {
    assert.equal(order.id, "pazarama:s1:235795225");
    assert.equal(order.number, "235795225");
    assert.equal(order.createdAt, "2023-01-25T15:22:00+03:00");
    assert.equal(order.status, OrderStatus.CREATED);
    assert.deepEqual(order.marketplaceStatus, { code: "3", label: "Siparişiniz Alındı" });
    assert.deepEqual(order.store, { id: "s1" });
    assert.equal(order.paymentMethod, "Banka/Kredi Kartı");
  });
  it("takes money from valueInt, in TRY", () => {
    const line = order.lines[0];
    assert.deepEqual(line.salePrice, { amount: "1.00", currency: "TRY" });
    assert.deepEqual(line.tax, { amount: "0.15", currency: "TRY" });
    assert.deepEqual(line.discount, { amount: "0.20", currency: "TRY" });
    assert.deepEqual(order.totals.total, { amount: "1.00", currency: "TRY" });
    assert.deepEqual(order.totals.discount, { amount: "0.20", currency: "TRY" });
    assert.deepEqual(order.totals.gross, { amount: "1.00", currency: "TRY" });
  });
  it("maps addresses and billing", () => {
    assert.equal(order.shippingAddress?.city, "Kütahya");
    assert.equal(order.billing?.invoiceType, InvoiceType.INDIVIDUAL);
    assert.equal(order.lines[0].variant, "Gece Mavisi - Ekru/S");
  });
  it("puts lines without a shipmentCode in one pending package, and lines sharing a code together", () => {
    assert.equal(order.packages.length, 1);
    assert.equal(order.packages[0].code, null);
    const second = { ...DOC_ORDER.items[0], orderItemId: "x2", shipmentCode: "PZ1", orderItemStatus: 5 };
    const third = { ...DOC_ORDER.items[0], orderItemId: "x3", shipmentCode: "PZ1", orderItemStatus: 12 };
    const split = mapOrder("s1", { ...DOC_ORDER, orderStatus: null, items: [DOC_ORDER.items[0], second, third] });
    assert.deepEqual(
      split.packages.map((p) => [p.code, p.lines.length, p.status]),
      [
        [null, 1, OrderStatus.CREATED],
        ["PZ1", 2, OrderStatus.PREPARING],
      ],
    );
    assert.equal(split.status, OrderStatus.CREATED, "no order-level status: derived from the lines");
  });
});

describe("Pazarama statuses", () => {
  it("maps every documented item status", () => {
    for (const code of [3, 6, 12, 18, 13, 5, 16, 19, 11, 14, 7, 8, 9, 10]) assert.ok(ITEM_STATUS[code], `status ${code}`);
    assert.equal(mapItemStatus(19).status, OrderStatus.AT_PICKUP_POINT);
    // A code the document does not list (Pazarama adds one) is UNKNOWN with its code, not an error.
    assert.deepEqual(mapItemStatus(99), { status: OrderStatus.UNKNOWN, marketplaceStatus: { code: "99", label: null } });
    assert.equal(mapRefundStatus(42, "Yeni Durum").status, RefundStatus.UNKNOWN);
  });
  it("maps refund statuses with who decided", () => {
    assert.deepEqual([mapRefundStatus(2, null).status, mapRefundStatus(2, null).decidedBy], [RefundStatus.APPROVED, DecidedBy.SELLER]);
    assert.deepEqual([mapRefundStatus(5, null).status, mapRefundStatus(5, null).decidedBy], [RefundStatus.REJECTED, DecidedBy.MARKETPLACE]);
    assert.equal(mapRefundStatus(6, null).decidedBy, DecidedBy.SYSTEM);
    assert.equal(mapRefundStatus(7, null).status, RefundStatus.CANCELLED);
    assert.equal(mapRefundStatus(1, "İncelemeye Gönderme Talep Edildi").status, RefundStatus.UNDER_REVIEW);
  });
});

describe("Pazarama refunds (the document's getRefund and cancel/items examples)", () => {
  it("parses Turkish month dates and cleans the example's stray spaces", () => {
    const r = mapRefund("s1", DOC_RETURN, RefundKind.RETURN);
    assert.equal(r.requestedAt, "2021-10-06T19:46:00+03:00");
    assert.equal(r.orderedAt, "2021-10-06T14:53:00+03:00");
    assert.deepEqual(r.amount, { amount: "1.75", currency: "TRY" });
    assert.equal(r.productCode, "201040500");
    assert.equal(r.shipmentCode, "54895647251356");
    assert.equal(r.status, RefundStatus.PENDING);
  });
  it("maps a cancellation request", () => {
    const c = mapRefund("s1", DOC_CANCELLATION, RefundKind.CANCELLATION);
    assert.equal(c.kind, RefundKind.CANCELLATION);
    assert.equal(c.requestedAt, "2024-03-01T10:21:00+03:00");
    assert.equal(c.quantity, 1);
  });
});

describe("category tree", () => {
  it("builds the tree from the flat list, ordered, keeping orphans as roots", () => {
    const flat = [
      { ...DOC_CATEGORY, id: "root", parentId: null, name: "Oto", leaf: false, parentCategories: ["Oto"] },
      { ...DOC_CATEGORY, id: "b", parentId: "root", displayOrder: 2, name: "B" },
      { ...DOC_CATEGORY, id: "a", parentId: "root", displayOrder: 1, name: "A" },
      DOC_CATEGORY,
    ];
    const tree = buildCategoryTree(flat);
    assert.equal(countCategories(tree), 4);
    assert.deepEqual(
      tree.map((t) => t.id),
      ["3053ce72-9208-40bb-8775-001fb4ca654b", "root"],
    );
    const root = tree.find((t) => t.id === "root");
    assert.deepEqual(
      root?.children.map((c) => [c.name, c.depth]),
      [
        ["A", 1],
        ["B", 1],
      ],
    );
    assert.deepEqual(tree[0].path.at(-2), "Elektrik Aksam");
  });
});
