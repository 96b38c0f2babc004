// What the Pazarama resolvers and the poller call: store resolution, argument validation against
// Pazarama's documented limits (before any call), paging, and the L2-cached reference trees.
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
  toIstanbulMinute,
} from "@pazargraph/runtime";
import { type Brand, type Category, type CategoryAttribute, type Order, type OrderFilter, type Product, type RefundFilter, RefundKind } from "@pazargraph/schema";
import { buildCategoryTree, mapBrand, mapCategoryAttributes, mapProductDetail, mapProductListItem, mapRefund } from "./map/catalog.ts";
import { mapOrder } from "./map/order.ts";
import { itemCodesFor, refundCodesFor } from "./map/status.ts";
import { PazaramaClient, type RefundsQuery } from "./rest/client.ts";
import type { PzCity, PzOrder, PzRefund, PzRefundPage, PzSellerDelivery } from "./rest/types.ts";
import { resolveOrderWindow } from "./rest/window.ts";

export const LIMITS = {
  /** getOrdersForApi page size (the document's own example asks for 500). */
  ordersPageSize: 500,
  /** product/products page size (the document's example uses 250). */
  productsPageSize: 250,
  refundsPageSize: 100,
  brandsPageSize: 100,
  /** Pages read when a status filter must be applied to a whole window. */
  maxPagesPerWindow: 40,
} as const;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ORDER_NUMBER = /^\d{1,18}$/;

export type PazaramaStore = ServedStore<PazaramaClient>;

/** Pazarama's production hosts (the sandbox stands in for them in test mode). */
export const PAZARAMA_HOSTS = { api: "https://isortagimapi.pazarama.com", token: "https://isortagimgiris.pazarama.com" } as const;

export interface PazaramaServiceOptions {
  config: Readonly<Config>;
  /** Where the stores come from (the registry in the product); config's stores when left out. */
  source?: StoreSource;
  /** URL of the local sandbox, used for test-mode stores that name no baseUrl. */
  sandboxUrl?: string;
  trees: SwrCache;
  logger: Logger;
  now?: () => Date;
  /**
   * Called with the orders a live read returned, and when the read began, before they are returned:
   * the order hub records them, and the gateway resolves the references there.
   */
  onOrdersRead?: (store: PazaramaStore, orders: Order[], readAt: Date) => Promise<void>;
}

/** Unit lines (the v2 listing, one line per unit) of recently listed orders, by tenant and order id. */
const UNIT_LINES_TTL_MS = 120_000;
const UNIT_LINES_MAX = 5_000;

export class PazaramaService {
  private readonly keptUnitLines = new Map<string, { at: number; lines: Order["lines"] }>();
  readonly set: StoreSet<PazaramaClient>;
  private readonly now: () => Date;

  constructor(private readonly options: PazaramaServiceOptions) {
    this.now = options.now ?? (() => new Date());
    this.set = createMarketplaceStoreSet<PazaramaClient>({
      config: options.config,
      marketplace: "pazarama",
      displayName: "Pazarama",
      source: options.source,
      sandboxUrl: options.sandboxUrl,
      logger: options.logger,
      // Pazarama has no test environment: a test-mode store needs the sandbox or a host of its own.
      hosts: { production: PAZARAMA_HOSTS.api, test: null },
      createClient: (v, baseUrl, creds, rest) =>
        new PazaramaClient({
          ...rest,
          baseUrl,
          tokenUrl: v.tokenUrl ?? (v.baseUrl || v.testMode ? baseUrl : PAZARAMA_HOSTS.token),
          clientId: creds.clientId,
          clientSecret: creds.clientSecret,
        }),
      closeClient: (c) => c.close(),
    });
  }

  get stores(): ReadonlyMap<string, PazaramaStore> {
    return this.set.stores;
  }

  /** Reloads the stores from the source (the registry announced a change). */
  refresh(): Promise<void> {
    return this.set.refresh();
  }

  /** The cheapest authenticated call: a token, then one brand. */
  testConnection(view: StoreView) {
    return this.set.probe(view, async (c) => {
      await c.accessToken();
      await c.getBrands(1, 1);
    });
  }

  /** The store a call is for: the named one of the tenant, or the tenant's only one. */
  store(storeId: string | null | undefined, tenantId?: string): PazaramaStore {
    return this.set.store(storeId, tenantId);
  }

  /**
   * A page of orders, live from Pazarama, recorded in the order hub. With `splitItems` the same page
   * is also read from the v2 listing (3.25) and each order's unit lines are kept for a while, for
   * `Order.pazaramaUnitLines` (the unified Order keeps Pazarama's lines as they are).
   */
  async orders(store: PazaramaStore, filter: OrderFilter | undefined, first: number | undefined, after: string | undefined, splitItems = false) {
    const readAt = new Date();
    const page = await this.readOrders(store, filter, first, after, false);
    await this.options.onOrdersRead?.(
      store,
      page.edges.map((e) => e.node),
      readAt,
    );
    if (splitItems) {
      const units = await this.readOrders(store, filter, first, after, true);
      for (const e of units.edges) this.keepUnitLines(store, e.node.id, e.node.lines);
    }
    return page;
  }

  private keepUnitLines(store: PazaramaStore, orderId: string, lines: Order["lines"]) {
    const now = Date.now();
    if (this.keptUnitLines.size >= UNIT_LINES_MAX)
      for (const [k, v] of this.keptUnitLines) if (now - v.at > UNIT_LINES_TTL_MS || this.keptUnitLines.size >= UNIT_LINES_MAX) this.keptUnitLines.delete(k);
    this.keptUnitLines.set(`${store.config.tenantId}\u0000${orderId}`, { at: now, lines });
  }

  /** An order's lines one per unit (v2 listing): from a recent `orders(splitItems: true)`, else read. */
  async unitLines(store: PazaramaStore, number: string): Promise<Order["lines"] | null> {
    const id = `pazarama:${store.config.id}:${number}`;
    const kept = this.keptUnitLines.get(`${store.config.tenantId}\u0000${id}`);
    if (kept && Date.now() - kept.at <= UNIT_LINES_TTL_MS) return kept.lines;
    const raw = await this.rawOrder(store, number, undefined, true);
    return raw ? mapOrder(store.config.id, raw).lines : null;
  }

  private async readOrders(store: PazaramaStore, filter: OrderFilter | undefined, first: number | undefined, after: string | undefined, splitItems: boolean) {
    const win = pageWindow(first, after, LIMITS.ordersPageSize, 20);
    const window = resolveOrderWindow(filter?.createdFrom, filter?.createdTo, this.now());
    const base = { startDate: window.startDate, endDate: window.endDate };
    const id = store.config.id;
    if (filter?.statuses?.length) {
      // Pazarama filters by one item status at most: read the window once and filter here, so the
      // pages and totalCount a client sees are right for any combination of unified statuses.
      const codes = itemCodesFor(filter.statuses);
      const all = await this.readAllOrders(store, base, splitItems);
      return localConnection(
        all.filter((o) => o.items.some((i) => codes.includes(i.orderItemStatus))),
        win,
        (o) => mapOrder(id, o),
      );
    }
    const list = (q: Parameters<PazaramaClient["getOrders"]>[0]) => (splitItems ? store.client.getOrdersV2(q) : store.client.getOrders(q));
    const { items, hasNext } = await readWindow(win, async (pageNumber) => ({ items: await list({ ...base, pageSize: win.first, pageNumber }) }));
    return toConnection(
      items.map((o) => mapOrder(id, o)),
      win.offset,
      hasNext,
    );
  }

  /** Every order in a window (bounded), for the poller and for status filters. */
  readAllOrders(store: PazaramaStore, window: { startDate: string; endDate: string }, splitItems = false): Promise<PzOrder[]> {
    const list = splitItems ? store.client.getOrdersV2.bind(store.client) : store.client.getOrders.bind(store.client);
    return readAll(
      LIMITS.ordersPageSize,
      LIMITS.maxPagesPerWindow,
      (pageNumber) => list({ ...window, pageSize: LIMITS.ordersPageSize, pageNumber }),
      "orders in this window: narrow filter.createdFrom/createdTo",
    );
  }

  /**
   * One order by number. Pazarama finds orders by number only inside a date window, so this looks in
   * the month around `placedAt` when given, else in the last three months, newest first.
   */
  async order(store: PazaramaStore, number: string, placedAt?: string): Promise<Order | null> {
    const readAt = new Date();
    const raw = await this.rawOrder(store, number, placedAt);
    if (!raw) return null;
    const order = mapOrder(store.config.id, raw);
    await this.options.onOrdersRead?.(store, [order], readAt);
    return order;
  }

  /** The raw order by number (see `order`), for the writes that need Pazarama's ids. */
  async rawOrder(store: PazaramaStore, number: string, placedAt?: string, v2 = false): Promise<PzOrder | null> {
    if (!ORDER_NUMBER.test(number)) throw badInput(`"${number}" is not a Pazarama order number`, "number");
    const now = this.now();
    const windows = placedAt
      ? [resolveOrderWindow(new Date(new Date(placedAt).getTime() - 86400_000).toISOString(), new Date(new Date(placedAt).getTime() + 86400_000).toISOString(), now)]
      : [0, 1, 2].map((k) => resolveOrderWindow(undefined, new Date(now.getTime() - k * 28 * 86400_000 + 60_000).toISOString(), now));
    for (const w of windows) {
      const query = { startDate: w.startDate, endDate: w.endDate, pageSize: 1, pageNumber: 1, orderNumber: Number(number) };
      const found = await (v2 ? store.client.getOrdersV2(query) : store.client.getOrders(query));
      const hit = found.find((o) => String(o.orderNumber) === number);
      if (hit) return hit;
    }
    return null;
  }

  /** The seller's delivery settings (cargo companies, shipment addresses), kept in L2 per store. */
  sellerDelivery(store: PazaramaStore): Promise<PzSellerDelivery> {
    return this.options.trees.get(`pazarama:${store.hostKey}:${store.config.id}:sellerDelivery`, () => store.client.getSellerDelivery());
  }

  async products(store: PazaramaStore, approved: boolean | undefined, code: string | undefined, first: number | undefined, after: string | undefined) {
    const win = pageWindow(first, after, LIMITS.productsPageSize, 20);
    if (code !== undefined && (code.length === 0 || code.length > 500)) throw badInput("code must be 1 to 500 characters (Pazarama's barcode length)", "code");
    const { items, hasNext } = await readWindow(win, async (page) => ({ items: await store.client.getProducts({ approved, code, page, size: win.first }) }));
    return toConnection(
      items.map((p) => mapProductListItem(store.config.id, p)),
      win.offset,
      hasNext,
    );
  }

  async product(store: PazaramaStore, code: string): Promise<Product | null> {
    if (!code || code.length > 500) throw badInput("code must be 1 to 500 characters (Pazarama's barcode length)", "code");
    try {
      return mapProductDetail(store.config.id, await store.client.getProductDetail(code));
    } catch (err) {
      if ((err as { extensions?: { code?: string } }).extensions?.code === "NOT_FOUND") return null;
      throw err;
    }
  }

  async refunds(store: PazaramaStore, kind: RefundKind, filter: RefundFilter | undefined, first: number | undefined, after: string | undefined, splitItems = false) {
    const win = pageWindow(first, after, LIMITS.refundsPageSize, 20);
    if (filter?.orderNumber && !ORDER_NUMBER.test(filter.orderNumber)) throw badInput(`"${filter.orderNumber}" is not a Pazarama order number`, "filter.orderNumber");
    if (filter?.requestedFrom && filter.requestedTo && new Date(filter.requestedTo) <= new Date(filter.requestedFrom)) {
      throw badInput("filter.requestedTo must be after filter.requestedFrom", "filter.requestedTo");
    }
    const codes = filter?.statuses?.length ? refundCodesFor(filter.statuses) : null;
    const query = {
      requestStartDate: filter?.requestedFrom ? toIstanbulMinute(filter.requestedFrom) : null,
      requestEndDate: filter?.requestedTo ? toIstanbulMinute(filter.requestedTo) : null,
      orderNumber: filter?.orderNumber ? Number(filter.orderNumber) : null,
      splitItems: kind === RefundKind.RETURN && splitItems,
    };
    const list = (q: RefundsQuery): Promise<PzRefundPage> => (kind === RefundKind.RETURN ? store.client.getRefunds(q) : store.client.getCancellations(q));
    const toRefund = (r: PzRefund) => mapRefund(store.config.id, r, kind);
    if (codes && codes.length !== 1) {
      // Several Pazarama codes (e.g. APPROVED = 2, 4, 6, 8): read all and filter here.
      const size = LIMITS.refundsPageSize;
      const all = await readAll(
        size,
        LIMITS.maxPagesPerWindow,
        async (pageNumber) => (await list({ ...query, pageSize: size, pageNumber })).refundList,
        "refunds: narrow the filter",
      );
      return localConnection(
        all.filter((r) => codes.includes(r.refundStatus)),
        win,
        toRefund,
      );
    }
    const { items, hasNext, total } = await readWindow(win, async (pageNumber) => {
      const page = await list({ ...query, refundStatus: codes?.[0] ?? null, pageSize: win.first, pageNumber });
      return { items: page.refundList, total: page.responsePage?.totalCount ?? 0 };
    });
    return toConnection(items.map(toRefund), win.offset, hasNext, total);
  }

  categoryTree(store: PazaramaStore): Promise<Category[]> {
    return this.options.trees.get(`pazarama:${store.hostKey}:categoryTree`, async () => buildCategoryTree(await store.client.getCategoryTree()));
  }

  categoryAttributes(store: PazaramaStore, categoryId: string): Promise<CategoryAttribute[]> {
    if (!GUID.test(categoryId)) throw badInput(`"${categoryId}" is not a Pazarama category id (a GUID)`, "categoryId");
    return this.options.trees.get(`pazarama:${store.hostKey}:categoryAttributes:${categoryId.toLowerCase()}`, async () =>
      mapCategoryAttributes(await store.client.getCategoryWithAttributes(categoryId)),
    );
  }

  /** The whole brand list, read page by page once per TTL. */
  allBrands(store: PazaramaStore): Promise<Brand[]> {
    return this.options.trees.get(`pazarama:${store.hostKey}:brands`, async () => {
      const out: Brand[] = [];
      const size = 1000;
      for (let page = 1; ; page++) {
        const list = await store.client.getBrands(page, size);
        out.push(...list.map(mapBrand));
        if (list.length < size) return out;
      }
    });
  }

  async brands(store: PazaramaStore, search: string | undefined, first: number | undefined, after: string | undefined) {
    const win = pageWindow(first, after, LIMITS.brandsPageSize, 20);
    if (search !== undefined && search.length > 100) throw badInput("search is at most 100 characters", "search");
    const all = await this.allBrands(store);
    const needle = search?.trim() ? foldTurkish(search.trim()) : null;
    const list = needle ? all.filter((b) => foldTurkish(b.name).includes(needle)) : all;
    return toConnection(list.slice(win.offset, win.offset + win.first), win.offset, win.offset + win.first < list.length, list.length);
  }

  cities(store: PazaramaStore): Promise<PzCity[]> {
    return this.options.trees.get(`pazarama:${store.hostKey}:cities`, () => store.client.getCities());
  }

  async close() {
    await this.set.close();
  }
}
