// The Pazarama sandbox's own rules, called over its HTTP interface directly (app.inject), past any
// client check: OAuth2 client credentials and bearer tokens, the documented envelope, and the order
// status rules (an item goes 3 → 12 before it may ship).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createPazaramaSandbox } from "./app.ts";

const creds = { clientId: "c1", clientSecret: "s1" };

async function withToken(clock?: { t: number }) {
  const sb = createPazaramaSandbox({ seed: 7, ...creds, ...(clock ? { now: () => clock.t, anchorMs: clock.t, batchDelayMs: 1000 } : {}) });
  const basic = `Basic ${Buffer.from(`${creds.clientId}:${creds.clientSecret}`).toString("base64")}`;
  const form = { "content-type": "application/x-www-form-urlencoded", authorization: basic };
  const bearer = { authorization: "" };
  /** A new token (one expires after an hour of the sandbox's clock). */
  const renew = async () => {
    const tok = await sb.app.inject({ method: "POST", url: "/connect/token", headers: form, payload: "grant_type=client_credentials&scope=merchantgatewayapi.fullaccess" });
    assert.equal(tok.statusCode, 200);
    bearer.authorization = `Bearer ${tok.json().access_token}`;
  };
  await renew();
  const call = (method: string, url: string, body?: unknown) =>
    sb.app.inject({ method: method as "GET", url, headers: bearer, ...(body === undefined ? {} : { payload: body as object }) });
  return { sb, call, form, renew };
}

describe("Pazarama sandbox rules", () => {
  it("issues tokens only to the right client, and refuses API calls without a live token", async () => {
    const { sb, form } = await withToken();
    const wrong = `Basic ${Buffer.from("c1:nope").toString("base64")}`;
    const bad = await sb.app.inject({ method: "POST", url: "/connect/token", headers: { ...form, authorization: wrong }, payload: "grant_type=client_credentials" });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error, "invalid_client");
    assert.equal((await sb.app.inject({ method: "POST", url: "/connect/token", headers: form, payload: "grant_type=password" })).statusCode, 400);
    const noToken = await sb.app.inject({ method: "GET", url: "/brand/getBrands?page=1&size=1" });
    assert.equal(noToken.statusCode, 401);
  });

  it("answers in the documented envelope and refuses bad paging with its message", async () => {
    const { call } = await withToken();
    const ok = (await call("GET", "/brand/getBrands?page=1&size=2")).json();
    assert.equal(ok.success, true);
    assert.equal(ok.data.length, 2);
    const bad = await call("GET", "/brand/getBrands?page=0&size=2");
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().success, false);
  });

  it("refuses shipping an item still in status 3 with Pazarama's message, and takes 3 → 12 → 5", async () => {
    const { sb, call } = await withToken();
    const created = (await sb.app.inject({ method: "POST", url: "/_sandbox/orders", payload: {} })).json() as { orderNumber: number; items: Array<{ orderItemId: string }> };
    const item = created.items[0].orderItemId;
    const ship = { orderItemId: item, status: 5, shippingTrackingNumber: "1", cargoCompanyId: "8eb9aeb7-fd11-425b-9930-08d8e48cc18f" };
    const refused = await call("PUT", "/order/updateOrderStatus", { orderNumber: created.orderNumber, item: ship });
    assert.equal(refused.statusCode, 400);
    assert.equal(refused.json().userMessage ?? refused.json().message, "Sipariş statüsü önce 12 (Siparişiniz Hazırlanıyor) olarak güncellenmelidir.");
    assert.equal((await call("PUT", "/order/updateOrderStatus", { orderNumber: created.orderNumber, item: { orderItemId: item, status: 12 } })).statusCode, 200);
    assert.equal((await call("PUT", "/order/updateOrderStatus", { orderNumber: created.orderNumber, item: ship })).statusCode, 200);
    const after = (await sb.app.inject({ method: "GET", url: `/_sandbox/orders/${created.orderNumber}` })).json() as {
      items: Array<{ orderItemStatus: number; cargo: { trackingNumber: string } }>;
    };
    assert.deepEqual([after.items[0].orderItemStatus, after.items[0].cargo.trackingNumber], [5, "1"]);
  });

  it("keeps a refund sent to review within the documented codes (1 with the review's name), and lets only Pazarama decide it", async () => {
    const { sb, call } = await withToken();
    const refund = sb.data.refunds.find((r) => r.kind === "return" && r.raw.refundStatus === 1);
    assert.ok(refund, "the seed has a refund awaiting approval");
    const id = refund.raw.refundId;
    const sent = await call("POST", "/order/updateRefund", { refundId: id, status: 9, refundReviewType: 1, description: "Servise gönderildi" });
    assert.equal(sent.statusCode, 200, sent.body);
    assert.equal(sent.json().data.refundStatus, "İncelemeye Gönderme Talep Edildi");
    const listed = (await call("POST", "/order/getRefund", { pageNumber: 1, pageSize: 100, refundStatus: 1 })).json().data.refundList ?? [];
    const again = (Array.isArray(listed) ? listed : []).find((r: { refundId: string }) => r.refundId === id);
    assert.ok(!again || again.refundStatus === 1, "never a code outside 1–8");
    assert.equal(refund.raw.refundStatus, 1);
    assert.equal(refund.raw.refundStatusName, "İncelemeye Gönderme Talep Edildi");
    const approve = await call("POST", "/order/updateRefund", { refundId: id, status: 2 });
    assert.equal(approve.statusCode, 400, "the seller no longer decides it");
  });

  it("changes a price or stock only when its lake projection says it has run, and counts each outcome", async () => {
    const clock = { t: Date.parse("2026-11-20T09:00:00Z") };
    const { sb, call } = await withToken(clock);
    const [a, b] = sb.data.products;
    const detail = async (code: string) => (await call("POST", "/product/getProductDetail", { code })).json().data;
    const before = await detail(a.code);
    const sent = await call("POST", "/product/updatePrice-v2", {
      items: [
        { code: a.code, listPrice: before.listPrice + 10, salePrice: before.listPrice + 10 },
        { code: "YOK-BOYLE-BIR-KOD", listPrice: 10, salePrice: 10 },
        { code: b.code, listPrice: b.listPrice, salePrice: b.salePrice },
        { code: b.code, listPrice: 10, salePrice: 10.555 },
      ],
    });
    const dataId = sent.json().data;
    const projection = async (q = "page=1&pageSize=3000") => (await call("GET", `/listing-state/batch-id/${dataId}/lake-projections?${q}`)).json().data;
    const waiting = await projection();
    assert.equal(waiting.processingCount, 4);
    assert.equal(waiting.data[0].operationStatusText, "İşleniyor");
    assert.equal((await detail(a.code)).listPrice, before.listPrice, "unchanged while the projection says İşleniyor");
    clock.t += 1000;
    const done = await projection();
    assert.deepEqual([done.successCount, done.notCompletedCount, done.failedCount, done.processingCount, done.totalCount], [1, 2, 1, 0, 4]);
    assert.deepEqual(
      done.data.map((r: { operationStatusText: string; price: { status: number } }) => [r.operationStatusText, r.price.status]),
      [
        ["Başarılı", 0],
        ["Tamamlanamadı", 1],
        ["Tamamlanamadı", 1],
        ["Başarısız", 2],
      ],
    );
    assert.equal((await detail(a.code)).listPrice, before.listPrice + 10);
    const paged = await projection("page=2&pageSize=3");
    assert.deepEqual([paged.data.length, paged.totalPages, paged.hasNextPage, paged.hasPreviousPage], [1, 2, false, true]);
    const first = await projection("page=1&pageSize=3");
    assert.deepEqual([first.hasNextPage, first.hasPreviousPage], [true, false]);
  });

  it("gives every order item its seller address (3.26), moves it with a split, and answers both v2 spellings", async () => {
    const { sb, call } = await withToken();
    const delivery = (await call("GET", "/sellerRegister/getSellerDelivery")).json().data;
    assert.deepEqual([delivery.cargoCompany.waitingApprovalDeliveryDuration, delivery.cargoCompany.deliveryDurationReason], [null, null]);
    const addresses = delivery.sellerShipmentAddresses.map((a: { id: string }) => a.id);
    const order = sb.data.orders.find((o) => o.raw.items.some((i) => i.orderItemStatus === 12 && i.quantity > 1));
    assert.ok(order, "the seed has a multi-unit item in preparation");
    const item = order.raw.items.find((i) => i.orderItemStatus === 12 && i.quantity > 1)!;
    const day = order.raw.orderDate.slice(0, 10);
    const window = { startDate: day, endDate: new Date(Date.parse(day) + 86400_000).toISOString().slice(0, 10), orderNumber: order.raw.orderNumber };
    for (const path of ["/order/getOrdersForApi", "/order/getOrdersForApiV2", "/order/getOrdersForApi-v2"]) {
      const res = await call("POST", path, window);
      assert.equal(res.statusCode, 200, path);
      const [found] = res.json().data;
      assert.ok(
        found.items.every((i: { sellerAddressId: string }) => addresses.includes(i.sellerAddressId)),
        path,
      );
    }
    const split = await call("PUT", "/order/api/delivery/split", {
      orderId: order.raw.orderId,
      shipmentCode: item.shipmentCode,
      sellerAddressId: addresses[1],
      cargoCompanyId: delivery.cargoCompany.cargoCompanies[0].cargoCompanyId,
      items: [{ orderItemId: item.orderItemId, quantity: 1 }],
    });
    assert.equal(split.statusCode, 200, split.body);
    const moved = order.raw.items.filter((i) => i.shipmentCode === split.json().data.shipmentCode);
    assert.deepEqual(
      moved.map((i) => i.sellerAddressId),
      [addresses[1]],
    );
  });

  it("answers a cancellation request with its quantity (3.23): the request's own, or none as the example", async () => {
    const { sb, call } = await withToken();
    const waiting = sb.data.refunds.filter((r) => r.kind === "cancel" && r.raw.refundStatus === 1);
    assert.ok(waiting.length >= 2, "the seed has cancellation requests waiting");
    const [a, b] = waiting;
    const wrong = await call("PUT", "/order/api/cancel", { refundId: a.raw.refundId, status: 2, quantity: a.raw.quantity + 1 });
    assert.equal(wrong.statusCode, 400);
    assert.match(wrong.json().message, /Adet/);
    assert.equal(a.raw.refundStatus, 1, "nothing changed");
    assert.equal((await call("PUT", "/order/api/cancel", { refundId: a.raw.refundId, status: 2, quantity: a.raw.quantity })).statusCode, 200);
    assert.equal((await call("PUT", "/order/api/cancel", { refundId: b.raw.refundId, status: 3 })).statusCode, 200, "the document's example has no quantity");
    assert.deepEqual([a.raw.refundStatus, b.raw.refundStatus], [2, 3]);
  });

  it("delivers a digital order by code: 12 then 11 or 14, never shipped, with the code's phone in deliveryDetail", async () => {
    const { sb, call } = await withToken();
    const order = (await sb.app.inject({ method: "POST", url: "/_sandbox/orders", payload: { itemCount: 2, deliveryType: 4 } })).json();
    const [a, b] = order.items;
    assert.deepEqual([a.deliveryType, typeof a.deliveryDetail.phoneNumber, a.cargo.companyName], [4, "string", null]);
    const status = (item: { orderItemId: string }, to: number, extra: Record<string, unknown> = {}) =>
      call("PUT", "/order/updateOrderStatus", { orderNumber: order.orderNumber, item: { orderItemId: item.orderItemId, status: to, ...extra } });
    assert.equal((await status(a, 11)).statusCode, 400, "12 first");
    assert.equal((await call("PUT", "/order/updateOrderStatusList", { orderNumber: order.orderNumber, status: 12 })).statusCode, 200);
    const cargoId = (await call("GET", "/sellerRegister/getSellerDelivery")).json().data.cargoCompany.cargoCompanies[0].cargoCompanyId;
    assert.equal((await status(a, 5, { shippingTrackingNumber: "1", cargoCompanyId: cargoId })).statusCode, 400, "a digital item is not shipped");
    assert.equal((await status(a, 11)).statusCode, 200);
    assert.equal((await status(b, 14)).statusCode, 200);
    const after = (await sb.app.inject({ method: "GET", url: `/_sandbox/orders/${order.orderNumber}` })).json();
    assert.deepEqual(
      after.items.map((i: { orderItemStatus: number; cargo: { trackingNumber: string | null } }) => [i.orderItemStatus, i.cargo.trackingNumber]),
      [
        [11, null],
        [14, null],
      ],
    );
  });

  it("takes the document's updateOrderStatusList example (status 11) for an order whose items are all shipped", async () => {
    const { sb, call } = await withToken();
    const order = sb.data.orders.find((o) => o.raw.items.every((i) => i.orderItemStatus === 5));
    assert.ok(order, "the seed has an order shipped whole");
    const res = await call("PUT", "/order/updateOrderStatusList", { orderNumber: order.raw.orderNumber, status: 11 });
    assert.equal(res.statusCode, 200, res.body);
    assert.ok(order.raw.items.every((i) => i.orderItemStatus === 11));
  });

  it("acts on its own when the seller does not: unshipped 12 is cancelled, an unanswered return or cancellation is Auto Approved (6)", async () => {
    const clock = { t: Date.parse("2026-11-20T09:00:00Z") };
    const { sb, call, renew } = await withToken(clock);
    const admin = (method: string, url: string, payload?: object) => sb.app.inject({ method: method as "POST", url: `/_sandbox${url}`, ...(payload ? { payload } : {}) });
    const preparing = sb.data.orders.find((o) => o.raw.items.every((i) => i.orderItemStatus === 12 && i.deliveryType === 1))!;
    const returned = sb.data.refunds.find((r) => r.kind === "return" && r.raw.refundStatus === 1)!;
    const cancelling = sb.data.refunds.find((r) => r.kind === "cancel" && r.raw.refundStatus === 1)!;
    assert.ok(preparing && returned && cancelling, "the seed has each case");
    clock.t += 2 * 86400_000 - 1000;
    await call("GET", "/brand/getBrands?page=1&size=1");
    assert.equal(preparing.raw.items[0].orderItemStatus, 12, "not before the deadline");
    await admin("POST", "/clock", { advanceMs: 1000 });
    await call("GET", "/brand/getBrands?page=1&size=1");
    assert.equal(preparing.raw.items[0].orderItemStatus, 6, "cancelled: the automatic refund began");
    const auto = sb.data.refunds.find((r) => r.kind === "cancel" && r.raw.orderItemId === preparing.raw.items[0].orderItemId)!;
    assert.deepEqual([auto.raw.refundStatus, auto.raw.refundStatusName], [6, "Auto Approved"]);
    assert.equal(returned.raw.refundStatus, 1, "a return waits 3 days");
    clock.t += 86400_000;
    await renew();
    const listed = (await call("POST", "/order/getRefund", { pageNumber: 1, pageSize: 500, refundStatus: 6 })).json().data.refundList;
    assert.ok(listed.some((r: { refundId: string }) => r.refundId === returned.raw.refundId));
    assert.deepEqual([returned.raw.refundStatus, cancelling.raw.refundStatus], [6, 6]);
    const item = (id: string) => sb.data.orders.flatMap((o) => o.raw.items).find((i) => i.orderItemId === id)!;
    assert.deepEqual([item(returned.raw.orderItemId).orderItemStatus, item(cancelling.raw.orderItemId).orderItemStatus], [8, 6]);
  });
});
