// The Trendyol sandbox's rules, called as a client would (app.inject): auth and the mandatory
// User-Agent, the seller id in the path, zero-based pages of at most 200, the three-month lookback,
// the package transitions the seller may make, batches that change products only when they complete,
// the 15-minute duplicate rule, claim answers, and the per-endpoint rate limit.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createTrendyolSandbox } from "./app.ts";

const SELLER = "100000";
const auth = `Basic ${Buffer.from("k:s").toString("base64")}`;
const H = { authorization: auth, "user-agent": `${SELLER} - PazarGraph` };

function sandbox(options: { batchDelayMs?: number; perEndpointPer10s?: number } = {}) {
  let t = Date.parse("2026-11-20T12:00:00Z");
  const sb = createTrendyolSandbox({
    sellerId: SELLER,
    apiKey: "k",
    apiSecret: "s",
    anchorMs: t,
    now: () => t,
    batchDelayMs: options.batchDelayMs ?? 1000,
    rateLimits: { perEndpointPer10s: options.perEndpointPer10s ?? 1000 },
  });
  const call = async (method: string, url: string, body?: unknown, headers: Record<string, string> = H) => {
    const res = await sb.app.inject({ method: method as "GET", url: `/integration${url}`, headers, ...(body === undefined ? {} : { payload: body as object }) });
    return { status: res.statusCode, body: res.body ? JSON.parse(res.body) : null };
  };
  const advance = (ms: number) => {
    t += ms;
  };
  return { sb, call, advance, now: () => t };
}

describe("Trendyol sandbox", () => {
  it("refuses a missing User-Agent (403), wrong credentials (401) and another seller's path (403)", async () => {
    const { call } = sandbox();
    const path = `/order/sellers/${SELLER}/orders`;
    assert.equal((await call("GET", path, undefined, { authorization: auth })).status, 403);
    assert.equal((await call("GET", path, undefined, { ...H, "user-agent": `${SELLER} - Not A Valid Name!` })).status, 403);
    const bad = await call("GET", path, undefined, { ...H, authorization: `Basic ${Buffer.from("k:x").toString("base64")}` });
    assert.equal(bad.status, 401);
    assert.equal(bad.body.exception, "ClientApiAuthenticationException");
    assert.equal((await call("GET", "/order/sellers/999/orders")).status, 403);
    assert.equal((await call("GET", path)).status, 200);
  });

  it("pages orders from 0, at most 200, within three months, by one status", async () => {
    const { call, now } = sandbox();
    const base = `/order/sellers/${SELLER}/orders`;
    const from = now() - 85 * 86_400_000;
    const page0 = await call("GET", `${base}?startDate=${from}&endDate=${now()}&page=0&size=50&orderByField=CreatedDate&orderByDirection=ASC`);
    assert.equal(page0.status, 200);
    assert.equal(page0.body.page, 0);
    assert.equal(page0.body.content.length, 50);
    assert.ok(page0.body.totalElements > 100);
    const page1 = await call("GET", `${base}?startDate=${from}&endDate=${now()}&page=1&size=50&orderByField=CreatedDate&orderByDirection=ASC`);
    assert.ok(page1.body.content[0].orderDate >= page0.body.content[49].orderDate);
    assert.equal((await call("GET", `${base}?size=201`)).status, 400);
    assert.equal((await call("GET", `${base}?page=-1`)).status, 400);
    assert.equal((await call("GET", `${base}?startDate=${now() - 100 * 86_400_000}`)).status, 400, "older than three months");
    assert.equal((await call("GET", `${base}?status=Teleported`)).status, 400);
    const delivered = await call("GET", `${base}?startDate=${from}&status=Delivered&size=200`);
    assert.ok(delivered.body.content.length > 0);
    assert.ok(delivered.body.content.every((p: { status: string }) => p.status === "Delivered"));
    const all = await call("GET", `${base}?startDate=${from}&size=200`);
    assert.ok(
      all.body.content.every((p: { status: string }) => p.status !== "Awaiting"),
      "Awaiting only when asked for",
    );
  });

  it("moves a package Created → Picking → Invoiced with every line whole, and refuses what the seller may not do", async () => {
    const { sb, call } = sandbox();
    const pkg = sb.data.packages.find((p) => p.status === "Created" && p.lines.length > 1) ?? sb.data.packages.find((p) => p.status === "Created");
    assert.ok(pkg);
    const url = `/order/sellers/${SELLER}/shipment-packages/${pkg.id}`;
    const whole = pkg.lines.map((l) => ({ lineId: l.id, quantity: l.quantity }));
    assert.equal((await call("PUT", url, { status: "Shipped", lines: whole, params: {} })).status, 400, "Shipped comes from the carrier");
    assert.equal((await call("PUT", url, { status: "Invoiced", lines: whole, params: {} })).status, 400, "Invoiced needs an invoice number");
    if (whole.length > 1) assert.equal((await call("PUT", url, { status: "Picking", lines: whole.slice(1), params: {} })).status, 400, "every line");
    assert.equal((await call("PUT", url, { status: "Picking", lines: whole, params: {} })).status, 200);
    assert.equal(pkg.status, "Picking");
    assert.equal((await call("PUT", url, { status: "Picking", lines: whole, params: {} })).status, 400, "already picking");
    assert.equal((await call("PUT", url, { status: "Invoiced", lines: whole, params: { invoiceNumber: "TYF2026000001" } })).status, 200);
    assert.equal(pkg.status, "Invoiced");
    assert.equal(pkg.invoiceNumber, "TYF2026000001");
    assert.deepEqual(
      pkg.packageHistories.slice(-2).map((h) => h.status),
      ["Picking", "Invoiced"],
    );
  });

  it("marks part of a line unsupplied as a line of its own, and the package UnSupplied when nothing is left", async () => {
    const { sb, call } = sandbox();
    const pkg = sb.data.packages.find((p) => p.status === "Created" && p.lines.some((l) => l.quantity > 1));
    assert.ok(pkg);
    const line = pkg.lines.find((l) => l.quantity > 1);
    assert.ok(line);
    const url = `/order/sellers/${SELLER}/shipment-packages/${pkg.id}/items/unsupplied`;
    assert.equal((await call("PUT", url, { lines: [{ lineId: line.id, quantity: 1 }], reasonId: 999 })).status, 400);
    const before = line.quantity;
    assert.equal((await call("PUT", url, { lines: [{ lineId: line.id, quantity: 1 }], reasonId: 500 })).status, 200);
    assert.equal(line.quantity, before - 1);
    assert.equal(pkg.lines.filter((l) => l.orderLineItemStatusName === "UnSupplied").length, 1);
    const rest = pkg.lines.filter((l) => l.orderLineItemStatusName !== "UnSupplied").map((l) => ({ lineId: l.id, quantity: l.quantity }));
    assert.equal((await call("PUT", url, { lines: rest, reasonId: 501 })).status, 200);
    assert.equal(pkg.status, "UnSupplied");
  });

  it("creates products in a batch that is IN_PROGRESS until it runs: the product is listed only then", async () => {
    const { sb, call, advance } = sandbox({ batchDelayMs: 1000 });
    const leaf = [...sb.data.categories.values()].find((c) => c.subCategories.length === 0 && c.parentId !== null && sb.data.attributes.get(c.id)?.some((a) => a.required));
    assert.ok(leaf);
    const attrs = (sb.data.attributes.get(leaf.id) ?? []).filter((a) => a.required).map((a) => ({ attributeId: a.attribute.id, attributeValueId: a.attributeValues[0].id }));
    const item = (barcode: string, over: Record<string, unknown> = {}) => ({
      barcode,
      title: "Test Ürün",
      productMainId: "M-1",
      brandId: sb.data.brands[0].id,
      categoryId: leaf.id,
      quantity: 5,
      stockCode: "S-1",
      dimensionalWeight: 1,
      description: "Açıklama",
      currencyType: "TRY",
      listPrice: 100,
      salePrice: 90,
      vatRate: 20,
      images: [{ url: "https://example.com/a.jpg" }],
      attributes: attrs,
      ...over,
    });
    assert.equal((await call("POST", `/product/sellers/${SELLER}/v2/products`, { items: [] })).status, 400);
    assert.equal((await call("POST", `/product/sellers/${SELLER}/v2/products`, { items: Array.from({ length: 1001 }, (_, i) => item(`B${i}`)) })).status, 400);
    const res = await call("POST", `/product/sellers/${SELLER}/v2/products`, { items: [item("NEW-1"), item("NEW-2", { listPrice: 50, vatRate: 18 })] });
    assert.equal(res.status, 200);
    const id = res.body.batchRequestId;
    const result = () => call("GET", `/product/sellers/${SELLER}/products/batch-requests/${id}`);
    assert.equal((await result()).body.status, "IN_PROGRESS");
    assert.equal((await call("GET", `/product/sellers/${SELLER}/products?barcode=NEW-1`)).body.content.length, 0, "not listed while the batch runs");
    advance(1000);
    // The batch completes at its time whether or not anyone reads its result: the list shows it first.
    assert.equal((await call("GET", `/product/sellers/${SELLER}/products?barcode=NEW-1`)).body.content.length, 1, "listed once the batch has run, its result not yet read");
    const done = (await result()).body;
    assert.equal(done.status, "COMPLETED");
    assert.equal(done.failedItemCount, 1);
    const failed = done.items.find((i: { status: string }) => i.status === "FAILED");
    assert.ok(failed.failureReasons.some((r: string) => /listPrice/.test(r)));
    assert.ok(failed.failureReasons.some((r: string) => /vatRate/.test(r)));
    assert.equal((await call("GET", `/product/sellers/${SELLER}/products?barcode=NEW-1`)).body.content.length, 1);
  });

  it("updates price and stock through a batch, refusing an identical request within 15 minutes", async () => {
    const { sb, call, advance } = sandbox({ batchDelayMs: 0 });
    const p = sb.data.products[1];
    const body = { items: [{ barcode: p.barcode, quantity: 7, salePrice: 80, listPrice: 100 }] };
    const url = `/inventory/sellers/${SELLER}/products/price-and-inventory`;
    const first = await call("POST", url, body);
    assert.equal(first.status, 200);
    assert.equal((await call("POST", url, body)).status, 400, "the same body again within 15 minutes");
    const r = await call("GET", `/product/sellers/${SELLER}/products/batch-requests/${first.body.batchRequestId}`);
    assert.equal(r.body.status, "COMPLETED");
    assert.equal(p.quantity, 7);
    assert.equal(p.salePrice, 80);
    const over = await call("POST", url, { items: [{ barcode: p.barcode, quantity: 20_001 }] });
    const overResult = await call("GET", `/product/sellers/${SELLER}/products/batch-requests/${over.body.batchRequestId}`);
    assert.equal(overResult.body.items[0].status, "FAILED");
    advance(15 * 60_000 + 1);
    assert.equal((await call("POST", url, body)).status, 200, "allowed again after 15 minutes");
  });

  it("approves or objects to claim items only while they wait for the seller", async () => {
    const { sb, call } = sandbox();
    const delivered = sb.data.packages.find((p) => p.status === "Delivered");
    assert.ok(delivered);
    const claim = (await sb.app.inject({ method: "POST", url: "/_sandbox/claims", payload: { packageId: delivered.id } })).json();
    const [a, b] = claim.items.flatMap((i: { claimItems: Array<{ id: string }> }) => i.claimItems);
    const approve = (ids: string[]) => call("PUT", `/order/sellers/${SELLER}/claims/${claim.id}/items/approve`, { claimLineItemIdList: ids, params: {} });
    assert.equal((await approve([a.id])).status, 200);
    assert.equal((await approve([a.id])).status, 400, "already accepted");
    if (b) {
      const issue = `/order/sellers/${SELLER}/claims/${claim.id}/issue?claimIssueReasonId=201&claimItemIdList=${b.id}&description=Hasarl%C4%B1`;
      assert.equal((await call("POST", issue)).status, 201);
      const after = sb.data.claims
        .find((c) => c.id === claim.id)
        ?.items.flatMap((i) => i.claimItems)
        .find((x) => x.id === b.id);
      assert.equal(after?.claimItemStatus.name, "InAnalysis");
    }
  });

  it("answers 429 past the per-endpoint limit", async () => {
    const { call } = sandbox({ perEndpointPer10s: 3 });
    const url = `/order/sellers/${SELLER}/orders`;
    for (let i = 0; i < 3; i++) assert.equal((await call("GET", url)).status, 200);
    const limited = await call("GET", url);
    assert.equal(limited.status, 429);
    assert.equal((await call("GET", `/order/sellers/${SELLER}/claims`)).status, 200, "another endpoint has its own count");
  });
});
