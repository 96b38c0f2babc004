// The Trendyol sandbox against the public facts about Trendyol's seller API (docs/MARKETPLACES-TRENDYOL.md,
// each fact with the developers.trendyol.com page it comes from). There is no document with JSON
// examples here: the "examples" are the fields those pages name (partial shapes), and the rules are
// the limits they state.
import type { FastifyInstance } from "fastify";
import { createTrendyolSandbox } from "../src/trendyol/app.ts";
import { type Answer, injector, type SandboxFidelity } from "./harness.ts";

const SELLER = "2738";
const START = Date.parse("2026-11-20T12:00:00Z");
const H = { authorization: `Basic ${Buffer.from("k:s").toString("base64")}`, "user-agent": `${SELLER} - PazarGraph` };

function start(watch: (app: FastifyInstance) => void) {
  const clock = { t: START };
  // The documented limits as they are: 50 requests per 10 s per endpoint, 50 per minute for brands and categories.
  const sb = createTrendyolSandbox({ sellerId: SELLER, apiKey: "k", apiSecret: "s", anchorMs: START, now: () => clock.t, batchDelayMs: 1000 });
  watch(sb.app);
  const raw = injector(sb.app, () => H);
  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    raw(method, `/integration${path.replace("{seller}", SELLER)}`, body, headers);
  /** Lets the rate windows pass, so that one case's calls do not count against the next. */
  const rest = () => {
    clock.t += 61_000;
  };
  const batch = async (answer: Promise<Answer>) => {
    const id = ((await answer).body as { batchRequestId: string }).batchRequestId;
    clock.t += 1000;
    return call("GET", `/product/sellers/{seller}/products/batch-requests/${id}`);
  };
  const product = () => sb.data.products[0];
  const pkg = (status: string) => sb.data.packages.find((p) => p.status === status)!;
  return { sb, call, clock, rest, batch, product, pkg };
}
type Ctx = ReturnType<typeof start>;

const refused = (status: number) => (a: Answer) => a.status === status;
const failureReasons = (a: Answer) => ((a.body as { items?: Array<{ failureReasons: string[] }> }).items ?? []).flatMap((i) => i.failureReasons).join(" ");

export const trendyolFidelity: SandboxFidelity<Ctx> = {
  name: "Trendyol",
  source: "docs/MARKETPLACES-TRENDYOL.md (developers.trendyol.com facts)",
  endpoints: [
    "GET /integration/order/sellers/{id}/orders",
    "PUT /integration/order/sellers/{id}/shipment-packages/{id}",
    "GET /integration/product/product-categories",
    "GET /integration/product/brands",
    "GET /integration/product/brands/by-name",
    "POST /integration/product/sellers/{id}/v2/products",
    "GET /integration/product/sellers/{id}/products/batch-requests/{id}",
    "POST /integration/inventory/sellers/{id}/products/price-and-inventory",
  ],
  examples: [
    { key: "POST /integration/product/sellers/{id}/v2/products#returns batchRequestId", json: { batchRequestId: "" }, partial: true },
    { key: "POST /integration/inventory/sellers/{id}/products/price-and-inventory#returns batchRequestId", json: { batchRequestId: "" }, partial: true },
    {
      key: "GET /integration/product/sellers/{id}/products/batch-requests/{id}#status and per-item failureReasons",
      json: { status: "COMPLETED", items: [{ failureReasons: [] }] },
      partial: true,
    },
  ],
  async start(watch) {
    const ctx = start(watch);
    return { ctx, app: ctx.sb.app };
  },
  responses: {
    "POST /integration/product/sellers/{id}/v2/products#returns batchRequestId": (c) => c.call("POST", "/product/sellers/{seller}/v2/products", { items: [{ barcode: "X" }] }),
    "POST /integration/inventory/sellers/{id}/products/price-and-inventory#returns batchRequestId": (c) =>
      c.call("POST", "/inventory/sellers/{seller}/products/price-and-inventory", { items: [{ barcode: c.product().barcode, quantity: 7 }] }),
    "GET /integration/product/sellers/{id}/products/batch-requests/{id}#status and per-item failureReasons": (c) =>
      c.batch(c.call("POST", "/inventory/sellers/{seller}/products/price-and-inventory", { items: [{ barcode: c.product().barcode, quantity: 8 }] })),
  },
  requests: {},
  unusable: {},
  deliberate: [],
  rules: [
    {
      endpoint: "ANY",
      rule: "a missing User-Agent is 403",
      run: (c) => c.call("GET", "/product/product-categories", undefined, { "user-agent": "" }),
      expect: refused(403),
    },
    {
      endpoint: "ANY",
      rule: "bad credentials are 401 ClientApiAuthenticationException",
      run: (c) => c.call("GET", "/order/sellers/{seller}/orders", undefined, { authorization: `Basic ${Buffer.from("k:x").toString("base64")}` }),
      expect: (a) => a.status === 401 && /ClientApiAuthenticationException/.test(JSON.stringify(a.body)),
    },
    {
      endpoint: "GET /integration/order/sellers/{id}/orders",
      rule: "50 requests per 10 s to one endpoint, then 429",
      run: async (c) => {
        c.rest();
        let last: Answer = { status: 0, body: null };
        for (let i = 0; i < 51; i++) last = await c.call("GET", "/order/sellers/{seller}/orders?page=0&size=1");
        c.rest();
        return last;
      },
      expect: refused(429),
    },
    {
      endpoint: "GET /integration/product/brands",
      rule: "brand and category lists: 50 per minute",
      run: async (c) => {
        c.rest();
        let last: Answer = { status: 0, body: null };
        for (let i = 0; i < 51; i++) {
          last = await c.call("GET", "/product/brands?page=0&size=1000");
          c.clock.t += 1000; // past the 10-second window: only the per-minute limit can refuse
        }
        c.rest();
        return last;
      },
      expect: refused(429),
    },
    {
      endpoint: "GET /integration/product/product-categories",
      rule: "the category tree answers",
      run: (c) => c.call("GET", "/product/product-categories"),
      expect: (a) => a.status === 200,
    },
    {
      endpoint: "GET /integration/product/brands/by-name",
      rule: "getBrandsName is case-sensitive",
      run: async (c) => {
        const name = c.sb.data.brands[0].name;
        const exact = await c.call("GET", `/product/brands/by-name?name=${encodeURIComponent(name)}`);
        const other = await c.call("GET", `/product/brands/by-name?name=${encodeURIComponent(name.toUpperCase() === name ? name.toLowerCase() : name.toUpperCase())}`);
        return { status: exact.status, body: [(exact.body as unknown[]).length, (other.body as unknown[]).length] };
      },
      expect: (a) => JSON.stringify(a.body) === "[1,0]",
    },
    {
      endpoint: "GET /integration/order/sellers/{id}/orders",
      rule: "pages are zero-based, at most 200",
      run: async (c) => {
        const ok = await c.call("GET", "/order/sellers/{seller}/orders?page=0&size=200");
        const big = await c.call("GET", "/order/sellers/{seller}/orders?page=0&size=201");
        const negative = await c.call("GET", "/order/sellers/{seller}/orders?page=-1&size=10");
        return { status: ok.status, body: [big.status, negative.status] };
      },
      expect: (a) => a.status === 200 && JSON.stringify(a.body) === "[400,400]",
    },
    {
      endpoint: "GET /integration/order/sellers/{id}/orders",
      rule: "the lookback is 3 months",
      run: (c) => c.call("GET", `/order/sellers/{seller}/orders?startDate=${START - 100 * 86400_000}&endDate=${START}`),
      expect: refused(400),
    },
    {
      endpoint: "PUT /integration/order/sellers/{id}/shipment-packages/{id}",
      rule: "the seller moves a package only to Picking or Invoiced",
      run: (c) => c.call("PUT", `/order/sellers/{seller}/shipment-packages/${c.pkg("Created").id}`, { status: "Shipped", lines: [] }),
      expect: refused(400),
    },
    {
      endpoint: "PUT /integration/order/sellers/{id}/shipment-packages/{id}",
      rule: "Invoiced takes an invoiceNumber",
      run: (c) => {
        const p = c.pkg("Picking");
        return c.call("PUT", `/order/sellers/{seller}/shipment-packages/${p.id}`, {
          status: "Invoiced",
          lines: p.lines.map((l) => ({ lineId: l.id, quantity: l.quantity })),
          params: { invoiceNumber: "FTR2026000001" },
        });
      },
      expect: (a) => a.status === 200,
    },
    {
      endpoint: "POST /integration/product/sellers/{id}/v2/products",
      rule: "at most 1000 items",
      run: (c) => c.call("POST", "/product/sellers/{seller}/v2/products", { items: Array.from({ length: 1001 }, (_, i) => ({ barcode: `B${i}` })) }),
      expect: refused(400),
    },
    {
      endpoint: "POST /integration/inventory/sellers/{id}/products/price-and-inventory",
      rule: "at most 1000 items",
      run: (c) =>
        c.call("POST", "/inventory/sellers/{seller}/products/price-and-inventory", { items: Array.from({ length: 1001 }, (_, i) => ({ barcode: `B${i}`, quantity: 1 })) }),
      expect: refused(400),
    },
    {
      endpoint: "POST /integration/inventory/sellers/{id}/products/price-and-inventory",
      rule: "quantity at most 20 000",
      run: (c) => c.batch(c.call("POST", "/inventory/sellers/{seller}/products/price-and-inventory", { items: [{ barcode: c.product().barcode, quantity: 20_001 }] })),
      expect: (a) => /quantity/.test(failureReasons(a)),
    },
    {
      endpoint: "POST /integration/inventory/sellers/{id}/products/price-and-inventory",
      rule: "listPrice ≥ salePrice",
      run: (c) => c.batch(c.call("POST", "/inventory/sellers/{seller}/products/price-and-inventory", { items: [{ barcode: c.product().barcode, salePrice: 100, listPrice: 90 }] })),
      expect: (a) => /listPrice/.test(failureReasons(a)),
    },
    {
      endpoint: "POST /integration/inventory/sellers/{id}/products/price-and-inventory",
      rule: "the identical body again within 15 minutes is refused, after them taken",
      run: async (c) => {
        const body = { items: [{ barcode: c.product().barcode, quantity: 11 }] };
        await c.call("POST", "/inventory/sellers/{seller}/products/price-and-inventory", body);
        const again = await c.call("POST", "/inventory/sellers/{seller}/products/price-and-inventory", body);
        c.clock.t += 15 * 60_000 + 1000;
        const later = await c.call("POST", "/inventory/sellers/{seller}/products/price-and-inventory", body);
        return { status: again.status, body: later.status };
      },
      expect: (a) => a.status === 400 && a.body === 200,
    },
    {
      endpoint: "GET /integration/product/sellers/{id}/products/batch-requests/{id}",
      rule: "IN_PROGRESS until it has run",
      run: async (c) => {
        const sent = await c.call("POST", "/product/sellers/{seller}/v2/products", { items: [{ barcode: "Y" }] });
        return c.call("GET", `/product/sellers/{seller}/products/batch-requests/${(sent.body as { batchRequestId: string }).batchRequestId}`);
      },
      expect: (a) => (a.body as { status: string }).status === "IN_PROGRESS",
    },
  ],
};
