// The mappers against the document's own examples (004_07be5bc20730d124.txt).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { metricsRegistry } from "@pazargraph/runtime";
import { OrderStatus, RefundStatus } from "@pazargraph/schema";
import type { BmClaim, BmPackage } from "../rest/types.ts";
import { mapClaim, parseRefundId } from "./catalog.ts";
import { mapOrder, orderStatusOfPackages } from "./order.ts";

// "Sipariş Listeleme" example, trimmed to the fields the mapper reads.
const docPackage = {
  id: "5671f644-4c19-4bcc-ba4b-5d49ae2590a7",
  orderId: "BEY-20220913-000000",
  mpOrderId: "MP000001002433-000000",
  orderNumber: "BEY-20220913-000000",
  orderDate: "2022-09-13T12:27:32.483",
  customerDeliveryDate: null,
  shipmentNumber: "MP000001002433",
  shipmentProvider: "YRTICI",
  shipmentTrackingNumber: null,
  customerName: "Test Test",
  totalAmount: 1200,
  totalVatAmount: 183.05,
  totalCouponAmount: 0,
  currencyCode: "TRY",
  maxPermittedShippingTime: "2022-09-15T12:27:32.483",
  shipmentStatus: 1,
  shipmentLines: [
    {
      status: "Yeni Sipariş",
      id: null,
      productId: "d1cb82e3-e047-4335-aa92-3831b95bfecb",
      quantity: 1,
      orderLineId: "36097",
      currencyCode: "TRY",
      price: 1016.95,
      couponPrice: 0,
      vatAmount: 183.05,
      commission: 12,
      desi: 0,
      vatRate: 18,
      gift: false,
      giftNote: null,
      product: {
        id: "d1cb82e3-e047-4335-aa92-3831b95bfecb",
        name: "Kupon test 12",
        barcode: "Kupontest12",
        modelCode: "Kupontest12",
        stockCode: "",
        color: "Bej",
        size: { id: "13483", name: "Standart" },
        brand: { id: "8867", name: "18 K" },
        category: { id: "97213", name: "Süzgeç" },
        merchantColorCode: "Bej",
        gender: { id: "191", name: "Cinsiyetsiz (Tanımsız)" },
        platformColor: { id: "2474", name: "Bej" },
        images: ["https://img-beymen-marketplace.mncdn.com/x.jpg"],
      },
      cancelReasonStatus: null,
    },
  ],
  shipmentAddress: {
    id: "1",
    customerName: "Test Test",
    company: "Test Test",
    address: "Bahçelievler",
    cityCode: "34",
    city: "İstanbul",
    district: "Bahçelievler",
    neighborhood: "Bahçelievler",
    postcode: null,
    phone: null,
    email: null,
  },
  invoiceAddress: {
    id: "85b6",
    customerName: "Test Test",
    company: "Test Test",
    address: "Bahçelievler",
    cityCode: "34",
    city: "İstanbul",
    district: "Bahçelievler",
    neighborhood: "Bahçelievler",
    postcode: null,
    phone: null,
    email: null,
    tcIdentityNumber: "11111111111",
    taxNumber: null,
    taxHouse: null,
  },
} satisfies BmPackage;

describe("Beymen order mapping (the document's order list example)", () => {
  it("maps a package to an order with Istanbul time, exact money and raw statuses", () => {
    const o = mapOrder("s", [docPackage]);
    assert.equal(o.id, "beymen:s:BEY-20220913-000000");
    assert.equal(o.createdAt, "2022-09-13T12:27:32.483+03:00");
    assert.equal(o.status, OrderStatus.CREATED);
    assert.deepEqual(o.marketplaceStatus, { code: "1", label: "Yeni Sipariş" });
    assert.equal(o.totals.total.amount, "1200.00");
    assert.equal(o.lines[0].tax?.amount, "183.05");
    assert.equal(o.lines[0].variant, "Bej / Standart");
    assert.equal(o.billing?.identityNumber, "11111111111");
    assert.equal(o.packages[0].code, "MP000001002433");
  });
  it("keeps a divided package as SPLIT without counting its lines twice", () => {
    const divided = { ...docPackage, shipmentStatus: 32, shipmentLines: [{ ...docPackage.shipmentLines[0], quantity: 2 }] };
    const a = { ...docPackage, id: "a", shipmentNumber: "MP2", shipmentStatus: 2, shipmentLines: [{ ...docPackage.shipmentLines[0], status: "Gönderime Hazır" }] };
    const b = { ...docPackage, id: "b", shipmentNumber: "MP3", shipmentStatus: 4, shipmentLines: [{ ...docPackage.shipmentLines[0], status: "Gönderildi" }] };
    const o = mapOrder("s", [divided, a, b]);
    assert.deepEqual(
      o.packages.map((p) => p.status),
      [OrderStatus.SPLIT, OrderStatus.PREPARING, OrderStatus.SHIPPED],
    );
    assert.equal(o.lines.length, 2);
    assert.equal(o.status, OrderStatus.PREPARING);
    assert.equal(orderStatusOfPackages([divided, a, b]), OrderStatus.PREPARING);
    assert.equal(o.totals.total.amount, "2400.00");
  });
  it("reads an undelivered shipment as UNDELIVERED", () => {
    const o = mapOrder("s", [
      { ...docPackage, shipmentStatus: 16, isReturnedShipment: true, shipmentLines: [{ ...docPackage.shipmentLines[0], status: "Müşteri İptali", cancelReasonStatus: 64 }] },
    ]);
    assert.equal(o.status, OrderStatus.UNDELIVERED);
    assert.equal(o.lines[0].marketplaceStatus.label, "Müşteri İptali (Teslim Edilemedi)");
  });
  it("maps a package or line status the document does not list to UNKNOWN with the raw code, and counts it", async () => {
    const unknownPackage = mapOrder("s", [{ ...docPackage, shipmentStatus: 4096, shipmentLines: [{ ...docPackage.shipmentLines[0], status: "" }] }]);
    assert.equal(unknownPackage.packages[0].status, OrderStatus.UNKNOWN);
    assert.equal(unknownPackage.marketplaceStatus.code, "4096");
    const unknownLine = mapOrder("s", [{ ...docPackage, shipmentLines: [{ ...docPackage.shipmentLines[0], status: "Yepyeni Durum" }] }]);
    assert.equal(unknownLine.lines[0].status, OrderStatus.UNKNOWN);
    assert.equal(unknownLine.lines[0].marketplaceStatus.code, "Yepyeni Durum");
    assert.equal(unknownLine.status, OrderStatus.UNKNOWN);
    const text = await metricsRegistry.metrics();
    assert.match(text, /pazargraph_marketplace_unknown_codes_total\{marketplace="beymen",kind="package",code="4096"\} \d/);
    assert.match(text, /kind="line",code="Yepyeni Durum"/);
  });
});

describe("Beymen claims (the document's claim list example)", () => {
  const claim = {
    id: "0ef04ec6-c8fb-4572-8d08-9a184c234dfc",
    orderId: "BEY-20220915-020111",
    orderNumber: "BEY-20220915-020111",
    orderDate: "2022-09-15T14:16:34.887",
    customerDeliveryDate: "2022-09-15T13:30:47.176Z",
    shipmentNumber: "MP13606201734",
    shipmentProvider: "YRTICI",
    shipmentTrackingNumber: "555511112",
    customerName: "test test",
    totalAmount: 1901.8,
    totalVatAmount: 18.82,
    currencyCode: "TRY",
    shipmentTrackingUrl: "https://test.beymen.com/takip",
    claimDate: "2022-09-15T11:19:12.0688887+00:00",
    shipmentLines: [
      {
        ...docPackage.shipmentLines[0],
        id: "89377dfa-bdaa-4b20-848c-462ee6e951ff",
        productId: "8cf7864b-fd60-44d4-8cf6-95ea5eb82285",
        status: 4,
        price: 941.49,
        vatAmount: 9.41,
        confirmType: null,
        customerReason: { code: "1", description: "Cayma Hakkımı Kullanmak İstiyorum" },
        sellerReason: { type: 5, description: "3rd party claim dispute first try", images: ["https://img/x"] },
        shipmentNumber: null,
      },
    ],
  } satisfies BmClaim;
  it("maps each claim line to a refund with both reasons and the images", () => {
    const [r] = mapClaim("s", claim);
    assert.equal(r.status, RefundStatus.IN_DISPUTE);
    assert.equal(r.reason, "Cayma Hakkımı Kullanmak İstiyorum");
    assert.equal(r.sellerReason, "ProductIsFake: 3rd party claim dispute first try");
    assert.deepEqual(r.images, ["https://img/x"]);
    assert.equal(r.requestedAt, "2022-09-15T11:19:12.0688887+00:00");
    assert.equal(r.amount?.amount, "950.90");
    assert.deepEqual(parseRefundId(r.id), { storeId: "s", orderNumber: claim.orderNumber, claimId: claim.id, productId: "8cf7864b-fd60-44d4-8cf6-95ea5eb82285" });
  });
  it("maps a claim status the document does not list to UNKNOWN, not to a new claim", () => {
    const [r] = mapClaim("s", { ...claim, shipmentLines: [{ ...claim.shipmentLines[0], status: 99 }] });
    assert.equal(r.status, RefundStatus.UNKNOWN);
    assert.equal(r.marketplaceStatus.code, "99");
  });
});
