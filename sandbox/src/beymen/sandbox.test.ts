// The Beymen sandbox's own rules, called over its HTTP interface directly (app.inject): Basic auth
// with Beymen's error body, 0-based pages of at most 100, batches whose results exist only after they
// have run, and the statement window of 30 to 90 days.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createBeymenSandbox } from "./app.ts";

function sandbox() {
  let t = Date.parse("2026-11-20T09:00:00Z");
  const sb = createBeymenSandbox({ apiKey: "k", apiPassword: "p", seed: 7, anchorMs: t, now: () => t, batchDelayMs: 1000 });
  const auth = { authorization: `Basic ${Buffer.from("k:p").toString("base64")}` };
  const call = (method: string, url: string, body?: unknown, headers: Record<string, string> = auth) =>
    sb.app.inject({ method: method as "GET", url, headers, ...(body === undefined ? {} : { payload: body as object }) });
  const advance = (ms: number) => {
    t += ms;
  };
  return { sb, call, advance };
}

describe("Beymen sandbox rules", () => {
  it("refuses a missing or wrong Basic auth with Beymen's error body", async () => {
    const { call } = sandbox();
    const none = await call("GET", "/orders", undefined, {});
    assert.equal(none.statusCode, 401);
    assert.deepEqual(Object.values(none.json().errors), [["Request Header [authorization] not found"]]);
    const wrong = await call("GET", "/orders", undefined, { authorization: `Basic ${Buffer.from("k:x").toString("base64")}` });
    assert.equal(wrong.statusCode, 401);
    assert.equal((await call("GET", "/orders")).statusCode, 200);
  });

  it("pages from 0 with at most 100 per page, and says pageCount as its documents do", async () => {
    const { call } = sandbox();
    const brands = (await call("GET", "/attributes?type=Brand&page=0&size=100")).json();
    assert.equal(brands.items.length, 100);
    assert.equal(brands.total, 8772);
    assert.equal(brands.pageCount, 87, "floor(8,772 / 100), as the document's example shows");
    assert.equal((await call("GET", "/attributes?type=Brand&page=0&size=101")).statusCode, 400);
    assert.equal((await call("GET", "/attributes?type=Brand&page=-1&size=10")).statusCode, 400);
  });

  it("keeps a batch's results until it has run", async () => {
    const { call, advance } = sandbox();
    const res = await call("POST", "/batch/products", [{ name: "x" }]);
    assert.equal(res.statusCode, 200);
    const id = res.json().processId;
    assert.deepEqual((await call("GET", `/batch/products/${id}`)).json(), []);
    advance(1000);
    const done = (await call("GET", `/batch/products/${id}`)).json();
    assert.equal(done.length, 1);
    assert.equal(done[0].isSuccess, false, "an incomplete product fails");
    assert.match(done[0].processResult, /barcode alanı zorunludur/);
  });

  it("runs a batch only after its delay: the product is not listed, and the result is empty, until then", async () => {
    const { call, advance } = sandbox();
    const template = (await call("GET", "/products?page=0&size=1")).json().items[0];
    const category = (await call("GET", `/categories/${template.category.id}`)).json().attributes as Array<{ id: string; isFreeText: boolean; items: Array<{ id: number }> }>;
    const attributes = category.map((a) => ({ attributeId: a.id, attributeOptionValue: a.isFreeText ? "serbest" : String(a.items[0].id) }));
    const item = {
      name: "Gecikmeli Ürün",
      barcode: "GECIKME0001",
      modelCode: "GCK-1",
      description: "Açıklama",
      brandId: template.brand.id,
      categoryId: template.category.id,
      platformColor: template.platformColor.id,
      size: template.size.id,
      gender: template.gender.id,
      stockRequest: { stock: { count: "787" } },
      priceRequest: { salesPrice: { value: "83.38", currency: "TRY" }, platformPrice: { value: "83.38", currency: "TRY" } },
      vatRate: "0",
      images: ["https://placeimg.com/640/480/city"],
      attributes,
    };
    const id = (await call("POST", "/batch/products", [item, { ...item, barcode: "GECIKME0002", vatRate: 8 }])).json().processId;
    assert.equal((await call("GET", "/products?barcode=GECIKME0001&page=0&size=10")).json().items.length, 0, "not in the catalogue before the batch has run");
    assert.deepEqual((await call("GET", `/batch/products/${id}`)).json(), []);
    advance(1000);
    const [made, refused] = (await call("GET", `/batch/products/${id}`)).json();
    assert.equal(made.isSuccess, true);
    assert.deepEqual(
      [made.request.stockRequest.stock.count, made.request.priceRequest.salesPrice.value, made.request.vatRate, made.request.commission],
      [787, 83.38, 0, 0],
      "numbers as the document's result shows them",
    );
    assert.equal((await call("GET", `/products/${made.productId}`)).json().barcode, "GECIKME0001");
    assert.equal(refused.isSuccess, false, "a create takes VAT 0, 1, 10 or 20 only");
    assert.equal("productId" in refused, false, "a failed product has no productId");
  });

  it("takes the document's own update example (VAT 8) and answers with its keys", async () => {
    const { call, advance } = sandbox();
    const product = (await call("GET", "/products?page=0&size=1")).json().items[0];
    const id = (
      await call("POST", "/batch/update/products", [{ id: product.id, name: "Kadın Trekking Botu", description: "...", vatRate: 8, merchantColor: "Sarı", attributes: [] }])
    ).json().processId;
    advance(1000);
    const [result] = (await call("GET", `/batch/products/${id}`)).json();
    assert.equal(result.isSuccess, true, result.processResult);
    assert.equal(result.productId, product.id);
    assert.deepEqual(Object.keys(result.request), [
      "id",
      "name",
      "stockCode",
      "description",
      "brandId",
      "categoryId",
      "priceRequest",
      "stockRequest",
      "vatRate",
      "desi",
      "images",
      "platformColor",
      "merchantColor",
      "size",
      "attributes",
      "modelCode",
      "gender",
      "version",
    ]);
    const after = (await call("GET", `/products/${product.id}`)).json();
    assert.equal(after.vatRate, 8);
    assert.equal(result.request.version, after.version);
    assert.notEqual(after.version, product.version, "an update makes a new version");
  });

  it("refuses a batch product with a negative or missing price, or negative stock, as its price-stock endpoint does", async () => {
    const { call, advance } = sandbox();
    const product = (await call("GET", "/products?page=0&size=1")).json().items[0];
    const base = { id: product.id, name: product.name, description: "Açıklama" };
    const res = await call("POST", "/batch/update/products", [
      { ...base, priceRequest: { salesPrice: { value: -5, currency: "TRY" } } },
      { ...base, priceRequest: { salesPrice: { value: 100, currency: "TRY" }, platformPrice: null } },
      { ...base, stockRequest: { stock: { count: -3 } } },
      { ...base, priceRequest: { salesPrice: { value: "abc", currency: "TRY" } } },
    ]);
    advance(1000);
    const results = (await call("GET", `/batch/products/${res.json().processId}`)).json();
    assert.deepEqual(
      results.map((r: { isSuccess: boolean }) => r.isSuccess),
      [false, false, false, false],
    );
    assert.match(results[0].processResult, /Satış fiyatı/);
    assert.match(results[2].processResult, /Stok adedi/);
    const after = (await call("GET", `/products/${product.id}`)).json();
    assert.deepEqual([after.salesPrice.value, after.stock.count], [product.salesPrice.value, product.stock.count], "nothing stored");
  });

  it("refuses a statement window outside 30 to 90 days with its business-rule message", async () => {
    const { call } = sandbox();
    const bad = await call("GET", "/financial/statements?startDate=2026-10-01&endDate=2026-10-10");
    assert.equal(bad.statusCode, 400);
    assert.match(JSON.stringify(bad.json().errors), /min 30 - max 90 gün/);
    assert.equal((await call("GET", "/financial/statements?startDate=2026-08-01&endDate=2026-10-01")).statusCode, 200);
  });
});
