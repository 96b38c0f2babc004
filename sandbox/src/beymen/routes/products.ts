// Beymen products: the list, one product, on/off sale, price and stock, translations, and batch
// creates and updates whose results can be read only after the batch has run.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { type BmProduct, batchResults, PRODUCT_STATUSES, PRODUCT_SUB_STATUSES, queueBatch, statusOf, subStatusOf } from "../data.ts";
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

    // ---- batch product create / update: taken now, run after the delay (state/batches.ts) ----
    function batch(update: boolean) {
      return async (req: FastifyRequest, reply: FastifyReply) => {
        const body = req.body;
        if (!Array.isArray(body) || !body.length) return beymenError(reply, 400, "ValidationException", ["İstek gövdesi boş olmayan bir ürün listesi olmalıdır."]);
        if (body.length > 1000) return beymenError(reply, 400, "ValidationException", ["Bir istekte en fazla 1000 ürün gönderilebilir."]);
        return { processId: queueBatch(data, update, body, now() + (options.batchDelayMs ?? 1000)) };
      };
    }
    app.post("/batch/products", batch(false));
    app.post("/batch/update/products", batch(true));
    app.get("/batch/products/:processId", async (req, reply) => {
      const b = data.batches.get((req.params as { processId: string }).processId);
      if (!b) return beymenError(reply, 404, "NotFoundException", ["İşlem bulunamadı."]);
      // Until the process has run, its result list is empty.
      return batchResults(b);
    });
  };
}
