// The Trendyol REST client: one method per endpoint, typed, on the shared REST base. Every call
// carries HTTP Basic (API key and secret) and the mandatory `User-Agent: "<sellerId> - <integrator>"`;
// seller endpoints put the seller id in the path. Errors carry `{ exception, errors: [{ key, message }] }`;
// the messages become the typed error's `marketplaceMessage`.
import { createRestClient, type Logger, type RestClient, type RestRequest } from "@pazargraph/runtime";
import type { TyBatchResult, TyBrand, TyCategory, TyCategoryAttributes, TyClaim, TyCreateProduct, TyInventoryItem, TyLineRef, TyPackage, TyPage, TyProduct } from "./types.ts";

/** The integrator name in the User-Agent (at most 30 letters and digits). */
export const INTEGRATOR = "PazarGraph";

export interface TrendyolClientOptions {
  /** Up to and including `/integration`. */
  baseUrl: string;
  sellerId: string;
  apiKey: string;
  apiSecret: string;
  timeoutMs?: number;
  callDeadlineMs?: number;
  retries?: number;
  maxConcurrency?: number;
  logger?: Logger;
}

/** Trendyol's error messages, joined; null when the body has none. */
export function readTrendyolMessage(body: unknown): string | null {
  if (!body || typeof body !== "object") return null;
  const errors = (body as { errors?: unknown }).errors;
  if (Array.isArray(errors)) {
    const messages = errors.map((e) => (e && typeof e === "object" ? (e as { message?: unknown }).message : e)).filter((m): m is string => typeof m === "string" && !!m);
    if (messages.length) return messages.join(" ");
  }
  const m = (body as { message?: unknown }).message;
  return typeof m === "string" && m ? m : null;
}

type Query = Record<string, string | number | boolean | null | undefined>;

export interface OrdersQuery {
  startDate: number;
  endDate: number;
  page: number;
  size: number;
  status?: string;
  orderNumber?: string;
  /** Comma-separated package ids. */
  shipmentPackageIds?: string;
  orderByField?: "PackageLastModifiedDate" | "CreatedDate";
  orderByDirection?: "ASC" | "DESC";
}

export interface ClaimsQuery {
  page: number;
  size: number;
  claimItemStatus?: string;
  startDate?: number;
  endDate?: number;
  orderNumber?: string;
}

export interface ProductsQuery {
  page: number;
  size: number;
  barcode?: string;
  approved?: boolean;
}

export class TrendyolClient {
  private readonly rest: RestClient;
  private readonly headers: Record<string, string>;
  private readonly seller: string;

  constructor(options: TrendyolClientOptions) {
    if (!/^\d{1,12}$/.test(options.sellerId)) throw new Error("a Trendyol seller id is digits");
    this.seller = `/sellers/${options.sellerId}`;
    this.headers = {
      authorization: `Basic ${Buffer.from(`${options.apiKey}:${options.apiSecret}`).toString("base64")}`,
      "user-agent": `${options.sellerId} - ${INTEGRATOR}`,
    };
    this.rest = createRestClient({
      marketplace: "trendyol",
      displayName: "Trendyol",
      baseUrl: options.baseUrl,
      timeoutMs: options.timeoutMs,
      callDeadlineMs: options.callDeadlineMs,
      retries: options.retries,
      maxConcurrency: options.maxConcurrency,
      logger: options.logger,
      readMessage: readTrendyolMessage,
    });
  }

  /** HTTP attempts made so far (benchmarks and tests count REST calls with it). */
  get attempts(): number {
    return this.rest.attempts;
  }

  private async call<T>(req: Omit<RestRequest, "headers">): Promise<T> {
    return (await this.rest.request<T>({ ...req, headers: this.headers })).body;
  }
  private get<T>(path: string, query?: Query) {
    return this.call<T>({ method: "GET", path, query });
  }

  // ---- orders (shipment packages) ----
  getShipmentPackages(q: OrdersQuery) {
    return this.get<TyPage<TyPackage>>(`/order${this.seller}/orders`, { ...q });
  }
  /** Picking, or Invoiced with the invoice number; every line with its whole quantity. */
  updatePackage(packageId: number, status: "Picking" | "Invoiced", lines: TyLineRef[], invoiceNumber?: string) {
    return this.call<void>({ method: "PUT", path: `/order${this.seller}/shipment-packages/${packageId}`, json: { lines, params: invoiceNumber ? { invoiceNumber } : {}, status } });
  }
  updateUnsupplied(packageId: number, lines: TyLineRef[], reasonId: number) {
    return this.call<void>({ method: "PUT", path: `/order${this.seller}/shipment-packages/${packageId}/items/unsupplied`, json: { lines, reasonId } });
  }
  changeCargoProvider(packageId: number, cargoProvider: string) {
    return this.call<void>({ method: "PUT", path: `/order${this.seller}/shipment-packages/${packageId}/cargo-providers`, json: { cargoProvider } });
  }

  // ---- claims ----
  getClaims(q: ClaimsQuery) {
    return this.get<TyPage<TyClaim>>(`/order${this.seller}/claims`, { ...q });
  }
  approveClaimItems(claimId: string, claimLineItemIdList: string[]) {
    return this.call<void>({ method: "PUT", path: `/order${this.seller}/claims/${encodeURIComponent(claimId)}/items/approve`, json: { claimLineItemIdList, params: {} } });
  }
  createClaimIssue(claimId: string, reasonId: number, claimItemIds: string[], description: string) {
    return this.call<{ id: string }>({
      method: "POST",
      path: `/order${this.seller}/claims/${encodeURIComponent(claimId)}/issue`,
      query: { claimIssueReasonId: reasonId, claimItemIdList: claimItemIds.join(","), description },
    });
  }
  getClaimIssueReasons() {
    return this.get<Array<{ id: number; name: string }>>("/order/claim-issue-reasons");
  }

  // ---- catalogue ----
  getCategoryTree() {
    return this.get<{ categories: TyCategory[] }>("/product/product-categories");
  }
  getCategoryAttributes(categoryId: number) {
    return this.get<TyCategoryAttributes>(`/product/product-categories/${categoryId}/attributes`);
  }
  getBrands(page: number, size: number) {
    return this.get<{ brands: TyBrand[] }>("/product/brands", { page, size });
  }

  // ---- products ----
  getProducts(q: ProductsQuery) {
    return this.get<TyPage<TyProduct>>(`/product${this.seller}/products`, { ...q });
  }
  createProducts(items: TyCreateProduct[]) {
    return this.call<{ batchRequestId: string }>({ method: "POST", path: `/product${this.seller}/v2/products`, json: { items } });
  }
  updatePriceAndInventory(items: TyInventoryItem[]) {
    return this.call<{ batchRequestId: string }>({ method: "POST", path: `/inventory${this.seller}/products/price-and-inventory`, json: { items } });
  }
  getBatchResult(batchRequestId: string) {
    return this.get<TyBatchResult>(`/product${this.seller}/products/batch-requests/${encodeURIComponent(batchRequestId)}`);
  }

  close() {
    return this.rest.close();
  }
}
