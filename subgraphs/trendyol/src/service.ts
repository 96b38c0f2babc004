// What the Trendyol resolvers, writes and poller call: the stores (one client each), argument checks
// against Trendyol's documented limits before any call, paging, and the L2-cached reference data.
import {
  badInput,
  type Config,
  createMarketplaceStoreSet,
  foldTurkish,
  type Logger,
  localConnection,
  pageWindow,
  readAll,
  readWindow,
  type ServedStore,
  type StoreSet,
  type StoreSource,
  type StoreView,
  type SwrCache,
  toConnection,
} from "@pazargraph/runtime";
import type { Brand, Category, CategoryAttribute, Order, OrderFilter, Product, Refund, RefundFilter } from "@pazargraph/schema";
import { mapBatch, mapBrand, mapCategoryAttributes, mapCategoryTree, mapClaim, mapProduct } from "./map/catalog.ts";
import { mapOrder } from "./map/order.ts";
import { claimCodesFor, packageCodesFor } from "./map/status.ts";
import { TrendyolClient } from "./rest/client.ts";
import type { TyPackage } from "./rest/types.ts";

export const LIMITS = {
  /** The order list's largest page. */
  ordersPageSize: 200,
  productsPageSize: 200,
  claimsPageSize: 200,
  /** Brand pages are read 1,000 at a time. */
  brandsPageSize: 1000,
  /** The order list reaches back three months; a little less, so a window is never refused at its edge. */
  lookbackMs: 89 * 86_400_000,
  /** Pages read when a filter must be applied here to a whole window. */
  maxPagesPerWindow: 25,
  /** Items in one product or price/stock batch. */
  batchItems: 1000,
  /** Largest stock quantity. */
  maxQuantity: 20_000,
} as const;

/** Trendyol's hosts (the sandbox stands in for them in test mode); the client adds `/integration`. */
export const TRENDYOL_HOSTS = { prod: "https://apigw.trendyol.com", stage: "https://stageapigw.trendyol.com" } as const;

export type TrendyolStore = ServedStore<TrendyolClient>;

export interface TrendyolServiceOptions {
  config: Readonly<Config>;
  source?: StoreSource;
  sandboxUrl?: string;
  trees: SwrCache;
  logger: Logger;
  now?: () => Date;
  /** Records what a live read returned in the order hub before it is returned. */
  onOrdersRead?: (store: TrendyolStore, orders: Order[], readAt: Date) => Promise<void>;
}

const BARCODE = /^[A-Za-z0-9._-]{1,40}$/;

export class TrendyolService {
  readonly set: StoreSet<TrendyolClient>;
  private readonly now: () => Date;

  constructor(private readonly options: TrendyolServiceOptions) {
    this.now = options.now ?? (() => new Date());
    this.set = createMarketplaceStoreSet<TrendyolClient>({
      config: options.config,
      marketplace: "trendyol",
      displayName: "Trendyol",
      source: options.source,
      sandboxUrl: options.sandboxUrl,
      logger: options.logger,
      // Test mode without a host: the local sandbox when it runs, else Trendyol's stage host.
      hosts: { production: TRENDYOL_HOSTS.prod, test: TRENDYOL_HOSTS.stage },
      createClient: (_v, baseUrl, creds, rest) =>
        new TrendyolClient({
          ...rest,
          baseUrl: `${baseUrl.replace(/\/+$/, "")}/integration`,
          sellerId: creds.sellerId,
          apiKey: creds.apiKey,
          apiSecret: creds.apiSecret,
        }),
      closeClient: (c) => c.close(),
    });
  }

  get stores(): ReadonlyMap<string, TrendyolStore> {
    return this.set.stores;
  }

  refresh(): Promise<void> {
    return this.set.refresh();
  }

  /** The cheapest seller-scoped call: one package of the last day (checks key, secret and seller id together). */
  testConnection(view: StoreView) {
    return this.set.probe(view, async (c) => {
      const end = this.now().getTime();
      await c.getShipmentPackages({ startDate: end - 86_400_000, endDate: end, page: 0, size: 1 });
    });
  }

  store(storeId: string | null | undefined, tenantId?: string): TrendyolStore {
    return this.set.store(storeId, tenantId);
  }

  /** A creation-date window inside Trendyol's three months; the last 30 days when open. */
  orderWindow(from: string | undefined, to: string | undefined): { startDate: number; endDate: number } {
    const now = this.now().getTime();
    const endDate = to ? Date.parse(to) : now;
    const startDate = from ? Date.parse(from) : Math.max(endDate - 30 * 86_400_000, now - LIMITS.lookbackMs);
    if (Number.isNaN(startDate) || Number.isNaN(endDate)) throw badInput("createdFrom and createdTo must be dates", "filter");
    if (endDate <= startDate) throw badInput("filter.createdTo must be after filter.createdFrom", "filter.createdTo");
    if (startDate < now - LIMITS.lookbackMs) throw badInput("Trendyol lists the orders of the last three months only: move filter.createdFrom later", "filter.createdFrom");
    return { startDate, endDate: Math.min(endDate, now) };
  }

  /** A page of orders, live from Trendyol (newest first), recorded in the order hub. */
  async orders(store: TrendyolStore, filter: OrderFilter | undefined, first: number | undefined, after: string | undefined) {
    const readAt = new Date();
    const win = pageWindow(first, after, LIMITS.ordersPageSize, 20);
    const window = this.orderWindow(filter?.createdFrom, filter?.createdTo);
    const codes = filter?.statuses?.length ? packageCodesFor(filter.statuses) : null;
    const id = store.config.id;
    let page: ReturnType<typeof toConnection<Order>>;
    if (codes && codes.length !== 1) {
      // Trendyol filters by one status name: read the window and filter here, so pages and totalCount are right.
      const all = codes.length ? await this.readAllPackages(store, window) : [];
      page = localConnection(
        all.filter((p) => codes.includes(p.status)),
        win,
        (p) => mapOrder(id, p),
      );
    } else {
      const { items, hasNext, total } = await readWindow(win, async (n) => {
        const r = await store.client.getShipmentPackages({ ...window, page: n - 1, size: win.first, status: codes?.[0], orderByField: "CreatedDate", orderByDirection: "DESC" });
        return { items: r.content, total: r.totalElements };
      });
      page = toConnection(
        items.map((p) => mapOrder(id, p)),
        win.offset,
        hasNext,
        total,
      );
    }
    await this.options.onOrdersRead?.(
      store,
      page.edges.map((e) => e.node),
      readAt,
    );
    return page;
  }

  /** Every package created in a window (bounded), oldest first: the poller and local filters. */
  readAllPackages(store: TrendyolStore, window: { startDate: number; endDate: number }): Promise<TyPackage[]> {
    return readAll(
      LIMITS.ordersPageSize,
      LIMITS.maxPagesPerWindow,
      async (n) => (await store.client.getShipmentPackages({ ...window, page: n - 1, size: LIMITS.ordersPageSize, orderByField: "CreatedDate", orderByDirection: "ASC" })).content,
      "packages in this window: narrow filter.createdFrom/createdTo",
    );
  }

  /** One shipment package by id, live; null when Trendyol does not list it (three months back). */
  async rawPackage(store: TrendyolStore, packageId: number): Promise<TyPackage | null> {
    const now = this.now().getTime();
    const r = await store.client.getShipmentPackages({ startDate: now - LIMITS.lookbackMs, endDate: now, page: 0, size: 1, shipmentPackageIds: String(packageId) });
    return r.content.find((p) => p.id === packageId) ?? null;
  }

  /** One order by the customer's order number (its newest package), live, recorded in the hub. */
  async order(store: TrendyolStore, number: string): Promise<Order | null> {
    if (!/^\d{1,20}$/.test(number)) throw badInput(`"${number}" is not a Trendyol order number`, "number");
    const readAt = new Date();
    const now = this.now().getTime();
    const r = await store.client.getShipmentPackages({
      startDate: now - LIMITS.lookbackMs,
      endDate: now,
      page: 0,
      size: 50,
      orderNumber: number,
      orderByField: "CreatedDate",
      orderByDirection: "DESC",
    });
    const raw = r.content.find((p) => p.orderNumber === number);
    if (!raw) return null;
    const order = mapOrder(store.config.id, raw);
    await this.options.onOrdersRead?.(store, [order], readAt);
    return order;
  }

  async products(store: TrendyolStore, barcode: string | undefined, approved: boolean | undefined, first: number | undefined, after: string | undefined) {
    const win = pageWindow(first, after, LIMITS.productsPageSize, 20);
    if (barcode !== undefined && !BARCODE.test(barcode)) throw badInput("barcode: 1 to 40 letters, digits, '.', '_' or '-'", "barcode");
    const { items, hasNext, total } = await readWindow(win, async (n) => {
      const r = await store.client.getProducts({ page: n - 1, size: win.first, barcode, approved });
      return { items: r.content, total: r.totalElements };
    });
    return toConnection(
      items.map((p) => mapProduct(store.config.id, p)),
      win.offset,
      hasNext,
      total,
    );
  }

  async product(store: TrendyolStore, barcode: string): Promise<Product | null> {
    if (!BARCODE.test(barcode)) throw badInput("barcode: 1 to 40 letters, digits, '.', '_' or '-'", "barcode");
    const r = await store.client.getProducts({ page: 0, size: 1, barcode });
    const p = r.content.find((x) => x.barcode === barcode);
    return p ? mapProduct(store.config.id, p) : null;
  }

  /** Returns (claims), one Refund per claim item, newest first. */
  async refunds(store: TrendyolStore, filter: RefundFilter | undefined, first: number | undefined, after: string | undefined) {
    const win = pageWindow(first, after, 100, 20);
    if (filter?.orderNumber && !/^\d{1,20}$/.test(filter.orderNumber)) throw badInput(`"${filter.orderNumber}" is not a Trendyol order number`, "filter.orderNumber");
    const startDate = filter?.requestedFrom ? Date.parse(filter.requestedFrom) : undefined;
    const endDate = filter?.requestedTo ? Date.parse(filter.requestedTo) : undefined;
    if (startDate !== undefined && endDate !== undefined && endDate <= startDate) throw badInput("filter.requestedTo must be after filter.requestedFrom", "filter.requestedTo");
    const codes = filter?.statuses?.length ? claimCodesFor(filter.statuses) : null;
    if (codes && !codes.length) return localConnection([] as Refund[], win, (r) => r);
    // Claims hold several items each: read the claims and page the items here.
    const claims = await readAll(
      LIMITS.claimsPageSize,
      LIMITS.maxPagesPerWindow,
      async (n) =>
        (
          await store.client.getClaims({
            page: n - 1,
            size: LIMITS.claimsPageSize,
            startDate,
            endDate,
            orderNumber: filter?.orderNumber,
            claimItemStatus: codes?.length === 1 ? codes[0] : undefined,
          })
        ).content,
      "claims: narrow the filter",
    );
    const refunds = claims.flatMap((c) => mapClaim(store.config.id, c)).filter((r) => !codes || codes.includes(r.marketplaceStatus.code ?? ""));
    return localConnection(refunds, win, (r) => r);
  }

  /** The claim holding a refund (claim item), live. */
  async claimOf(store: TrendyolStore, claimId: string) {
    const claims = await readAll(
      LIMITS.claimsPageSize,
      LIMITS.maxPagesPerWindow,
      async (n) => (await store.client.getClaims({ page: n - 1, size: LIMITS.claimsPageSize })).content,
      "claims",
    );
    return claims.find((c) => c.id === claimId) ?? null;
  }

  categoryTree(store: TrendyolStore): Promise<Category[]> {
    return this.options.trees.get(`trendyol:${store.hostKey}:categoryTree`, async () => mapCategoryTree((await store.client.getCategoryTree()).categories));
  }

  async categoryAttributes(store: TrendyolStore, categoryId: string): Promise<CategoryAttribute[]> {
    if (!/^\d{1,10}$/.test(categoryId)) throw badInput(`"${categoryId}" is not a Trendyol category id`, "categoryId");
    const leaf = findCategory(await this.categoryTree(store), categoryId);
    if (!leaf) throw badInput(`category ${categoryId} is not in Trendyol's tree`, "categoryId");
    if (!leaf.leaf) throw badInput(`category ${categoryId} is not a leaf: attributes exist on leaf categories only`, "categoryId");
    return this.options.trees.get(`trendyol:${store.hostKey}:categoryAttributes:${categoryId}`, async () =>
      mapCategoryAttributes(await store.client.getCategoryAttributes(Number(categoryId))),
    );
  }

  /** Every brand, read 1,000 per page once per TTL (the brand list is limited to 50 calls a minute). */
  allBrands(store: TrendyolStore): Promise<Brand[]> {
    return this.options.trees.get(`trendyol:${store.hostKey}:brands`, async () => {
      const out: Brand[] = [];
      for (let page = 0; ; page++) {
        const { brands } = await store.client.getBrands(page, LIMITS.brandsPageSize);
        out.push(...brands.map(mapBrand));
        if (brands.length < LIMITS.brandsPageSize || page > 100) return out;
      }
    });
  }

  async brands(store: TrendyolStore, search: string | undefined, first: number | undefined, after: string | undefined) {
    const win = pageWindow(first, after, 100, 20);
    if (search !== undefined && search.length > 100) throw badInput("search is at most 100 characters", "search");
    const all = await this.allBrands(store);
    const needle = search?.trim() ? foldTurkish(search.trim()) : null;
    const list = needle ? all.filter((b) => foldTurkish(b.name).includes(needle)) : all;
    return localConnection(list, win, (b) => b);
  }

  /** A batch request's result, live (IN_PROGRESS until Trendyol has run it). */
  async batch(store: TrendyolStore, batchRequestId: string) {
    if (!/^[0-9a-f-]{36}$/i.test(batchRequestId)) throw badInput(`"${batchRequestId}" is not a Trendyol batchRequestId`, "batchRequestId");
    return mapBatch(await store.client.getBatchResult(batchRequestId));
  }

  claimIssueReasons(store: TrendyolStore) {
    return this.options.trees.get(`trendyol:${store.hostKey}:claimIssueReasons`, () => store.client.getClaimIssueReasons());
  }

  async close() {
    await this.set.close();
  }
}

export function findCategory(tree: Category[], id: string): Category | null {
  for (const c of tree) {
    if (c.id === id) return c;
    const found = findCategory(c.children, id);
    if (found) return found;
  }
  return null;
}
