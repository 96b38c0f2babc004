// The Penta sandbox's rules, called as a dealer's client would (app.inject): the raw token, the
// required ProductType, FieldsKey cuts, the Stock, Category, Brand, ProductId and UpdateDate filters,
// 1-based pages of at most 500, "200+" stock strings with the external warehouse 2011, and dealer
// orders from a storage place: idempotent by reference, refused beyond the place's stock, tracked.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SHARED_PRODUCTS } from "../common/shared-products.ts";
import { createPentaSandbox, parsePentaDay } from "./app.ts";

// biome-ignore lint/suspicious/noExplicitAny: answers are read loosely
type Any = any;

function sandbox() {
  let t = Date.parse("2026-12-04T12:00:00Z");
  const sb = createPentaSandbox({ token: "tok", anchorMs: t, now: () => t });
  const call = async (method: string, url: string, body?: unknown, token = "tok") => {
    const res = await sb.app.inject({ method: method as "GET", url, headers: token ? { authorization: token } : {}, ...(body === undefined ? {} : { payload: body as object }) });
    return { status: res.statusCode, body: res.body ? (JSON.parse(res.body) as Any) : null };
  };
  const advance = (ms: number) => {
    t += ms;
  };
  return { sb, call, advance };
}

describe("Penta sandbox", () => {
  it("needs the dealer token, raw, and ProductType", async () => {
    const { call } = sandbox();
    assert.equal((await call("GET", "/api/products?ProductType=1", undefined, "")).status, 401);
    assert.equal((await call("GET", "/api/products?ProductType=1", undefined, "Bearer tok")).status, 401);
    const missing = await call("GET", "/api/products");
    assert.equal(missing.status, 400);
    assert.match(missing.body.message, /ProductType/);
    assert.equal((await call("GET", "/api/products?ProductType=4")).status, 400);
  });

  it("pages from 1 with at most 500 a page, and filters by type, stock, category, brand and product", async () => {
    const { call } = sandbox();
    assert.equal((await call("GET", "/api/products?ProductType=3&PageSize=501")).status, 400);
    assert.equal((await call("GET", "/api/products?ProductType=3&Page=0")).status, 400);
    const all: Any[] = [];
    const first = await call("GET", "/api/products?ProductType=3&PageSize=100");
    for (let page = 1; page <= first.body.pageCount; page++) all.push(...(await call("GET", `/api/products?ProductType=3&PageSize=100&Page=${page}`)).body.data);
    assert.equal(all.length, 320);
    assert.equal(new Set(all.map((p) => p.productID)).size, 320);
    const licences = (await call("GET", "/api/products?ProductType=2&PageSize=500")).body.data;
    assert.ok(licences.length > 0 && licences.every((p: Any) => p.productType === 2 && p.ean === null));
    const hardware = (await call("GET", "/api/products?ProductType=1&PageSize=500")).body.data;
    assert.equal(hardware.length + licences.length, 320);
    const inStock = (await call("GET", "/api/products?ProductType=1&PageSize=500&Stock=true")).body.data;
    assert.ok(inStock.length < hardware.length && inStock.every((p: Any) => p.storageStocks.some((s: Any) => s.stock !== "0")));
    const cat = (await call("GET", "/api/products?ProductType=1&PageSize=500&Category=0102")).body.data;
    assert.ok(cat.length && cat.every((p: Any) => p.materialGroupID === "0102"));
    const brand = (await call("GET", "/api/products?ProductType=1&PageSize=500&Brand=5000")).body.data;
    assert.ok(brand.length && brand.every((p: Any) => p.exMaterialGroupValue === "Logitech"));
    const one = (await call("GET", `/api/products?ProductType=1&ProductId=${SHARED_PRODUCTS[0].pentaCode}`)).body.data;
    assert.deepEqual(
      one.map((p: Any) => [p.ean, p.description]),
      [[SHARED_PRODUCTS[0].barcode, SHARED_PRODUCTS[0].name]],
    );
  });

  it("writes stock as text, 200+ above 200, per storage place incl. the external warehouse 2011, and cuts fields by FieldsKey", async () => {
    const { call } = sandbox();
    const [p] = (await call("GET", `/api/products?ProductType=1&ProductId=${SHARED_PRODUCTS[0].pentaCode}`)).body.data;
    assert.deepEqual(
      p.storageStocks.map((s: Any) => [s.storagePlace, s.stock]),
      [
        ["2001", "3"],
        ["2002", "0"],
        ["2011", "200+"],
      ],
    );
    assert.equal(p.qty, "200+");
    assert.equal(p.price.endUserPriceCurrency, "TL");
    const price = (await call("GET", `/api/products?ProductType=1&FieldsKey=only-price&ProductId=${p.productID}`)).body.data[0];
    assert.deepEqual(Object.keys(price).sort(), ["price", "productID", "updateDate"]);
    const stock = (await call("GET", `/api/products?ProductType=1&FieldsKey=only-stock&ProductId=${p.productID}`)).body.data[0];
    assert.deepEqual(Object.keys(stock).sort(), ["productID", "qty", "storageStocks", "updateDate"]);
    assert.equal((await call("GET", "/api/products?ProductType=1&FieldsKey=some")).status, 400);
  });

  it("filters by UpdateDate (D.MM.YYYY, from that day in Istanbul), and a change moves a product's date", async () => {
    const { call, advance } = sandbox();
    assert.equal((await call("GET", "/api/products?ProductType=1&UpdateDate=2026-12-01")).status, 400);
    assert.equal((await call("GET", "/api/products?ProductType=1&UpdateDate=31.02.2026")).status, 400);
    assert.equal(parsePentaDay("4.12.2026"), Date.parse("2026-12-03T21:00:00Z"));
    assert.equal((await call("GET", "/api/products?ProductType=3&UpdateDate=4.12.2026")).body.data.length, 0, "nothing changed today yet");
    advance(60_000);
    await call("PUT", `/_sandbox/products/${SHARED_PRODUCTS[1].pentaCode}`, { endUserPrice: 1599, stocks: { "2001": 7 } });
    const changed = (await call("GET", "/api/products?ProductType=3&UpdateDate=4.12.2026")).body.data;
    assert.deepEqual(
      changed.map((p: Any) => [p.productID, p.price.endUserPrice, p.storageStocks[0].stock]),
      [[SHARED_PRODUCTS[1].pentaCode, 1599, "7"]],
    );
  });

  it("places a dealer order from a storage place: idempotent by reference, refused beyond that place's stock, stock taken, tracked to delivery", async () => {
    const { call } = sandbox();
    const code = SHARED_PRODUCTS[0].pentaCode; // 3 in 2001, 250 in 2011
    const short = await call("POST", "/api/orders", { reference: "PG-1", storagePlace: "2001", lines: [{ productID: code, quantity: 5 }] });
    assert.equal(short.status, 400);
    assert.match(short.body.message, /Yetersiz stok/);
    assert.equal((await call("POST", "/api/orders", { reference: "PG-1", storagePlace: "9999", lines: [{ productID: code, quantity: 1 }] })).status, 400);
    assert.equal((await call("POST", "/api/orders", { reference: "PG-1", storagePlace: "2011", lines: [{ productID: "NOPE", quantity: 1 }] })).status, 400);
    const placed = await call("POST", "/api/orders", { reference: "PG-1", storagePlace: "2011", lines: [{ productID: code, quantity: 5 }] });
    assert.equal(placed.status, 201);
    assert.equal(placed.body.data.status, "RECEIVED");
    const again = await call("POST", "/api/orders", { reference: "PG-1", storagePlace: "2011", lines: [{ productID: code, quantity: 5 }] });
    assert.equal(again.status, 200);
    assert.equal(again.body.data.orderID, placed.body.data.orderID, "the same reference is the same order");
    const [p] = (await call("GET", `/api/products?ProductType=1&ProductId=${code}`)).body.data;
    assert.equal(p.storageStocks.find((s: Any) => s.storagePlace === "2011").stock, "200+", "245 left is still 200+");
    assert.equal((await call("GET", "/api/orders?reference=PG-1")).body.data.length, 1);
    const id = placed.body.data.orderID;
    assert.equal((await call("PUT", `/_sandbox/orders/${id}/status`, { status: "SHIPPED" })).body.status, "SHIPPED");
    const read = (await call("GET", `/api/orders/${id}`)).body.data;
    assert.equal(read.status, "SHIPPED");
    assert.match(read.cargo.trackingNumber, /^\d{9}$/);
    assert.equal((await call("GET", "/api/orders/1")).status, 404);
  });
});
