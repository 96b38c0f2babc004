// The Pazarama sandbox: the read side of the seller API in 001_2030ddbdbe2ac23e.txt, on one Fastify
// app (token host and API host together), with the documented envelope everywhere, OAuth2 client
// credentials with 1-hour tokens, the order date-window rules, an admin API under /_sandbox for tests
// and demos, and fault injection.
import { randomBytes } from "node:crypto";
import formbody from "@fastify/formbody";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import { createFaultInjector, type FaultInjector, type FaultSettings } from "../common/faults.ts";
import { CARGO } from "../common/names.ts";
import { createOrder, generatePazaramaData, ITEM_STATUSES, type PazaramaData, type StoredOrder, setItemStatus } from "./data.ts";
import { envelope, fail, lower } from "./http.ts";
import { type PazaramaWriteState, registerOrderWrites, SELLER_ADDRESSES, splitItems } from "./order-writes.ts";
import { type PazaramaProductState, registerProductWrites } from "./product-writes.ts";

export const ADMIN_PREFIX = "/_sandbox";
const TOKEN_TTL_SECONDS = 3600;

export interface PazaramaSandboxOptions {
  /** @default 42 */
  seed?: number;
  clientId: string;
  clientSecret: string;
  /** Generated orders end at this instant. @default now */
  anchorMs?: number;
  /** @default 240 */
  orderCount?: number;
  /** How long a product create batch or a price/stock update takes to run. @default 1000 */
  batchDelayMs?: number;
  now?: () => number;
  logger?: boolean;
}

export interface PazaramaSandbox {
  app: FastifyInstance;
  data: PazaramaData;
  faults: FaultInjector;
  /** Calls per marketplace path since start or the last reset of stats. */
  stats: Map<string, number>;
}

/** Reads "2023-02-01" or "2023-02-01T13:30" (Istanbul local time) as epoch ms. */
export function parsePzDate(value: unknown): number | null {
  if (typeof value !== "string") return null;
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:\d{2})?\s*$/.exec(value);
  if (!m) return null;
  const utc = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  if (m[7]) return Date.parse(value.trim());
  return utc - 3 * 3600_000;
}

function plusOneMonth(ms: number): number {
  const d = new Date(ms);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + 1);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.getTime();
}

function intParam(value: unknown, fallback: number): number | null {
  if (value === undefined || value === null || value === "") return fallback;
  const n = Number(value);
  return Number.isInteger(n) ? n : null;
}

export function createPazaramaSandbox(options: PazaramaSandboxOptions): PazaramaSandbox {
  const now = options.now ?? Date.now;
  const data = generatePazaramaData({ seed: options.seed ?? 42, anchorMs: options.anchorMs ?? now(), orderCount: options.orderCount });
  const tokens = new Map<string, number>();
  const stats = new Map<string, number>();
  const faults = createFaultInjector();
  const app = Fastify({ logger: options.logger ?? false });
  app.register(formbody);
  faults.install(app, ADMIN_PREFIX);
  let writes: PazaramaWriteState | undefined;
  let products: PazaramaProductState | undefined;

  app.addHook("onRequest", async (req) => {
    const path = req.url.split("?")[0];
    if (!path.startsWith(ADMIN_PREFIX)) stats.set(path, (stats.get(path) ?? 0) + 1);
  });

  // ---- token host: connect/token (OAuth2 client credentials, Basic auth) ----
  app.post("/connect/token", async (req, reply) => {
    const auth = req.headers.authorization ?? "";
    const m = /^Basic\s+(.+)$/i.exec(auth);
    const body = lower(req.body);
    if (body.grant_type !== "client_credentials") return reply.code(400).send({ error: "unsupported_grant_type" });
    if (!m) return reply.code(401).send({ error: "invalid_client" });
    const [id, ...rest] = Buffer.from(m[1], "base64").toString("utf8").split(":");
    if (id !== options.clientId || rest.join(":") !== options.clientSecret) return reply.code(400).send({ error: "invalid_client" });
    if (body.scope !== undefined && body.scope !== "merchantgatewayapi.fullaccess") return reply.code(400).send({ error: "invalid_scope" });
    const token = randomBytes(24).toString("base64url");
    tokens.set(token, now() + TOKEN_TTL_SECONDS * 1000);
    return { access_token: token, expires_in: TOKEN_TTL_SECONDS, token_type: "Bearer", scope: "merchantgatewayapi.fullaccess" };
  });

  // ---- API host: every call needs a live bearer token ----
  app.register(async (api) => {
    api.addHook("onRequest", async (req, reply) => {
      const m = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? "");
      const exp = m ? tokens.get(m[1]) : undefined;
      if (!exp || exp <= now()) {
        reply.header("www-authenticate", exp ? 'Bearer error="invalid_token", error_description="The token expired"' : 'Bearer error="invalid_token"');
        return reply.code(401).send();
      }
    });

    api.get("/brand/getBrands", async (req, reply) => {
      const q = lower(req.query);
      const page = intParam(q.page, 1);
      const size = intParam(q.size, 10);
      if (page === null || page < 1 || size === null || size < 1) return fail(reply, 400, "Page ve Size pozitif tam sayı olmalıdır.");
      const name = typeof q.name === "string" ? q.name.toLocaleLowerCase("tr-TR") : "";
      const list = name ? data.brands.filter((b) => b.name.toLocaleLowerCase("tr-TR").includes(name)) : data.brands;
      return envelope(list.slice((page - 1) * size, page * size));
    });

    api.get("/category/getCategoryTree", async () => envelope(data.categories, { fromCache: true }));

    api.get("/category/getCategoryWithAttributes", async (req, reply) => {
      const id = lower(req.query).id;
      if (typeof id !== "string" || !id) return fail(reply, 400, "Id alanı zorunludur.");
      const c = data.categories.find((x) => x.id === id);
      if (!c) return fail(reply, 404, "Kategori bulunamadı.");
      return envelope({ id: c.id, name: c.name, displayName: c.displayName, description: c.description, attributes: data.attributes.get(c.id) ?? [] });
    });

    api.get("/parameter/cities", async () => envelope(data.cities, { messageCode: "0", fromCache: true }));

    api.get("/sellerRegister/getSellerDelivery", async () =>
      envelope({
        cargoCompany: {
          deliveryId: "f46132bc-1f24-47dc-b396-08d9720587ab",
          price: 29.9,
          campaignPrice: 0,
          campaignAmount: 500,
          campaignText: "500 TL ve üzeri alışverişinize ücretsiz kargo.",
          deliveryDuration: 2,
          deliveryDurationType: 0,
          deliveryDays: [],
          canDeliverWeekend: false,
          contracted: false,
          hybridCargo: false,
          divideCargo: true,
          isFixedShipmentAmount: false,
          approveStatus: -1,
          autoShipmentCode: false,
          cargoCompanies: CARGO.map((c) => ({ cargoCompanyId: c.id, cargoCardType: 1, cargoCompanyName: c.name })),
        },
        fastDelivery: null,
        storeDelivery: null,
        digital: null,
        donation: null,
        sellerShipmentAddresses: SELLER_ADDRESSES,
        sellerDeliveryPreferences: { canFastDelivery: false, canStoreDelivery: false, otherCargoOption: true, canEnteredOtherCargo: true, saturdayIsWorkDay: false },
      }),
    );

    const STATE_TEXT: Record<number, string> = {
      1: "Onay Bekliyor-İlk Onay",
      2: "Onay Bekliyor-Güncelleme",
      3: "Onaylandı",
      6: "Reddedildi-Değişiklik Bekleyen",
      7: "Redden Dönüp Güncellenenler",
    };

    api.get("/product/products", async (req, reply) => {
      products?.settle();
      const q = lower(req.query);
      const page = intParam(q.page, 1);
      const size = intParam(q.size, 10);
      if (page === null || page < 1 || size === null || size < 1) return fail(reply, 400, "Page ve Size pozitif tam sayı olmalıdır.");
      let list = data.products;
      if (q.approved !== undefined) {
        const approved = String(q.approved).toLowerCase() === "true";
        list = list.filter((p) => (p.state === 3) === approved);
      }
      if (typeof q.code === "string" && q.code) list = list.filter((p) => p.code === q.code);
      return envelope(
        list.slice((page - 1) * size, page * size).map((p) => ({
          name: p.name,
          displayName: p.displayName,
          description: p.state === 3 ? null : p.description,
          brandName: p.brandName,
          code: p.code,
          groupCode: p.groupCode,
          stockCount: p.stockCount,
          stockCode: p.stockCode,
          priorityRank: p.priorityRank,
          listPrice: p.listPrice,
          salePrice: p.salePrice,
          vatRate: p.vatRate,
          categoryName: p.categoryName,
          state: p.state,
          status: p.state === 3 ? null : STATE_TEXT[p.state],
          waitingApproveExp: p.state === 3 ? null : "",
          attributes: p.state === 3 ? null : p.attributes.map((a) => ({ attributeName: a.attributeName, attributeValue: a.attributeValue })),
          images: p.state === 3 ? null : p.images,
          deliveryTypes: null,
        })),
      );
    });

    api.post("/product/getProductDetail", async (req, reply) => {
      products?.settle();
      const code = lower(req.body).code;
      if (typeof code !== "string" || !code) return fail(reply, 400, "Code alanı zorunludur.");
      const p = data.products.find((x) => x.code === code);
      if (!p) return fail(reply, 404, "Ürün bulunamadı.", "PRD404");
      return envelope({
        name: p.name,
        displayName: p.displayName,
        description: p.description,
        brandId: p.brandId,
        brandName: p.brandName,
        code: p.code,
        stockCount: p.stockCount,
        stockCode: p.stockCode,
        priorityRank: p.priorityRank,
        vatRate: p.vatRate,
        listPrice: p.listPrice,
        salePrice: p.salePrice,
        installmentCount: 0,
        categoryId: p.categoryId,
        state: p.state,
        stateDescription: STATE_TEXT[p.state],
        attributes: p.attributes.map((a) => ({ attributeId: a.attributeId, attributeValueId: a.attributeValueId })),
        images: p.images,
        groupCode: p.groupCode,
        badges: [],
        isCatalogProduct: false,
      });
    });

    /** The documented window rule: start < end, end exclusive, at most one month apart. */
    function window(startRaw: unknown, endRaw: unknown, reply: FastifyReply): { start: number; end: number } | null {
      const start = parsePzDate(startRaw);
      const end = parsePzDate(endRaw);
      if (start === null || end === null) {
        fail(reply, 400, "StartDate ve EndDate YYYY-AA-GG biçiminde zorunludur.", "ORD1");
        return null;
      }
      if (end <= start) {
        fail(reply, 400, "Bitiş tarihi başlangıç tarihinden sonra olmalıdır.", "ORD1");
        return null;
      }
      if (end > plusOneMonth(start)) {
        fail(reply, 400, "Başlangıç ile bitiş tarihi arası 1 ayı geçemez.", "ORD2");
        return null;
      }
      return { start, end };
    }

    const ordersForApi = (split: boolean) => async (req: FastifyRequest, reply: FastifyReply) => {
      const b = lower(req.body);
      const w = window(b.startdate, b.enddate, reply);
      if (!w) return reply;
      let list = data.orders.filter((o) => o.createdAtMs >= w.start && o.createdAtMs < w.end);
      if (b.ordernumber !== undefined && b.ordernumber !== null) list = list.filter((o) => String(o.raw.orderNumber) === String(b.ordernumber));
      if (b.orderstatus !== undefined && b.orderstatus !== null) list = list.filter((o) => o.raw.items.some((i) => i.orderItemStatus === Number(b.orderstatus)));
      const pageSize = intParam(b.pagesize, 100);
      const pageNumber = intParam(b.pagenumber, 1);
      if (pageSize === null || pageSize < 1 || pageNumber === null || pageNumber < 1) return fail(reply, 400, "PageSize ve PageNumber pozitif tam sayı olmalıdır.", "ORD1");
      return envelope(
        list.slice((pageNumber - 1) * pageSize, pageNumber * pageSize).map((o) => (split ? { ...o.raw, items: splitItems(o.raw.items) } : o.raw)),
        { messageCode: "ORD0" },
      );
    };
    api.post("/order/getOrdersForApi", ordersForApi(false));
    api.post("/order/getOrdersForApiV2", ordersForApi(true));

    function refundList(kind: "return" | "cancel") {
      return async (req: FastifyRequest, reply: FastifyReply) => {
        const b = lower(req.body);
        const pageSize = intParam(b.pagesize, 10);
        const pageNumber = intParam(b.pagenumber, 1);
        if (pageSize === null || pageSize < 1 || pageNumber === null || pageNumber < 1) return fail(reply, 400, "PageSize ve PageNumber pozitif tam sayı olmalıdır.", "ORD1");
        let list = data.refunds.filter((r) => r.kind === kind);
        if (b.requeststartdate || b.requestenddate) {
          const start = b.requeststartdate ? parsePzDate(b.requeststartdate) : Number.NEGATIVE_INFINITY;
          const end = b.requestenddate ? parsePzDate(b.requestenddate) : Number.POSITIVE_INFINITY;
          if (start === null || end === null) return fail(reply, 400, "Tarih alanları YYYY-AA-GG biçiminde olmalıdır.", "ORD1");
          list = list.filter((r) => r.requestedAtMs >= start && r.requestedAtMs < end);
        }
        if (b.refundstatus !== undefined && b.refundstatus !== null) list = list.filter((r) => r.raw.refundStatus === Number(b.refundstatus));
        if (b.ordernumber !== undefined && b.ordernumber !== null) list = list.filter((r) => String(r.raw.orderNumber) === String(b.ordernumber));
        const rows = list.flatMap((r) => {
          const { orderItemId: _omit, ...raw } = r.raw;
          if (!b.splititems || raw.quantity <= 1) return [raw];
          // SplitItems: one row per unit, each with its own refundId and quantity 1 (3.25).
          return Array.from({ length: raw.quantity }, (_, i) => ({
            ...raw,
            refundId: i === 0 ? raw.refundId : `${raw.refundId.slice(0, 24)}${String(i).padStart(12, "0")}`,
            quantity: 1,
            refundAmount: raw.refundAmount,
          }));
        });
        const page = rows.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
        const all = data.refunds.filter((r) => r.kind === kind);
        return envelope(
          {
            responsePage: { pageSize, pageIndex: pageNumber, totalCount: rows.length, totalPages: Math.ceil(rows.length / pageSize) },
            pageReport: {
              totalRefundCount: all.length,
              totalWaitingRefundCount: all.filter((r) => r.raw.refundStatus === 1).length,
              totalApprovedRefundCount: all.filter((r) => [2, 4, 6, 8].includes(r.raw.refundStatus)).length,
              totalRejectedRefundCount: all.filter((r) => [3, 5].includes(r.raw.refundStatus)).length,
            },
            refundList: page,
          },
          { messageCode: "ORD0" },
        );
      };
    }
    api.post("/order/getRefund", refundList("return"));
    api.post("/order/api/cancel/items", refundList("cancel"));

    writes = registerOrderWrites(api, data, now);
    products = registerProductWrites(api, data, now, options.batchDelayMs ?? 1000);
  });

  // ---- admin API: not part of Pazarama; drives state for tests and demos ----
  app.register(
    async (admin) => {
      const findOrder = (n: string): StoredOrder | undefined => data.orders.find((o) => String(o.raw.orderNumber) === n);
      admin.get("/state", async () => ({
        orders: data.orders.length,
        refunds: data.refunds.length,
        products: data.products.length,
        categories: data.categories.length,
        brands: data.brands.length,
        sellerId: data.sellerId,
      }));
      admin.get("/stats", async () => Object.fromEntries(stats));
      admin.delete("/stats", async () => {
        stats.clear();
        return { ok: true };
      });
      admin.post("/orders", async (req, reply) => {
        const body = (req.body ?? {}) as { productCodes?: string[]; itemCount?: number; customerName?: string };
        try {
          const order = createOrder(data, { createdAtMs: now(), itemCount: body.itemCount ?? 1, productCodes: body.productCodes, customerName: body.customerName });
          return reply.code(201).send(order.raw);
        } catch (err) {
          return reply.code(400).send({ error: (err as Error).message });
        }
      });
      admin.get("/orders/:orderNumber", async (req, reply) => {
        const o = findOrder((req.params as { orderNumber: string }).orderNumber);
        return o ? o.raw : reply.code(404).send({ error: "no such order" });
      });
      admin.put("/orders/:orderNumber/status", async (req, reply) => {
        const o = findOrder((req.params as { orderNumber: string }).orderNumber);
        const status = Number((req.body as { status?: number })?.status);
        if (!o) return reply.code(404).send({ error: "no such order" });
        if (!(ITEM_STATUSES as readonly number[]).includes(status)) return reply.code(400).send({ error: `status must be one of ${ITEM_STATUSES.join(", ")}` });
        for (const item of o.raw.items) setItemStatus(data, o, item, status, now());
        return o.raw;
      });
      admin.put("/orders/:orderNumber/items/:orderItemId/status", async (req, reply) => {
        const p = req.params as { orderNumber: string; orderItemId: string };
        const o = findOrder(p.orderNumber);
        const item = o?.raw.items.find((i) => i.orderItemId === p.orderItemId);
        const status = Number((req.body as { status?: number })?.status);
        if (!o || !item) return reply.code(404).send({ error: "no such order item" });
        if (!(ITEM_STATUSES as readonly number[]).includes(status)) return reply.code(400).send({ error: `status must be one of ${ITEM_STATUSES.join(", ")}` });
        setItemStatus(data, o, item, status, now());
        return o.raw;
      });
      admin.get("/orders/:orderNumber/writes", async (req, reply) => {
        const o = findOrder((req.params as { orderNumber: string }).orderNumber);
        if (!o || !writes) return reply.code(404).send({ error: "no such order" });
        const ids = o.raw.items.map((i) => i.orderItemId);
        const w = writes;
        return {
          invoiceLinks: Object.fromEntries(ids.filter((id) => w.invoiceLinks.has(id)).map((id) => [id, w.invoiceLinks.get(id)])),
          laborCosts: Object.fromEntries(ids.filter((id) => w.laborCosts.has(id)).map((id) => [id, w.laborCosts.get(id)])),
        };
      });
      admin.get("/refunds/:refundId", async (req, reply) => {
        const r = data.refunds.find((x) => x.raw.refundId === (req.params as { refundId: string }).refundId);
        return r ? { ...r.raw, kind: r.kind, notes: writes?.refundNotes.get(r.raw.refundId) ?? [] } : reply.code(404).send({ error: "no such refund" });
      });
      admin.post("/batches/flush", async () => {
        if (!products) return { flushed: 0 };
        for (const b of products.batches.values()) b.readyAtMs = 0;
        for (const b of products.listings.values()) b.readyAtMs = 0;
        products.settle();
        return { flushed: products.batches.size + products.listings.size };
      });
      admin.get("/products/:code/extra", async (req, reply) => {
        const code = (req.params as { code: string }).code;
        const p = data.products.find((x) => x.code === code);
        if (!p || !products) return reply.code(404).send({ error: "no such product" });
        return {
          product: p,
          saleLimit: products.saleLimits.get(code) ?? null,
          productStatus: products.productStatus.get(code) ?? null,
          commercials: products.productCommercials.get(code) ?? null,
        };
      });
      admin.get("/questions", async () => products?.questions ?? []);
      admin.put("/faults", async (req) => {
        faults.set((req.body ?? {}) as FaultSettings);
        return faults.settings;
      });
      admin.delete("/faults", async () => {
        faults.clear();
        return { ok: true };
      });
      admin.post("/tokens/expire", async () => {
        for (const t of tokens.keys()) tokens.set(t, 0);
        return { expired: tokens.size };
      });
    },
    { prefix: ADMIN_PREFIX },
  );

  return { app, data, faults, stats };
}
