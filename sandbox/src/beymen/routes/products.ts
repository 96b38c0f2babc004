// Beymen products: the list, one product, on/off sale, price and stock, translations, and batch
// creates and updates whose results can be read only after the batch has run.
import { randomUUID } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { type AttributeTypeName, type BmProduct, imageOf, isLeaf, PRODUCT_STATUSES, PRODUCT_SUB_STATUSES, statusOf, subStatusOf } from "../data.ts";
import { beymenError, one, pageOf, paging, query } from "../http.ts";
import type { BeymenRouteContext } from "./context.ts";

export function productRoutes({ data, now, options }: BeymenRouteContext) {
  return async (app: FastifyInstance) => {
    const productView = ({ translations: _t, ...p }: BmProduct) => p;
    const findProduct = (id: string) => data.products.find((p) => p.id === id);
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
      // Prices and stock as the price-stock endpoint takes them: a price is a number above 0 (the
      // platform price not above the sales price), stock a whole number from 0 — a batch is no way round.
      const amount = (v: unknown) => (typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : Number.NaN);
      const price = item.priceRequest as { salesPrice?: { value?: unknown } | null; platformPrice?: { value?: unknown } | null } | undefined;
      if (price) {
        const sales = amount(price.salesPrice?.value);
        if (!(sales > 0)) return "Hata - Satış fiyatı (salesPrice) 0'dan büyük bir sayı olmalıdır.";
        if (price.platformPrice !== undefined) {
          const platform = amount(price.platformPrice?.value);
          if (!(platform > 0)) return "Hata - Beymen satış fiyatı (platformPrice) 0'dan büyük bir sayı olmalıdır.";
          if (platform > sales) return "Hata - Beymen satış fiyatı indirimsiz satış fiyatından büyük olamaz.";
        }
      }
      const stock = item.stockRequest as { stock?: { count?: unknown } | null } | undefined;
      if (stock) {
        const count = amount(stock.stock?.count);
        if (!Number.isInteger(count) || count < 0) return "Hata - Stok adedi 0 veya daha büyük bir tam sayı olmalıdır.";
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
  };
}
