// The Trendyol mappers, on shapes as Trendyol sends them, and the tables the subgraph keeps in step
// with its sandbox (statuses, claim statuses, cargo providers, unsupplied reasons).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { metricsRegistry } from "@pazargraph/runtime";
import {
  CLAIM_ITEM_STATUSES,
  PACKAGE_STATUSES,
  CARGO_PROVIDERS as SANDBOX_CARGO,
  UNSUPPLIED_REASONS as SANDBOX_REASONS,
  VAT_RATES as SANDBOX_VAT,
} from "@pazargraph/sandbox/trendyol";
import { OrderStatus, RefundStatus } from "@pazargraph/schema";
import type { TyClaim, TyPackage } from "../rest/types.ts";
import { VAT_RATES } from "../writes/products.ts";
import { mapClaim, mapProduct, parseRefundId } from "./catalog.ts";
import { mapOrder, parseOrderId } from "./order.ts";
import { CARGO_PROVIDERS, CLAIM_STATUS, PACKAGE_STATUS, UNSUPPLIED_REASONS } from "./status.ts";

const pkg = (over: Partial<TyPackage> = {}): TyPackage => ({
  id: 3100001,
  orderNumber: "10800001",
  orderDate: Date.parse("2026-11-01T09:30:00Z"),
  customerFirstName: "Ayşe",
  customerLastName: "Yılmaz",
  customerEmail: "pf+ay@trendyolmail.com",
  customerId: 123,
  shipmentAddress: {
    firstName: "Ayşe",
    lastName: "Yılmaz",
    address1: "Gül Mah Lale Sk. No:3",
    city: "İstanbul",
    district: "Kadıköy",
    fullAddress: "Gül Mah Lale Sk. No:3 Kadıköy İstanbul",
  },
  invoiceAddress: { firstName: "Ayşe", lastName: "Yılmaz", address1: "Gül Mah Lale Sk. No:3", city: "İstanbul", district: "Kadıköy" },
  grossAmount: 300,
  totalDiscount: 30,
  totalPrice: 270,
  currencyCode: "TRY",
  cargoTrackingNumber: 7280000001,
  cargoProviderName: "Yurtiçi Kargo Marketplace",
  lines: [
    {
      id: 1,
      quantity: 2,
      productName: "Elbise",
      amount: 100,
      discount: 20,
      price: 90,
      vatBaseAmount: 20,
      barcode: "B1",
      merchantSku: "S1",
      productColor: "Siyah",
      productSize: "M",
      orderLineItemStatusName: "Picking",
    },
    { id: 2, quantity: 1, productName: "Bluz", amount: 100, discount: 10, price: 90, vatBaseAmount: 20, barcode: "B2", orderLineItemStatusName: "Picking" },
  ],
  status: "Picking",
  lastModifiedDate: Date.parse("2026-11-01T10:00:00Z"),
  ...over,
});

describe("Trendyol mappers", () => {
  it("maps a package to one Order with one Package, prices rounded once, VAT inside the total", () => {
    const o = mapOrder("s1", pkg());
    assert.equal(o.id, "trendyol:s1:3100001");
    assert.deepEqual(parseOrderId(o.id), { storeId: "s1", packageId: 3100001 });
    assert.equal(o.number, "10800001");
    assert.equal(o.status, OrderStatus.PREPARING);
    assert.deepEqual(o.marketplaceStatus, { code: "Picking", label: "Toplanıyor" });
    assert.equal(o.createdAt, "2026-11-01T09:30:00.000Z");
    assert.equal(o.lines[0].total.amount, "180.00");
    assert.equal(o.lines[0].discount?.amount, "20.00");
    assert.equal(o.lines[0].tax?.amount, "30.00");
    assert.equal(o.lines[0].variant, "Siyah / M");
    assert.equal(o.totals.gross.amount, "300.00");
    assert.equal(o.totals.total.amount, "270.00");
    assert.equal(o.packages.length, 1);
    assert.equal(o.packages[0].trackingNumber, "7280000001");
    assert.equal(o.shippingAddress?.city, "İstanbul");
  });

  it("leaves unsupplied and cancelled lines out of the totals", () => {
    const p = pkg();
    p.lines[1].orderLineItemStatusName = "UnSupplied";
    const o = mapOrder("s1", p);
    assert.equal(o.lines[1].status, OrderStatus.UNSUPPLIED);
    assert.equal(o.totals.total.amount, "180.00");
  });

  it("maps a status Trendyol adds to UNKNOWN with the raw code, and counts it", async () => {
    const o = mapOrder("s1", pkg({ status: "Teleported", lines: pkg().lines.map((l) => ({ ...l, orderLineItemStatusName: "Teleported" })) }));
    assert.equal(o.status, OrderStatus.UNKNOWN);
    assert.equal(o.marketplaceStatus.code, "Teleported");
    assert.equal(o.lines[0].status, OrderStatus.UNKNOWN);
    const claim: TyClaim = {
      id: "983f27ac-5537-4711-bfd6-e71f31383409",
      orderNumber: "1",
      orderDate: 0,
      claimDate: 0,
      items: [
        {
          orderLine: { id: 1, productName: "x", price: 10 },
          claimItems: [{ id: "02874ff8-2ac4-4889-9a2b-297682eaa325", orderLineItemId: 1, claimItemStatus: { name: "Vanished" } }],
        },
      ],
    };
    const [r] = mapClaim("s1", claim);
    assert.equal(r.status, RefundStatus.UNKNOWN);
    assert.deepEqual(parseRefundId(r.id), { storeId: "s1", claimId: claim.id, itemId: claim.items[0].claimItems[0].id });
    const text = await metricsRegistry.metrics();
    assert.match(text, /pazargraph_marketplace_unknown_codes_total\{[^}]*marketplace="trendyol"[^}]*code="Teleported"/);
  });

  it("maps product states", () => {
    const base = {
      id: "x",
      approved: true,
      archived: false,
      barcode: "B1",
      brand: "Marka",
      brandId: 5,
      categoryName: "Elbise",
      pimCategoryId: 402,
      createDateTime: 0,
      lastUpdateDate: 0,
      description: "",
      title: "Ürün",
      productMainId: "M",
      productCode: 1,
      stockCode: "S",
      quantity: 3,
      listPrice: 100,
      salePrice: 90,
      vatRate: 20,
      images: [],
      attributes: [],
      onSale: true,
      locked: false,
      rejected: false,
      blacklisted: false,
    };
    assert.equal(mapProduct("s1", base).marketplaceStatus.code, "ON_SALE");
    assert.equal(mapProduct("s1", base).approved, true);
    assert.equal(mapProduct("s1", { ...base, approved: false }).marketplaceStatus.code, "PENDING_APPROVAL");
    assert.equal(mapProduct("s1", { ...base, rejected: true }).approved, false);
  });
});

describe("Trendyol tables agree with the sandbox", () => {
  it("every package and claim status the sandbox can send has a unified status, and no more", () => {
    assert.deepEqual(Object.keys(PACKAGE_STATUS).sort(), [...PACKAGE_STATUSES].sort());
    assert.deepEqual(Object.keys(CLAIM_STATUS).sort(), [...CLAIM_ITEM_STATUSES].sort());
  });
  it("cargo providers, unsupplied reasons and VAT rates are the same", () => {
    assert.deepEqual(CARGO_PROVIDERS, SANDBOX_CARGO);
    assert.deepEqual(UNSUPPLIED_REASONS, SANDBOX_REASONS);
    assert.deepEqual(VAT_RATES, SANDBOX_VAT);
  });
});
