// The Penta sandbox: a distributor's dealer API modelled on the one public trace of it (a dealer's
// open-source REST-to-XML bridge): GET /api/products and /api/brands under a dealer token sent raw in
// the Authorization header; products filtered by ProductType (required: 1 hardware, 2 licences, 3
// both), FieldsKey (all-fields | only-price | only-stock), Stock, Category, Brand, ProductId and
// UpdateDate (D.MM.YYYY: changed on or after that day, Istanbul time), paged by Page and PageSize,
// answered `{ data, pageCount }`; prices for the dealer (customerPrice), the end user and a special
// price, each with its currency ("TL"); stock per storage place as text, "200+" above 200, 2011 being
// the external warehouse.
//
// Not verified (no public document; the sandbox decides): the largest PageSize (500 here), 1-based
// pages, the error bodies (`{ message }` with 400/401/404), the brands answer's shape, the time of day
// UpdateDate counts from, and the whole order API — placing a dealer order from a storage place
// (POST /api/orders with the dealer's own reference, idempotent by it), reading it back and its
// statuses RECEIVED → PREPARING → SHIPPED (with cargo) → DELIVERED or CANCELLED. Penta takes orders
// through its dealer portal; this is the shape PazarGraph assumes until a real API is documented.
import Fastify, { type FastifyInstance, type FastifyReply } from "fastify";
import { commonAdminRoutes } from "../common/admin.ts";
import { createFaultInjector, type FaultInjector } from "../common/faults.ts";
import { brandList, generatePentaData, ORDER_STATUSES, type PentaData, type PentaOrder, type PentaOrderStatus, productView, STORAGE_PLACES } from "./data.ts";

export const PENTA_ADMIN_PREFIX = "/_sandbox";
export const MAX_PAGE_SIZE = 500;
const FIELDS = ["all-fields", "only-price", "only-stock"] as const;
const DAY = /^(\d{1,2})\.(\d{2})\.(\d{4})$/;
const ISTANBUL_OFFSET_MS = 3 * 3_600_000;

export interface PentaSandboxOptions {
  /** The dealer token the sandbox accepts. */
  token: string;
  /** @default 42 */
  seed?: number;
  anchorMs?: number;
  productCount?: number;
  now?: () => number;
  logger?: boolean;
}

export interface PentaSandbox {
  app: FastifyInstance;
  data: PentaData;
  faults: FaultInjector;
  stats: Map<string, number>;
}

const fail = (reply: FastifyReply, status: number, message: string) => reply.code(status).send({ success: false, message });

/** D.MM.YYYY as the start of that day in Istanbul; null when it is not such a day. */
export function parsePentaDay(text: string): number | null {
  const m = DAY.exec(text);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const at = Date.UTC(y, mo - 1, d);
  const back = new Date(at);
  if (back.getUTCDate() !== d || back.getUTCMonth() !== mo - 1) return null;
  return at - ISTANBUL_OFFSET_MS;
}

function orderView(o: PentaOrder) {
  return {
    orderID: o.orderID,
    reference: o.reference,
    storagePlace: o.storagePlace,
    status: o.status,
    lines: o.lines.map((l) => ({ ...l, currency: "TL" })),
    total: Math.round(o.lines.reduce((s, l) => s + l.unitPrice * l.quantity, 0) * 100) / 100,
    cargo: o.cargo,
    createdAt: new Date(o.createdAtMs).toISOString(),
    updatedAt: new Date(o.updatedAtMs).toISOString(),
  };
}

export function createPentaSandbox(options: PentaSandboxOptions): PentaSandbox {
  const now = options.now ?? Date.now;
  const data = generatePentaData({ seed: options.seed ?? 42, anchorMs: options.anchorMs ?? now(), productCount: options.productCount });
  const stats = new Map<string, number>();
  const faults = createFaultInjector();
  const app = Fastify({ logger: options.logger ?? false });
  faults.install(app, PENTA_ADMIN_PREFIX);

  app.addHook("preHandler", async (req, reply) => {
    if (!(req.routeOptions.url ?? "").startsWith("/api/")) return;
    if (req.headers.authorization !== options.token) return fail(reply, 401, "Unauthorized: a valid dealer token is required");
  });
  app.addHook("onResponse", async (req) => {
    const pattern = req.routeOptions.url;
    if (pattern?.startsWith("/api/")) stats.set(`${req.method} ${pattern}`, (stats.get(`${req.method} ${pattern}`) ?? 0) + 1);
  });
  app.setNotFoundHandler((req, reply) => fail(reply, 404, `No endpoint ${req.method} ${req.url.split("?")[0]}`));
  app.setErrorHandler((err: { statusCode?: number; message: string }, _req, reply) =>
    fail(reply, err.statusCode && err.statusCode < 500 ? err.statusCode : 500, err.statusCode && err.statusCode < 500 ? err.message : "Internal error"),
  );

  app.get("/api/products", async (req, reply) => {
    const q = req.query as Record<string, string | undefined>;
    if (!["1", "2", "3"].includes(q.ProductType ?? "")) return fail(reply, 400, "ProductType is required: 1 (XML), 2 (Lisans) or 3 (XML+Lisans)");
    const fields = (q.FieldsKey ?? "all-fields") as (typeof FIELDS)[number];
    if (!FIELDS.includes(fields)) return fail(reply, 400, `FieldsKey must be one of ${FIELDS.join(", ")}`);
    if (q.Stock !== undefined && !["true", "false"].includes(q.Stock.toLowerCase())) return fail(reply, 400, "Stock must be true or false");
    const page = q.Page === undefined ? 1 : Number(q.Page);
    const size = q.PageSize === undefined ? 100 : Number(q.PageSize);
    if (!Number.isInteger(page) || page < 1) return fail(reply, 400, "Page must be 1 or more");
    if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) return fail(reply, 400, `PageSize must be 1 to ${MAX_PAGE_SIZE}`);
    let since: number | null = null;
    if (q.UpdateDate !== undefined) {
      since = parsePentaDay(q.UpdateDate);
      if (since === null) return fail(reply, 400, "UpdateDate must be a day as D.MM.YYYY, e.g. 4.12.2026");
    }
    const type = Number(q.ProductType);
    const rows = data.products.filter(
      (p) =>
        (type === 3 || p.type === type) &&
        (q.Stock?.toLowerCase() !== "true" || p.type === 2 || Object.values(p.stocks).some((n) => n > 0)) &&
        (q.Category === undefined || p.categoryId === q.Category) &&
        (q.Brand === undefined || brandList().find((b) => b.brandID === q.Brand)?.brandName === p.brand) &&
        (q.ProductId === undefined || p.productID === q.ProductId) &&
        (since === null || p.updatedAtMs >= since),
    );
    const pageCount = Math.ceil(rows.length / size);
    return { data: rows.slice((page - 1) * size, page * size).map((p) => productView(p, fields)), pageCount };
  });

  app.get("/api/brands", async () => ({ data: brandList() }));

  app.post("/api/orders", async (req, reply) => {
    const b = (req.body ?? {}) as { reference?: unknown; storagePlace?: unknown; lines?: unknown };
    if (typeof b.reference !== "string" || !/^[A-Za-z0-9._:-]{1,64}$/.test(b.reference)) return fail(reply, 400, "reference: 1 to 64 letters, digits, '.', '_', ':' or '-'");
    const known = data.orders.find((o) => o.reference === b.reference);
    if (known) return reply.code(200).send({ success: true, data: orderView(known) }); // the same order again: idempotent by reference
    if (typeof b.storagePlace !== "string" || !STORAGE_PLACES[b.storagePlace]) return fail(reply, 400, `storagePlace must be one of ${Object.keys(STORAGE_PLACES).join(", ")}`);
    const place = b.storagePlace;
    if (!Array.isArray(b.lines) || !b.lines.length || b.lines.length > 100) return fail(reply, 400, "lines: 1 to 100");
    const wanted = new Map<string, number>();
    for (const l of b.lines as Array<{ productID?: unknown; quantity?: unknown }>) {
      if (typeof l?.productID !== "string" || !Number.isInteger(l.quantity) || (l.quantity as number) < 1 || (l.quantity as number) > 9999)
        return fail(reply, 400, "each line needs a productID and a quantity from 1 to 9999");
      wanted.set(l.productID, (wanted.get(l.productID) ?? 0) + (l.quantity as number));
    }
    for (const [id, qty] of wanted) {
      const p = data.products.find((x) => x.productID === id);
      if (!p) return fail(reply, 400, `Ürün bulunamadı: ${id}`);
      if (p.type === 1 && (p.stocks[place] ?? 0) < qty) return fail(reply, 400, `Yetersiz stok: ${id} depo ${place} (${p.stocks[place] ?? 0} adet var)`);
    }
    const t = now();
    const lines = [...wanted].map(([productID, quantity]) => {
      const p = data.products.find((x) => x.productID === productID) as (typeof data.products)[number];
      if (p.type === 1) p.stocks[place] -= quantity;
      p.updatedAtMs = t;
      return { productID, quantity, unitPrice: p.specialPrice ?? p.customerPrice };
    });
    const order: PentaOrder = {
      orderID: String(data.nextOrder++),
      reference: b.reference,
      storagePlace: place,
      status: "RECEIVED",
      lines,
      cargo: null,
      createdAtMs: t,
      updatedAtMs: t,
    };
    data.orders.push(order);
    return reply.code(201).send({ success: true, data: orderView(order) });
  });

  app.get("/api/orders", async (req) => {
    const ref = (req.query as { reference?: string }).reference;
    return { success: true, data: data.orders.filter((o) => ref === undefined || o.reference === ref).map(orderView) };
  });

  app.get("/api/orders/:orderID", async (req, reply) => {
    const o = data.orders.find((x) => x.orderID === (req.params as { orderID: string }).orderID);
    return o ? { success: true, data: orderView(o) } : fail(reply, 404, "Sipariş bulunamadı");
  });

  app.register(
    async (admin) => {
      commonAdminRoutes(admin, { stats, faults });
      /** What Penta does with an order: prepare, ship (a cargo company and tracking number), deliver or cancel (stock back). */
      admin.put("/orders/:orderID/status", async (req, reply) => {
        const o = data.orders.find((x) => x.orderID === (req.params as { orderID: string }).orderID);
        const status = (req.body as { status?: unknown } | undefined)?.status as PentaOrderStatus;
        if (!o) return reply.code(404).send({ error: "no such order" });
        if (!ORDER_STATUSES.includes(status)) return reply.code(400).send({ error: `status: one of ${ORDER_STATUSES.join(", ")}` });
        if (status === "CANCELLED" && o.status !== "CANCELLED")
          for (const l of o.lines) {
            const p = data.products.find((x) => x.productID === l.productID);
            if (p?.type === 1) p.stocks[o.storagePlace] = (p.stocks[o.storagePlace] ?? 0) + l.quantity;
          }
        if (status === "SHIPPED" && !o.cargo) o.cargo = { company: "Yurtiçi Kargo", trackingNumber: String(data.rng.int(100_000_000, 999_999_999)) };
        o.status = status;
        o.updatedAtMs = now();
        return orderView(o);
      });
      /** A change at the distributor: prices and stock per storage place; the product's update date becomes now. */
      admin.put("/products/:productID", async (req, reply) => {
        const p = data.products.find((x) => x.productID === (req.params as { productID: string }).productID);
        if (!p) return reply.code(404).send({ error: "no such product" });
        const b = (req.body ?? {}) as { customerPrice?: number; endUserPrice?: number; stocks?: Record<string, number> };
        if (b.customerPrice !== undefined) p.customerPrice = b.customerPrice;
        if (b.endUserPrice !== undefined) p.endUserPrice = b.endUserPrice;
        for (const [place, n] of Object.entries(b.stocks ?? {})) if (STORAGE_PLACES[place]) p.stocks[place] = n;
        p.updatedAtMs = now();
        return productView(p, "all-fields");
      });
    },
    { prefix: PENTA_ADMIN_PREFIX },
  );
  return { app, data, faults, stats };
}
