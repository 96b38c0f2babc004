// The Pazarama sandbox's product writes and the rest of the document: product create with its batch
// result (InProgress → Done/Error, queryable for 4 hours), price and stock v2 (listing-writes.ts), VAT bulk update, max sale quantity, open/close catalogue products, catalogue
// search and quick add by barcode, supplier (commercial) templates, questions and answers, and the
// payment agreement (finance).
import type { FastifyInstance, FastifyReply } from "fastify";
import type { Random } from "../../common/random.ts";
import type { PazaramaData, PzProduct } from "../data.ts";
import { envelope, fail, lower, money2 } from "../http.ts";
import { type ListingBatch, registerListingWrites } from "./listing-writes.ts";

const BATCH_QUERY_HOURS = 4;
/** VAT rates a product can be given (create, VAT bulk update). */
const VAT_RATES = [0, 1, 10, 20];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ProductBatch {
  id: string;
  createdMs: number;
  readyAtMs: number;
  items: Array<{ code: string; error: string | null; product: PzProduct | null }>;
}
export interface Commercial {
  commercialId: string;
  isImported: boolean;
  type: number;
  name: string;
  title: string;
  brand: string;
  email: string;
  address: string;
}
export interface Question {
  questionId: string;
  productCode: string;
  question: string;
  questionDate: string;
  questionStatus: number;
  topicId: string;
  maskedUserName: string;
  answer: string | null;
  answerDate: string | null;
}

/** State of the product-side writes; the admin API reads it. */
export interface PazaramaProductState {
  batches: Map<string, ProductBatch>;
  listings: Map<string, ListingBatch>;
  saleLimits: Map<string, number>;
  /** External (catalogue) status per code: 1 on sale, 10 closed. */
  productStatus: Map<string, number>;
  commercials: Map<string, Commercial>;
  productCommercials: Map<string, { securityDescription: string | null; commercialIds: string[] }>;
  catalog: Array<{
    productId: string;
    name: string;
    displayName: string;
    code: string;
    categoryName: string;
    brandName: string;
    brandId: string;
    vatRate: number;
    imageUrl: string;
    isVariantable: string;
  }>;
  questions: Question[];
  /** Moves the products of finished create batches into the seller's list. */
  settle: () => void;
  payments: Array<{
    orderId: number;
    trxCode: string;
    trxId: string;
    amount: number;
    installmentNumber: number;
    commissionAmount: number;
    couponDiscount: number;
    allowanceAmount: number;
    status: string;
    transactionDate: string;
    transferredDate: string;
    atMs: number;
  }>;
}

export const QUESTION_STATUSES = [
  { id: 0, value: "Cevap Bekliyor" },
  { id: 1, value: "Cevaplandı" },
  { id: 2, value: "Onay Bekliyor" },
  { id: 3, value: "Reddedildi" },
];
export const QUESTION_TOPICS = [
  { id: "2884d198-babd-4199-b90f-9a13bbee6ec9", topic: "Renk Beden" },
  { id: "0ce396f6-9bb2-4a84-9448-ba0b16e3a6b8", topic: "Teslimat ve Kargo" },
  { id: "f153675f-0da8-4bef-80fb-cb0c291fb172", topic: "İptal ve İade" },
  { id: "cd6a0496-6b0f-471f-9d6f-eb53c3d0cb20", topic: "Garanti Koşulları" },
  { id: "c7c20577-f962-4cfa-b171-ff802eeeb161", topic: "Ürün Özellikleri" },
];
const QUESTIONS = ["Garanti var mı?", "Kargo ne zaman çıkar?", "Beden kalıbı dar mı?", "Orijinal ürün mü?", "Faturalı mı gönderiyorsunuz?", "Rengi fotoğraftaki gibi mi?"];

const naive = (ms: number) => new Date(ms + 3 * 3600_000).toISOString().replace("Z", "");

function seedState(data: PazaramaData, r: Random, now: number): PazaramaProductState {
  const catalog = Array.from({ length: 60 }, (_, i) => {
    const brand = data.brands[i % data.brands.length];
    const cat = data.categories.filter((c) => c.leaf)[i % 20];
    const code = `978625722${String(1000 + i).padStart(4, "0")}`;
    return {
      productId: r.guid(),
      name: `${cat.name} ${brand.name} ${i + 1}`,
      displayName: `${cat.name} ${brand.name} ${i + 1}`,
      code,
      categoryName: cat.name,
      brandName: brand.name,
      brandId: brand.id,
      vatRate: [0, 10, 20][i % 3],
      imageUrl: `https://cdn.pazarama.com/asset/${code}/images/1.jpg`,
      isVariantable: i % 4 ? "Varyantsız" : "Varyantlı",
    };
  });
  const questions: Question[] = data.products.slice(0, 24).map((p, i) => ({
    questionId: r.guid(),
    productCode: p.code,
    question: QUESTIONS[i % QUESTIONS.length],
    questionDate: naive(now - (i + 1) * 7 * 3600_000),
    questionStatus: i % 4 === 0 ? 2 : i % 3 === 0 ? 1 : 0,
    topicId: QUESTION_TOPICS[i % QUESTION_TOPICS.length].id,
    maskedUserName: "M**** S****",
    answer: i % 4 === 0 || i % 3 === 0 ? "Merhaba, evet. İyi günlerde kullanın." : null,
    answerDate: i % 4 === 0 || i % 3 === 0 ? naive(now - i * 7 * 3600_000) : null,
  }));
  const payments = data.orders
    .filter((o) => o.raw.items.some((i) => [11, 8, 10].includes(i.orderItemStatus)))
    .map((o) => {
      const refunded = o.raw.items.every((i) => i.orderItemStatus === 8 || i.orderItemStatus === 10);
      const amount = Math.round(o.raw.orderAmount * 100) / 100;
      const commission = Math.round(amount * 12) / 100;
      const at = o.createdAtMs + 5 * 86400_000;
      return {
        orderId: o.raw.orderNumber,
        trxCode: `ORDER-${o.raw.orderNumber}`,
        trxId: r.guid(),
        amount: refunded ? -amount : amount,
        installmentNumber: 0,
        commissionAmount: refunded ? -commission : commission,
        couponDiscount: 0,
        allowanceAmount: Math.round((refunded ? -(amount - commission) : amount - commission) * 100) / 100,
        status: refunded ? "İade" : "Satış",
        transactionDate: naive(at).slice(0, 19),
        transferredDate: `${naive(at + 30 * 86400_000).slice(0, 10)}T00:00:00`,
        atMs: at,
      };
    });
  return {
    batches: new Map(),
    listings: new Map(),
    saleLimits: new Map(),
    productStatus: new Map(),
    commercials: new Map(),
    productCommercials: new Map(),
    catalog,
    questions,
    payments,
    settle: () => {},
  };
}

export function registerProductWrites(api: FastifyInstance, data: PazaramaData, now: () => number, delayMs: number): PazaramaProductState {
  const r = data.random;
  const state = seedState(data, r, now());
  const byCode = (code: unknown) => data.products.find((p) => p.code === String(code ?? "").trim());
  const bad = (reply: FastifyReply, message: string) => fail(reply, 400, message, "PRD1");

  // Products of a create batch appear once the batch has run, as getProductBatchResult reports it;
  // a price or stock batch changes its products once it has run. Called before every API request.
  const settled = new Set<string>();
  state.settle = () => {
    for (const b of state.batches.values()) {
      if (settled.has(b.id) || now() < b.readyAtMs) continue;
      settled.add(b.id);
      for (const it of b.items) if (it.product && !data.products.some((x) => x.code === it.code)) data.products.push(it.product);
    }
    settleListings();
  };

  // ---- create (3.x "Ürün Ekleme") and its batch result ----
  function validateCreate(p: Record<string, unknown>): string | null {
    const str = (k: string) => (typeof p[k] === "string" ? (p[k] as string) : "");
    const len = (k: string, max: number, label: string) => (!str(k).trim() ? `${label} zorunludur.` : str(k).length > max ? `${label} en fazla ${max} karakter olabilir.` : null);
    const first =
      len("name", 100, "Name") ??
      len("displayname", 250, "DisplayName") ??
      (!str("description").trim() ? "Description zorunludur." : null) ??
      len("code", 500, "Code") ??
      // The table says GroupCode is nvarchar(10), yet its own create example sends 17 characters
      // ("MST0123456789DNM1") and its detail example reads 15: the 10 is the typo. 100, the width of
      // StockCode, the other free seller code, is taken as the limit; the client checks the same.
      len("groupcode", 100, "GroupCode") ??
      len("stockcode", 100, "StockCode");
    if (first) return first;
    if (!GUID.test(str("brandid")) || !data.brands.some((b) => b.id === str("brandid"))) return "Marka bulunamadı.";
    const cat = data.categories.find((c) => c.id === str("categoryid"));
    if (!cat) return "Kategori bulunamadı.";
    if (!cat.leaf) return "Ürün sadece son seviye kategoriye eklenebilir.";
    if (!Number.isInteger(p.desi) || (p.desi as number) < 0) return "Desi 0 veya daha büyük bir tam sayı olmalıdır.";
    if (!Number.isInteger(p.stockcount) || (p.stockcount as number) < 0) return "StockCount 0 veya daha büyük bir tam sayı olmalıdır.";
    // The rates in force since 10 July 2023. The document's 18s are reads of products and orders made
    // before (its create and VAT-update examples send 10 and 0): a new product cannot take 18, a read may show it.
    if (!Number.isInteger(p.vatrate) || !VAT_RATES.includes(p.vatrate as number)) return "VatRate 0, 1, 10 veya 20 olmalıdır.";
    if (!money2(p.listprice) || !money2(p.saleprice)) return "ListPrice ve SalePrice 0'dan büyük, en fazla 2 ondalıklı olmalıdır.";
    if ((p.saleprice as number) > (p.listprice as number)) return "Satış fiyatı liste fiyatından büyük olamaz.";
    if (p.productsalelimitquantity !== undefined && (!Number.isInteger(p.productsalelimitquantity) || (p.productsalelimitquantity as number) < 0))
      return "ProductSaleLimitQuantity 0 veya daha büyük olmalıdır.";
    const images = Array.isArray(p.images) ? p.images.map(lower) : [];
    if (!images.length) return "En az bir görsel zorunludur.";
    if (images.some((i) => typeof i.imageurl !== "string" || !/^https?:\/\//.test(i.imageurl as string) || (i.imageurl as string).length > 500)) return "Görsel adresi geçersiz.";
    const attrs = (Array.isArray(p.attributes) ? p.attributes : []).map(lower);
    const defs = data.attributes.get(cat.id) ?? [];
    for (const d of defs.filter((x) => x.isRequired)) if (!attrs.some((a) => a.attributeid === d.id)) return `${d.name} özelliği zorunludur.`;
    for (const a of attrs) {
      const def = defs.find((d) => d.id === a.attributeid);
      if (!def) return "Özellik bu kategoriye ait değil.";
      if (!def.attributeValues.some((v) => v.id === a.attributevalueid)) return `${def.name} özelliği için geçersiz değer.`;
    }
    if (data.products.some((x) => x.code === str("code"))) return "Bu barkod ile kayıtlı bir ürün bulunmaktadır.";
    for (const c of (Array.isArray(p.productcommercials) ? p.productcommercials : []).map(lower)) {
      if (!state.commercials.has(String(c.productcommercialid))) return "Temin bilgisi şablonu bulunamadı.";
    }
    return null;
  }
  api.post("/product/create", async (req, reply) => {
    const b = lower(req.body);
    const products = Array.isArray(b.products) ? b.products.map(lower) : null;
    if (!products?.length) return bad(reply, "Products listesi boş olamaz.");
    const id = r.guid();
    const items = products.map((p) => {
      const error = validateCreate(p);
      if (error) return { code: String(p.code ?? ""), error, product: null };
      const cat = data.categories.find((c) => c.id === p.categoryid)!;
      const brand = data.brands.find((x) => x.id === p.brandid)!;
      const defs = data.attributes.get(cat.id) ?? [];
      const product: PzProduct = {
        productId: r.guid(),
        name: String(p.name),
        displayName: String(p.displayname),
        description: String(p.description),
        brandId: brand.id,
        brandName: brand.name,
        code: String(p.code),
        groupCode: String(p.groupcode),
        stockCount: Number(p.stockcount),
        stockCode: String(p.stockcode),
        priorityRank: 0,
        listPrice: Number(p.listprice),
        salePrice: Number(p.saleprice),
        vatRate: Number(p.vatrate),
        categoryId: cat.id,
        categoryName: cat.name,
        state: 1,
        images: (p.images as unknown[]).map(lower).map((i) => ({ imageUrl: String(i.imageurl) })),
        attributes: (Array.isArray(p.attributes) ? p.attributes : []).map(lower).map((a) => {
          const def = defs.find((d) => d.id === a.attributeid)!;
          const v = def.attributeValues.find((x) => x.id === a.attributevalueid)!;
          return { attributeId: def.id, attributeValueId: v.id, attributeName: def.name, attributeValue: v.value };
        }),
      };
      if (p.productsalelimitquantity) state.saleLimits.set(product.code, Number(p.productsalelimitquantity));
      const commercials = (Array.isArray(p.productcommercials) ? p.productcommercials : []).map(lower).map((c) => String(c.productcommercialid));
      const info = lower(p.productcommercialadditionalinfo);
      if (commercials.length || info.securitydescription)
        state.productCommercials.set(product.code, { securityDescription: (info.securitydescription as string) ?? null, commercialIds: commercials });
      return { code: product.code, error: null, product };
    });
    state.batches.set(id, { id, createdMs: now(), readyAtMs: now() + delayMs, items });
    return envelope(
      { batchRequestId: id, creationDate: `${naive(now()).slice(0, 23)}+03:00`, error: { errors: [], message: null } },
      { userMessage: "Ürününüz onaya gönderildi." },
    );
  });
  api.get("/product/getProductBatchResult", async (req, reply) => {
    const id = String(lower(req.query).batchrequestid ?? "").trim();
    const batch = state.batches.get(id);
    if (!batch || now() - batch.createdMs > BATCH_QUERY_HOURS * 3600_000) return fail(reply, 404, "Batch kaydı bulunamadı.", "BSK1");
    const done = now() >= batch.readyAtMs;
    const failed = batch.items.filter((i) => i.error);
    return envelope(
      {
        status: !done ? 1 : failed.length === batch.items.length ? 3 : 2,
        batchRequestId: batch.id,
        batchResult: done ? failed.map((f) => ({ code: f.code, message: f.error })) : [],
        totalCount: done ? batch.items.length : 0,
        failedCount: done ? failed.length : 0,
        creationDate: `${naive(batch.createdMs).slice(0, 23)}+03:00`,
      },
      { messageCode: "BSK0" },
    );
  });

  // ---- price and stock v2, and their results by data id (listing-writes.ts) ----
  const settleListings = registerListingWrites(api, { data, listings: state.listings, now, delayMs, byCode, bad });

  // ---- VAT (3.27), max sale quantity (3.24), open/close catalogue products (3.32) ----
  api.put("/product/vatRate/bulk", async (req, reply) => {
    const list = (Array.isArray(lower(req.body).listingvatrates) ? (lower(req.body).listingvatrates as unknown[]) : []).map(lower);
    if (!list.length) return bad(reply, "ListingVatRates listesi boş olamaz.");
    for (const v of list) {
      if (!byCode(v.productcode)) return bad(reply, `Ürün bulunamadı: ${v.productcode}`);
      if (!Number.isInteger(v.vatrate) || !VAT_RATES.includes(v.vatrate as number)) return bad(reply, "VatRate 0, 1, 10 veya 20 olmalıdır.");
    }
    for (const v of list) byCode(v.productcode)!.vatRate = v.vatrate as number;
    return envelope(true, { messageCode: "MER_0", message: "İşlem Başarıyla Gerçekleştirildi.", userMessage: "İşlem Başarıyla Gerçekleştirildi." });
  });
  api.post("/product/upsertSellerProductSaleLimit", async (req, reply) => {
    const b = lower(req.body);
    const p = byCode(b.code);
    if (!p) return bad(reply, "Ürün bulunamadı.");
    if (p.state !== 3 && p.state !== 1 && p.state !== 2) return bad(reply, "Satış limiti sadece onaylı veya onay bekleyen ürünler için girilebilir.");
    if (!Number.isInteger(b.quantity) || (b.quantity as number) < 0) return bad(reply, "Quantity 0 veya daha büyük bir tam sayı olmalıdır.");
    state.saleLimits.set(p.code, b.quantity as number);
    return envelope(true);
  });
  api.post("/product/external-status", async (req, reply) => {
    const item = lower(lower(req.body).productitem);
    const p = byCode(item.code);
    const status = Number(item.productstatus);
    if (status !== 1 && status !== 10) return bad(reply, "productStatus 1 (satışa aç) veya 10 (satışa kapat) olmalıdır.");
    if (!p) return envelope({ result: [{ success: false, message: "Ürün bulunamadı.", code: String(item.code ?? ""), productStatus: status }] });
    state.productStatus.set(p.code, status);
    return envelope({ result: [{ success: true, message: null, code: p.code, productStatus: status }] });
  });

  // ---- catalogue search and quick add (3.21) ----
  api.post("/product/getProductTitleCodeSearch", async (req, reply) => {
    const b = lower(req.body);
    const size = Number(b.size ?? 10);
    const page = Number(b.page ?? 1);
    if (!Number.isInteger(size) || size < 1 || size > 100 || !Number.isInteger(page) || page < 1) return bad(reply, "Page 1 veya büyük, Size 1-100 olmalıdır.");
    const code = String(b.code ?? "").trim();
    const name = String(b.name ?? "")
      .trim()
      .toLocaleLowerCase("tr-TR");
    if (!code && !name) return bad(reply, "Code veya Name alanlarından biri zorunludur.");
    const list = state.catalog.filter((c) => (code ? c.code === code : true) && (name ? c.name.toLocaleLowerCase("tr-TR").includes(name) : true));
    return envelope({
      products: list.slice((page - 1) * size, page * size).map(({ brandId: _b, ...c }) => c),
      pageResponse: { pageIndex: page, pageSize: size, totalCount: list.length, totalPages: Math.ceil(list.length / size) },
    });
  });
  api.post("/product/addProductsWithBarcodes", async (req, reply) => {
    const p = lower(lower(req.body).product);
    const entry = state.catalog.find((c) => c.productId === String(p.productid ?? "").trim());
    if (!entry) return bad(reply, "Katalog ürünü bulunamadı.");
    if (data.products.some((x) => x.code === entry.code)) return bad(reply, "Bu ürün zaten mağazanızda bulunmaktadır.");
    if (!money2(p.listprice) || !money2(p.saleprice) || (p.saleprice as number) > (p.listprice as number)) return bad(reply, "Fiyatlar geçersiz.");
    if (!Number.isInteger(p.stockcount) || (p.stockcount as number) < 0) return bad(reply, "StockCount 0 veya daha büyük olmalıdır.");
    const brand = data.brands.find((x) => x.id === entry.brandId)!;
    const cat = data.categories.find((c) => c.name === entry.categoryName)!;
    data.products.push({
      productId: entry.productId,
      name: entry.name,
      displayName: entry.displayName,
      description: entry.name,
      brandId: brand.id,
      brandName: brand.name,
      code: entry.code,
      groupCode: entry.code,
      stockCount: p.stockcount as number,
      stockCode: String(p.stockcode ?? entry.code),
      priorityRank: 0,
      listPrice: p.listprice as number,
      salePrice: p.saleprice as number,
      vatRate: entry.vatRate,
      categoryId: cat.id,
      categoryName: cat.name,
      state: 3,
      images: [{ imageUrl: entry.imageUrl }],
      attributes: [],
    });
    return envelope({
      code: entry.code,
      stockCode: String(p.stockcode ?? entry.code),
      productId: entry.productId,
      sellerId: data.sellerId,
      listPrice: p.listprice,
      stockCount: p.stockcount,
      salePrice: p.saleprice,
      installmentCount: Number(p.installmentcount ?? 0),
    });
  });

  // ---- supplier (commercial) templates (3.30) ----
  // The type table gives imported origins 1–3 and domestic 0 or 3, yet the document's own POST and PUT
  // examples send `isImported: true, type: 0` and `email: "string"`: the document contradicting itself,
  // the sandbox takes what its examples send (an imported template may be 0; an e-mail is any non-empty
  // text). The client keeps the table and checks the e-mail's form, so it never sends either.
  const commercialOf = (b: Record<string, unknown>): Omit<Commercial, "commercialId"> | string => {
    if (typeof b.isimported !== "boolean") return "isImported zorunludur.";
    const type = Number(b.type);
    if (!(b.isimported ? [0, 1, 2, 3] : [0, 3]).includes(type))
      return b.isimported ? "İthal menşei için type 1, 2 veya 3 olmalıdır." : "Yerli menşei için type 0 veya 3 olmalıdır.";
    for (const k of ["name", "title", "brand", "email", "address"]) if (typeof b[k] !== "string" || !(b[k] as string).trim()) return `${k} zorunludur.`;
    return { isImported: b.isimported, type, name: b.name as string, title: b.title as string, brand: b.brand as string, email: b.email as string, address: b.address as string };
  };
  const list = () => envelope({ productCommercialList: [...state.commercials.values()] }, { messageCode: "MER0" });
  api.get("/product-commercials", async () => list());
  api.post("/product-commercials", async (req, reply) => {
    const c = commercialOf(lower(req.body));
    if (typeof c === "string") return bad(reply, c);
    const created = { commercialId: r.guid(), ...c };
    state.commercials.set(created.commercialId, created);
    return envelope({ productCommercialList: [created] }, { messageCode: "MER0" });
  });
  api.put("/product-commercials/id/:id/product-commercial", async (req, reply) => {
    const id = (req.params as { id: string }).id;
    if (!state.commercials.has(id)) return fail(reply, 404, "Şablon bulunamadı.", "MER1");
    const c = commercialOf(lower(req.body));
    if (typeof c === "string") return bad(reply, c);
    state.commercials.set(id, { commercialId: id, ...c });
    return envelope({ productCommercialList: [state.commercials.get(id)] }, { messageCode: "MER0" });
  });
  api.delete("/product-commercials/id/:id/product-commercial", async (req, reply) => {
    const id = (req.params as { id: string }).id;
    if (!state.commercials.delete(id)) return fail(reply, 404, "Şablon bulunamadı.", "MER1");
    for (const v of state.productCommercials.values()) v.commercialIds = v.commercialIds.filter((x) => x !== id);
    return envelope(true, { messageCode: "MER0" });
  });
  api.post("/product/upsertSellerProductCommercial", async (req, reply) => {
    const b = lower(req.body);
    const p = byCode(b.code);
    if (!p) return bad(reply, "Ürün bulunamadı.");
    const ids = Array.isArray(b.commercialids) ? b.commercialids.map(String) : [];
    for (const id of ids) if (!state.commercials.has(id)) return bad(reply, `Şablon bulunamadı: ${id}`);
    // "Diğerleri girilmezse mevcuttaki değerleri sıfırlar."
    state.productCommercials.set(p.code, { securityDescription: typeof b.securitydescription === "string" ? b.securitydescription : null, commercialIds: ids });
    return envelope(true, { messageCode: "MER0" });
  });

  // ---- questions and answers (3.22) ----
  const productOf = (q: Question) => data.products.find((p) => p.code === q.productCode);
  const detail = (q: Question) => {
    const p = productOf(q);
    return {
      sellerId: data.sellerId,
      questionId: q.questionId,
      productName: p?.name ?? "",
      productImageUrl: p?.images[0]?.imageUrl ?? null,
      barcode: q.productCode,
      brand: p?.brandName ?? null,
      maskedUserName: q.maskedUserName,
      question: q.question,
      questionDate: q.questionDate,
      questionStatus: q.questionStatus,
    };
  };
  const qaPage = (q: Record<string, unknown>, reply: FastifyReply) => {
    const pageIndex = Number(q.pageindex ?? 1);
    const pageSize = Number(q.pagesize ?? 10);
    if (!Number.isInteger(pageIndex) || pageIndex < 1 || !Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100) {
      bad(reply, "PageIndex 1 veya büyük, PageSize 1-100 olmalıdır.");
      return null;
    }
    return { pageIndex, pageSize };
  };
  // The questions-and-answers service answers a shorter envelope than the rest: its every example is
  // { data, success, fromCache }, with no messageCode, message or userMessage.
  const qaEnvelope = (value: unknown, fromCache = false) => ({ data: value, success: true, fromCache });
  api.get("/QuestionAnswer/getQuestionStatus", async () => qaEnvelope(QUESTION_STATUSES));
  api.post("/QuestionAnswer/questionTopics", async () => qaEnvelope(QUESTION_TOPICS, true));
  api.get("/QuestionAnswer/getApprovalAnswersByMerchant", async (req, reply) => {
    const p = qaPage(lower(req.query), reply);
    if (!p) return reply;
    const list = [...state.questions].sort((a, b) => b.questionDate.localeCompare(a.questionDate));
    return qaEnvelope({
      sellerId: data.sellerId,
      approvalAnswersByMerchant: list
        .slice((p.pageIndex - 1) * p.pageSize, p.pageIndex * p.pageSize)
        .map((q) => ({ productName: productOf(q)?.name ?? "", questionId: q.questionId, questionDate: q.questionDate, questionStatus: q.questionStatus })),
      unAnsweredCount: list.filter((q) => q.questionStatus === 0).length,
      pageResponse: { pageIndex: p.pageIndex, pageSize: p.pageSize, totalCount: list.length, totalPages: Math.ceil(list.length / p.pageSize) },
    });
  });
  api.get("/QuestionAnswer/getApprovalAnswerById", async (req, reply) => {
    const q = state.questions.find((x) => x.questionId === String(lower(req.query).questionid ?? "").trim());
    return q ? qaEnvelope(detail(q)) : fail(reply, 404, "Soru bulunamadı.", "QA1");
  });
  api.put("/QuestionAnswer/sellerAnswer", async (req, reply) => {
    const b = lower(req.body);
    const q = state.questions.find((x) => x.questionId === String(b.questionid ?? "").trim());
    if (!q) return fail(reply, 404, "Soru bulunamadı.", "QA1");
    const text = typeof b.text === "string" ? b.text.trim() : "";
    if (text.length < 10 || text.length > 2000) return bad(reply, "Cevap 10 ile 2000 karakter arasında olmalıdır.");
    if (q.questionStatus !== 0 && q.questionStatus !== 3) return bad(reply, "Bu soru zaten cevaplanmıştır.");
    q.answer = text;
    q.answerDate = naive(now());
    q.questionStatus = 2; // answers wait for Pazarama's approval
    return qaEnvelope(false);
  });
  api.post("/QuestionAnswer/getApprovalAnswersByMerchantSearch", async (req, reply) => {
    const b = lower(req.body);
    const p = qaPage(b, reply);
    if (!p) return reply;
    let list = [...state.questions];
    if (b.barcode) list = list.filter((q) => q.productCode === b.barcode);
    if (b.topicid) list = list.filter((q) => q.topicId === b.topicid);
    if (b.questionstatus !== null && b.questionstatus !== undefined) list = list.filter((q) => q.questionStatus === Number(b.questionstatus));
    if (b.questionstartdate) list = list.filter((q) => q.questionDate >= String(b.questionstartdate));
    if (b.questionenddate) list = list.filter((q) => q.questionDate < String(b.questionenddate));
    list.sort((a, c) => c.questionDate.localeCompare(a.questionDate));
    return qaEnvelope({
      sellerId: data.sellerId,
      // The search's rows are a question's detail without the seller, who is said once above them.
      approvalAnswersByMerchantSearchs: list.slice((p.pageIndex - 1) * p.pageSize, p.pageIndex * p.pageSize).map((q) => {
        const { sellerId: _seller, ...row } = detail(q);
        return { ...row, answer: q.answer, answerDate: q.answerDate, topicId: q.topicId };
      }),
      pageResponse: { pageIndex: p.pageIndex, pageSize: p.pageSize, totalCount: list.length, totalPages: Math.ceil(list.length / p.pageSize) },
    });
  });

  // ---- finance: payment agreement (3.20) ----
  api.post("/order/paymentAgreement", async (req, reply) => {
    const b = lower(req.body);
    const start = Date.parse(String(b.startdate ?? ""));
    const end = Date.parse(String(b.enddate ?? ""));
    if (Number.isNaN(start) || Number.isNaN(end)) return bad(reply, "StartDate ve EndDate zorunludur.");
    if (end <= start) return bad(reply, "Bitiş tarihi başlangıç tarihinden sonra olmalıdır.");
    let list = state.payments.filter((t) => t.atMs >= start && t.atMs <= end);
    if (b.orderid) list = list.filter((t) => String(t.orderId) === String(b.orderid));
    const sum = (k: "amount" | "commissionAmount" | "allowanceAmount") => Math.round(list.reduce((s, t) => s + t[k], 0) * 100) / 100;
    return envelope({
      transactionList: list.map(({ atMs: _a, ...t }) => t),
      totalAmount: sum("amount"),
      totalCommission: sum("commissionAmount"),
      totalAllowance: sum("allowanceAmount"),
    });
  });

  return state;
}
