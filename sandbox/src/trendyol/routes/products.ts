// The seller's products: the list (filterProducts), create v2 (≤1,000 items → batchRequestId), price
// and inventory updates (≤1,000 items, quantity ≤20,000, list ≥ sale price; an identical body within
// 15 minutes is refused), and batch results, which say IN_PROGRESS until the batch has run. A batch
// changes the products only when it completes, as the real one does.
import { createHash } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { isLeaf, type TrendyolData, type TyBatchItem, type TyProduct, VAT_RATES } from "../data.ts";
import { one, pageOf, paging, query, tyError } from "../http.ts";

export const MAX_BATCH_ITEMS = 1000;
export const MAX_QUANTITY = 20_000;
export const DUPLICATE_WINDOW_MS = 15 * 60_000;
export const MAX_PRODUCT_PAGE = 200;
/** Batch results are kept about four hours. */
const BATCH_TTL_MS = 4 * 3_600_000;

/** Completes, oldest first, every batch whose time has come: a batch changes the products then, whether or not anyone reads its result. */
export function settleBatches(data: TrendyolData, nowMs: number): void {
  for (const b of data.batches.values())
    if (b.items === null && nowMs >= b.readyAtMs) {
      b.items = b.apply();
      b.lastModification = nowMs;
    }
}

const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : Number.NaN);

export function productRoutes(data: TrendyolData, now: () => number, batchDelayMs: () => number) {
  return async (app: FastifyInstance) => {
    function newBatch(type: "ProductV2OnBoarding" | "ProductInventoryUpdate", apply: () => TyBatchItem[]) {
      const t = now();
      for (const [id, b] of data.batches) if (t - b.creationDate > BATCH_TTL_MS) data.batches.delete(id);
      const batchRequestId = data.rng.guid();
      data.batches.set(batchRequestId, { batchRequestId, batchRequestType: type, creationDate: t, lastModification: t, readyAtMs: t + batchDelayMs(), apply, items: null });
      return { batchRequestId };
    }

    app.get("/product/sellers/:sellerId/products", async (req, reply) => {
      const q = query(req);
      const p = paging(req, reply, MAX_PRODUCT_PAGE);
      if (!p) return reply;
      const barcode = one(q.barcode);
      const approved = one(q.approved);
      const stockCode = one(q.stockCode);
      const onSale = one(q.onSale);
      const list = data.products.filter(
        (x) =>
          !x.archived &&
          (!barcode || x.barcode === barcode) &&
          (approved === undefined || String(x.approved) === approved) &&
          (!stockCode || x.stockCode === stockCode) &&
          (onSale === undefined || String(x.onSale) === onSale),
      );
      return pageOf(list, p);
    });

    app.post("/product/sellers/:sellerId/v2/products", async (req, reply) => {
      const items = (req.body as { items?: unknown } | undefined)?.items;
      if (!Array.isArray(items) || items.length < 1 || items.length > MAX_BATCH_ITEMS)
        return tyError(reply, 400, "ValidationException", [`items must hold 1 to ${MAX_BATCH_ITEMS} products`]);
      const snapshot = structuredClone(items) as Array<Record<string, unknown>>;
      return newBatch("ProductV2OnBoarding", () => snapshot.map((item) => createItem(item)));
    });

    /** Validates and creates one product of a batch; its failure reasons otherwise. */
    function createItem(item: Record<string, unknown>): TyBatchItem {
      const reasons: string[] = [];
      const str = (k: string, max: number) => {
        const v = item[k];
        if (typeof v !== "string" || !v.trim() || v.length > max) reasons.push(`${k} is required (at most ${max} characters)`);
        return typeof v === "string" ? v.trim() : "";
      };
      const barcode = str("barcode", 40);
      const title = str("title", 100);
      const productMainId = str("productMainId", 40);
      const stockCode = str("stockCode", 100);
      const description = str("description", 30_000);
      const brand = data.brands.find((b) => b.id === item.brandId);
      if (!brand) reasons.push(`brandId ${String(item.brandId)} is not a Trendyol brand`);
      const category = data.categories.get(Number(item.categoryId));
      if (!isLeaf(category)) reasons.push(`categoryId ${String(item.categoryId)} is not a leaf category`);
      const quantity = num(item.quantity);
      if (!Number.isInteger(quantity) || quantity < 0 || quantity > MAX_QUANTITY) reasons.push(`quantity must be a whole number from 0 to ${MAX_QUANTITY}`);
      const listPrice = num(item.listPrice);
      const salePrice = num(item.salePrice);
      if (!(salePrice > 0)) reasons.push("salePrice must be greater than 0");
      if (!(listPrice >= salePrice)) reasons.push("listPrice must be greater than or equal to salePrice");
      if (!VAT_RATES.includes(num(item.vatRate))) reasons.push(`vatRate must be one of ${VAT_RATES.join(", ")}`);
      if (item.currencyType !== undefined && item.currencyType !== "TRY") reasons.push("currencyType must be TRY");
      const images = Array.isArray(item.images) ? (item.images as Array<{ url?: unknown }>) : [];
      if (!images.length || images.length > 8 || images.some((i) => typeof i?.url !== "string" || !/^https:\/\//.test(i.url))) reasons.push("images must hold 1 to 8 https URLs");
      const given = Array.isArray(item.attributes) ? (item.attributes as Array<{ attributeId?: unknown; attributeValueId?: unknown; customAttributeValue?: unknown }>) : [];
      const attributes: TyProduct["attributes"] = [];
      for (const a of category ? (data.attributes.get(category.id) ?? []) : []) {
        const g = given.find((x) => x.attributeId === a.attribute.id);
        if (!g) {
          if (a.required) reasons.push(`attribute ${a.attribute.name} (${a.attribute.id}) is required in this category`);
          continue;
        }
        const value = a.attributeValues.find((v) => v.id === g.attributeValueId);
        if (value) attributes.push({ attributeId: a.attribute.id, attributeName: a.attribute.name, attributeValueId: value.id, attributeValue: value.name });
        else if (a.allowCustom && typeof g.customAttributeValue === "string" && g.customAttributeValue.trim())
          attributes.push({ attributeId: a.attribute.id, attributeName: a.attribute.name, attributeValue: g.customAttributeValue.trim() });
        else reasons.push(`attribute ${a.attribute.name} (${a.attribute.id}) has no valid value`);
      }
      if (barcode && data.products.some((p) => p.barcode === barcode)) reasons.push(`barcode ${barcode} is already in use`);
      if (reasons.length) return { requestItem: { product: item }, status: "FAILED", failureReasons: reasons };
      const t = now();
      data.products.push({
        id: createHash("md5").update(`ty-product-${barcode}`).digest("hex"),
        approved: false,
        archived: false,
        barcode,
        brand: brand?.name ?? "",
        brandId: brand?.id ?? 0,
        categoryName: category?.name ?? "",
        pimCategoryId: category?.id ?? 0,
        createDateTime: t,
        lastUpdateDate: t,
        description,
        title,
        productMainId,
        productCode: data.seq.product++,
        stockCode,
        quantity,
        listPrice,
        salePrice,
        vatRate: num(item.vatRate),
        dimensionalWeight: Number.isFinite(num(item.dimensionalWeight)) ? num(item.dimensionalWeight) : 1,
        stockUnitType: "Adet",
        images: images.map((i) => ({ url: String(i.url) })),
        attributes,
        onSale: false,
        locked: false,
        rejected: false,
        blacklisted: false,
      });
      return { requestItem: { product: item }, status: "SUCCESS", failureReasons: [] };
    }

    app.post("/inventory/sellers/:sellerId/products/price-and-inventory", async (req, reply) => {
      const items = (req.body as { items?: unknown } | undefined)?.items;
      if (!Array.isArray(items) || items.length < 1 || items.length > MAX_BATCH_ITEMS)
        return tyError(reply, 400, "ValidationException", [`items must hold 1 to ${MAX_BATCH_ITEMS} entries`]);
      const t = now();
      for (const [h, at] of data.recentInventoryBodies) if (t - at > DUPLICATE_WINDOW_MS) data.recentInventoryBodies.delete(h);
      const hash = createHash("sha256").update(JSON.stringify(items)).digest("hex");
      if (data.recentInventoryBodies.has(hash)) return tyError(reply, 400, "DuplicateRequestException", ["The same request was sent within the last 15 minutes"]);
      data.recentInventoryBodies.set(hash, t);
      const snapshot = structuredClone(items) as Array<Record<string, unknown>>;
      return newBatch("ProductInventoryUpdate", () =>
        snapshot.map((item): TyBatchItem => {
          const reasons: string[] = [];
          const product = data.products.find((p) => p.barcode === item.barcode);
          if (!product) reasons.push(`barcode ${String(item.barcode)} is not a product of this seller`);
          const quantity = item.quantity === undefined ? undefined : num(item.quantity);
          if (quantity !== undefined && (!Number.isInteger(quantity) || quantity < 0 || quantity > MAX_QUANTITY))
            reasons.push(`quantity must be a whole number from 0 to ${MAX_QUANTITY}`);
          const sale = item.salePrice === undefined ? undefined : num(item.salePrice);
          const list = item.listPrice === undefined ? undefined : num(item.listPrice);
          if (sale !== undefined && !(sale > 0)) reasons.push("salePrice must be greater than 0");
          if ((sale === undefined) !== (list === undefined)) reasons.push("salePrice and listPrice are sent together");
          if (sale !== undefined && list !== undefined && !(list >= sale)) reasons.push("listPrice must be greater than or equal to salePrice");
          if (quantity === undefined && sale === undefined) reasons.push("quantity or prices must be given");
          if (reasons.length || !product) return { requestItem: item, status: "FAILED", failureReasons: reasons };
          if (quantity !== undefined) product.quantity = quantity;
          if (sale !== undefined && list !== undefined) {
            product.salePrice = sale;
            product.listPrice = list;
          }
          product.lastUpdateDate = now();
          return { requestItem: item, status: "SUCCESS", failureReasons: [] };
        }),
      );
    });

    app.get("/product/sellers/:sellerId/products/batch-requests/:batchRequestId", async (req, reply) => {
      const b = data.batches.get((req.params as { batchRequestId: string }).batchRequestId);
      if (!b) return tyError(reply, 404, "BatchRequestNotFoundException", ["Batch request not found"]);
      const done = b.items !== null;
      return {
        batchRequestId: b.batchRequestId,
        items: b.items ?? [],
        creationDate: b.creationDate,
        lastModification: b.lastModification,
        sourceType: "API",
        itemCount: b.items?.length ?? 0,
        failedItemCount: b.items?.filter((i) => i.status === "FAILED").length ?? 0,
        batchRequestType: b.batchRequestType,
        status: done ? "COMPLETED" : "IN_PROGRESS",
      };
    });
  };
}
