// Pazarama's product writes, questions and answers, and finance. Inputs are checked against the
// document's field lengths and rules (and, for a new product, against the cached category tree and
// the leaf's required attributes) before any call. Price and stock updates are asynchronous at
// Pazarama: the unified updatePriceAndStock waits for their per-code result (a bounded time) so that
// a refusal such as "İndirimli fiyat, liste fiyatı ve stok sayısı önceki değerleriyle aynı olamaz"
// reaches the caller as MARKETPLACE_REJECTED.
import { badInput, createError, ErrorCode, fromDouble, notFound, ownId, type PageWindow, parseLocalTime, pollUntilSettled, toConnection } from "@pazargraph/runtime";
import type { Category, Product } from "@pazargraph/schema";
import type { PzCommercial, PzCreateProduct, PzListingResult, PzQuestion } from "../rest/types.ts";
import type { PazaramaService, PazaramaStore } from "../service.ts";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HTTP_URL = /^https?:\/\/\S+$/i;
const AMOUNT = /^\d{1,16}(\.\d{1,2})?$/;
/** The rates a product can be given: those in force since 10 July 2023. A read may still show 8 or 18 (products listed before). */
export const VAT_RATES = [0, 1, 10, 20] as const;
/** Codes per price/stock/VAT request. */
const MAX_ITEMS = 1000;

export interface PazaramaProductDraft {
  name: string;
  displayName: string;
  description: string;
  brandId: string;
  categoryId: string;
  code: string;
  groupCode: string;
  stockCode: string;
  stock: number;
  listPrice: string;
  salePrice: string;
  vatRate: number;
  desi: number;
  images: string[];
  attributes?: Array<{ attributeId: string; valueId: string }>;
  saleLimitQuantity?: number;
  commercialIds?: string[];
  securityDescription?: string;
}

export interface WaitOptions {
  /** How long updatePriceAndStock waits for Pazarama's result. @default 5000 */
  waitMs?: number;
  /** Between result reads. @default 250 */
  pollMs?: number;
}

const amount = (v: string, arg: string) => {
  if (!AMOUNT.test(v) || Number(v) <= 0) throw badInput(`${arg} must be a positive amount with at most 2 decimals`, arg);
  return Number(v);
};
const codeOf = (productId: string, storeId: string) => ownId(productId, "pazarama", storeId, "Pazarama product").trim();

export function mapListing(dataId: string, r: PzListingResult) {
  return {
    dataId,
    done: r.processingCount === 0,
    successCount: r.successCount,
    failedCount: r.notCompletedCount + r.failedCount,
    processingCount: r.processingCount,
    totalCount: r.totalCount,
    results: r.data.map((row) => {
      const part = row.price ?? row.stock;
      return {
        code: row.code,
        status: part?.status === 0 ? "SUCCEEDED" : part?.status === 3 ? "PROCESSING" : "FAILED",
        message: part?.operationDetail || row.operationStatusText,
        listPrice: row.price ? { amount: fromDouble(row.price.listPrice), currency: "TRY" } : null,
        salePrice: row.price ? { amount: fromDouble(row.price.salePrice), currency: "TRY" } : null,
        stock: row.stock?.count ?? null,
      };
    }),
  };
}

export function mapQuestion(q: PzQuestion) {
  return {
    id: q.questionId,
    productName: q.productName,
    productCode: q.barcode ?? null,
    imageUrl: q.productImageUrl ?? null,
    brand: q.brand ?? null,
    askedBy: q.maskedUserName ?? null,
    question: q.question ?? null,
    askedAt: parseLocalTime(q.questionDate),
    status: q.questionStatus,
    answer: q.answer ?? null,
    answeredAt: parseLocalTime(q.answerDate ?? null),
    topicId: q.topicId ?? null,
  };
}

export class PazaramaProductWrites {
  constructor(
    private readonly service: PazaramaService,
    private readonly wait: WaitOptions = {},
  ) {}

  private async productAfter(store: PazaramaStore, code: string): Promise<Product> {
    const p = await this.service.product(store, code);
    if (!p) throw notFound(`no Pazarama product ${code}`);
    return p;
  }

  /** Checks new products against the document and the category tree; returns Pazarama's bodies. */
  async validateCreate(store: PazaramaStore, drafts: PazaramaProductDraft[]): Promise<PzCreateProduct[]> {
    if (!drafts.length || drafts.length > MAX_ITEMS) throw badInput(`send 1 to ${MAX_ITEMS} products`, "products");
    const codes = new Set<string>();
    for (const [i, p] of drafts.entries()) {
      const arg = (k: string) => `products[${i}].${k}`;
      const len = (v: string | undefined, max: number, k: string) => {
        if (!v?.trim()) throw badInput(`${k} is required`, arg(k));
        if (v.length > max) throw badInput(`${k} is at most ${max} characters`, arg(k));
      };
      len(p.name, 100, "name");
      len(p.displayName, 250, "displayName");
      len(p.description, 100_000, "description");
      len(p.code, 500, "code");
      len(p.groupCode, 100, "groupCode"); // the document's table says 10, its examples send 17: the sandbox's note says why 100
      len(p.stockCode, 100, "stockCode");
      if (codes.has(p.code)) throw badInput(`code ${p.code} appears twice`, arg("code"));
      codes.add(p.code);
      if (!GUID.test(p.brandId)) throw badInput("brandId is a Pazarama brand id (GUID); give one or set the store's default brand", arg("brandId"));
      if (!GUID.test(p.categoryId)) throw badInput("categoryId is a Pazarama category id (GUID); give one or set the store's default category", arg("categoryId"));
      if (!Number.isInteger(p.stock) || p.stock < 0) throw badInput("stock must be 0 or more", arg("stock"));
      if (!Number.isInteger(p.desi) || p.desi < 0) throw badInput("desi must be a whole number, 0 or more", arg("desi"));
      if (!(VAT_RATES as readonly number[]).includes(p.vatRate)) throw badInput("vatRate must be 0, 1, 10 or 20", arg("vatRate"));
      const list = amount(p.listPrice, arg("listPrice"));
      const sale = amount(p.salePrice, arg("salePrice"));
      if (sale > list) throw badInput("salePrice must not be above listPrice", arg("salePrice"));
      if (!p.images.length) throw badInput("at least one image is required", arg("images"));
      for (const [j, u] of p.images.entries())
        if (!HTTP_URL.test(u) || u.length > 500) throw badInput("images are http(s) URLs of at most 500 characters", `${arg("images")}[${j}]`);
      if (p.saleLimitQuantity !== undefined && p.saleLimitQuantity !== null && (!Number.isInteger(p.saleLimitQuantity) || p.saleLimitQuantity < 0)) {
        throw badInput("saleLimitQuantity must be 0 or more", arg("saleLimitQuantity"));
      }
      for (const id of p.commercialIds ?? []) if (!GUID.test(id)) throw badInput("commercialIds are template ids (GUID)", arg("commercialIds"));
      for (const a of p.attributes ?? []) if (!GUID.test(a.attributeId) || !GUID.test(a.valueId)) throw badInput("attribute and value ids are GUIDs", arg("attributes"));
    }
    // Then against the category tree and each leaf's attributes (L2).
    const tree = await this.service.categoryTree(store);
    const nodes = new Map<string, Category>();
    const walk = (l: Category[]) => {
      for (const c of l) {
        nodes.set(c.id.toLowerCase(), c);
        walk(c.children);
      }
    };
    walk(tree);
    for (const [i, p] of drafts.entries()) {
      const c = nodes.get(p.categoryId.toLowerCase());
      if (!c) throw badInput(`category ${p.categoryId} is not in Pazarama's tree`, `products[${i}].categoryId`);
      if (!c.leaf) throw badInput(`category ${c.name} has subcategories: products go in leaf categories`, `products[${i}].categoryId`);
      const attrs = await this.service.categoryAttributes(store, c.id);
      const given = new Map((p.attributes ?? []).map((a) => [a.attributeId.toLowerCase(), a.valueId.toLowerCase()]));
      for (const a of attrs) {
        const v = given.get(a.id.toLowerCase());
        if (a.required && !v) throw badInput(`attribute ${a.name} is required in category ${c.name}`, `products[${i}].attributes`);
        if (v && !a.values.some((x) => x.id.toLowerCase() === v)) throw badInput(`"${v}" is not a value of attribute ${a.name}`, `products[${i}].attributes`);
      }
      for (const id of given.keys())
        if (!attrs.some((a) => a.id.toLowerCase() === id)) throw badInput(`attribute ${id} does not belong to category ${c.name}`, `products[${i}].attributes`);
    }
    return drafts.map((p) => ({
      name: p.name.trim(),
      displayName: p.displayName.trim(),
      description: p.description,
      brandId: p.brandId,
      desi: p.desi,
      code: p.code.trim(),
      groupCode: p.groupCode.trim(),
      stockCode: p.stockCode.trim(),
      stockCount: p.stock,
      listPrice: Number(p.listPrice),
      salePrice: Number(p.salePrice),
      ...(p.saleLimitQuantity ? { productSaleLimitQuantity: p.saleLimitQuantity } : {}),
      currencyType: "TRY",
      vatRate: p.vatRate,
      images: p.images.map((imageurl) => ({ imageurl })),
      categoryId: p.categoryId,
      attributes: (p.attributes ?? []).map((a) => ({ attributeId: a.attributeId, attributeValueId: a.valueId })),
      ...(p.securityDescription ? { productCommercialAdditionalInfo: { securityDescription: p.securityDescription } } : {}),
      ...(p.commercialIds?.length ? { productCommercials: p.commercialIds.map((productCommercialId) => ({ productCommercialId })) } : {}),
    }));
  }

  async createProducts(store: PazaramaStore, input: Array<Omit<PazaramaProductDraft, "brandId" | "categoryId"> & { brandId?: string | null; categoryId?: string | null }>) {
    // The store's default brand and category (store settings) stand in where a product names none.
    const { defaultBrandId, defaultCategoryId } = store.config.settings;
    const drafts = input.map((p) => ({ ...p, brandId: p.brandId ?? defaultBrandId ?? "", categoryId: p.categoryId ?? defaultCategoryId ?? "" }));
    const body = await this.validateCreate(store, drafts);
    const res = await store.client.createProducts(body);
    return this.batch(store, res.batchRequestId);
  }

  async batch(store: PazaramaStore, batchRequestId: string) {
    if (!GUID.test(batchRequestId)) throw badInput(`"${batchRequestId}" is not a Pazarama batch request id`, "batchRequestId");
    const r = await store.client.getProductBatchResult(batchRequestId);
    return {
      id: r.batchRequestId,
      status: r.status === 2 ? "DONE" : r.status === 3 ? "ERROR" : "IN_PROGRESS",
      totalCount: r.totalCount,
      failedCount: r.failedCount,
      failures: r.batchResult.map((f) => ({ code: typeof f.code === "string" ? f.code : null, message: typeof f.message === "string" ? f.message : JSON.stringify(f) })),
      createdAt: parseLocalTime(r.creationDate),
    };
  }

  private checkItems<T>(items: T[], arg: string) {
    if (!items.length || items.length > MAX_ITEMS) throw badInput(`send 1 to ${MAX_ITEMS} items`, arg);
  }

  async updatePrices(store: PazaramaStore, items: Array<{ code: string; listPrice: string; salePrice: string }>) {
    this.checkItems(items, "items");
    const body = items.map((it, i) => {
      if (!it.code.trim() || it.code.length > 100) throw badInput("code must be 1 to 100 characters", `items[${i}].code`);
      const list = amount(it.listPrice, `items[${i}].listPrice`);
      const sale = amount(it.salePrice, `items[${i}].salePrice`);
      if (sale > list) throw badInput("salePrice must not be above listPrice", `items[${i}].salePrice`);
      return { code: it.code.trim(), listPrice: list, salePrice: sale };
    });
    return this.listing(store, await store.client.updatePrices(body));
  }

  async updateStocks(store: PazaramaStore, items: Array<{ code: string; stock: number }>) {
    this.checkItems(items, "items");
    const body = items.map((it, i) => {
      if (!it.code.trim() || it.code.length > 100) throw badInput("code must be 1 to 100 characters", `items[${i}].code`);
      if (!Number.isInteger(it.stock) || it.stock < 0) throw badInput("stock must be 0 or more", `items[${i}].stock`);
      return { code: it.code.trim(), stockCount: it.stock };
    });
    return this.listing(store, await store.client.updateStocks(body));
  }

  async listing(store: PazaramaStore, dataId: string) {
    if (!GUID.test(dataId)) throw badInput(`"${dataId}" is not a Pazarama data id`, "dataId");
    return mapListing(dataId, await store.client.getListingResult(dataId, 1, 3000));
  }

  /** Waits (bounded) until Pazarama has processed a price or stock update; a failed code throws. */
  private async settle(store: PazaramaStore, dataId: string) {
    await pollUntilSettled(
      () => this.listing(store, dataId),
      (r) => {
        const failed = r.results.find((x) => x.status === "FAILED");
        if (failed)
          throw createError(ErrorCode.MARKETPLACE_REJECTED, `Pazarama rejected the update: ${failed.message}`, { marketplace: "pazarama", marketplaceMessage: failed.message });
        return r.done;
      },
      {
        waitMs: this.wait.waitMs ?? 5000,
        pollMs: this.wait.pollMs ?? 250,
        timedOut: () => createError(ErrorCode.TIMEOUT, `Pazarama is still processing update ${dataId}; read pazarama { listingUpdate(dataId) } later`, { marketplace: "pazarama" }),
      },
    );
  }

  /** The unified price and stock change: price v2 and/or stock v2, then their results. */
  async updatePriceAndStock(store: PazaramaStore, input: { productId: string; listPrice?: string; salePrice?: string; stock?: number }): Promise<Product> {
    const code = codeOf(input.productId, store.config.id);
    if (!code || code.length > 100) throw badInput("productId is Product.id or the product's code", "input.productId");
    if (input.listPrice == null && input.salePrice == null && input.stock == null) throw badInput("give listPrice, salePrice or stock", "input");
    if ((input.listPrice == null) !== (input.salePrice == null))
      throw badInput("Pazarama takes listPrice and salePrice together", input.listPrice == null ? "input.listPrice" : "input.salePrice");
    const list = input.listPrice != null ? amount(input.listPrice, "input.listPrice") : null;
    const sale = input.salePrice != null ? amount(input.salePrice, "input.salePrice") : null;
    if (list !== null && sale !== null && sale > list) throw badInput("salePrice must not be above listPrice", "input.salePrice");
    if (input.stock != null && (!Number.isInteger(input.stock) || input.stock < 0)) throw badInput("stock must be 0 or more", "input.stock");
    if (list !== null && sale !== null) await this.settle(store, await store.client.updatePrices([{ code, listPrice: list, salePrice: sale }]));
    if (input.stock != null) await this.settle(store, await store.client.updateStocks([{ code, stockCount: input.stock }]));
    return this.productAfter(store, code);
  }

  async setVatRates(store: PazaramaStore, items: Array<{ code: string; vatRate: number }>): Promise<Product[]> {
    if (!items.length || items.length > 50) throw badInput("send 1 to 50 products", "items");
    for (const [i, it] of items.entries()) {
      if (!it.code.trim()) throw badInput("code is required", `items[${i}].code`);
      if (!(VAT_RATES as readonly number[]).includes(it.vatRate)) throw badInput("vatRate must be 0, 1, 10 or 20", `items[${i}].vatRate`);
    }
    await store.client.updateVatRates(items.map((it) => ({ productCode: it.code.trim(), vatRate: it.vatRate })));
    return Promise.all(items.map((it) => this.productAfter(store, it.code.trim())));
  }

  async setSaleLimit(store: PazaramaStore, code: string, quantity: number): Promise<Product> {
    if (!code.trim()) throw badInput("code is required", "code");
    if (!Number.isInteger(quantity) || quantity < 0) throw badInput("quantity must be 0 (no limit) or more", "quantity");
    await store.client.setSaleLimit(code.trim(), quantity);
    return this.productAfter(store, code.trim());
  }

  async setOnSale(store: PazaramaStore, code: string, onSale: boolean) {
    if (!code.trim()) throw badInput("code is required", "code");
    const res = await store.client.setExternalStatus(code.trim(), onSale ? 1 : 10);
    const r = res.result[0];
    if (!r?.success)
      throw createError(ErrorCode.MARKETPLACE_REJECTED, `Pazarama rejected the request: ${r?.message ?? "no result"}`, {
        marketplace: "pazarama",
        marketplaceMessage: r?.message ?? null,
      });
    return { code: r.code, onSale: r.productStatus === 1 };
  }

  async searchCatalog(store: PazaramaStore, args: { code?: string; name?: string }, win: PageWindow) {
    if (!args.code?.trim() && !args.name?.trim()) throw badInput("give code or name", "code");
    if (args.name && args.name.length > 100) throw badInput("name is at most 100 characters", "name");
    if (win.offset % win.first !== 0) throw badInput("catalogue pages follow Pazarama's page size: keep `first` the same between pages", "after");
    const page = win.offset / win.first + 1;
    const res = await store.client.searchCatalog({ code: args.code?.trim(), name: args.name?.trim(), size: win.first, page });
    return toConnection(res.products, win.offset, win.offset + res.products.length < res.pageResponse.totalCount, res.pageResponse.totalCount);
  }

  async quickAdd(
    store: PazaramaStore,
    input: { catalogProductId: string; code: string; stockCode?: string; listPrice: string; salePrice: string; stock: number; installmentCount?: number },
  ): Promise<Product> {
    if (!GUID.test(input.catalogProductId)) throw badInput("catalogProductId is a catalogue product id (GUID)", "input.catalogProductId");
    const list = amount(input.listPrice, "input.listPrice");
    const sale = amount(input.salePrice, "input.salePrice");
    if (sale > list) throw badInput("salePrice must not be above listPrice", "input.salePrice");
    if (!Number.isInteger(input.stock) || input.stock < 0) throw badInput("stock must be 0 or more", "input.stock");
    await store.client.quickAddProduct({
      productId: input.catalogProductId,
      code: input.code,
      stockCode: input.stockCode ?? input.code,
      listPrice: list,
      salePrice: sale,
      stockCount: input.stock,
      installmentCount: input.installmentCount ?? 0,
    });
    return this.productAfter(store, input.code);
  }

  // ---- supplier (commercial) templates ----
  private checkCommercial(c: Omit<PzCommercial, "commercialId">) {
    const types = c.isImported ? [1, 2, 3] : [0, 3];
    if (!types.includes(c.type)) throw badInput(c.isImported ? "an imported product's type is 1, 2 or 3" : "a domestic product's type is 0 or 3", "input.type");
    for (const k of ["name", "title", "brand", "email", "address"] as const)
      if (!c[k]?.trim() || c[k].length > 250) throw badInput(`${k} must be 1 to 250 characters`, `input.${k}`);
    if (!/^\S+@\S+\.\S+$/.test(c.email)) throw badInput("email is not an e-mail address", "input.email");
  }
  async commercials(store: PazaramaStore) {
    return (await store.client.listCommercials()).productCommercialList;
  }
  async createCommercial(store: PazaramaStore, c: Omit<PzCommercial, "commercialId">) {
    this.checkCommercial(c);
    return (await store.client.createCommercial(c)).productCommercialList[0];
  }
  async updateCommercial(store: PazaramaStore, id: string, c: Omit<PzCommercial, "commercialId">) {
    if (!GUID.test(id)) throw badInput("id is a template id (GUID)", "id");
    this.checkCommercial(c);
    return (await store.client.updateCommercial(id, c)).productCommercialList[0];
  }
  async deleteCommercial(store: PazaramaStore, id: string) {
    if (!GUID.test(id)) throw badInput("id is a template id (GUID)", "id");
    await store.client.deleteCommercial(id);
    return true;
  }
  async setProductCommercials(store: PazaramaStore, code: string, securityDescription: string | undefined, commercialIds: string[]) {
    if (!code.trim()) throw badInput("code is required", "code");
    for (const id of commercialIds) if (!GUID.test(id)) throw badInput("commercialIds are template ids (GUID)", "commercialIds");
    await store.client.setProductCommercials(code.trim(), securityDescription ?? null, commercialIds);
    return true;
  }

  // ---- questions and answers ----
  async questions(store: PazaramaStore, filter: { productCode?: string; topicId?: string; status?: number; askedFrom?: string; askedTo?: string }, win: PageWindow) {
    if (win.offset % win.first !== 0) throw badInput("question pages follow Pazarama's page size: keep `first` the same between pages", "after");
    const res = await store.client.searchQuestions({
      barcode: filter.productCode ?? null,
      topicId: filter.topicId ?? null,
      questionStatus: filter.status ?? null,
      questionStartDate: filter.askedFrom ? new Date(filter.askedFrom).toISOString() : null,
      questionEndDate: filter.askedTo ? new Date(filter.askedTo).toISOString() : null,
      pageIndex: win.offset / win.first + 1,
      pageSize: win.first,
    });
    const items = res.approvalAnswersByMerchantSearchs.map(mapQuestion);
    return toConnection(items, win.offset, win.offset + items.length < res.pageResponse.totalCount, res.pageResponse.totalCount);
  }

  async question(store: PazaramaStore, id: string) {
    if (!GUID.test(id)) throw badInput("id is a question id (GUID)", "id");
    try {
      return mapQuestion(await store.client.getQuestion(id));
    } catch (err) {
      if ((err as { extensions?: { code?: string } }).extensions?.code === "NOT_FOUND") return null;
      throw err;
    }
  }

  async answerQuestion(store: PazaramaStore, id: string, text: string) {
    if (!GUID.test(id)) throw badInput("questionId is a question id (GUID)", "questionId");
    const t = text.trim();
    if (t.length < 10 || t.length > 2000) throw badInput("an answer is 10 to 2000 characters", "text");
    await store.client.answerQuestion(id, t);
    // The detail call has no answer; the search by the product's barcode has.
    const q = await this.question(store, id);
    if (!q) throw notFound(`no Pazarama question ${id}`);
    if (!q.productCode) return q;
    const found = await store.client.searchQuestions({ barcode: q.productCode, pageIndex: 1, pageSize: 100 });
    const withAnswer = found.approvalAnswersByMerchantSearchs.find((x) => x.questionId === id);
    return withAnswer ? mapQuestion(withAnswer) : q;
  }

  // ---- finance ----
  async payments(store: PazaramaStore, from: string, to: string, orderNumber?: string) {
    const start = new Date(from);
    const end = new Date(to);
    if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) throw badInput("from and to are dates", "from");
    if (end <= start) throw badInput("to must be after from", "to");
    if (orderNumber && !/^\d{1,18}$/.test(orderNumber)) throw badInput(`"${orderNumber}" is not a Pazarama order number`, "orderNumber");
    const r = await store.client.getPaymentAgreement({ startDate: start.toISOString(), endDate: end.toISOString(), orderId: orderNumber ? Number(orderNumber) : null });
    const tl = (v: number) => ({ amount: fromDouble(v), currency: "TRY" });
    return {
      totalAmount: tl(r.totalAmount),
      totalCommission: tl(r.totalCommission),
      totalAllowance: tl(r.totalAllowance),
      transactions: r.transactionList.map((t) => ({
        orderNumber: String(t.orderId),
        code: t.trxCode,
        id: t.trxId,
        type: t.status,
        amount: tl(t.amount),
        commission: tl(t.commissionAmount),
        couponDiscount: tl(t.couponDiscount),
        allowance: tl(t.allowanceAmount),
        installment: t.installmentNumber,
        transactedAt: parseLocalTime(t.transactionDate),
        transferredAt: parseLocalTime(t.transferredDate),
      })),
    };
  }
}
