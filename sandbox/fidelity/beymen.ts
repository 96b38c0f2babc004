// The Beymen sandbox against its document (documents/beymen.txt, the partner API's own pages): every
// JSON example, every documented endpoint, every documented rule.
import { readFileSync } from "node:fs";
import type { FastifyInstance } from "fastify";
import { createBeymenSandbox } from "../src/beymen/app.ts";
import { CLAIM_STATUS, createClaim, createOrder, SHIPMENT_STATUS, shipmentUpdate } from "../src/beymen/data.ts";
import { readDocument } from "./extract.ts";
import { type Answer, fill, injector, type SandboxFidelity } from "./harness.ts";

const doc = readDocument(readFileSync(new URL("./documents/beymen.txt", import.meta.url), "utf8"));
const START = Date.parse("2026-11-20T09:00:00Z");

function start(watch: (app: FastifyInstance) => void) {
  const clock = { t: START };
  const sb = createBeymenSandbox({ apiKey: "k", apiPassword: "p", seed: 11, anchorMs: START, now: () => clock.t, batchDelayMs: 1000 });
  watch(sb.app);
  const auth = `Basic ${Buffer.from("k:p").toString("base64")}`;
  const call = injector(sb.app, () => ({ authorization: auth }));
  const data = sb.data;
  /** A fresh order of one package in NewOrder: n lines, q units each. */
  const order = (lines: number, quantity: number) => {
    const onSale = data.products.filter((p) => p.status.status === "OnSale").slice(0, lines);
    return createOrder(data, { orderDateMs: clock.t, productIds: onSale.map((p) => p.id), quantity });
  };
  const shipped = () => {
    const pkg = order(1, 1);
    shipmentUpdate(pkg, SHIPMENT_STATUS.Shipped, { trackingNumber: "T1", cargoCompanyCode: "YRTICI" }, clock.t);
    return pkg;
  };
  /** A claim waiting for the seller's action (received). */
  const claimToAnswer = () => {
    const pkg = shipped();
    shipmentUpdate(pkg, SHIPMENT_STATUS.DeliveredToCustomer, { trackingNumber: "T1", cargoCompanyCode: "YRTICI" }, clock.t);
    return createClaim(data, pkg, clock.t, CLAIM_STATUS.ActionNeeded);
  };
  /** A product the batch create takes: a leaf category and its required attributes. */
  const newProduct = (barcode: string) => {
    const template = data.products.find((p) => p.status.status === "OnSale")!;
    const category = data.categories.get(template.category.id)!;
    return {
      name: "Sandbox Ürünü",
      barcode,
      modelCode: `M-${barcode}`,
      description: "Açıklama",
      brandId: template.brand.id,
      categoryId: category.id,
      platformColor: template.platformColor.id,
      size: template.size.id,
      gender: template.gender.id,
      stockRequest: { stock: { count: "5" } },
      priceRequest: { salesPrice: { value: "100.50", currency: "TRY" }, platformPrice: { value: "99.90", currency: "TRY" } },
      vatRate: "20",
      images: ["https://placeimg.com/640/480/city"],
      attributes: category.attributes.map((a) => ({ attributeId: a.id, attributeOptionValue: a.isFreeText ? "serbest" : String(a.items[0].id) })),
    };
  };
  const batchResult = async (post: Promise<Answer>) => {
    const id = (((await post).body ?? {}) as { processId?: string }).processId;
    clock.t += 1000;
    return call("GET", `/batch/products/${id}`);
  };
  return { sb, data, call, clock, order, shipped, claimToAnswer, newProduct, batchResult };
}
type Ctx = ReturnType<typeof start>;

const firstOf = (status: string) => (c: Ctx) => c.data.products.find((p) => p.status.status === status)!;
const refused = (status: number) => (a: Answer) => a.status === status;

export const beymenFidelity: SandboxFidelity<Ctx> = {
  name: "Beymen",
  source: "documents/beymen.txt (the partner API document)",
  endpoints: doc.endpoints.map((e) => `${e.method} ${e.path}`),
  examples: doc.examples.map((x) => ({ key: `${x.endpoint}#${x.ordinal}`, json: x.json, line: x.line })),
  async start(watch) {
    const ctx = start(watch);
    return { ctx, app: ctx.sb.app };
  },
  responses: {
    "ANY *#1": (c) => c.call("GET", "/orders", undefined, { authorization: "" }),
    "POST /batch/products#1": (c) => c.call("POST", "/batch/products", [c.newProduct("FID-0001")]),
    "GET /batch/products/{id}#1": (c) => c.batchResult(c.call("POST", "/batch/products", [c.newProduct("FID-0002")])),
    "POST /batch/update/products#1": (c) => {
      const p = firstOf("OnSale")(c);
      return c.call("POST", "/batch/update/products", [{ id: p.id, name: p.name, description: p.description }]);
    },
    // The document's own failing update (a seller colour of more than 30 characters), on a product of the sandbox.
    "GET /batch/products/{id}#2": (c) => {
      const update = fill(doc.examples.find((x) => x.endpoint === "POST /batch/update/products" && x.ordinal === 2)!.json, { id: firstOf("OnSale")(c).id });
      return c.batchResult(c.call("POST", "/batch/update/products", update));
    },
    "GET /products/{id}#1": (c) => c.call("GET", `/products/${firstOf("OnSale")(c).id}`),
    "PUT /products/{id}/status/notOnSale#1": (c) => c.call("PUT", `/products/${firstOf("NotOnSale")(c).id}/status/notOnSale`),
    "GET /products#1": (c) => c.call("GET", "/products?page=0&size=10"),
    "GET /attributes/all#1": (c) => c.call("GET", "/attributes/all?type=Brand"),
    "GET /attributes#1": (c) => c.call("GET", "/attributes?type=Brand&page=0&size=10"),
    "GET /attributes#2": (c) => c.call("GET", "/attributes?type=Gender&page=0&size=10"),
    "GET /attributes#3": (c) => c.call("GET", "/attributes?type=Size&page=0&size=10"),
    "GET /attributes#4": (c) => c.call("GET", "/attributes?type=Color&page=0&size=10"),
    "GET /categories#1": (c) => c.call("GET", "/categories?page=0&size=10"),
    "GET /categories/{id}#1": (c) => {
      const leaf = [...c.data.categories.values()].find((x) => !x.children.length && x.attributes.some((a) => a.items.length))!;
      return c.call("GET", `/categories/${leaf.id}`);
    },
    "GET /orders#1": (c) => c.call("GET", "/orders?page=0&size=10"),
    "GET /orders#2": (c) => c.call("GET", "/orders?shipmentStatus=Cancelled&page=0&size=10"),
    "GET /claims#1": (c) => c.call("GET", "/claims?page=0&size=10"),
    "GET /financial/transactions#1": (c) => c.call("GET", "/financial/transactions?page=0&size=10"),
    "GET /financial/invoices#1": (c) => c.call("GET", "/financial/invoices?page=0&size=10"),
    "GET /financial/invoice/{id}#1": (c) => {
      const commission = c.data.invoices.find((i) => i.invoiceType === 0 && (c.data.invoiceDetails.get(i.invoiceNumber) ?? []).length)!;
      return c.call("GET", `/financial/invoice/${commission.invoiceNumber}`);
    },
    "GET /financial/transaction/future#1": (c) => c.call("GET", "/financial/transaction/future"),
    "GET /financial/statements#1": (c) => c.call("GET", "/financial/statements?startDate=2026-08-01&endDate=2026-10-01"),
  },
  requests: {
    // The create payload as the document writes it ("787", "83.38", "0" as strings): taken, with a process id.
    "POST /batch/products#2": (c, body) => c.call("POST", "/batch/products", body),
    "POST /batch/update/products#2": (c, body) => c.call("POST", "/batch/update/products", fill(body, { id: firstOf("OnSale")(c).id })),
    "PUT /products/{id}/price-stock#1": (c, body) => c.call("PUT", `/products/${firstOf("OnSale")(c).id}/price-stock`, body),
    "PUT /products/{id}/language-definition#1": (c, body) => c.call("PUT", `/products/${firstOf("OnSale")(c).id}/language-definition`, body),
    "POST /orders/{id}/divide#1": (c, body) => {
      const pkg = c.order(2, 3);
      const [a, b] = pkg.raw.shipmentLines;
      const ids = [a.productId, b.productId];
      const products = (body as { products: Array<{ productId: string; quantity: number }> }).products.map((p, i) => ({ ...p, productId: ids[i] }));
      return c.call("POST", `/orders/${pkg.raw.mpOrderId}/divide`, { products });
    },
    "POST /orders/{id}/divide/multiple#1": (c, body) => {
      const pkg = c.order(5, 1);
      const ids = pkg.raw.shipmentLines.map((l) => l.orderLineId);
      // The example's "1", "2", " 3" and "4", as this package's own line ids (the stray space kept).
      const groups = (body as { orderLineGroups: Array<{ orderLineIds: string[] }> }).orderLineGroups.map((g) => ({
        orderLineIds: g.orderLineIds.map((x) => x.replace(/\d+/, (n) => ids[Number(n) - 1])),
      }));
      return c.call("POST", `/orders/${pkg.raw.id}/divide/multiple`, { orderLineGroups: groups });
    },
    "PUT /orders/{id}/alternativeDelivery#1": (c, body) => c.call("PUT", `/orders/${c.order(1, 1).raw.id}/alternativeDelivery`, body),
    "POST /orders/{id}/invoice#1": (c, body) => c.call("POST", `/orders/${c.order(1, 1).raw.mpOrderId}/invoice`, body),
    "PATCH /claims/{id}/approve#1": (c, body) => {
      const claim = c.claimToAnswer();
      return c.call("PATCH", `/claims/${claim.raw.id}/approve`, fill(body, { productId: claim.raw.shipmentLines[0].productId }));
    },
    // A skeleton ("string", quantity 0): sent with its placeholders filled with the claim's own product, one unit and an image.
    "PATCH /claims/{id}/dispute#1": (c, body) => {
      const claim = c.claimToAnswer();
      return c.call(
        "PATCH",
        `/claims/${claim.raw.id}/dispute`,
        fill(body, { productId: claim.raw.shipmentLines[0].productId, quantity: 1, images: ["https://cdn.example.com/1.jpg"] }),
      );
    },
    "PUT /orders/{id}/shipment/status#1": (c, body) => c.call("PUT", `/orders/${c.shipped().raw.id}/shipment/status`, body),
  },
  unusable: {
    "PUT /orders/{id}/status/cancel#1":
      'a skeleton (productId "string", quantity 0, shipmentLineStatus 1) that the text under it contradicts: a seller\'s cancel sends shipmentLineStatus 32; the rules below check both',
  },
  // The sandbox answers one shape per resource; these examples show part of it.
  deliberate: [
    ...["merchantName", "companyName", "canceledDateTime", "fraudCheck", "fraudDate", "isAlternativeDelivery"].map((k) => ({
      example: "GET /orders#1",
      path: `$.items[].${k}`,
      why: "in the Order table under the example, not in the example",
    })),
    ...["paymentPeriod", "shipmentTrackingUrl", "customerPhoneNumber", "deliveryType", "isReturnedShipment"].map((k) => ({
      example: "GET /orders#1",
      path: `$.items[].${k}`,
      why: "in the cancelled-orders example of the same list (GET /orders#2): one package shape for both",
    })),
    { example: "GET /products/{id}#1", path: "$.isReturnForbidden", why: "in the product list's example (line 449): one product shape for the list and the detail" },
  ],
  rules: [
    {
      endpoint: "ANY *",
      rule: "a wrong ApiKey:ApiPassword is 401",
      run: (c) => c.call("GET", "/orders", undefined, { authorization: `Basic ${Buffer.from("k:x").toString("base64")}` }),
      expect: refused(401),
    },
    {
      endpoint: "POST /batch/products",
      rule: "vatRate is one of 0, 1, 10, 20",
      run: (c) => c.batchResult(c.call("POST", "/batch/products", [{ ...c.newProduct("FID-VAT"), vatRate: 18 }])),
      expect: (a) => (a.body as Array<{ isSuccess: boolean }>)[0]?.isSuccess === false,
    },
    {
      endpoint: "POST /batch/products",
      rule: "required fields (barcode) are required",
      run: (c) => c.batchResult(c.call("POST", "/batch/products", [{ ...c.newProduct("FID-REQ"), barcode: "" }])),
      expect: (a) => /barcode/.test(JSON.stringify(a.body)) && (a.body as Array<{ isSuccess: boolean }>)[0]?.isSuccess === false,
    },
    {
      endpoint: "POST /batch/products",
      rule: "a category with children takes no product (hasChild: true)",
      run: (c) => c.batchResult(c.call("POST", "/batch/products", [{ ...c.newProduct("FID-LEAF"), categoryId: "10004" }])),
      expect: (a) => (a.body as Array<{ isSuccess: boolean }>)[0]?.isSuccess === false,
    },
    {
      endpoint: "GET /batch/products/{id}",
      rule: "a batch's result is empty until it has run",
      run: async (c) => c.call("GET", `/batch/products/${((await c.call("POST", "/batch/products", [c.newProduct("FID-WAIT")])).body as { processId: string }).processId}`),
      expect: (a) => Array.isArray(a.body) && a.body.length === 0,
    },
    {
      endpoint: "POST /batch/update/products",
      rule: "the seller colour is at most 30 characters",
      run: (c) => {
        const p = firstOf("OnSale")(c);
        return c.batchResult(c.call("POST", "/batch/update/products", [{ id: p.id, name: p.name, description: "x", merchantColor: "x".repeat(31) }]));
      },
      expect: (a) => /30 karakter/.test(JSON.stringify(a.body)),
    },
    {
      endpoint: "PUT /products/{id}/status/onSale",
      rule: "a product already on sale cannot be put on sale",
      run: (c) => c.call("PUT", `/products/${firstOf("OnSale")(c).id}/status/onSale`),
      expect: refused(400),
    },
    {
      endpoint: "PUT /products/{id}/status/notOnSale",
      rule: "a product on sale can be taken off sale",
      run: (c) => c.call("PUT", `/products/${firstOf("OnSale")(c).id}/status/notOnSale`),
      expect: (a) => a.status === 200,
    },
    {
      endpoint: "PUT /orders/{id}/status/picking",
      rule: "only a NewOrder package is picked",
      run: async (c) => {
        const pkg = c.order(1, 1);
        await c.call("PUT", `/orders/${pkg.raw.id}/status/picking`);
        return c.call("PUT", `/orders/${pkg.raw.id}/status/picking`);
      },
      expect: refused(400),
    },
    {
      endpoint: "POST /orders/{id}/divide",
      rule: "only NewOrder and ReadyToShip packages are divided",
      run: (c) => c.call("POST", `/orders/${c.shipped().raw.id}/divide`, { products: [] }),
      expect: refused(400),
    },
    {
      endpoint: "PUT /orders/{id}/alternativeDelivery",
      rule: "DeliveryType is 0 or 1",
      run: (c) => c.call("PUT", `/orders/${c.order(1, 1).raw.id}/alternativeDelivery`, { DeliveryType: 5, ShipmentTrackingNumber: "1", CargoCompanyCode: "YRTICI" }),
      expect: refused(400),
    },
    {
      endpoint: "PATCH /orders/{id}/alternativeDelivery/deliveredToCustomer",
      rule: "only an alternative delivery is marked delivered this way",
      run: (c) => c.call("PATCH", `/orders/${c.shipped().raw.id}/alternativeDelivery/deliveredToCustomer`),
      expect: refused(400),
    },
    {
      endpoint: "PATCH /orders/{id}/alternativeDelivery/undeliverable",
      rule: "only an alternative delivery is marked undeliverable this way",
      run: (c) => c.call("PATCH", `/orders/${c.shipped().raw.id}/alternativeDelivery/undeliverable`),
      expect: refused(400),
    },
    {
      endpoint: "POST /orders/{id}/invoice",
      rule: "an invoice is jpeg, jpg, png or pdf",
      run: (c) => c.call("POST", `/orders/${c.order(1, 1).raw.id}/invoice`, { InvoiceNumber: "F1", InvoiceUrl: "https://cdn.example.com/f.docx" }),
      expect: refused(400),
    },
    {
      endpoint: "DELETE /orders/{id}/invoice",
      rule: "a package without an invoice has none to delete",
      run: (c) => c.call("DELETE", `/orders/${c.order(1, 1).raw.id}/invoice`),
      expect: refused(400),
    },
    {
      endpoint: "PUT /orders/{id}/status/cancel",
      rule: "a seller's cancel sends shipmentLineStatus 32",
      run: (c) => {
        const pkg = c.order(1, 1);
        return c.call("PUT", `/orders/${pkg.raw.id}/status/cancel`, {
          products: [{ productId: pkg.raw.shipmentLines[0].productId, quantity: 1, cancelReasonStatus: 2, shipmentLineStatus: 1 }],
        });
      },
      expect: refused(400),
    },
    {
      endpoint: "PUT /orders/{id}/status/cancel",
      rule: "a seller's cancel with shipmentLineStatus 32 is taken",
      run: (c) => {
        const pkg = c.order(1, 1);
        return c.call("PUT", `/orders/${pkg.raw.id}/status/cancel`, {
          products: [{ productId: pkg.raw.shipmentLines[0].productId, quantity: 1, cancelReasonStatus: 2, shipmentLineStatus: 32 }],
        });
      },
      expect: (a) => a.status === 200,
    },
    {
      endpoint: "PATCH /claims/{id}/receive",
      rule: "only a new claim is received",
      run: (c) => c.call("PATCH", `/claims/${c.claimToAnswer().raw.id}/receive`),
      expect: refused(400),
    },
    {
      endpoint: "PATCH /claims/{id}/dispute",
      rule: "a dispute other than PackageIsEmpty needs an image",
      run: (c) => {
        const claim = c.claimToAnswer();
        return c.call("PATCH", `/claims/${claim.raw.id}/dispute`, {
          items: [{ productId: claim.raw.shipmentLines[0].productId, quantity: 1, reasonType: 1, images: [], description: "x" }],
        });
      },
      expect: refused(400),
    },
    {
      endpoint: "PUT /orders/{id}/shipment/status",
      rule: "status is 4, 8 or 16",
      run: (c) => c.call("PUT", `/orders/${c.shipped().raw.id}/shipment/status`, { trackingNumber: "1", cargoCompanyCode: "YRTICI", status: 2 }),
      expect: refused(400),
    },
    {
      endpoint: "GET /financial/statements",
      rule: "the window is 30 to 90 days",
      run: (c) => c.call("GET", "/financial/statements?startDate=2026-10-01&endDate=2026-10-10"),
      expect: (a) => a.status === 400 && /min 30 - max 90/.test(JSON.stringify(a.body)),
    },
    {
      endpoint: "GET /orders",
      rule: "shipmentStatus is one of the documented values",
      run: (c) => c.call("GET", "/orders?shipmentStatus=Lost&page=0&size=10"),
      expect: refused(400),
    },
  ],
};
