// Beymen's batch product create and update (004 "Toplu Ürün Oluşturma / Güncelleme"): a batch is
// taken with a processId and runs later, as Beymen's does. Until it has run nothing of it is in the
// catalogue and its result list is empty; when it runs each product is checked and, if good,
// applied, and the result echoes the request as Beymen's example shows it: the whole request object,
// numbers as numbers (the example sends "787" and answers 787), absent fields null, a created
// product's `commission: 0`, an update's product `version`, and `productId` only where it succeeded.
import { randomUUID } from "node:crypto";
import { imageOf, isLeaf, statusOf, subStatusOf } from "./catalog.ts";
import type { AttributeTypeName, BatchProcess, BeymenData, BmCategory, BmProduct } from "./types.ts";

/** VAT rates the tables list; an update also takes 8, the rate the document's own update example sends. */
const CREATE_VAT = [0, 1, 10, 20];
const UPDATE_VAT = [...CREATE_VAT, 8];

export function queueBatch(data: BeymenData, update: boolean, items: unknown[], readyAtMs: number): string {
  const id = randomUUID();
  data.batches.set(id, { id, update, items, readyAtMs, results: null });
  return id;
}

/** Runs, in the order they were sent, every batch whose time has come. Called before each request is answered. */
export function settleBatches(data: BeymenData, nowMs: number): void {
  for (const b of data.batches.values()) if (!b.results && b.readyAtMs <= nowMs) b.results = runBatch(data, b);
}

/** The results a batch's GET answers: empty until it has run. */
export const batchResults = (b: BatchProcess) => b.results ?? [];

function runBatch(data: BeymenData, b: BatchProcess): Array<Record<string, unknown>> {
  return b.items.map((raw) => {
    if (!raw || typeof raw !== "object" || Array.isArray(raw)) return { request: raw ?? null, isSuccess: false, processResult: "Hata - Geçersiz ürün." };
    const item = raw as Record<string, unknown>;
    const error = validateProduct(data, item, b.update);
    const productId = error ? null : applyProduct(data, item, b.update);
    const request = b.update ? updateEcho(item, findProduct(data, item.id)) : createEcho(item);
    return productId ? { request, productId, isSuccess: true, processResult: "İşlem Başarılı" } : { request, isSuccess: false, processResult: error };
  });
}

const findProduct = (data: BeymenData, id: unknown) => (typeof id === "string" ? data.products.find((p) => p.id === id) : undefined);

// ---- the echo ----
/** A number the request gave as a number or a numeric string; anything else as it came. */
function num(v: unknown): unknown {
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  return v ?? null;
}
const price = (p: unknown) =>
  p && typeof p === "object" ? { value: num((p as { value?: unknown }).value), currency: (p as { currency?: unknown }).currency ?? null } : (p ?? null);
function priceEcho(v: unknown) {
  if (!v || typeof v !== "object") return v ?? null;
  const o = v as { salesPrice?: unknown; platformPrice?: unknown };
  return { salesPrice: price(o.salesPrice), platformPrice: price(o.platformPrice) };
}
function stockEcho(v: unknown) {
  if (!v || typeof v !== "object") return v ?? null;
  const stock = (v as { stock?: unknown }).stock;
  return { stock: stock && typeof stock === "object" ? { count: num((stock as { count?: unknown }).count) } : (stock ?? null) };
}
/** How a request field is echoed where it is not as sent: amounts and counts as numbers. */
const CONVERTED: Record<string, (v: unknown) => unknown> = { priceRequest: priceEcho, stockRequest: stockEcho, vatRate: num, desi: num };
// The keys, in the order the document's result examples write them.
const CREATE_KEYS = [
  "name",
  "stockCode",
  "barcode",
  "description",
  "brandId",
  "categoryId",
  "priceRequest",
  "stockRequest",
  "vatRate",
  "images",
  "modelCode",
  "merchantColorCode",
  "size",
  "gender",
  "platformColor",
  "commission",
  "desi",
  "attributes",
];
const UPDATE_KEYS = [
  "id",
  "name",
  "stockCode",
  "description",
  "brandId",
  "categoryId",
  "priceRequest",
  "stockRequest",
  "vatRate",
  "desi",
  "images",
  "platformColor",
  "merchantColor",
  "size",
  "attributes",
  "modelCode",
  "gender",
  "version",
];

/** The request as a result echoes it: every key of `keys`, absent ones null, `fixed` ones given. */
function echo(item: Record<string, unknown>, keys: readonly string[], fixed: Record<string, unknown>) {
  return Object.fromEntries(keys.map((k) => [k, k in fixed ? fixed[k] : CONVERTED[k] ? CONVERTED[k](item[k]) : (item[k] ?? null)]));
}
const createEcho = (item: Record<string, unknown>) => echo(item, CREATE_KEYS, { commission: 0 });
const updateEcho = (item: Record<string, unknown>, product: BmProduct | undefined) => echo(item, UPDATE_KEYS, { version: product?.version ?? null });

// ---- the checks and the change ----
function validateProduct(data: BeymenData, item: Record<string, unknown>, update: boolean): string | null {
  const attrIds = (type: AttributeTypeName) => new Set(data.attributes[type].map((a) => a.id));
  const str = (k: string) => (typeof item[k] === "string" ? (item[k] as string) : item[k] === undefined || item[k] === null ? undefined : String(item[k]));
  const required = update ? ["name", "description"] : ["name", "barcode", "modelCode", "description", "brandId", "categoryId", "platformColor", "size", "gender"];
  for (const k of required) if (!str(k)?.trim()) return `Hata - ${k} alanı zorunludur.`;
  if (update) {
    if (!findProduct(data, str("id"))) return "Hata - Ürün bulunamadı.";
  } else {
    if (data.products.some((p) => p.barcode === str("barcode"))) return "Hata - Bu barkod ile kayıtlı bir ürün bulunmaktadır.";
    if (!item.stockRequest) return "Hata - stockRequest alanı zorunludur.";
    if (!item.priceRequest) return "Hata - priceRequest alanı zorunludur.";
    if (!Array.isArray(item.images) || !item.images.length) return "Hata - En az bir görsel zorunludur.";
  }
  // Prices and stock as the price-stock endpoint takes them: a price is a number above 0 (the
  // platform price not above the sales price), stock a whole number from 0 — a batch is no way round.
  const amount = (v: unknown) => (typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : Number.NaN);
  const priceRequest = item.priceRequest as { salesPrice?: { value?: unknown } | null; platformPrice?: { value?: unknown } | null } | undefined;
  if (priceRequest) {
    const sales = amount(priceRequest.salesPrice?.value);
    if (!(sales > 0)) return "Hata - Satış fiyatı (salesPrice) 0'dan büyük bir sayı olmalıdır.";
    if (priceRequest.platformPrice !== undefined) {
      const platform = amount(priceRequest.platformPrice?.value);
      if (!(platform > 0)) return "Hata - Beymen satış fiyatı (platformPrice) 0'dan büyük bir sayı olmalıdır.";
      if (platform > sales) return "Hata - Beymen satış fiyatı indirimsiz satış fiyatından büyük olamaz.";
    }
  }
  const stock = item.stockRequest as { stock?: { count?: unknown } | null } | undefined;
  if (stock) {
    const count = amount(stock.stock?.count);
    if (!Number.isInteger(count) || count < 0) return "Hata - Stok adedi 0 veya daha büyük bir tam sayı olmalıdır.";
  }
  const vat = (update ? UPDATE_VAT : CREATE_VAT).map(String);
  if (item.vatRate !== undefined && item.vatRate !== null && !vat.includes(String(num(item.vatRate)))) return "Hata - KDV oranı 0, 1, 10 veya 20 olmalıdır.";
  if (!update && (item.vatRate === undefined || item.vatRate === null)) return "Hata - vatRate alanı zorunludur.";
  const colour = str(update ? "merchantColor" : "merchantColorCode");
  if (colour && colour.length > 30) return "Hata - Satıcı Renk alanı maksimum 30 karakter olmalıdır.";
  if (str("brandId") && !attrIds("Brand").has(str("brandId")!)) return "Hata - Marka bulunamadı.";
  if (str("gender") && !attrIds("Gender").has(str("gender")!)) return "Hata - Cinsiyet bulunamadı.";
  if (str("size") && !attrIds("Size").has(str("size")!)) return "Hata - Beden bulunamadı.";
  if (str("platformColor") && !attrIds("Color").has(str("platformColor")!)) return "Hata - Renk bulunamadı.";
  const current = update ? findProduct(data, str("id"))?.category.id : undefined;
  const categoryId = str("categoryId") ?? current;
  // Required attributes are the create's ("ürün oluştururken eklenmelidir"): an update that keeps the
  // category keeps the product's attributes, as the document's update example (`attributes: []`) does.
  const keepsCategory = update && categoryId === current;
  if (categoryId) {
    const c = data.categories.get(categoryId);
    if (!c) return "Hata - Kategori bulunamadı.";
    if (!isLeaf(c)) return "Hata - Alt kırılımı olan kategoriye ürün yüklenemez.";
    const given = new Map(
      ((item.attributes as Array<{ attributeId?: unknown; attributeOptionValue?: unknown }>) ?? []).map((a) => [String(a.attributeId), String(a.attributeOptionValue ?? "")]),
    );
    for (const a of c.attributes) {
      const v = given.get(a.id);
      if (a.required && !v && !keepsCategory) return `Hata - ${a.name} özelliği bu kategori için zorunludur.`;
      if (v && !a.isFreeText && !a.items.some((i) => String(i.id) === v)) return `Hata - ${a.name} özelliği için geçersiz değer: ${v}`;
    }
  }
  return null;
}

function applyProduct(data: BeymenData, item: Record<string, unknown>, update: boolean): string {
  const get = (type: AttributeTypeName, id: unknown) => {
    const a = data.attributes[type].find((x) => x.id === String(id));
    return a ? { id: a.id, name: a.value } : undefined;
  };
  const images = ((item.images as string[] | undefined) ?? []).map((s) => String(s));
  if (update) {
    const p = findProduct(data, item.id)!;
    p.version = randomUUID().replaceAll("-", "");
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
    // The update takes the create's request type (its table says List[CreateProduct]), prices and stock included.
    const prices = item.priceRequest as { salesPrice?: { value?: unknown }; platformPrice?: { value?: unknown } } | null | undefined;
    if (prices?.salesPrice) p.salesPrice = { value: Number(prices.salesPrice.value), currency: "TRY" };
    if (prices?.platformPrice) p.platformSalesPrice = { value: Number(prices.platformPrice.value), currency: "TRY" };
    const stock = item.stockRequest as { stock?: { count?: unknown } } | null | undefined;
    if (stock?.stock) p.stock = { count: Number(stock.stock.count) };
    // Image ids keep their image; anything else is a new image URL.
    if (images.length) p.images = images.map((s) => p.images.find((i) => String(i.id) === s) ?? imageOf(data, s));
    // Attributes sent replace the product's; none sent (the example's `[]`) keeps them.
    if (Array.isArray(item.attributes) && item.attributes.length) Object.assign(p, attributesOf(data.categories.get(p.category.id)!, item.attributes));
    return p.id;
  }
  const c = data.categories.get(String(item.categoryId))!;
  const price = item.priceRequest as { salesPrice?: { value?: unknown }; platformPrice?: { value?: unknown } };
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
    ...attributesOf(c, item.attributes),
    version: randomUUID().replaceAll("-", ""),
    isReturnForbidden: false,
    translations: {},
  };
  data.products.push(p);
  return p.id;
}

/** The product's chosen and free-text attributes from a request's `attributes`, against its category. */
function attributesOf(c: BmCategory, given: unknown): Pick<BmProduct, "selectedAttributes" | "customAttributes"> {
  const attrs = (given as Array<{ attributeId: unknown; attributeOptionValue: unknown }> | null | undefined) ?? [];
  return {
    selectedAttributes: attrs.flatMap((a) => {
      const def = c.attributes.find((x) => x.id === String(a.attributeId));
      const it = def?.items.find((i) => String(i.id) === String(a.attributeOptionValue));
      return def && it ? [{ id: def.id, name: def.name, items: { id: it.id, value: it.value } }] : [];
    }),
    customAttributes: attrs.flatMap((a) => {
      const def = c.attributes.find((x) => x.id === String(a.attributeId));
      return def?.isFreeText ? [{ id: def.id, name: def.name, value: String(a.attributeOptionValue) }] : [];
    }),
  };
}
