// The Pazarama sandbox against its document (documents/pazarama.txt, the seller API's own PDF): every
// JSON example, every documented endpoint, every documented rule. Where the export put an example
// before its address or cut one in two, the case says so.
import { readFileSync } from "node:fs";
import type { FastifyInstance } from "fastify";
import { createPazaramaSandbox } from "../src/pazarama/app.ts";
import { createOrder, type PzItem, type StoredOrder, setItemStatus } from "../src/pazarama/data.ts";
import { readDocument } from "./extract.ts";
import { type Answer, fill, injector, type SandboxFidelity } from "./harness.ts";

const doc = readDocument(readFileSync(new URL("./documents/pazarama.txt", import.meta.url), "utf8"));
const START = Date.parse("2026-11-20T09:00:00Z");

/**
 * Addresses the document gives without a method, as the examples under them use them, and the two
 * template operations whose address the document writes after them ("route'dan şablon id girilir").
 */
const RESOLVE: Record<string, string | null> = {
  "? /product/upsertSellerProductSaleLimit": "POST /product/upsertSellerProductSaleLimit",
  "? /product/upsertSellerProductCommercial": "POST /product/upsertSellerProductCommercial",
  "? /order/api/refund/revision": "POST /order/api/refund/revision",
  "PUT /product-commercials": "PUT /product-commercials/id/{id}/product-commercial",
  "DELETE /product-commercials": "DELETE /product-commercials/id/{id}/product-commercial",
  "? /product-commercials/id/{id}/product-commercial": null,
};
const endpoints = [
  ...new Set(
    doc.endpoints
      .map((e) => `${e.method} ${e.path}`)
      .map((e) => (e in RESOLVE ? RESOLVE[e] : e))
      .filter((e): e is string => e !== null),
  ),
];

async function start(watch: (app: FastifyInstance) => void) {
  const clock = { t: START };
  const creds = { clientId: "fid", clientSecret: "fid-secret" };
  const sb = createPazaramaSandbox({ seed: 11, ...creds, anchorMs: START, now: () => clock.t, batchDelayMs: 1000 });
  watch(sb.app);
  const basic = `Basic ${Buffer.from(`${creds.clientId}:${creds.clientSecret}`).toString("base64")}`;
  const tokenAnswer = await sb.app.inject({
    method: "POST",
    url: "/connect/token",
    headers: { "content-type": "application/x-www-form-urlencoded", authorization: basic },
    payload: "grant_type=client_credentials&scope=merchantgatewayapi.fullaccess",
  });
  const bearer = `Bearer ${tokenAnswer.json().access_token}`;
  const call = injector(sb.app, () => ({ authorization: bearer }));
  const data = sb.data;
  const approved = () => data.products.filter((p) => p.state === 3);
  const order = (itemCount = 1): StoredOrder => {
    const raw = createOrder(data, { createdAtMs: clock.t, itemCount });
    return raw;
  };
  const moveTo = (o: StoredOrder, ...statuses: number[]) => {
    for (const s of statuses) for (const item of o.raw.items) setItemStatus(data, o, item, s, clock.t);
    return o;
  };
  const day = (ms: number) => new Date(ms + 3 * 3600_000).toISOString().slice(0, 10);
  const window = { startDate: day(START - 20 * 86400_000), endDate: day(START + 86400_000) };
  const cargo = (await call("GET", "/sellerRegister/getSellerDelivery")).body as { data: { cargoCompany: { cargoCompanies: Array<{ cargoCompanyId: string }> } } };
  const cargoId = cargo.data.cargoCompany.cargoCompanies[0].cargoCompanyId;
  const waiting = (kind: "return" | "cancel") => data.refunds.find((r) => r.kind === kind && r.raw.refundStatus === 1)!;
  const product = {
    name: "Sandbox Ürünü",
    displayName: "Sandbox Ürünü",
    description: "Açıklama",
    brandId: data.brands[0].id,
    desi: 1,
    code: "FID-0001",
    groupCode: "FID-GRP",
    stockCode: "FID-STK",
    stockCount: 5,
    listPrice: 120,
    salePrice: 100,
    vatRate: 20,
    categoryId: "",
    images: [{ imageurl: "https://cdn.example.com/1.jpg" }],
    attributes: [] as Array<{ attributeId: string; attributeValueId: string }>,
  };
  const leaf = data.categories.find((c) => c.leaf && (data.attributes.get(c.id) ?? []).length)!;
  product.categoryId = leaf.id;
  product.attributes = (data.attributes.get(leaf.id) ?? []).map((a) => ({ attributeId: a.id, attributeValueId: a.attributeValues[0].id }));
  const questions = (await sb.app.inject({ method: "GET", url: "/_sandbox/questions" })).json() as Array<{ questionId: string; questionStatus: number }>;
  // Pazarama's catalogue (quick add by barcode): products other sellers listed, found by name here.
  const catalog = (body(await call("POST", "/product/getProductTitleCodeSearch", { name: "a", size: 100, page: 1 })).data as { products: Array<{ code: string }> }).products;
  return { sb, data, call, clock, approved, order, moveTo, window, cargoId, waiting, product, basic, questions, usedQuestions: new Set<string>(), catalog };
}
type Ctx = Awaited<ReturnType<typeof start>>;

const refused = (status: number) => (a: Answer) => a.status === status;
const body = (a: Answer) => a.body as { data: unknown; success: boolean };
/** The part of an answer an example shows. */
const part = async (a: Promise<Answer>, pick: (b: { data: Record<string, unknown> }) => unknown): Promise<Answer> => {
  const answer = await a;
  return { status: answer.status, body: pick(answer.body as { data: Record<string, unknown> }) };
};
const firstItem = (o: StoredOrder): PzItem => o.raw.items[0];

export const pazaramaFidelity: SandboxFidelity<Ctx> = {
  name: "Pazarama",
  source: "documents/pazarama.txt (the seller API document)",
  endpoints,
  examples: doc.examples.map((x) => ({ key: `${x.endpoint}#${x.ordinal}`, json: x.json, line: x.line })),
  async start(watch) {
    const ctx = await start(watch);
    return { ctx, app: ctx.sb.app };
  },
  responses: {
    "GET /brand/getBrands#1": (c) => c.call("GET", "/brand/getBrands?Page=1&Size=10"),
    "GET /category/getCategoryTree#1": (c) => c.call("GET", "/category/getCategoryTree"),
    "GET /category/getCategoryWithAttributes#1": (c) => {
      const leaf = c.data.categories.find((x) => x.leaf && (c.data.attributes.get(x.id) ?? []).length)!;
      return c.call("GET", `/category/getCategoryWithAttributes?Id=${leaf.id}`);
    },
    "GET /sellerRegister/getSellerDelivery#1": (c) => c.call("GET", "/sellerRegister/getSellerDelivery"),
    "GET /parameter/cities#1": (c) => c.call("GET", "/parameter/cities"),
    "POST /product/create#2": (c) => c.call("POST", "/product/create", { products: [{ ...c.product, code: "FID-CREATE-1" }] }),
    "GET /product/getProductBatchResult#1": async (c) => {
      const sent = body(await c.call("POST", "/product/create", { products: [{ ...c.product, code: "FID-CREATE-2" }] })).data as { batchRequestId: string };
      c.clock.t += 1000;
      return c.call("GET", `/product/getProductBatchResult?BatchRequestId=${sent.batchRequestId}`);
    },
    "POST /product/updatePrice-v2#2": (c) => c.call("POST", "/product/updatePrice-v2", { items: [{ code: c.approved()[0].code, listPrice: 999.9, salePrice: 899.9 }] }),
    "POST /product/updateStock-v2#2": (c) => c.call("POST", "/product/updateStock-v2", { items: [{ code: c.approved()[0].code, stockCount: 77 }] }),
    // The export cut this example in two across a page: its first half is the paging and the rows …
    "GET /listing-state/batch-id/{id}/lake-projections#1": async (c) => {
      const id = body(
        await c.call("POST", "/product/updateStock-v2", {
          items: [
            { code: c.approved()[1].code, stockCount: 78 },
            { code: "YOK", stockCount: 1 },
          ],
        }),
      ).data;
      c.clock.t += 1000;
      return part(c.call("GET", `/listing-state/batch-id/${id}/lake-projections?page=1&pageSize=3000`), (b) => b.data);
    },
    // … and its second half one more row (then the counts, compared with the first half's answer).
    "GET /listing-state/batch-id/{id}/lake-projections#2": async (c) => {
      const id = body(await c.call("POST", "/product/updateStock-v2", { items: [{ code: c.approved()[2].code, stockCount: 79 }] })).data;
      return part(c.call("GET", `/listing-state/batch-id/${id}/lake-projections?page=1&pageSize=3000`), (b) => (b.data.data as unknown[])[0]);
    },
    "GET /product/products#1": (c) => c.call("GET", "/product/products?Approved=true&Size=10&Page=1"),
    "GET /product/products#2": (c) => c.call("GET", "/product/products?Approved=false&Size=10&Page=1"),
    "POST /product/getProductDetail#2": (c) => c.call("POST", "/product/getProductDetail", { Code: c.approved()[0].code }),
    "POST /order/getOrdersForApi#3": (c) => c.call("POST", "/order/getOrdersForApi", { ...c.window, pageSize: 10, pageNumber: 1 }),
    "PUT /order/updateOrderStatus#2": (c) => {
      const o = c.order(1);
      return c.call("PUT", "/order/updateOrderStatus", { orderNumber: o.raw.orderNumber, item: { orderItemId: firstItem(o).orderItemId, status: 12 } });
    },
    "POST /order/getRefund#2": (c) => c.call("POST", "/order/getRefund", { pageSize: 10, pageNumber: 1, refundStatus: 1 }),
    "POST /order/invoice-link#3": (c) => c.call("POST", "/order/invoice-link", { invoiceLink: "https://cdn.example.com/f.pdf", orderid: c.order(1).raw.orderId }),
    "POST /order/invoice-link#5": (c) => {
      const o = c.order(1);
      return c.call("POST", "/order/invoice-link", { invoiceLink: "https://cdn.example.com/f.pdf", orderid: o.raw.orderId, orderItemId: firstItem(o).orderItemId });
    },
    "POST /order/paymentAgreement#2": (c) =>
      c.call("POST", "/order/paymentAgreement", {
        startDate: new Date(START - 120 * 86400_000).toISOString(),
        endDate: new Date(START).toISOString(),
        allowanceDate: null,
        orderId: null,
      }),
    "POST /product/getProductTitleCodeSearch#2": (c) =>
      c.call("POST", "/product/getProductTitleCodeSearch", { code: c.catalog[2].code, name: "", size: 10, page: 1, sellerId: c.data.sellerId }),
    "POST /product/addProductsWithBarcodes#2": async (c) => {
      const catalog = body(await c.call("POST", "/product/getProductTitleCodeSearch", { code: c.catalog[0].code, size: 1, page: 1 })).data as {
        products: Array<{ productId: string; code: string }>;
      };
      const pick = catalog.products[0];
      return c.call("POST", "/product/addProductsWithBarcodes", {
        product: { productId: pick.productId, code: pick.code, stockCode: pick.code, listPrice: 999.5, stockCount: 3, salePrice: 888.5, installmentCount: 0 },
      });
    },
    "GET /QuestionAnswer/getQuestionStatus#1": (c) => c.call("GET", "/QuestionAnswer/getQuestionStatus"),
    "POST /QuestionAnswer/questionTopics#1": (c) => c.call("POST", "/QuestionAnswer/questionTopics"),
    "GET /QuestionAnswer/getApprovalAnswersByMerchant#1": (c) => c.call("GET", "/QuestionAnswer/getApprovalAnswersByMerchant"),
    "GET /QuestionAnswer/getApprovalAnswerById#1": (c) => c.call("GET", `/QuestionAnswer/getApprovalAnswerById?questionId=${c.questions[0].questionId}`),
    "PUT /QuestionAnswer/sellerAnswer#2": (c) => c.call("PUT", "/QuestionAnswer/sellerAnswer", { questionId: questionId(c), text: "Merhaba, evet." }),
    "POST /QuestionAnswer/getApprovalAnswersByMerchantSearch#2": (c) => c.call("POST", "/QuestionAnswer/getApprovalAnswersByMerchantSearch", { pageIndex: 1, pageSize: 10 }),
    "PUT /order/api/cancel#2": (c) => c.call("PUT", "/order/api/cancel", { refundId: c.waiting("cancel").raw.refundId, status: 3 }),
    "POST /order/api/cancel/items#2": (c) => c.call("POST", "/order/api/cancel/items", { pageSize: 10, pageNumber: 1, refundStatus: null, orderNumber: null }),
    "? /product/upsertSellerProductSaleLimit#2": (c) => c.call("POST", "/product/upsertSellerProductSaleLimit", { code: c.approved()[0].code, Quantity: 2 }),
    "PUT /product/vatRate/bulk#2": (c) => c.call("PUT", "/product/vatRate/bulk", { listingVatRates: [{ productCode: c.approved()[0].code, vatRate: 10 }] }),
    "PUT /order/api/{id}/items/labor-costs#2": (c) => {
      const o = c.order(1);
      return c.call("PUT", `/order/api/${o.raw.orderId}/items/labor-costs`, { items: [{ orderItemId: firstItem(o).orderItemId, laborCost: 10, processCount: 1 }] });
    },
    "POST /order/updateRefund#4": (c) =>
      c.call("POST", "/order/updateRefund", { refundId: c.waiting("return").raw.refundId, status: 9, refundReviewType: 1, description: "İncelemeye gönderildi" }),
    "GET /product-commercials#1": async (c) => {
      await c.call("POST", "/product-commercials", { isImported: true, type: 1, name: "a", title: "a", brand: "a", email: "a@example.com", address: "a" });
      return c.call("GET", "/product-commercials");
    },
    "POST /product-commercials#2": (c) =>
      c.call("POST", "/product-commercials", { isImported: false, type: 0, name: "b", title: "b", brand: "b", email: "b@example.com", address: "b" }),
    "? /order/api/refund/revision#2": (c) =>
      c.call("POST", "/order/api/refund/revision", {
        refundId: c.waiting("return").raw.refundId,
        documentObjects: [{ name: "a.png", bytes: "iVBORw0KGgo=" }],
        description: "Ek bilgi",
      }),
    "POST /product/external-status#2": (c) => c.call("POST", "/product/external-status", { productItem: { code: catalogCode(c), productStatus: 10 } }),
    "POST /order/api/bulk-status-update#2": (c) => {
      const o = c.moveTo(c.order(2), 12);
      return c.call("POST", "/order/api/bulk-status-update", {
        orderNumber: o.raw.orderNumber,
        orderItemIds: o.raw.items.map((i) => i.orderItemId),
        updateShipmentDto: { cargoCompanyId: c.cargoId, deliveryType: 1, shippingTrackingNumber: "604164846124", status: 5, trackingUrl: "https://www.araskargo.com.tr/" },
      });
    },
  },
  requests: {
    // The document's create example, its brand and category swapped for the sandbox's (and the attributes its category requires).
    "POST /product/create#1": (c, ex) => {
      const [p] = (ex as { products: Array<Record<string, unknown>> }).products;
      return c.call("POST", "/product/create", { products: [{ ...p, brandId: c.product.brandId, categoryId: c.product.categoryId, attributes: c.product.attributes }] });
    },
    "POST /product/updatePrice-v2#1": (c, ex) => c.call("POST", "/product/updatePrice-v2", ex),
    "POST /product/updateStock-v2#1": (c, ex) => c.call("POST", "/product/updateStock-v2", ex),
    "POST /product/getProductDetail#1": (c, ex) => c.call("POST", "/product/getProductDetail", fill(ex, { Code: c.approved()[0].code })),
    "POST /order/getOrdersForApi#1": (c, ex) => c.call("POST", "/order/getOrdersForApi", ex),
    "POST /order/getOrdersForApi#2": (c, ex) => c.call("POST", "/order/getOrdersForApi", ex),
    "PUT /order/updateOrderStatus#1": (c, ex) => {
      const o = c.moveTo(c.order(1), 12);
      return c.call("PUT", "/order/updateOrderStatus", { ...fill(ex, { orderItemId: firstItem(o).orderItemId, cargoCompanyId: c.cargoId }), orderNumber: o.raw.orderNumber });
    },
    "PUT /order/updateOrderStatus#3": (c, ex) => {
      const o = c.order(1);
      return c.call("PUT", "/order/updateOrderStatus", { ...fill(ex, { orderItemId: firstItem(o).orderItemId }), orderNumber: o.raw.orderNumber });
    },
    // Status 11 for the whole order: an order whose items are all shipped.
    "PUT /order/updateOrderStatusList#1": (c, ex) => c.call("PUT", "/order/updateOrderStatusList", { ...(ex as object), orderNumber: c.moveTo(c.order(2), 12, 5).raw.orderNumber }),
    "POST /order/getRefund#1": (c, ex) => c.call("POST", "/order/getRefund", ex),
    "POST /order/getRefund#3": (c, ex) => c.call("POST", "/order/getRefund", ex),
    "POST /order/updateRefund#1": (c, ex) => c.call("POST", "/order/updateRefund", fill(ex, { refundId: c.waiting("return").raw.refundId })),
    "POST /order/updateRefund#2": (c, ex) =>
      c.call("POST", "/order/updateRefund", {
        ...fill(ex, { refundId: c.waiting("return").raw.refundId }),
        description: "Gelen ürün bana ait değil",
        documentObjects: [{ name: "a.png", bytes: "iVBORw0KGgo=" }],
      }),
    // The 3.29 example: sent to review, with its photo.
    "POST /order/updateRefund#3": (c, ex) => c.call("POST", "/order/updateRefund", fill(ex, { refundId: c.waiting("return").raw.refundId })),
    // Printed before its own address (upsertSellerProductCommercial): a product's templates replaced.
    "POST /order/updateRefund#5": async (c, ex) => {
      const made = body(await c.call("POST", "/product-commercials", { isImported: true, type: 1, name: "c", title: "c", brand: "c", email: "c@example.com", address: "c" }))
        .data as {
        productCommercialList: Array<{ commercialId: string }>;
      };
      return c.call("POST", "/product/upsertSellerProductCommercial", { ...fill(ex, { code: c.approved()[0].code }), commercialIds: [made.productCommercialList[0].commercialId] });
    },
    "POST /order/invoice-link#1": (c, ex) => c.call("POST", "/order/invoice-link", fill(ex, { orderid: c.order(1).raw.orderId })),
    "POST /order/invoice-link#2": (c, ex) => {
      const o = c.moveTo(c.order(1), 12, 5);
      return c.call("POST", "/order/invoice-link", fill(ex, { orderid: o.raw.orderId, deliveryCompanyId: null, trackingNumber: firstItem(o).cargo.trackingNumber }));
    },
    "POST /order/invoice-link#4": (c, ex) => {
      const o = c.order(1);
      return c.call("POST", "/order/invoice-link", fill(ex, { orderid: o.raw.orderId, orderItemId: firstItem(o).orderItemId, deliveryCompanyId: null, trackingNumber: null }));
    },
    "POST /order/paymentAgreement#1": (c, ex) => c.call("POST", "/order/paymentAgreement", ex),
    "POST /product/getProductTitleCodeSearch#1": (c, ex) => c.call("POST", "/product/getProductTitleCodeSearch", ex),
    "POST /product/addProductsWithBarcodes#1": async (c, ex) => {
      const catalog = body(await c.call("POST", "/product/getProductTitleCodeSearch", { code: c.catalog[1].code, size: 1, page: 1 })).data as {
        products: Array<{ productId: string; code: string }>;
      };
      const pick = catalog.products[0];
      return c.call("POST", "/product/addProductsWithBarcodes", fill(ex, { productId: pick.productId, code: pick.code, stockCode: pick.code }));
    },
    "PUT /QuestionAnswer/sellerAnswer#1": (c, ex) => c.call("PUT", "/QuestionAnswer/sellerAnswer", fill(ex, { questionId: questionId(c) })),
    "POST /QuestionAnswer/getApprovalAnswersByMerchantSearch#1": (c, ex) => c.call("POST", "/QuestionAnswer/getApprovalAnswersByMerchantSearch", ex),
    "PUT /order/api/cancel#1": (c, ex) => c.call("PUT", "/order/api/cancel", fill(ex, { refundId: c.waiting("cancel").raw.refundId })),
    "POST /order/api/cancel/items#1": (c, ex) => c.call("POST", "/order/api/cancel/items", ex),
    "? /product/upsertSellerProductSaleLimit#1": (c, ex) => c.call("POST", "/product/upsertSellerProductSaleLimit", fill(ex, { code: c.approved()[0].code })),
    // "2024 -09-01T00:01": the export's stray space, taken out as the extractor does in keys.
    "POST /order/getOrdersForApiV2#1": (c, ex) =>
      c.call("POST", "/order/getOrdersForApiV2", fill(ex, { startDate: String((ex as { startDate: string }).startDate).replace(/\s+/g, "") })),
    "POST /order/getOrdersForApiV2#2": (c, ex) => c.call("POST", "/order/getOrdersForApiV2", ex),
    "PUT /order/api/delivery/split#1": (c, ex) => {
      const o = c.moveTo(c.order(2), 12);
      return c.call(
        "PUT",
        "/order/api/delivery/split",
        fill(ex, { orderId: o.raw.orderId, shipmentCode: firstItem(o).shipmentCode, cargoCompanyId: c.cargoId, orderItemId: firstItem(o).orderItemId }),
      );
    },
    // Labelled as a response by the export; it is the request that undoes a split.
    "PUT /order/api/delivery/cancel#1": async (c, ex) => {
      const o = c.moveTo(c.order(2), 12);
      const split = body(
        await c.call("PUT", "/order/api/delivery/split", {
          orderId: o.raw.orderId,
          shipmentCode: firstItem(o).shipmentCode,
          sellerAddressId: "5b2e1c0a-7d44-4f0e-9a51-08dcde201999",
          cargoCompanyId: c.cargoId,
          items: [{ orderItemId: firstItem(o).orderItemId, quantity: firstItem(o).quantity }],
        }),
      ).data as { shipmentCode: string };
      return c.call("PUT", "/order/api/delivery/cancel", fill(ex, { orderId: o.raw.orderId, shipmentCode: split.shipmentCode }));
    },
    "PUT /product/vatRate/bulk#1": (c, ex) => {
      const [a, b] = c.approved();
      return c.call("PUT", "/product/vatRate/bulk", {
        listingVatRates: (ex as { listingVatRates: Array<{ vatRate: number }> }).listingVatRates.map((r, i) => ({ ...r, productCode: [a, b][i].code })),
      });
    },
    "PUT /order/api/{id}/items/labor-costs#1": (c, ex) => {
      const o = c.order(1);
      return c.call("PUT", `/order/api/${o.raw.orderId}/items/labor-costs`, fill(ex, { orderItemId: firstItem(o).orderItemId }));
    },
    "POST /product-commercials#1": (c, ex) => c.call("POST", "/product-commercials", ex),
    "PUT /product-commercials#1": async (c, ex) => {
      const made = body(await c.call("POST", "/product-commercials", { isImported: true, type: 2, name: "d", title: "d", brand: "d", email: "d@example.com", address: "d" }))
        .data as {
        productCommercialList: Array<{ commercialId: string }>;
      };
      const id = made.productCommercialList[0].commercialId;
      const put = await c.call("PUT", `/product-commercials/id/${id}/product-commercial`, ex);
      if (put.status !== 200) return put;
      // "DELETE: route'dan şablon id girilerek silinir."
      return c.call("DELETE", `/product-commercials/id/${id}/product-commercial`);
    },
    "? /order/api/refund/revision#1": (c, ex) => c.call("POST", "/order/api/refund/revision", fill(ex, { refundId: c.waiting("return").raw.refundId, bytes: "iVBORw0KGgo=" })),
    "POST /product/external-status#1": (c, ex) => c.call("POST", "/product/external-status", fill(ex, { code: catalogCode(c) })),
    "POST /order/api/bulk-status-update#1": (c, ex) => {
      const o = c.moveTo(c.order(1), 12);
      return c.call("POST", "/order/api/bulk-status-update", {
        ...fill(ex, { cargoCompanyId: c.cargoId }),
        orderNumber: o.raw.orderNumber,
        orderItemIds: o.raw.items.map((i) => i.orderItemId),
      });
    },
  },
  unusable: {
    "? /product-commercials/id/{id}/product-commercial#1":
      "a fragment of the product create request (productCommercials), printed under the template address; the create's cases send it",
  },
  deliberate: [
    {
      example: "GET /sellerRegister/getSellerDelivery#1",
      path: "$.data.sellerShipmentAddresses",
      why: "3.26: the seller's addresses are in getSellerDelivery's sellerShipmentAddresses",
    },
    { example: "POST /order/getOrdersForApi#3", path: "$.data[].items[].sellerAddressId", why: "3.26 adds sellerAddressId to getOrdersForApi; the example is older" },
    ...["success", "messageCode", "message", "userMessage", "fromCache"].map((k) => ({
      example: "GET /listing-state/batch-id/{id}/lake-projections#1",
      path: `$.${k}`,
      why: "the envelope's keys, which the export's page break merged into the paging object",
    })),
    ...["successCount", "notCompletedCount", "failedCount", "processingCount"].map((k) => ({
      example: "GET /listing-state/batch-id/{id}/lake-projections#1",
      path: `$.${k}`,
      why: "the counts the second half of the same example shows (line 766)",
    })),
    { example: "PUT /order/updateOrderStatus#2", path: "$.fromCache", why: "every other envelope of the document has fromCache" },
    ...["totalAmount", "refundAmount"].flatMap((m) =>
      ["wholePartString", "fractionPartString", "decimalSeparator"].map((k) => ({
        example: "POST /order/getRefund#2",
        path: `$.data.refundList[].${m}.${k}`,
        why: "the cancellation list's example (3.23) shows the whole money object; one money shape",
      })),
    ),
    { example: "POST /order/getRefund#2", path: "$.data.refundList[].quantity", why: "3.25: SplitItems answers quantity per refund; the cancellation example has it too" },
    {
      example: "POST /order/api/cancel/items#2",
      path: "$.data.refundList[].refundNumber",
      why: "a refund's number, as getRefund's example has it: one refund row shape for both lists",
    },
  ],
  rules: [
    {
      endpoint: "POST /connect/token",
      rule: "a wrong client secret gets no token",
      run: async (c) => {
        const res = await c.sb.app.inject({
          method: "POST",
          url: "/connect/token",
          headers: { "content-type": "application/x-www-form-urlencoded", authorization: `Basic ${Buffer.from("fid:wrong").toString("base64")}` },
          payload: "grant_type=client_credentials&scope=merchantgatewayapi.fullaccess",
        });
        return { status: res.statusCode, body: res.json() };
      },
      expect: refused(400),
    },
    {
      endpoint: "ANY *",
      rule: "a token lives one hour",
      run: async (c) => {
        c.clock.t += 3600_000 + 1000;
        const a = await c.call("GET", "/parameter/cities");
        c.clock.t -= 3600_000 + 1000;
        return a;
      },
      expect: refused(401),
    },
    {
      endpoint: "POST /order/getOrdersForApi",
      rule: "the window is at most one month",
      run: (c) => c.call("POST", "/order/getOrdersForApi", { startDate: "2026-01-01", endDate: "2026-02-15" }),
      expect: refused(400),
    },
    {
      endpoint: "PUT /order/updateOrderStatus",
      rule: "an order item goes to 12 before anything else",
      run: (c) => {
        const o = c.order(1);
        return c.call("PUT", "/order/updateOrderStatus", { orderNumber: o.raw.orderNumber, item: { orderItemId: firstItem(o).orderItemId, status: 5 } });
      },
      expect: refused(400),
    },
    {
      endpoint: "PUT /order/updateOrderStatus",
      rule: "a digital item is delivered (11) or not (14), never shipped (5)",
      run: (c) => {
        const o = c.moveTo(createOrder(c.data, { createdAtMs: c.clock.t, deliveryType: 4 }), 12);
        return c.call("PUT", "/order/updateOrderStatus", {
          orderNumber: o.raw.orderNumber,
          item: { orderItemId: firstItem(o).orderItemId, status: 5, shippingTrackingNumber: "1", cargoCompanyId: c.cargoId },
        });
      },
      expect: refused(400),
    },
    {
      endpoint: "POST /product/create",
      rule: "Name is at most 100 characters",
      run: async (c) => {
        const sent = body(await c.call("POST", "/product/create", { products: [{ ...c.product, code: "FID-LONG", name: "x".repeat(101) }] })).data as { batchRequestId: string };
        c.clock.t += 1000;
        return c.call("GET", `/product/getProductBatchResult?BatchRequestId=${sent.batchRequestId}`);
      },
      expect: (a) => (body(a).data as { failedCount: number }).failedCount === 1,
    },
    {
      endpoint: "POST /product/create",
      rule: "a new product takes VAT 0, 1, 10 or 20",
      run: async (c) => {
        const sent = body(await c.call("POST", "/product/create", { products: [{ ...c.product, code: "FID-VAT18", vatRate: 18 }] })).data as { batchRequestId: string };
        c.clock.t += 1000;
        return c.call("GET", `/product/getProductBatchResult?BatchRequestId=${sent.batchRequestId}`);
      },
      expect: (a) => (body(a).data as { failedCount: number }).failedCount === 1,
    },
    {
      endpoint: "GET /product/getProductBatchResult",
      rule: "a batch is read for 4 hours",
      run: async (c) => {
        const sent = body(await c.call("POST", "/product/create", { products: [{ ...c.product, code: "FID-OLD" }] })).data as { batchRequestId: string };
        c.clock.t += 4 * 3600_000 + 1000;
        // A fresh token: the first one has expired by now.
        const tok = await c.sb.app.inject({
          method: "POST",
          url: "/connect/token",
          headers: { "content-type": "application/x-www-form-urlencoded", authorization: c.basic },
          payload: "grant_type=client_credentials",
        });
        const res = await c.sb.app.inject({
          method: "GET",
          url: `/product/getProductBatchResult?BatchRequestId=${sent.batchRequestId}`,
          headers: { authorization: `Bearer ${tok.json().access_token}` },
        });
        c.clock.t -= 4 * 3600_000 + 1000;
        return { status: res.statusCode, body: res.json() };
      },
      expect: refused(404),
    },
    {
      endpoint: "POST /product/updatePrice-v2",
      rule: "the same values again are not completed (the example's message)",
      run: async (c) => {
        const p = c.approved()[3];
        const id = body(await c.call("POST", "/product/updatePrice-v2", { items: [{ code: p.code, listPrice: p.listPrice, salePrice: p.salePrice }] })).data;
        c.clock.t += 1000;
        return c.call("GET", `/listing-state/batch-id/${id}/lake-projections?page=1&pageSize=10`);
      },
      expect: (a) => /önceki değerleriyle aynı olamaz/.test(JSON.stringify(a.body)),
    },
    {
      endpoint: "PUT /order/api/cancel",
      rule: "the seller answers a cancellation only with 2 or 3",
      run: (c) => c.call("PUT", "/order/api/cancel", { refundId: c.waiting("cancel").raw.refundId, status: 4 }),
      expect: refused(400),
    },
    {
      endpoint: "POST /order/updateRefund",
      rule: "a rejection but for an empty or missing package needs a photo",
      run: (c) => c.call("POST", "/order/updateRefund", { refundId: c.waiting("return").raw.refundId, status: 3, refundRejectType: 2, description: "defolu" }),
      expect: refused(400),
    },
    {
      endpoint: "POST /order/updateRefund",
      rule: "at most 3 files",
      run: (c) => {
        const f = { name: "a.png", bytes: "iVBORw0KGgo=" };
        return c.call("POST", "/order/updateRefund", {
          refundId: c.waiting("return").raw.refundId,
          status: 3,
          refundRejectType: 2,
          description: "x",
          documentObjects: [f, f, f, f],
        });
      },
      expect: refused(400),
    },
    {
      endpoint: "PUT /order/api/{id}/items/labor-costs",
      rule: "labour cost only while received, preparing or shipped",
      run: (c) => {
        const o = c.moveTo(c.order(1), 12, 5, 11);
        return c.call("PUT", `/order/api/${o.raw.orderId}/items/labor-costs`, { items: [{ orderItemId: firstItem(o).orderItemId, laborCost: 10, processCount: 1 }] });
      },
      expect: refused(400),
    },
    {
      endpoint: "PUT /order/api/delivery/split",
      rule: "the seller address is one of getSellerDelivery's",
      run: (c) => {
        const o = c.moveTo(c.order(2), 12);
        return c.call("PUT", "/order/api/delivery/split", {
          orderId: o.raw.orderId,
          shipmentCode: firstItem(o).shipmentCode,
          sellerAddressId: "00000000-0000-0000-0000-000000000000",
          cargoCompanyId: c.cargoId,
          items: [{ orderItemId: firstItem(o).orderItemId, quantity: 1 }],
        });
      },
      expect: refused(400),
    },
    {
      endpoint: "POST /product-commercials",
      rule: "a domestic template's type is 0 or 3",
      run: (c) => c.call("POST", "/product-commercials", { isImported: false, type: 1, name: "e", title: "e", brand: "e", email: "e@example.com", address: "e" }),
      expect: refused(400),
    },
    {
      endpoint: "POST /product/external-status",
      rule: "productStatus is 1 (open) or 10 (closed)",
      run: (c) => c.call("POST", "/product/external-status", { productItem: { code: catalogCode(c), productStatus: 5 } }),
      expect: (a) => a.status === 400 || /false/.test(JSON.stringify((a.body as { data?: unknown }).data)),
    },
  ],
};

/** A question still waiting for the seller's answer (each call takes the next one). */
function questionId(c: Ctx): string {
  const q = c.questions.find((x) => x.questionStatus === 0 && !c.usedQuestions.has(x.questionId))!;
  c.usedQuestions.add(q.questionId);
  return q.questionId;
}
function catalogCode(c: Ctx): string {
  return c.approved()[0].code;
}
