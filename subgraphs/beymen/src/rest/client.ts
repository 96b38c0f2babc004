// The Beymen REST client: one function per documented endpoint, typed, on the shared REST base.
// Beymen authenticates every call with Basic auth (Base64(ApiKey:ApiPassword)); there is no token to
// refresh. Errors carry `{status, traceId, errors: {Exception: [messages]}}`; the messages become the
// typed error's `marketplaceMessage`.
import { createRestClient, type Logger, type RestClient, type RestRequest } from "@pazargraph/runtime";
import type { Dispatcher } from "undici";
import type {
  BmAttributeType,
  BmAttributeValue,
  BmBatchResult,
  BmCategoryDetail,
  BmCategoryNode,
  BmClaim,
  BmCreateProduct,
  BmFuture,
  BmInvoice,
  BmInvoiceDetailLine,
  BmPackage,
  BmPage,
  BmProduct,
  BmStatementLine,
  BmTransaction,
  BmUpdateProduct,
} from "./types.ts";

export interface BeymenClientOptions {
  baseUrl: string;
  apiKey: string;
  apiPassword: string;
  timeoutMs?: number;
  callDeadlineMs?: number;
  retries?: number;
  maxConcurrency?: number;
  dispatcher?: Dispatcher;
  logger?: Logger;
}

/** Beymen's error messages, joined; null when the body has none. */
export function readBeymenMessage(body: unknown): string | null {
  if (body && typeof body === "object") {
    const errors = (body as { errors?: unknown }).errors;
    if (errors && typeof errors === "object") {
      const messages = Object.values(errors as Record<string, unknown>).flatMap((v) => (Array.isArray(v) ? v.map(String) : typeof v === "string" ? [v] : []));
      if (messages.length) return messages.join(" ");
    }
    const m = (body as { message?: unknown; title?: unknown }).message ?? (body as { title?: unknown }).title;
    if (typeof m === "string" && m) return m;
  }
  return null;
}

type Query = Record<string, string | number | boolean | null | undefined>;
export interface PageQuery {
  page: number;
  size: number;
}
export interface OrdersQuery extends PageQuery {
  orderNumber?: string;
  packetNo?: string;
  barcode?: string;
  shipmentStatus?: string;
  startDate?: string;
  endDate?: string;
  /** Line status name (NewOrder … Reorder): packages with such a line. */
  subStatus?: string;
  fraudCheck?: boolean;
  /** The package number, as the cancelled-orders list names it (packetNo on the order list). */
  shipmentNumber?: string;
}
export interface ClaimsQuery extends PageQuery {
  orderNumber?: string;
  shipmentNumber?: string;
  Status?: number;
  startDate?: string;
  endDate?: string;
  customerName?: string;
}
export interface ProductsQuery extends PageQuery {
  barcode?: string;
  modelcode?: string;
  stockcode?: string;
  brand?: string;
  status?: string;
  substatus?: string;
}
export interface CancelProduct {
  productId: string;
  quantity: number;
  cancelReasonStatus: number;
  /** Integrators always send 32 (CancelledBySeller), as the document says. */
  shipmentLineStatus: 32;
}
export interface DisputeItem {
  productId: string;
  images: string[];
  reasonType: number;
  quantity: number;
  description?: string;
}

export class BeymenClient {
  private readonly rest: RestClient;
  private readonly authorization: string;

  constructor(options: BeymenClientOptions) {
    this.authorization = `Basic ${Buffer.from(`${options.apiKey}:${options.apiPassword}`).toString("base64")}`;
    this.rest = createRestClient({
      marketplace: "beymen",
      displayName: "Beymen",
      baseUrl: options.baseUrl,
      timeoutMs: options.timeoutMs,
      callDeadlineMs: options.callDeadlineMs,
      retries: options.retries,
      maxConcurrency: options.maxConcurrency,
      dispatcher: options.dispatcher,
      logger: options.logger,
      readMessage: readBeymenMessage,
    });
  }

  /** HTTP attempts made so far (benchmarks and tests count REST calls with it). */
  get attempts(): number {
    return this.rest.attempts;
  }

  private async call<T>(req: Omit<RestRequest, "headers">): Promise<T> {
    const res = await this.rest.request<T>({ ...req, headers: { authorization: this.authorization } });
    return res.body;
  }
  private get<T>(path: string, query?: Query) {
    return this.call<T>({ method: "GET", path, query });
  }

  // ---- attributes and categories ----
  getAttributes(type: BmAttributeType, page: PageQuery) {
    return this.get<BmPage<BmAttributeValue>>("/attributes", { type, ...page });
  }
  getAllAttributes(type: BmAttributeType) {
    return this.get<BmAttributeValue[]>("/attributes/all", { type });
  }
  getCategories(parentId: string | null, page: PageQuery) {
    return this.get<BmPage<BmCategoryNode>>("/categories", { parentId: parentId ?? undefined, ...page });
  }
  getCategory(id: string) {
    return this.get<BmCategoryDetail>(`/categories/${encodeURIComponent(id)}`);
  }

  // ---- products ----
  getProducts(query: ProductsQuery) {
    return this.get<BmPage<BmProduct>>("/products", { ...query });
  }
  getProduct(id: string) {
    return this.get<BmProduct>(`/products/${encodeURIComponent(id)}`);
  }
  createProducts(products: BmCreateProduct[]) {
    return this.call<{ processId: string }>({ method: "POST", path: "/batch/products", json: products });
  }
  updateProducts(products: BmUpdateProduct[]) {
    return this.call<{ processId: string }>({ method: "POST", path: "/batch/update/products", json: products });
  }
  getBatchResult(processId: string) {
    return this.get<BmBatchResult[]>(`/batch/products/${encodeURIComponent(processId)}`);
  }
  setOnSale(productId: string, onSale: boolean) {
    return this.call<void>({ method: "PUT", path: `/products/${encodeURIComponent(productId)}/status/${onSale ? "onSale" : "notOnSale"}` });
  }
  updatePriceStock(
    productId: string,
    body: { priceRequest?: { salesPrice?: { value: number; currency: string }; platformPrice?: { value: number; currency: string } }; stockRequest?: { stock: { count: number } } },
  ) {
    return this.call<void>({ method: "PUT", path: `/products/${encodeURIComponent(productId)}/price-stock`, json: body, idempotent: true });
  }
  setLanguageDefinition(productId: string, body: { code: string; name: string; description: string; merchantColor: string }) {
    return this.call<void>({ method: "PUT", path: `/products/${encodeURIComponent(productId)}/language-definition`, json: body, idempotent: true });
  }

  // ---- orders ----
  getOrders(query: OrdersQuery) {
    return this.get<BmPage<BmPackage>>("/orders", { ...query });
  }
  private order(id: string, suffix: string) {
    return `/orders/${encodeURIComponent(id)}/${suffix}`;
  }
  pick(packageId: string) {
    return this.call<void>({ method: "PUT", path: this.order(packageId, "status/picking") });
  }
  divide(packageId: string, products: Array<{ productId: string; quantity: number }>) {
    return this.call<void>({ method: "POST", path: this.order(packageId, "divide"), json: { products } });
  }
  divideMultiple(packageId: string, groups: string[][]) {
    return this.call<void>({ method: "POST", path: this.order(packageId, "divide/multiple"), json: { orderLineGroups: groups.map((orderLineIds) => ({ orderLineIds })) } });
  }
  alternativeDelivery(packageId: string, body: { ShipmentTrackingUrl?: string; DeliveryType: 0 | 1; ShipmentTrackingNumber: string; CargoCompanyCode?: string }) {
    return this.call<void>({ method: "PUT", path: this.order(packageId, "alternativeDelivery"), json: body });
  }
  alternativeDelivered(packageId: string) {
    return this.call<void>({ method: "PATCH", path: this.order(packageId, "alternativeDelivery/deliveredToCustomer") });
  }
  alternativeUndeliverable(packageId: string) {
    return this.call<void>({ method: "PATCH", path: this.order(packageId, "alternativeDelivery/undeliverable") });
  }
  uploadInvoice(packageId: string, invoiceNumber: string, invoiceUrl: string) {
    return this.call<void>({ method: "POST", path: this.order(packageId, "invoice"), json: { InvoiceNumber: invoiceNumber, InvoiceUrl: invoiceUrl } });
  }
  deleteInvoice(packageId: string) {
    return this.call<void>({ method: "DELETE", path: this.order(packageId, "invoice") });
  }
  cancel(packageId: string, products: CancelProduct[]) {
    return this.call<void>({ method: "PUT", path: this.order(packageId, "status/cancel"), json: { products } });
  }
  updateShipmentStatus(packageId: string, body: { trackingNumber: string; trackingUrl?: string; cargoCompanyCode: string; status: 4 | 8 | 16 }) {
    return this.call<void>({ method: "PUT", path: this.order(packageId, "shipment/status"), json: body });
  }

  // ---- claims ----
  getClaims(query: ClaimsQuery) {
    return this.get<BmPage<BmClaim>>("/claims", { ...query });
  }
  receiveClaim(id: string) {
    return this.call<void>({ method: "PATCH", path: `/claims/${encodeURIComponent(id)}/receive` });
  }
  approveClaim(id: string, items: Array<{ productId: string; quantity: number }>) {
    return this.call<void>({ method: "PATCH", path: `/claims/${encodeURIComponent(id)}/approve`, json: items });
  }
  disputeClaim(id: string, items: DisputeItem[]) {
    return this.call<void>({ method: "PATCH", path: `/claims/${encodeURIComponent(id)}/dispute`, json: { items } });
  }

  // ---- finance ----
  getTransactions(query: PageQuery & { orderNumber?: string; orderStartDate?: string; orderEndDate?: string }) {
    return this.get<BmPage<BmTransaction>>("/financial/transactions", { ...query });
  }
  getInvoices(query: PageQuery & { invoiceTypes?: string; startDate?: string; endDate?: string }) {
    return this.get<BmPage<BmInvoice>>("/financial/invoices", { ...query });
  }
  getInvoiceDetail(invoiceNumber: string) {
    return this.get<BmInvoiceDetailLine[]>(`/financial/invoice/${encodeURIComponent(invoiceNumber)}`);
  }
  getFuturePayments() {
    return this.get<BmFuture>("/financial/transaction/future");
  }
  getStatements(startDate: string, endDate: string) {
    return this.get<BmStatementLine[]>("/financial/statements", { startDate, endDate });
  }

  close() {
    return this.rest.close();
  }
}
