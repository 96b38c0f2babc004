// The Beymen sandbox: the partner API of 004_07be5bc20730d124.txt on one Fastify app. Basic auth on
// every call (401 with the documented error body otherwise), 0-based page/size paging with
// `page, itemsPerPage, pageCount, total`, the documented error body (`status, traceId, errors{…}`) for
// business-rule violations, writes that change state (batch results become available later), an
// admin API under /_sandbox and fault injection.
//
// pageCount is what the document's examples show: floor(total / size) on catalogue, order and claim
// lists (8,772 brands at 100 per page → 87), and the page count on finance lists (301 → 31).
import { randomUUID } from "node:crypto";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import { createFaultInjector, type FaultInjector, type FaultSettings } from "../common/faults.ts";
import {
  ATTRIBUTE_TYPES,
  type AttributeTypeName,
  type BeymenData,
  type BmProduct,
  BusinessRuleError,
  CARGO_COMPANIES,
  CLAIM_STATUS,
  cancelLines,
  createClaim,
  createOrder,
  divide,
  divideMultiple,
  findPackage,
  generateBeymenData,
  imageOf,
  isLeaf,
  LINE_STATUS,
  PRODUCT_STATUSES,
  PRODUCT_SUB_STATUSES,
  type ProductStatusName,
  pick,
  SHIPMENT_STATUS,
  setClaimStatus,
  setPackageStatus,
  shipmentUpdate,
  statusOf,
  subStatusOf,
  utcWithOffset,
} from "./data.ts";

export const BEYMEN_ADMIN_PREFIX = "/_sandbox";
/** Largest page the sandbox serves (the document's examples page brands by 100). */
export const BEYMEN_MAX_PAGE_SIZE = 100;

export interface BeymenSandboxOptions {
  /** @default 42 */
  seed?: number;
  apiKey: string;
  apiPassword: string;
  /** Generated orders end at this instant. @default now */
  anchorMs?: number;
  orderCount?: number;
  /** How long a batch product process takes before its result can be read. @default 1000 */
  batchDelayMs?: number;
  now?: () => number;
  logger?: boolean;
}

export interface BeymenSandbox {
  app: FastifyInstance;
  data: BeymenData;
  faults: FaultInjector;
  /** Calls per marketplace path pattern (e.g. GET /categories) since start or the last reset. */
  stats: Map<string, number>;
}

const EX = "MicroservicesCommon.Exceptions.";

export function beymenError(reply: FastifyReply, status: number, exception: string, messages: string[]) {
  return reply.code(status).send({ status, traceId: randomUUID(), errors: { [`${EX}${exception}`]: messages } });
}

function query(req: FastifyRequest): Record<string, string | string[]> {
  // Case-insensitive names, as ASP.NET binds them.
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries((req.query ?? {}) as Record<string, string | string[]>)) out[k.toLowerCase()] = v;
  return out;
}
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Parses "2023-08-01", "2023-08-01T10:00:00" (Istanbul) or a time with an offset; epoch ms or null. */
export function parseBmDate(value: string | undefined): number | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim());
  if (!m) return null;
  if (m[7]) return Date.parse(value.trim());
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0)) - 3 * 3600_000;
}

export function createBeymenSandbox(options: BeymenSandboxOptions): BeymenSandbox {
  const now = options.now ?? Date.now;
  const data = generateBeymenData({ seed: options.seed ?? 42, anchorMs: options.anchorMs ?? now(), orderCount: options.orderCount });
  const stats = new Map<string, number>();
  const faults = createFaultInjector();
  const app = Fastify({ logger: options.logger ?? false });
  faults.install(app, BEYMEN_ADMIN_PREFIX);
  const expected = `Basic ${Buffer.from(`${options.apiKey}:${options.apiPassword}`).toString("base64")}`;

  app.addHook("onRequest", async (req, reply) => {
    const path = req.url.split("?")[0];
    // The admin API and the process's /health (a standalone sandbox's) are not Beymen's.
    if (path.startsWith(BEYMEN_ADMIN_PREFIX) || path === "/health") return;
    const auth = req.headers.authorization;
    if (!auth) return beymenError(reply, 401, "UnauthorizedException", ["Request Header [authorization] not found"]);
    if (auth !== expected) return beymenError(reply, 401, "UnauthorizedException", ["Invalid ApiKey or ApiPassword"]);
  });
  app.addHook("onResponse", async (req) => {
    const pattern = req.routeOptions.url;
    if (pattern && !pattern.startsWith(BEYMEN_ADMIN_PREFIX)) stats.set(`${req.method} ${pattern}`, (stats.get(`${req.method} ${pattern}`) ?? 0) + 1);
  });
  app.setErrorHandler((err: { statusCode?: number; message: string }, _req, reply) => {
    const status = err.statusCode && err.statusCode < 500 ? err.statusCode : 500;
    return beymenError(reply, status, status < 500 ? "ValidationException" : "InternalServerException", [err.message]);
  });

  /** 0-based paging. null after answering 400. */
  function paging(req: FastifyRequest, reply: FastifyReply): { page: number; size: number } | null {
    const q = query(req);
    const page = one(q.page) === undefined ? 0 : Number(one(q.page));
    const size = one(q.size) === undefined ? 10 : Number(one(q.size));
    if (!Number.isInteger(page) || page < 0) {
      beymenError(reply, 400, "ValidationException", ["page 0 veya daha büyük bir tam sayı olmalıdır."]);
      return null;
    }
    if (!Number.isInteger(size) || size < 1 || size > BEYMEN_MAX_PAGE_SIZE) {
      beymenError(reply, 400, "ValidationException", [`size 1 ile ${BEYMEN_MAX_PAGE_SIZE} arasında olmalıdır.`]);
      return null;
    }
    return { page, size };
  }
  function pageOf<T>(list: T[], p: { page: number; size: number }, finance = false) {
    return {
      items: list.slice(p.page * p.size, (p.page + 1) * p.size),
      page: p.page,
      itemsPerPage: p.size,
      pageCount: finance ? Math.ceil(list.length / p.size) : Math.floor(list.length / p.size),
      total: list.length,
    };
  }
  const productView = ({ translations: _t, ...p }: BmProduct) => p;
  const findProduct = (id: string) => data.products.find((p) => p.id === id);

  // ---- attributes ----
  const typeOf = (v: string | undefined): AttributeTypeName | null => (v && v in ATTRIBUTE_TYPES ? (v as AttributeTypeName) : null);
  app.get("/attributes/all", async (req, reply) => {
    const type = typeOf(one(query(req).type));
    if (!type) return beymenError(reply, 400, "ValidationException", ["type Brand, Gender, Color veya Size olmalıdır."]);
    return data.attributes[type];
  });
  app.get("/attributes", async (req, reply) => {
    const type = typeOf(one(query(req).type));
    if (!type) return beymenError(reply, 400, "ValidationException", ["type Brand, Gender, Color veya Size olmalıdır."]);
    const p = paging(req, reply);
    return p ? pageOf(data.attributes[type], p) : reply;
  });

  // ---- categories ----
  app.get("/categories", async (req, reply) => {
    const q = query(req);
    const p = paging(req, reply);
    if (!p) return reply;
    const parentId = one(q.parentid);
    let ids: string[];
    if (parentId) {
      const parent = data.categories.get(parentId);
      if (!parent) return beymenError(reply, 404, "NotFoundException", [`Kategori bulunamadı: ${parentId}`]);
      ids = parent.children;
    } else ids = data.roots;
    let list = ids.map((id) => data.categories.get(id)!);
    const name = one(q.name)?.toLocaleLowerCase("tr-TR");
    if (name) list = [...data.categories.values()].filter((c) => c.name.toLocaleLowerCase("tr-TR").includes(name) && (!parentId || c.parentId === parentId));
    return pageOf(
      list.map((c) => ({ id: c.id, name: c.name, hasChild: !isLeaf(c) })),
      p,
    );
  });
  app.get("/categories/:id", async (req, reply) => {
    const c = data.categories.get((req.params as { id: string }).id);
    if (!c) return beymenError(reply, 404, "NotFoundException", ["Kategori bulunamadı."]);
    const stamp = "2023-03-06T07:39:16.913Z";
    return {
      name: c.name,
      parentId: c.parentId,
      hasChild: !isLeaf(c),
      canHaveProduct: isLeaf(c),
      level: c.level,
      attributes: c.attributes,
      hierarchy: c.hierarchy,
      createdBy: "system",
      createdDate: stamp,
      lastModifiedBy: "system",
      lastModifiedDate: stamp,
      id: c.id,
    };
  });

  // ---- products ----
  app.get("/products", async (req, reply) => {
    const q = query(req);
    const p = paging(req, reply);
    if (!p) return reply;
    let list = data.products;
    const status = one(q.status);
    if (status) {
      // The filter table says "OnSales" while products report "OnSale"; both are accepted.
      const s = status === "OnSales" ? "OnSale" : status;
      if (!(s in PRODUCT_STATUSES)) return beymenError(reply, 400, "ValidationException", [`Geçersiz status: ${status}`]);
      list = list.filter((x) => x.status.status === s);
    }
    const sub = one(q.substatus);
    if (sub) {
      if (!(sub in PRODUCT_SUB_STATUSES)) return beymenError(reply, 400, "ValidationException", [`Geçersiz substatus: ${sub}`]);
      list = list.filter((x) => x.subStatus?.status === sub);
    }
    for (const [param, get] of [
      ["barcode", (x: BmProduct) => x.barcode],
      ["modelcode", (x: BmProduct) => x.modelCode],
      ["stockcode", (x: BmProduct) => x.stockCode],
      ["brand", (x: BmProduct) => x.brand.id],
    ] as const) {
      const v = one(q[param]);
      if (v) list = list.filter((x) => get(x) === v);
    }
    return pageOf(list.map(productView), p);
  });
  app.get("/products/:id", async (req, reply) => {
    const product = findProduct((req.params as { id: string }).id);
    return product ? productView(product) : beymenError(reply, 404, "NotFoundException", ["Ürün bulunamadı."]);
  });
  app.put("/products/:id/status/:action", async (req, reply) => {
    const { id, action } = req.params as { id: string; action: string };
    if (action !== "onSale" && action !== "notOnSale") return beymenError(reply, 404, "NotFoundException", ["Kaynak bulunamadı."]);
    const product = findProduct(id);
    if (!product) return beymenError(reply, 404, "NotFoundException", ["Ürün bulunamadı."]);
    const s = product.status.status;
    if (action === "notOnSale") {
      if (s === "NotOnSale") return beymenError(reply, 400, "BusinessRuleException", ["Ürün zaten satışa kapalıdır, kapatma aksiyonu alınamaz."]);
      if (s !== "OnSale" && s !== "OutOfStock") return beymenError(reply, 400, "BusinessRuleException", ["Onaylanmamış ürün satışa kapatılamaz."]);
      product.status = statusOf("NotOnSale");
      product.subStatus = subStatusOf("DeactivatedBySeller");
    } else {
      if (s === "OnSale") return beymenError(reply, 400, "BusinessRuleException", ["Ürün zaten satıştadır, açma aksiyonu alınamaz."]);
      if (s !== "NotOnSale") return beymenError(reply, 400, "BusinessRuleException", ["Onaylanmamış ürün satışa açılamaz."]);
      if (product.subStatus?.status === "DeactivatedByBeymen") return beymenError(reply, 400, "BusinessRuleException", ["Beymen tarafından kapatılan ürün satışa açılamaz."]);
      product.status = statusOf(product.stock.count > 0 ? "OnSale" : "OutOfStock");
      product.subStatus = product.stock.count > 0 ? null : subStatusOf("StockOut");
    }
    return reply.code(200).send();
  });

  function priceOf(v: unknown): { value: number; currency: string } | string | undefined {
    if (v === undefined || v === null) return undefined;
    const o = v as { value?: unknown; currency?: unknown };
    const value = Number(o.value);
    if (!Number.isFinite(value) || value <= 0) return "Fiyat 0'dan büyük olmalıdır.";
    if (o.currency !== "TRY") return "Kur bilgisi TRY olmalıdır.";
    return { value: Math.round(value * 100) / 100, currency: "TRY" };
  }
  app.put("/products/:id/price-stock", async (req, reply) => {
    const product = findProduct((req.params as { id: string }).id);
    if (!product) return beymenError(reply, 404, "NotFoundException", ["Ürün bulunamadı."]);
    const body = (req.body ?? {}) as { priceRequest?: { salesPrice?: unknown; platformPrice?: unknown }; stockRequest?: { stock?: { count?: unknown } } };
    const sales = priceOf(body.priceRequest?.salesPrice);
    const platform = priceOf(body.priceRequest?.platformPrice);
    const errors = [sales, platform].filter((x): x is string => typeof x === "string");
    let count: number | undefined;
    if (body.stockRequest) {
      count = Number(body.stockRequest.stock?.count);
      if (!Number.isInteger(count) || count < 0) errors.push("Stok adedi 0 veya daha büyük bir tam sayı olmalıdır.");
    }
    const nextSales = typeof sales === "object" ? sales.value : product.salesPrice.value;
    const nextPlatform = typeof platform === "object" ? platform.value : product.platformSalesPrice.value;
    if (nextPlatform > nextSales) errors.push("Beymen satış fiyatı indirimsiz satış fiyatından büyük olamaz.");
    if (errors.length) return beymenError(reply, 400, "BusinessRuleException", errors);
    if (!body.priceRequest && !body.stockRequest) return beymenError(reply, 400, "ValidationException", ["priceRequest veya stockRequest zorunludur."]);
    if (typeof sales === "object") product.salesPrice = sales;
    if (typeof platform === "object") product.platformSalesPrice = platform;
    if (count !== undefined) {
      product.stock = { count };
      if (count === 0 && product.status.status === "OnSale") {
        product.status = statusOf("OutOfStock");
        product.subStatus = subStatusOf("StockOut");
      } else if (count > 0 && product.status.status === "OutOfStock") {
        product.status = statusOf("OnSale");
        product.subStatus = null;
      }
    }
    return reply.code(202).send();
  });
  app.put("/products/:id/language-definition", async (req, reply) => {
    const product = findProduct((req.params as { id: string }).id);
    if (!product) return beymenError(reply, 404, "NotFoundException", ["Ürün bulunamadı."]);
    const b = (req.body ?? {}) as Record<string, unknown>;
    const missing = ["code", "name", "description", "merchantColor"].filter((k) => typeof b[k] !== "string" || !(b[k] as string).trim());
    if (missing.length)
      return beymenError(
        reply,
        400,
        "ValidationException",
        missing.map((k) => `${k} alanı zorunludur.`),
      );
    if (!/^[a-z]{2}$/.test(b.code as string)) return beymenError(reply, 400, "ValidationException", ["code iki harfli dil kodu olmalıdır (örn: en)."]);
    product.translations[b.code as string] = { name: b.name as string, description: b.description as string, merchantColor: b.merchantColor as string };
    return reply.code(202).send();
  });

  // ---- batch product create / update ----
  const attrIds = (type: AttributeTypeName) => new Set(data.attributes[type].map((a) => a.id));
  const brandIds = attrIds("Brand");
  function validateProduct(item: Record<string, unknown>, update: boolean): string | null {
    const str = (k: string) => (typeof item[k] === "string" ? (item[k] as string) : item[k] === undefined || item[k] === null ? undefined : String(item[k]));
    const required = update ? ["name", "description"] : ["name", "barcode", "modelCode", "description", "brandId", "categoryId", "platformColor", "size", "gender"];
    for (const k of required) if (!str(k)?.trim()) return `Hata - ${k} alanı zorunludur.`;
    if (update) {
      if (!str("id") || !findProduct(str("id")!)) return "Hata - Ürün bulunamadı.";
    } else {
      if (data.products.some((p) => p.barcode === str("barcode"))) return "Hata - Bu barkod ile kayıtlı bir ürün bulunmaktadır.";
      if (!item.stockRequest) return "Hata - stockRequest alanı zorunludur.";
      if (!item.priceRequest) return "Hata - priceRequest alanı zorunludur.";
      if (!Array.isArray(item.images) || !item.images.length) return "Hata - En az bir görsel zorunludur.";
    }
    if (item.vatRate !== undefined && item.vatRate !== null && ![0, 1, 10, 20].includes(Number(item.vatRate))) return "Hata - KDV oranı 0, 1, 10 veya 20 olmalıdır.";
    if (!update && (item.vatRate === undefined || item.vatRate === null)) return "Hata - vatRate alanı zorunludur.";
    const colour = str(update ? "merchantColor" : "merchantColorCode");
    if (colour && colour.length > 30) return "Hata - Satıcı Renk alanı maksimum 30 karakter olmalıdır.";
    if (str("brandId") && !brandIds.has(str("brandId")!)) return "Hata - Marka bulunamadı.";
    if (str("gender") && !attrIds("Gender").has(str("gender")!)) return "Hata - Cinsiyet bulunamadı.";
    if (str("size") && !attrIds("Size").has(str("size")!)) return "Hata - Beden bulunamadı.";
    if (str("platformColor") && !attrIds("Color").has(str("platformColor")!)) return "Hata - Renk bulunamadı.";
    const categoryId = str("categoryId") ?? (update ? findProduct(str("id")!)?.category.id : undefined);
    if (categoryId) {
      const c = data.categories.get(categoryId);
      if (!c) return "Hata - Kategori bulunamadı.";
      if (!isLeaf(c)) return "Hata - Alt kırılımı olan kategoriye ürün yüklenemez.";
      const given = new Map(
        ((item.attributes as Array<{ attributeId?: unknown; attributeOptionValue?: unknown }>) ?? []).map((a) => [String(a.attributeId), String(a.attributeOptionValue ?? "")]),
      );
      for (const a of c.attributes) {
        const v = given.get(a.id);
        if (a.required && !v) return `Hata - ${a.name} özelliği bu kategori için zorunludur.`;
        if (v && !a.isFreeText && !a.items.some((i) => String(i.id) === v)) return `Hata - ${a.name} özelliği için geçersiz değer: ${v}`;
      }
    }
    return null;
  }
  function applyProduct(item: Record<string, unknown>, update: boolean): string {
    const get = (type: AttributeTypeName, id: unknown) => {
      const a = data.attributes[type].find((x) => x.id === String(id));
      return a ? { id: a.id, name: a.value } : undefined;
    };
    const images = ((item.images as string[] | undefined) ?? []).map((s) => String(s));
    if (update) {
      const p = findProduct(String(item.id))!;
      p.name = String(item.name);
      p.description = String(item.description);
      if (item.modelCode) p.modelCode = String(item.modelCode);
      if (item.stockCode !== undefined) p.stockCode = String(item.stockCode ?? "");
      if (item.brandId) p.brand = get("Brand", item.brandId)!;
      if (item.categoryId) p.category = { id: String(item.categoryId), name: data.categories.get(String(item.categoryId))!.name };
      if (item.platformColor) p.platformColor = get("Color", item.platformColor)!;
      if (item.size) p.size = get("Size", item.size)!;
      if (item.gender) p.gender = get("Gender", item.gender)!;
      if (item.vatRate !== undefined && item.vatRate !== null) p.vatRate = Number(item.vatRate);
      if (item.desi !== undefined && item.desi !== null) p.desi = Number(item.desi);
      if (item.merchantColor) p.merchantColorCode = String(item.merchantColor);
      // Image ids keep their image; anything else is a new image URL.
      if (images.length) p.images = images.map((s) => p.images.find((i) => String(i.id) === s) ?? imageOf(data, s));
      return p.id;
    }
    const c = data.categories.get(String(item.categoryId))!;
    const price = item.priceRequest as { salesPrice?: { value?: unknown }; platformPrice?: { value?: unknown } };
    const attrs = (item.attributes as Array<{ attributeId: unknown; attributeOptionValue: unknown }>) ?? [];
    const p: BmProduct = {
      id: data.rng.guid(),
      externalId: `${Date.now()}${data.rng.int(1000, 9999)}_${data.rng.int(100, 999)}`,
      merchantId: data.merchantId,
      name: String(item.name),
      barcode: String(item.barcode),
      modelCode: String(item.modelCode),
      stockCode: String(item.stockCode ?? ""),
      brand: get("Brand", item.brandId)!,
      category: { id: c.id, name: c.name },
      description: String(item.description),
      merchantColorCode: String(item.merchantColorCode ?? ""),
      size: get("Size", item.size)!,
      gender: get("Gender", item.gender)!,
      platformColor: get("Color", item.platformColor)!,
      commission: 0,
      salesPrice: { value: Number(price.salesPrice?.value ?? 0), currency: "TRY" },
      platformSalesPrice: { value: Number(price.platformPrice?.value ?? price.salesPrice?.value ?? 0), currency: "TRY" },
      vatRate: Number(item.vatRate),
      desi: Number(item.desi ?? 0),
      stock: { count: Number((item.stockRequest as { stock?: { count?: unknown } }).stock?.count ?? 0) },
      status: statusOf("WaitingBeymenApproval"),
      subStatus: subStatusOf("WaitingForSelection"),
      images: images.map((s) => imageOf(data, s)),
      revisionText: "",
      selectedAttributes: attrs.flatMap((a) => {
        const def = c.attributes.find((x) => x.id === String(a.attributeId));
        const it = def?.items.find((i) => String(i.id) === String(a.attributeOptionValue));
        return def && it ? [{ id: def.id, name: def.name, items: { id: it.id, value: it.value } }] : [];
      }),
      customAttributes: attrs.flatMap((a) => {
        const def = c.attributes.find((x) => x.id === String(a.attributeId));
        return def?.isFreeText ? [{ id: def.id, name: def.name, value: String(a.attributeOptionValue) }] : [];
      }),
      version: randomUUID().replaceAll("-", ""),
      isReturnForbidden: false,
      translations: {},
    };
    data.products.push(p);
    return p.id;
  }
  function batch(update: boolean) {
    return async (req: FastifyRequest, reply: FastifyReply) => {
      const body = req.body;
      if (!Array.isArray(body) || !body.length) return beymenError(reply, 400, "ValidationException", ["İstek gövdesi boş olmayan bir ürün listesi olmalıdır."]);
      if (body.length > 1000) return beymenError(reply, 400, "ValidationException", ["Bir istekte en fazla 1000 ürün gönderilebilir."]);
      const processId = randomUUID();
      const items = body as Array<Record<string, unknown>>;
      // Validated and applied now, readable after the delay, as an asynchronous process would be.
      const results = items.map((item) => {
        const error = item && typeof item === "object" ? validateProduct(item, update) : "Hata - Geçersiz ürün.";
        const productId = error ? null : applyProduct(item, update);
        return {
          request: item,
          ...(productId || update ? { productId: productId ?? (item?.id as string | undefined) ?? null } : {}),
          isSuccess: !error,
          processResult: error ?? "İşlem Başarılı",
        };
      });
      data.batches.set(processId, { id: processId, readyAtMs: now() + (options.batchDelayMs ?? 1000), results });
      return { processId };
    };
  }
  app.post("/batch/products", batch(false));
  app.post("/batch/update/products", batch(true));
  app.get("/batch/products/:processId", async (req, reply) => {
    const b = data.batches.get((req.params as { processId: string }).processId);
    if (!b) return beymenError(reply, 404, "NotFoundException", ["İşlem bulunamadı."]);
    // Until the process has run, its result list is empty.
    return b.readyAtMs <= now() ? b.results : [];
  });

  // ---- orders ----
  app.get("/orders", async (req, reply) => {
    const q = query(req);
    const p = paging(req, reply);
    if (!p) return reply;
    let list = data.packages;
    const statusRaw = one(q.shipmentstatus);
    let cancelledView = false;
    if (statusRaw) {
      const code = statusRaw in SHIPMENT_STATUS ? SHIPMENT_STATUS[statusRaw as keyof typeof SHIPMENT_STATUS] : Number(statusRaw);
      if (!Object.values(SHIPMENT_STATUS).includes(code as never)) return beymenError(reply, 400, "ValidationException", [`Geçersiz shipmentStatus: ${statusRaw}`]);
      list = list.filter((x) => x.raw.shipmentStatus === code);
      cancelledView = code === SHIPMENT_STATUS.Cancelled;
    }
    const start = one(q.startdate);
    const end = one(q.enddate);
    const startMs = start ? parseBmDate(start) : null;
    const endMs = end ? parseBmDate(end) : null;
    if ((start && startMs === null) || (end && endMs === null)) return beymenError(reply, 400, "ValidationException", ["startDate ve endDate geçerli bir tarih olmalıdır."]);
    if (startMs !== null && endMs !== null && endMs < startMs) return beymenError(reply, 400, "ValidationException", ["endDate startDate'ten önce olamaz."]);
    // "Siparişler orderDate'e göre, iptaller CanceledDateTime'a göre filtrelenir."
    const at = (x: (typeof list)[number]) => (cancelledView ? (x.canceledAtMs ?? x.orderDateMs) : x.orderDateMs);
    if (startMs !== null) list = list.filter((x) => at(x) >= startMs);
    if (endMs !== null) list = list.filter((x) => at(x) <= endMs);
    const orderNumber = one(q.ordernumber);
    if (orderNumber) list = list.filter((x) => x.raw.orderNumber === orderNumber);
    const packetNo = one(q.packetno) ?? one(q.shipmentnumber);
    if (packetNo) list = list.filter((x) => x.raw.shipmentNumber === packetNo);
    const barcode = one(q.barcode);
    if (barcode) list = list.filter((x) => x.raw.shipmentLines.some((l) => l.product.barcode === barcode));
    const fraud = one(q.fraudcheck);
    if (fraud !== undefined) list = list.filter((x) => x.raw.fraudCheck === (fraud === "true"));
    const sorted = [...list].sort((a, b) => b.orderDateMs - a.orderDateMs);
    return pageOf(
      sorted.map((x) => x.raw),
      p,
    );
  });

  function withPackage(handler: (pkg: NonNullable<ReturnType<typeof findPackage>>, req: FastifyRequest, reply: FastifyReply) => unknown, okStatus = 200) {
    return async (req: FastifyRequest, reply: FastifyReply) => {
      const pkg = findPackage(data, (req.params as { id: string }).id);
      if (!pkg) return beymenError(reply, 404, "NotFoundException", ["Sipariş bulunamadı."]);
      try {
        const out = await handler(pkg, req, reply);
        if (reply.sent) return reply;
        return reply.code(okStatus).send(out ?? undefined);
      } catch (err) {
        if (err instanceof BusinessRuleError) return beymenError(reply, 400, "BusinessRuleException", [err.message]);
        throw err;
      }
    };
  }
  const cargoCodes = new Set(CARGO_COMPANIES.map(([c]) => c));

  app.put(
    "/orders/:id/status/picking",
    withPackage((pkg) => void pick(pkg)),
  );
  app.post(
    "/orders/:id/divide",
    withPackage((pkg, req) => {
      const products = (req.body as { products?: Array<{ productId: string; quantity: number }> })?.products;
      if (!Array.isArray(products)) throw new BusinessRuleError("products alanı zorunludur.");
      divide(data, pkg, products);
    }),
  );
  app.post(
    "/orders/:id/divide/multiple",
    withPackage((pkg, req) => {
      const groups = (req.body as { orderLineGroups?: Array<{ orderLineIds?: string[] }> })?.orderLineGroups;
      if (!Array.isArray(groups)) throw new BusinessRuleError("orderLineGroups alanı zorunludur.");
      divideMultiple(
        data,
        pkg,
        groups.map((g) => (g.orderLineIds ?? []).map(String)),
      );
    }),
  );
  app.put(
    "/orders/:id/alternativeDelivery",
    withPackage((pkg, req) => {
      // ASP.NET binding: body names are case-insensitive.
      const b = Object.fromEntries(Object.entries((req.body ?? {}) as Record<string, unknown>).map(([k, v]) => [k.toLowerCase(), v]));
      const s = pkg.raw.shipmentStatus;
      if (s !== SHIPMENT_STATUS.NewOrder && s !== SHIPMENT_STATUS.ReadyToShip)
        throw new BusinessRuleError("Sadece Yeni Sipariş ve Gönderime Hazır statüsündeki siparişler alternatif teslimat yapılabilir.");
      if (b.deliverytype !== 0 && b.deliverytype !== 1) throw new BusinessRuleError("DeliveryType 0 (AlternativeCargoCompany) veya 1 (AuthorizedService) olmalıdır.");
      if (typeof b.shipmenttrackingnumber !== "string" || !b.shipmenttrackingnumber) throw new BusinessRuleError("ShipmentTrackingNumber zorunludur.");
      if (b.deliverytype === 0 && (typeof b.cargocompanycode !== "string" || !cargoCodes.has(b.cargocompanycode))) throw new BusinessRuleError("Geçersiz CargoCompanyCode.");
      pkg.raw.isAlternativeDelivery = true;
      pkg.raw.deliveryType = b.deliverytype as number;
      shipmentUpdate(
        pkg,
        SHIPMENT_STATUS.Shipped,
        { trackingNumber: b.shipmenttrackingnumber as string, trackingUrl: (b.shipmenttrackingurl as string) ?? null, cargoCompanyCode: (b.cargocompanycode as string) ?? "" },
        now(),
      );
    }),
  );
  const altFollowUp = (delivered: boolean) =>
    withPackage((pkg) => {
      if (!pkg.raw.isAlternativeDelivery) throw new BusinessRuleError("Sipariş alternatif teslimat ile gönderilmemiştir.");
      if (pkg.raw.shipmentStatus !== SHIPMENT_STATUS.Shipped) throw new BusinessRuleError("Sipariş Taşıma Durumunda değildir.");
      shipmentUpdate(pkg, delivered ? SHIPMENT_STATUS.DeliveredToCustomer : 16, { trackingNumber: "", cargoCompanyCode: "" }, now());
    }, 202);
  app.patch("/orders/:id/alternativeDelivery/deliveredToCustomer", altFollowUp(true));
  app.patch("/orders/:id/alternativeDelivery/undeliverable", altFollowUp(false));
  app.post(
    "/orders/:id/invoice",
    withPackage((pkg, req) => {
      const b = Object.fromEntries(Object.entries((req.body ?? {}) as Record<string, unknown>).map(([k, v]) => [k.toLowerCase(), v]));
      if (typeof b.invoicenumber !== "string" || !b.invoicenumber.trim()) throw new BusinessRuleError("InvoiceNumber zorunludur.");
      if (typeof b.invoiceurl !== "string" || !/^https?:\/\/\S+\.(pdf|jpe?g|png)(\?\S*)?$/i.test(b.invoiceurl))
        throw new BusinessRuleError("InvoiceUrl jpeg, jpg, png veya pdf uzantılı bir adres olmalıdır.");
      if (pkg.invoice) throw new BusinessRuleError("Siparişe ait fatura zaten yüklenmiştir. Önce mevcut faturayı silin.");
      pkg.invoice = { number: b.invoicenumber, url: b.invoiceurl };
    }),
  );
  app.delete(
    "/orders/:id/invoice",
    withPackage((pkg) => {
      if (!pkg.invoice) throw new BusinessRuleError("Siparişe ait fatura bulunamadı.");
      pkg.invoice = null;
    }),
  );
  app.put(
    "/orders/:id/status/cancel",
    withPackage((pkg, req) => {
      const products = (req.body as { products?: Array<{ productId: string; quantity: number; cancelReasonStatus: number; shipmentLineStatus: number }> })?.products;
      if (!Array.isArray(products)) throw new BusinessRuleError("products alanı zorunludur.");
      cancelLines(data, pkg, products, now());
    }),
  );
  app.put(
    "/orders/:id/shipment/status",
    withPackage((pkg, req) => {
      const b = (req.body ?? {}) as { trackingNumber?: string; trackingUrl?: string; cargoCompanyCode?: string; status?: number };
      if (!b.trackingNumber) throw new BusinessRuleError("trackingNumber zorunludur.");
      if (!b.cargoCompanyCode || !cargoCodes.has(b.cargoCompanyCode)) throw new BusinessRuleError("Geçersiz cargoCompanyCode.");
      if (![4, 8, 16].includes(Number(b.status))) throw new BusinessRuleError("status 4 (Shipped), 8 (DeliveredToCustomer) veya 16 (Undeliverable) olmalıdır.");
      shipmentUpdate(pkg, Number(b.status), { trackingNumber: b.trackingNumber, trackingUrl: b.trackingUrl, cargoCompanyCode: b.cargoCompanyCode }, now());
    }, 202),
  );

  // ---- claims ----
  app.get("/claims", async (req, reply) => {
    const q = query(req);
    const p = paging(req, reply);
    if (!p) return reply;
    let list = data.claims;
    const status = one(q.status) ?? one(q.shipmentstatus);
    if (status !== undefined && status !== "") {
      const code = status in CLAIM_STATUS ? CLAIM_STATUS[status as keyof typeof CLAIM_STATUS] : Number(status);
      if (!Object.values(CLAIM_STATUS).includes(code as never)) return beymenError(reply, 400, "ValidationException", [`Geçersiz Status: ${status}`]);
      list = list.filter((c) => c.raw.status === code);
    }
    const startMs = one(q.startdate) ? parseBmDate(one(q.startdate)) : null;
    const endMs = one(q.enddate) ? parseBmDate(one(q.enddate)) : null;
    if ((one(q.startdate) && startMs === null) || (one(q.enddate) && endMs === null))
      return beymenError(reply, 400, "ValidationException", ["startDate ve endDate geçerli bir tarih olmalıdır."]);
    if (startMs !== null) list = list.filter((c) => c.claimedAtMs >= startMs);
    if (endMs !== null) list = list.filter((c) => c.claimedAtMs <= endMs);
    for (const [param, get] of [
      ["ordernumber", (c: (typeof list)[number]) => c.raw.orderNumber],
      ["shipmentnumber", (c: (typeof list)[number]) => c.raw.shipmentNumber],
      ["shipmentcode", (c: (typeof list)[number]) => c.raw.shipmentTrackingNumber ?? ""],
    ] as const) {
      const v = one(q[param]);
      if (v) list = list.filter((c) => get(c) === v);
    }
    const customer = one(q.customername)?.toLocaleLowerCase("tr-TR");
    if (customer) list = list.filter((c) => c.raw.customerName.toLocaleLowerCase("tr-TR").includes(customer));
    return pageOf(
      list.map(({ raw: { status: _s, ...rest } }) => rest),
      p,
    );
  });
  function withClaim(handler: (claim: BeymenData["claims"][number], req: FastifyRequest) => void) {
    return async (req: FastifyRequest, reply: FastifyReply) => {
      const claim = data.claims.find((c) => c.raw.id === (req.params as { id: string }).id);
      if (!claim) return beymenError(reply, 404, "NotFoundException", ["İade bulunamadı."]);
      try {
        handler(claim, req);
      } catch (err) {
        if (err instanceof BusinessRuleError) return beymenError(reply, 400, "BusinessRuleException", [err.message]);
        throw err;
      }
      return reply.code(202).send();
    };
  }
  function claimItems(claim: BeymenData["claims"][number], items: Array<{ productId?: string; quantity?: number }>) {
    if (!items.length) throw new BusinessRuleError("Ürün listesi boş olamaz.");
    for (const it of items) {
      const line = claim.raw.shipmentLines.find((l) => l.productId === it.productId);
      if (!line) throw new BusinessRuleError(`Ürün iadede bulunamadı: ${it.productId}`);
      if (!Number.isInteger(it.quantity) || (it.quantity ?? 0) < 1 || (it.quantity ?? 0) > line.quantity)
        throw new BusinessRuleError(`Adet 1 ile ${line.quantity} arasında olmalıdır: ${it.productId}`);
    }
  }
  app.patch(
    "/claims/:id/receive",
    withClaim((claim) => {
      if (claim.raw.status !== CLAIM_STATUS.New) throw new BusinessRuleError("Sadece Yeni İade statüsündeki iadeler teslim alınabilir.");
      setClaimStatus(claim, CLAIM_STATUS.ActionNeeded);
    }),
  );
  app.patch(
    "/claims/:id/approve",
    withClaim((claim, req) => {
      if (claim.raw.status !== CLAIM_STATUS.ActionNeeded) throw new BusinessRuleError("Sadece Aksiyon Bekliyor statüsündeki iadeler onaylanabilir.");
      if (!Array.isArray(req.body)) throw new BusinessRuleError("İstek gövdesi ürün listesi olmalıdır.");
      claimItems(claim, req.body as Array<{ productId?: string; quantity?: number }>);
      setClaimStatus(claim, CLAIM_STATUS.Approved);
    }),
  );
  app.patch(
    "/claims/:id/dispute",
    withClaim((claim, req) => {
      if (claim.raw.status !== CLAIM_STATUS.ActionNeeded) throw new BusinessRuleError("Sadece Aksiyon Bekliyor statüsündeki iadelere sorun bildirilebilir.");
      const items = (req.body as { items?: Array<{ productId?: string; images?: string[]; reasonType?: number; quantity?: number; description?: string }> })?.items;
      if (!Array.isArray(items)) throw new BusinessRuleError("items alanı zorunludur.");
      claimItems(claim, items);
      for (const it of items) {
        if (!Number.isInteger(it.reasonType) || (it.reasonType ?? -1) < 0 || (it.reasonType ?? 99) > 11) throw new BusinessRuleError(`Geçersiz reasonType: ${it.reasonType}`);
        if (it.reasonType !== 9 && !(it.images ?? []).length) throw new BusinessRuleError("PackageIsEmpty dışındaki sorun bildirme nedenleri için görsel zorunludur.");
      }
      setClaimStatus(claim, CLAIM_STATUS.Dispute);
      for (const it of items) {
        const line = claim.raw.shipmentLines.find((l) => l.productId === it.productId)!;
        line.sellerReason = { type: it.reasonType!, description: it.description ?? null, images: it.images ?? [] };
      }
    }),
  );

  // ---- finance ----
  app.get("/financial/transactions", async (req, reply) => {
    const q = query(req);
    const p = paging(req, reply);
    if (!p) return reply;
    let list = data.transactions;
    const on = one(q.ordernumber);
    if (on) list = list.filter((t) => t.orderNo === on);
    const s = parseBmDate(one(q.orderstartdate));
    const e = parseBmDate(one(q.orderenddate));
    if (s !== null) list = list.filter((t) => (parseBmDate(t.orderDate) ?? 0) >= s);
    if (e !== null) list = list.filter((t) => (parseBmDate(t.orderDate) ?? 0) <= e);
    return pageOf(list, p, true);
  });
  app.get("/financial/invoices", async (req, reply) => {
    const q = query(req);
    const p = paging(req, reply);
    if (!p) return reply;
    let list = data.invoices;
    const typesRaw = q.invoicetypes;
    if (typesRaw !== undefined) {
      const types = (Array.isArray(typesRaw) ? typesRaw : typesRaw.split(",")).map(Number);
      if (types.some((t) => !Number.isInteger(t) || t < 0 || t > 5)) return beymenError(reply, 400, "ValidationException", ["invoiceTypes 0 ile 5 arasında olmalıdır."]);
      list = list.filter((i) => types.includes(i.invoiceType));
    }
    const s = parseBmDate(one(q.startdate));
    const e = parseBmDate(one(q.enddate));
    if (s !== null) list = list.filter((i) => (parseBmDate(i.invoiceDate) ?? 0) >= s);
    if (e !== null) list = list.filter((i) => (parseBmDate(i.invoiceDate) ?? 0) <= e);
    return pageOf(list, p, true);
  });
  app.get("/financial/invoice/:invoiceNumber", async (req, reply) => {
    const lines = data.invoiceDetails.get((req.params as { invoiceNumber: string }).invoiceNumber);
    return lines ?? beymenError(reply, 404, "NotFoundException", ["Fatura bulunamadı."]);
  });
  app.get("/financial/transaction/future", async () => {
    const t = now();
    const week = 7 * 86400_000;
    const amount = (k: number) => Math.round((((k * 7919) % 9000) + 500) * 100) / 100;
    const future = [1, 2, 3].map((k) => ({ date: new Date(t + k * week).toISOString().slice(0, 10), amount: amount(k) }));
    const history = [3, 2, 1].map((k) => ({ date: new Date(t - k * week).toISOString().slice(0, 10), amount: amount(k + 10) }));
    const totalSaleAmount = 5560;
    const commissionCut = 1223.2;
    return {
      totalSaleAmount,
      commissionCut,
      shipmentCut: 0,
      penaltyCut: 0,
      adCut: 0,
      total: Math.round((totalSaleAmount - commissionCut) * 100) / 100,
      futureTransactionActivities: future,
      historyTransactionActivities: history,
      futureTotal: Math.round(future.reduce((s, f) => s + f.amount, 0) * 100) / 100,
      lastUpdateDate: utcWithOffset(t - 3600_000),
    };
  });
  app.get("/financial/statements", async (req, reply) => {
    const q = query(req);
    const s = parseBmDate(one(q.startdate));
    const e = parseBmDate(one(q.enddate));
    if (s === null || e === null) return beymenError(reply, 400, "ValidationException", ["startDate ve endDate zorunludur."]);
    const days = (e - s) / 86400_000;
    if (days < 30 || days > 90) return beymenError(reply, 400, "BusinessRuleException", ["Başlangıç ve Bitiş tarihleri arasında min 30 - max 90 gün olmalıdır."]);
    return data.statements.filter((x) => x.dateMs >= s && x.dateMs < e + 86400_000).map(({ dateMs: _d, ...rest }) => rest);
  });

  // ---- admin API: not part of Beymen; drives state for tests and demos ----
  app.register(
    async (admin) => {
      admin.get("/state", async () => ({
        packages: data.packages.length,
        claims: data.claims.length,
        products: data.products.length,
        categories: data.categories.size,
        leafCategories: [...data.categories.values()].filter(isLeaf).length,
        brands: data.attributes.Brand.length,
        batches: data.batches.size,
      }));
      admin.get("/stats", async () => Object.fromEntries(stats));
      admin.delete("/stats", async () => {
        stats.clear();
        return { ok: true };
      });
      admin.post("/orders", async (req, reply) => {
        const b = (req.body ?? {}) as { productIds?: string[]; lineCount?: number; quantity?: number; customerName?: string };
        try {
          return reply.code(201).send(createOrder(data, { orderDateMs: now(), ...b }).raw);
        } catch (err) {
          return reply.code(400).send({ error: (err as Error).message });
        }
      });
      admin.get("/packages/:id", async (req, reply) => {
        const pkg = findPackage(data, (req.params as { id: string }).id);
        return pkg ? { ...pkg.raw, lineStatuses: pkg.lineStatus, invoice: pkg.invoice } : reply.code(404).send({ error: "no such package" });
      });
      admin.put("/packages/:id/status", async (req, reply) => {
        const pkg = findPackage(data, (req.params as { id: string }).id);
        const status = Number((req.body as { status?: number })?.status);
        if (!pkg) return reply.code(404).send({ error: "no such package" });
        const line: Record<number, number> = {
          1: LINE_STATUS.NewOrder,
          2: LINE_STATUS.ReadyToShip,
          4: LINE_STATUS.Shipped,
          8: LINE_STATUS.DeliveredToCustomer,
          16: LINE_STATUS.CancelledByBeymen,
        };
        if (!line[status]) return reply.code(400).send({ error: "status must be 1, 2, 4, 8 or 16" });
        setPackageStatus(pkg, status, line[status]);
        return pkg.raw;
      });
      admin.post("/claims", async (req, reply) => {
        const b = (req.body ?? {}) as { packageId?: string; status?: number };
        const pkg = b.packageId ? findPackage(data, b.packageId) : undefined;
        if (!pkg) return reply.code(404).send({ error: "no such package" });
        if (pkg.raw.shipmentStatus !== SHIPMENT_STATUS.DeliveredToCustomer) return reply.code(400).send({ error: "only delivered packages can be claimed" });
        const claim = createClaim(data, pkg, now(), b.status ?? CLAIM_STATUS.New);
        data.claims.sort((x, y) => y.claimedAtMs - x.claimedAtMs);
        return reply.code(201).send(claim.raw);
      });
      admin.get("/claims/:id", async (req, reply) => {
        const claim = data.claims.find((c) => c.raw.id === (req.params as { id: string }).id);
        return claim ? claim.raw : reply.code(404).send({ error: "no such claim" });
      });
      admin.get("/products/:id", async (req, reply) => {
        const p = findProduct((req.params as { id: string }).id);
        return p ?? reply.code(404).send({ error: "no such product" });
      });
      admin.post("/batches/flush", async () => {
        for (const b of data.batches.values()) b.readyAtMs = 0;
        return { flushed: data.batches.size };
      });
      admin.put("/faults", async (req) => {
        faults.set((req.body ?? {}) as FaultSettings);
        return faults.settings;
      });
      admin.delete("/faults", async () => {
        faults.clear();
        return { ok: true };
      });
    },
    { prefix: BEYMEN_ADMIN_PREFIX },
  );

  return { app, data, faults, stats };
}

export { type ProductStatusName, PRODUCT_STATUSES };
