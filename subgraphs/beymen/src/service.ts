// What the Beymen resolvers and the poller call: store resolution, argument validation against
// Beymen's documented rules (before any call), paging, the L2-cached reference data (category tree
// crawled through `hasChild` with bounded concurrency, attribute lists) and finance. The writes are in
// writes/ (orders, refunds, products).
import {
  badInput,
  type Config,
  createMarketplaceStoreSet,
  currencyCode,
  foldTurkish,
  fromDouble,
  type Logger,
  localConnection,
  mapLimit,
  notFound,
  ownId,
  pageWindow,
  parseLocalTime,
  readAll,
  readWindow,
  type ServedStore,
  type StoreSet,
  type StoreSource,
  type StoreView,
  type SwrCache,
  toConnection,
  toIstanbulIso,
  toIstanbulNaiveMs,
  windowTooLarge,
} from "@pazargraph/runtime";
import {
  type Brand,
  type Category,
  type CategoryAttribute,
  DecidedBy,
  Marketplace,
  type Order,
  type OrderFilter,
  type Product,
  type Refund,
  type RefundFilter,
  RefundKind,
  RefundStatus,
} from "@pazargraph/schema";
import { buildCategoryTree, type CrawledCategory, cancellationRefunds, mapBrand, mapCategoryAttributes, mapClaim, mapProduct, parseRefundId } from "./map/catalog.ts";
import { mapFuture, mapInvoice, mapInvoiceLine, mapStatementLine, mapTransaction } from "./map/finance.ts";
import { groupPackages, lineStatusOf, mapOrder } from "./map/order.ts";
import { CANCEL_REASON_LABEL, claimCodesFor, LINE_STATUS, lineStatusCode } from "./map/status.ts";
import { BeymenClient, type OrdersQuery } from "./rest/client.ts";
import type { BmAttributeType, BmAttributeValue, BmCategoryAttribute, BmClaim, BmPackage } from "./rest/types.ts";
import type { BeymenPackageFilter } from "./schema/types.ts";

export const LIMITS = {
  /** The largest page Beymen serves (its examples page brands by 100). */
  pageSize: 100,
  /** Pages read when a listing must be read whole (orders are grouped from packages). */
  maxPages: 50,
  /** An open order window reaches back this far. */
  defaultOrderWindowDays: 30,
  /** Statement windows: "min 30 - max 90 gün". */
  statementMinDays: 30,
  statementMaxDays: 90,
  /** Products per batch request. */
  maxBatch: 1000,
  /** Seller colour text: "Satıcı Renk alanı maksimum 30 karakter olmalıdır." */
  merchantColorMax: 30,
} as const;

export const VAT_RATES = [0, 1, 10, 20] as const;

/** Beymen's cargo company codes (the document's table; there is no endpoint for them). */
export const CARGO_COMPANIES: ReadonlyArray<{ code: string; name: string }> = [
  ["BexVizyon", "VİZYON KURYE HİZMETLERİ ULUSLARARASI TAŞIMACILIK BİLGİ SİSTEMLERİ TURİZM SAN.TİC.LTD.ŞTİ."],
  ["Mng", "MNG KARGO YURTİÇİ VE YURTDIŞI TAŞ. A.Ş"],
  ["AKN", "AKIN NAKLİYAT TURZ İNŞ.SAN.TİC.LTD.ŞTİ"],
  ["UD", "EKOL LOJİSTİK A.Ş"],
  ["YRTICI", "YURTICI KARGO SERVISI A.S"],
  ["BYMExprANK", "BİR GÜNDE KARGO LOJİSTİK DAĞITIM NAKLİYAT ORMAN ÜRÜNLERİ GIDA SANAYİ VE TİCARET LİMİTED ŞİRKET"],
  ["BYMExprIZM", "BİR GÜNDE KARGO LOJİSTİK DAĞITIM NAKLİYAT ORMAN ÜRÜNLERİ GIDA SANAYİ VE TİCARET LİMİTED ŞİRKET"],
  ["YRTICIPartner", "YURTICI KARGO SERVISI A.S"],
  ["BexTaskin", "TAŞKIN LOJİSTİK HİZMETLERİ TİCARET LİMİTED ŞİRKETİ"],
  ["BexBirgun", "BİR GÜNDE KARGO LOJİSTİK DAĞITIM NAKLİYAT ORMAN ÜRÜNLERİ GIDA SANAYİ VE TİCARET LİMİTED ŞİRKET"],
  ["HepsiJet", "D FAST DAGITIM HIZMETLERI VE LOJISTIK ANONIM SIRKETI"],
  ["BYMExpress", "TAŞKIN LOJİSTİK HİZMETLERİ TİCARET LİMİTED ŞİRKETİ"],
  ["KolGel", "Ekol Ekspres Kargo A.Ş."],
  ["ups", "UPS KARGO"],
  ["Aras", "Aras Kargo"],
  ["ptt", "PTT Kargo"],
  ["kolaygelsin", "Kolay Gelsin"],
  ["Sürat", "Sürat Kargo"],
  ["Borusan", "Borusan Lojistik"],
  ["ty", "Trendyol Express"],
  ["Ceva", "Ceva Lojistik"],
  ["Kargoist", "Kargo İst"],
  ["Horoz", "Horoz Lojistik"],
  ["Ekol", "Ekol Lojistik"],
  ["DHL", "DHL"],
  ["tnt", "TNT"],
  ["Nettrack", "Nettrack"],
  ["Scotty", "Scotty"],
  ["Kargom Sende", "Kargom Sende"],
  ["Jetizz", "Jetizz"],
  ["BoltKargo", "Bolt Kargo"],
  ["AGT", "AGT Kurye"],
].map(([code, name]) => ({ code, name }));
export const CARGO_CODES = new Set(CARGO_COMPANIES.map((c) => c.code));

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const NUMERIC_ID = /^\d{1,12}$/;
const ORDER_NUMBER = /^[A-Za-z0-9-]{1,50}$/;
export const HTTP_URL = /^https?:\/\/[^\s]+$/i;
export const INVOICE_URL = /^https?:\/\/\S+\.(pdf|jpe?g|png)(\?\S*)?$/i;
const DAY_MS = 86400_000;

export type BeymenStore = ServedStore<BeymenClient>;

export interface BeymenServiceOptions {
  config: Readonly<Config>;
  /** Where the stores come from (the registry in the product); config's stores when left out. */
  source?: StoreSource;
  /** URL of the local sandbox, used for stores that name no baseUrl. */
  sandboxUrl?: string;
  trees: SwrCache;
  logger: Logger;
  now?: () => Date;
  /**
   * Called with the orders a live read returned, and when the read began, before they are returned:
   * the order hub records them, and the gateway resolves the references there.
   */
  onOrdersRead?: (store: BeymenStore, orders: Order[], readAt: Date) => Promise<void>;
}

/** Reads a unified id (`beymen:<store>:<raw>`) or a raw one; returns the raw part. */
export function rawId(id: string): string {
  const m = /^beymen:[^:]+:(.+)$/.exec(id);
  return m ? m[1] : id;
}

/** A line id as the API takes it: OrderLine.id (`beymen:<store>:<package>:<orderLineId>`) or the raw orderLineId. */
export function orderLineIdOf(storeId: string, lineId: string): string {
  const parts = ownId(lineId, "beymen", storeId, "Beymen order line").split(":");
  return parts[parts.length - 1].trim();
}

/** Beymen's hosts: stage for test mode (the sandbox locally), production otherwise. */
export const BEYMEN_HOSTS = { test: "https://stage-partner-api.beymen.com", production: "https://partner-api.beymen.com" } as const;

export class BeymenService {
  readonly set: StoreSet<BeymenClient>;
  private readonly now: () => Date;

  constructor(private readonly options: BeymenServiceOptions) {
    this.now = options.now ?? (() => new Date());
    this.set = createMarketplaceStoreSet<BeymenClient>({
      config: options.config,
      marketplace: "beymen",
      displayName: "Beymen",
      source: options.source,
      sandboxUrl: options.sandboxUrl,
      logger: options.logger,
      hosts: { production: BEYMEN_HOSTS.production, test: BEYMEN_HOSTS.test },
      createClient: (_v, baseUrl, creds, rest) =>
        new BeymenClient({
          ...rest,
          baseUrl,
          apiKey: creds.apiKey,
          apiPassword: creds.apiPassword,
        }),
      closeClient: (c) => c.close(),
    });
  }

  get stores(): ReadonlyMap<string, BeymenStore> {
    return this.set.stores;
  }

  /** Reloads the stores from the source (the registry announced a change). */
  refresh(): Promise<void> {
    return this.set.refresh();
  }

  /** The cheapest authenticated call: one root category. */
  testConnection(view: StoreView) {
    return this.set.probe(view, (c) => c.getCategories(null, { page: 0, size: 1 }));
  }

  /** The store a call is for: the named one of the tenant, or the tenant's only one. */
  store(storeId: string | null | undefined, tenantId?: string): BeymenStore {
    return this.set.store(storeId, tenantId);
  }

  // ---------------------------------------------------------------- orders

  private orderWindow(from: string | undefined, to: string | undefined, argPrefix: string) {
    const end = to ? new Date(to) : this.now();
    const start = from ? new Date(from) : new Date(end.getTime() - LIMITS.defaultOrderWindowDays * DAY_MS);
    if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) throw badInput("dates must be ISO-8601", argPrefix);
    if (end <= start) throw badInput(`${argPrefix}To must be after ${argPrefix}From`, `filter.${argPrefix}To`);
    // Beymen reads naive dates as Istanbul time, to the millisecond as it writes them; the end is
    // exclusive here, inclusive there. (To the second, an order placed in the last second before the
    // end was missed: 12:00:00.400 is after an inclusive end of 11:59:59, and after 12:00:00 too.)
    return { startDate: toIstanbulNaiveMs(start), endDate: toIstanbulNaiveMs(end.getTime() - 1) };
  }

  /** Every package in a query (bounded), for grouping into orders and for the poller. */
  readAllPackages(store: BeymenStore, query: Omit<OrdersQuery, "page" | "size">): Promise<BmPackage[]> {
    return readAll(
      LIMITS.pageSize,
      LIMITS.maxPages,
      async (pageNumber) => (await store.client.getOrders({ ...query, page: pageNumber - 1, size: LIMITS.pageSize })).items,
      "packages in this window: narrow filter.createdFrom/createdTo",
    );
  }

  /**
   * Every package in a window, read so that a package added while the pages are read (they shift under
   * it: offset paging) neither goes missing nor counts twice: packages are keyed by id, and the read
   * starts again (up to three times) when Beymen's total changed meanwhile or fewer packages came back
   * than it reports. The poller uses this: a package missed once would look like a change of its order.
   */
  async readAllPackagesConsistently(store: BeymenStore, query: Omit<OrdersQuery, "page" | "size">): Promise<BmPackage[]> {
    for (let attempt = 0; ; attempt++) {
      const seen = new Map<string, BmPackage>();
      let firstTotal: number | undefined;
      let lastTotal = 0;
      for (let page = 0; ; page++) {
        const tooMany = () => windowTooLarge(`more than ${LIMITS.maxPages * LIMITS.pageSize} packages in this window`);
        if (page >= LIMITS.maxPages) throw tooMany();
        const res = await store.client.getOrders({ ...query, page, size: LIMITS.pageSize });
        // Beymen says how many there are: no need to read 50 pages to find out it is too many.
        if (res.total > LIMITS.maxPages * LIMITS.pageSize) throw tooMany();
        firstTotal ??= res.total;
        lastTotal = res.total;
        for (const p of res.items) seen.set(p.id, p);
        if (res.items.length < LIMITS.pageSize) break;
      }
      if ((firstTotal === lastTotal && seen.size >= lastTotal) || attempt >= 2) return [...seen.values()];
    }
  }

  /**
   * Orders placed in a window (the last 30 days when open). Beymen lists packages, and the packages
   * of one order can fall on different pages, so the window is read whole, grouped by order number,
   * filtered and paged here: pages and totalCount are exact.
   */
  async orders(store: BeymenStore, filter: OrderFilter | undefined, first: number | undefined, after: string | undefined, packages?: BeymenPackageFilter) {
    const readAt = new Date();
    const page = await this.readOrders(store, filter, first, after, packages);
    await this.options.onOrdersRead?.(
      store,
      page.edges.map((e) => e.node),
      readAt,
    );
    return page;
  }

  private async readOrders(store: BeymenStore, filter: OrderFilter | undefined, first: number | undefined, after: string | undefined, only?: BeymenPackageFilter) {
    const win = pageWindow(first, after, 100, 20);
    const window = this.orderWindow(filter?.createdFrom, filter?.createdTo, "created");
    const query = only && packageQuery(only);
    // Beymen filters packages; an order is every package of its number, so the matching packages name
    // the orders and the whole window (read side by side) gives each of them whole.
    const [packages, matching] = await Promise.all([this.readAllPackages(store, window), query ? this.readAllPackages(store, { ...window, ...query }) : null]);
    let groups = groupPackages(packages);
    if (matching) {
      const numbers = new Set(matching.map((p) => p.orderNumber));
      groups = groups.filter((g) => numbers.has(g[0].orderNumber));
    }
    if (filter?.statuses?.length) {
      const wanted = new Set(filter.statuses);
      groups = groups.filter((g) => g.some((p) => p.shipmentLines.some((l) => wanted.has(lineStatusOf(p, l)))));
    }
    groups.sort((a, b) => b[0].orderDate.localeCompare(a[0].orderDate) || b[0].orderNumber.localeCompare(a[0].orderNumber));
    return localConnection(groups, win, (g) => mapOrder(store.config.id, g));
  }

  async orderPackages(store: BeymenStore, number: string): Promise<BmPackage[]> {
    if (!ORDER_NUMBER.test(number)) throw badInput(`"${number}" is not a Beymen order number`, "orderNumber");
    return this.readAllPackages(store, { orderNumber: number });
  }

  /** One order, live from Beymen, recorded in the order hub. */
  async order(store: BeymenStore, number: string): Promise<Order | null> {
    const readAt = new Date();
    const order = await this.readOrder(store, number);
    if (order) await this.options.onOrdersRead?.(store, [order], readAt);
    return order;
  }

  /** One order, live, not recorded (the writes record what they leave through their own hook). */
  async readOrder(store: BeymenStore, number: string): Promise<Order | null> {
    const packages = await this.orderPackages(store, number);
    return packages.length ? mapOrder(store.config.id, packages) : null;
  }

  /** Cancelled lines as cancellation refunds (Beymen filters cancellations by canceledDateTime). */
  async cancellations(store: BeymenStore, filter: RefundFilter | undefined, first: number | undefined, after: string | undefined) {
    const win = pageWindow(first, after, 100, 20);
    const window = this.orderWindow(filter?.requestedFrom, filter?.requestedTo, "requested");
    if (filter?.orderNumber && !ORDER_NUMBER.test(filter.orderNumber)) throw badInput(`"${filter.orderNumber}" is not a Beymen order number`, "filter.orderNumber");
    const packages = await this.readAllPackages(store, { ...window, shipmentStatus: "Cancelled", orderNumber: filter?.orderNumber });
    let refunds = packages.flatMap((p) => cancellationRefunds(store.config.id, p));
    if (filter?.statuses?.length) refunds = refunds.filter((r) => filter.statuses?.includes(r.status));
    return localConnection(refunds, win, (r) => r);
  }

  // ---------------------------------------------------------------- claims

  /** Claims in a window (the last 30 days when open), one Refund per claim line. */
  async refunds(store: BeymenStore, filter: RefundFilter | undefined, first: number | undefined, after: string | undefined) {
    const win = pageWindow(first, after, 100, 20);
    if (filter?.orderNumber && !ORDER_NUMBER.test(filter.orderNumber)) throw badInput(`"${filter.orderNumber}" is not a Beymen order number`, "filter.orderNumber");
    const window = filter?.orderNumber && !filter.requestedFrom && !filter.requestedTo ? {} : this.orderWindow(filter?.requestedFrom, filter?.requestedTo, "requested");
    const codes = filter?.statuses?.length ? claimCodesFor(filter.statuses) : null;
    if (codes && !codes.length) return toConnection([], 0, false, 0);
    const claims = await readAll(
      LIMITS.pageSize,
      LIMITS.maxPages,
      async (pageNumber) =>
        (
          await store.client.getClaims({
            ...window,
            orderNumber: filter?.orderNumber,
            Status: codes?.length === 1 ? codes[0] : undefined,
            page: pageNumber - 1,
            size: LIMITS.pageSize,
          })
        ).items,
      "claims in this window: narrow the filter",
    );
    let refunds = claims.flatMap((c) => mapClaim(store.config.id, c));
    if (codes && codes.length > 1) refunds = refunds.filter((r) => filter?.statuses?.includes(r.status));
    return localConnection(refunds, win, (r) => r);
  }

  // ---------------------------------------------------------------- products

  async products(store: BeymenStore, args: { code?: string; status?: string; subStatus?: string; brandId?: string }, first: number | undefined, after: string | undefined) {
    const win = pageWindow(first, after, LIMITS.pageSize, 20);
    if (args.code !== undefined && (!args.code || args.code.length > 100)) throw badInput("code must be 1 to 100 characters", "code");
    if (args.brandId !== undefined && !NUMERIC_ID.test(args.brandId)) throw badInput(`"${args.brandId}" is not a Beymen brand id`, "brandId");
    const { items, hasNext, total } = await readWindow(win, async (pageNumber) => {
      const page = await store.client.getProducts({
        barcode: args.code,
        status: args.status,
        substatus: args.subStatus,
        brand: args.brandId,
        page: pageNumber - 1,
        size: win.first,
      });
      return { items: page.items, total: page.total };
    });
    return toConnection(
      items.map((p) => mapProduct(store.config.id, p)),
      win.offset,
      hasNext,
      total,
    );
  }

  /** One product by Product.id (Beymen's product id) or by code (barcode). */
  async product(store: BeymenStore, id: string | undefined, code: string | undefined): Promise<Product | null> {
    if (!id === !code) throw badInput("pass exactly one of id and code", id ? "code" : "id");
    if (id) {
      const raw = ownId(id, "beymen", store.config.id, "Beymen product");
      if (!GUID.test(raw)) throw badInput(`"${id}" is not a Beymen product id`, "id");
      try {
        return mapProduct(store.config.id, await store.client.getProduct(raw));
      } catch (err) {
        if ((err as { extensions?: { code?: string } }).extensions?.code === "NOT_FOUND") return null;
        throw err;
      }
    }
    if (!code || code.length > 100) throw badInput("code must be 1 to 100 characters", "code");
    const page = await store.client.getProducts({ barcode: code, page: 0, size: 1 });
    return page.items[0] ? mapProduct(store.config.id, page.items[0]) : null;
  }

  /** A batch process's per-product results; empty (done: false) while Beymen is still working. */
  async batch(store: BeymenStore, processId: string) {
    if (!GUID.test(processId)) throw badInput(`"${processId}" is not a Beymen process id`, "processId");
    const results = await store.client.getBatchResult(processId);
    return {
      storeId: store.config.id,
      processId,
      done: results.length > 0,
      results: results.map((r) => ({
        productId: r.productId ? `beymen:${store.config.id}:${r.productId}` : null,
        barcode: typeof r.request?.barcode === "string" ? r.request.barcode : null,
        name: typeof r.request?.name === "string" ? r.request.name : null,
        success: r.isSuccess,
        message: r.processResult,
      })),
    };
  }

  // ---------------------------------------------------------------- reference data (L2)

  /**
   * The complete category tree: roots, then every node with `hasChild` level by level, at most
   * `crawlConcurrency` requests at a time, each level's pages read in full.
   */
  categoryTree(store: BeymenStore): Promise<Category[]> {
    return this.options.trees.get(`beymen:${store.hostKey}:categoryTree`, async () => buildCategoryTree(await this.crawlCategories(store)));
  }

  async crawlCategories(store: BeymenStore): Promise<CrawledCategory[]> {
    const limit = this.options.config.marketplaces.beymen.crawlConcurrency;
    const children = async (parentId: string | null): Promise<CrawledCategory[]> => {
      const first = await store.client.getCategories(parentId, { page: 0, size: LIMITS.pageSize });
      const pages = Math.ceil(first.total / LIMITS.pageSize);
      const rest = await mapLimit(
        Array.from({ length: Math.max(0, pages - 1) }, (_, i) => i + 1),
        limit,
        (page) => store.client.getCategories(parentId, { page, size: LIMITS.pageSize }),
      );
      return [first, ...rest].flatMap((p) => p.items.map((c) => ({ ...c, parentId })));
    };
    const all: CrawledCategory[] = [];
    let level = await children(null);
    const seen = new Set<string>();
    for (let depth = 0; level.length && depth < 10; depth++) {
      const fresh = level.filter((c) => !seen.has(c.id));
      for (const c of fresh) seen.add(c.id);
      all.push(...fresh);
      const parents = fresh.filter((c) => c.hasChild);
      level = (await mapLimit(parents, limit, (c) => children(c.id))).flat();
    }
    return all;
  }

  rawCategoryAttributes(store: BeymenStore, categoryId: string): Promise<BmCategoryAttribute[]> {
    if (!NUMERIC_ID.test(categoryId)) throw badInput(`"${categoryId}" is not a Beymen category id`, "categoryId");
    return this.options.trees.get(`beymen:${store.hostKey}:categoryAttributes:${categoryId}`, async () => (await store.client.getCategory(categoryId)).attributes ?? []);
  }

  async categoryAttributes(store: BeymenStore, categoryId: string): Promise<CategoryAttribute[]> {
    return mapCategoryAttributes(await this.rawCategoryAttributes(store, categoryId));
  }

  /** A whole attribute list (brands, genders, sizes, colours), read once per TTL. */
  attributeList(store: BeymenStore, type: BmAttributeType): Promise<BmAttributeValue[]> {
    return this.options.trees.get(`beymen:${store.hostKey}:attributes:${type}`, () => this.readAttributePages(store, type));
  }

  /**
   * Every page of an attribute list: the first page gives the total, the rest are read in parallel
   * (bounded). Beymen's pageCount is not the page count (8,772 brands at 100 say 87), so `total` decides.
   */
  async readAttributePages(store: BeymenStore, type: BmAttributeType): Promise<BmAttributeValue[]> {
    const first = await store.client.getAttributes(type, { page: 0, size: LIMITS.pageSize });
    const pages = Math.ceil(first.total / LIMITS.pageSize);
    const rest = await mapLimit(
      Array.from({ length: Math.max(0, pages - 1) }, (_, i) => i + 1),
      this.options.config.marketplaces.beymen.crawlConcurrency,
      (page) => store.client.getAttributes(type, { page, size: LIMITS.pageSize }),
    );
    return [first, ...rest].flatMap((p) => p.items);
  }

  async brands(store: BeymenStore, search: string | undefined, first: number | undefined, after: string | undefined) {
    const win = pageWindow(first, after, 100, 20);
    if (search !== undefined && search.length > 100) throw badInput("search is at most 100 characters", "search");
    const all = (await this.attributeList(store, "Brand")).map(mapBrand);
    const needle = search?.trim() ? foldTurkish(search.trim()) : null;
    const list: Brand[] = needle ? all.filter((b) => foldTurkish(b.name).includes(needle)) : all;
    return localConnection(list, win, (b) => b);
  }

  // ---------------------------------------------------------------- finance

  private dateArg(value: string | undefined, argument: string): string | undefined {
    if (value === undefined || value === null) return undefined;
    const d = new Date(value);
    if (Number.isNaN(d.getTime())) throw badInput(`${argument} is not a date`, argument);
    return toIstanbulIso(d).slice(0, 19);
  }

  async transactions(store: BeymenStore, args: { orderNumber?: string; orderedFrom?: string; orderedTo?: string }, first: number | undefined, after: string | undefined) {
    const win = pageWindow(first, after, LIMITS.pageSize, 20);
    if (args.orderNumber && !ORDER_NUMBER.test(args.orderNumber)) throw badInput(`"${args.orderNumber}" is not a Beymen order number`, "orderNumber");
    const query = { orderNumber: args.orderNumber, orderStartDate: this.dateArg(args.orderedFrom, "orderedFrom"), orderEndDate: this.dateArg(args.orderedTo, "orderedTo") };
    const { items, hasNext, total } = await readWindow(win, async (p) => {
      const page = await store.client.getTransactions({ ...query, page: p - 1, size: win.first });
      return { items: page.items, total: page.total };
    });
    return toConnection(items.map(mapTransaction), win.offset, hasNext, total);
  }

  async invoices(store: BeymenStore, args: { types?: number[]; from?: string; to?: string }, first: number | undefined, after: string | undefined) {
    const win = pageWindow(first, after, LIMITS.pageSize, 20);
    const query = { invoiceTypes: args.types?.length ? args.types.join(",") : undefined, startDate: this.dateArg(args.from, "from"), endDate: this.dateArg(args.to, "to") };
    const { items, hasNext, total } = await readWindow(win, async (p) => {
      const page = await store.client.getInvoices({ ...query, page: p - 1, size: win.first });
      return { items: page.items, total: page.total };
    });
    return toConnection(items.map(mapInvoice), win.offset, hasNext, total);
  }

  async invoiceDetail(store: BeymenStore, invoiceNumber: string) {
    if (!invoiceNumber.trim() || invoiceNumber.length > 100) throw badInput("invoiceNumber must be 1 to 100 characters", "invoiceNumber");
    return (await store.client.getInvoiceDetail(invoiceNumber.trim())).map(mapInvoiceLine);
  }

  async futurePayments(store: BeymenStore) {
    return mapFuture(await store.client.getFuturePayments());
  }

  /** Statements between two dates, 30 to 90 days apart (Beymen's rule, checked before the call). */
  async statements(store: BeymenStore, from: string, to: string) {
    const re = /^\d{4}-\d{2}-\d{2}$/;
    if (!re.test(from)) throw badInput("from must be a date (YYYY-MM-DD)", "from");
    if (!re.test(to)) throw badInput("to must be a date (YYYY-MM-DD)", "to");
    const days = (Date.parse(to) - Date.parse(from)) / DAY_MS;
    if (Number.isNaN(days)) throw badInput("from and to must be real dates", "from");
    if (days < LIMITS.statementMinDays || days > LIMITS.statementMaxDays) {
      throw badInput(`from and to must be ${LIMITS.statementMinDays} to ${LIMITS.statementMaxDays} days apart; they are ${days}`, "to");
    }
    return (await store.client.getStatements(from, to)).map(mapStatementLine);
  }

  /** A Beymen-only attribute list (genders, sizes, colours) as id and name. */
  async attributeValues(store: BeymenStore, type: "Gender" | "Size" | "Color") {
    return (await this.attributeList(store, type)).map((a) => ({ id: a.id, name: a.value }));
  }

  async close() {
    await this.set.close();
  }
}

/** The Beymen order-list parameters of a package filter; null when it filters nothing. */
function packageQuery(f: BeymenPackageFilter): Pick<OrdersQuery, "fraudCheck" | "subStatus" | "packetNo"> | null {
  if (f.packageNumber != null && !/^[A-Za-z0-9-]{1,40}$/.test(f.packageNumber)) throw badInput(`"${f.packageNumber}" is not a Beymen package number`, "packages.packageNumber");
  const q = {
    ...(f.fraudCheck != null ? { fraudCheck: f.fraudCheck } : {}),
    ...(f.lineStatus != null ? { subStatus: f.lineStatus } : {}),
    ...(f.packageNumber != null ? { packetNo: f.packageNumber } : {}),
  };
  return Object.keys(q).length ? q : null;
}
