// The Pazarama REST client: one function per documented endpoint, typed, on the shared REST base.
// Holds the store's access token (1 hour) and refreshes it before expiry, once for all concurrent
// callers; an unexpected 401 drops the token and retries the call once with a fresh one.
import { createRestClient, ErrorCode, type Logger, type RestClient, type RestRequest, toMarketplaceError } from "@pazargraph/runtime";
import type { Dispatcher } from "undici";
import type {
  PzBrand,
  PzCatalogProduct,
  PzCategory,
  PzCategoryWithAttributes,
  PzCity,
  PzCommercial,
  PzCreateProduct,
  PzEnvelope,
  PzListingResult,
  PzOrder,
  PzPaymentAgreement,
  PzProductBatchResult,
  PzProductDetail,
  PzProductListItem,
  PzQuestion,
  PzRefundPage,
  PzRefundUpdate,
  PzSellerDelivery,
  PzToken,
} from "./types.ts";

export interface PazaramaClientOptions {
  baseUrl: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  timeoutMs?: number;
  callDeadlineMs?: number;
  retries?: number;
  maxConcurrency?: number;
  dispatcher?: Dispatcher;
  logger?: Logger;
  /** Refresh this long before the token expires. @default 300000 (5 min) */
  refreshMarginMs?: number;
  now?: () => number;
}

const NAMES = { marketplace: "pazarama", displayName: "Pazarama" } as const;

function readMessage(body: unknown): string | null {
  if (body && typeof body === "object") {
    const b = body as Record<string, unknown>;
    const m = b.userMessage ?? b.message ?? b.error_description ?? b.error;
    if (typeof m === "string" && m && m !== "null") return m;
  }
  return null;
}

export interface OrdersQuery {
  startDate: string;
  endDate: string;
  pageSize: number;
  pageNumber: number;
  orderNumber?: number;
}

export interface RefundsQuery {
  pageSize: number;
  pageNumber: number;
  refundStatus?: number | null;
  requestStartDate?: string | null;
  requestEndDate?: string | null;
  orderNumber?: number | null;
  splitItems?: boolean;
}

export class PazaramaClient {
  private readonly rest: RestClient;
  private readonly auth: RestClient;
  private token: { value: string; expiresAt: number } | null = null;
  private tokenRequest: Promise<string> | null = null;
  private readonly now: () => number;

  constructor(private readonly options: PazaramaClientOptions) {
    this.now = options.now ?? Date.now;
    const common = {
      ...NAMES,
      timeoutMs: options.timeoutMs,
      callDeadlineMs: options.callDeadlineMs,
      retries: options.retries,
      dispatcher: options.dispatcher,
      logger: options.logger,
      readMessage,
    };
    this.rest = createRestClient({ ...common, baseUrl: options.baseUrl, maxConcurrency: options.maxConcurrency });
    this.auth = createRestClient({ ...common, baseUrl: options.tokenUrl, maxConcurrency: 2 });
  }

  /** HTTP attempts made to the API host (token calls excluded). */
  get attempts(): number {
    return this.rest.attempts;
  }

  /** Gets a token, refreshing ahead of expiry; concurrent callers share one token request. */
  async accessToken(): Promise<string> {
    const margin = this.options.refreshMarginMs ?? 300_000;
    if (this.token && this.token.expiresAt - margin > this.now()) return this.token.value;
    this.tokenRequest ??= this.fetchToken().finally(() => {
      this.tokenRequest = null;
    });
    return this.tokenRequest;
  }

  private async fetchToken(): Promise<string> {
    const basic = Buffer.from(`${this.options.clientId}:${this.options.clientSecret}`, "utf8").toString("base64");
    let res: { body: PzToken };
    try {
      res = await this.auth.request<PzToken>({
        method: "POST",
        path: "/connect/token",
        form: { grant_type: "client_credentials", scope: "merchantgatewayapi.fullaccess" },
        headers: { authorization: `Basic ${basic}` },
        idempotent: true,
      });
    } catch (err) {
      // Pazarama's identity server answers a wrong client with 400 invalid_client: that is a credential problem.
      const ext = (err as { extensions?: Record<string, unknown> }).extensions;
      if (ext?.marketplaceMessage === "invalid_client") throw toMarketplaceError("unauthorized", { ...NAMES, message: "invalid_client", status: 400 });
      throw err;
    }
    if (!res.body?.access_token || typeof res.body.expires_in !== "number") throw toMarketplaceError("malformed", NAMES);
    this.token = { value: res.body.access_token, expiresAt: this.now() + res.body.expires_in * 1000 };
    return this.token.value;
  }

  private async call<T>(req: RestRequest): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const token = await this.accessToken();
      try {
        const res = await this.rest.request<PzEnvelope<T>>({ ...req, headers: { ...req.headers, authorization: `Bearer ${token}` } });
        const body = res.body;
        if (!body || typeof body !== "object" || !("success" in body)) throw toMarketplaceError("malformed", NAMES);
        if (body.success === false) throw toMarketplaceError("rejected", { ...NAMES, message: readMessage(body) });
        return body.data;
      } catch (err) {
        const ext = (err as { extensions?: Record<string, unknown> }).extensions;
        if (attempt === 0 && ext?.code === ErrorCode.MARKETPLACE_REJECTED && ext.httpStatus === 401) {
          this.token = null; // revoked or expired early: one retry with a fresh token
          continue;
        }
        throw err;
      }
    }
  }

  getBrands(page: number, size: number, name?: string): Promise<PzBrand[]> {
    return this.call({ method: "GET", path: "/brand/getBrands", query: { Page: page, Size: size, name } });
  }

  getCategoryTree(): Promise<PzCategory[]> {
    return this.call({ method: "GET", path: "/category/getCategoryTree" });
  }

  getCategoryWithAttributes(id: string): Promise<PzCategoryWithAttributes> {
    return this.call({ method: "GET", path: "/category/getCategoryWithAttributes", query: { Id: id } });
  }

  getCities(): Promise<PzCity[]> {
    return this.call({ method: "GET", path: "/parameter/cities" });
  }

  getSellerDelivery(): Promise<PzSellerDelivery> {
    return this.call({ method: "GET", path: "/sellerRegister/getSellerDelivery" });
  }

  getProducts(query: { approved?: boolean | null; code?: string | null; page: number; size: number }): Promise<PzProductListItem[]> {
    return this.call({
      method: "GET",
      path: "/product/products",
      query: { Approved: query.approved ?? undefined, Code: query.code ?? undefined, Page: query.page, Size: query.size },
    });
  }

  getProductDetail(code: string): Promise<PzProductDetail> {
    return this.call({ method: "POST", path: "/product/getProductDetail", json: { Code: code }, idempotent: true });
  }

  getOrders(query: OrdersQuery): Promise<PzOrder[]> {
    return this.call({ method: "POST", path: "/order/getOrdersForApi", json: query, idempotent: true });
  }

  getRefunds(query: RefundsQuery): Promise<PzRefundPage> {
    const { splitItems, ...rest } = query;
    return this.call({ method: "POST", path: "/order/getRefund", json: { ...rest, SplitItems: splitItems ?? false }, idempotent: true });
  }

  getCancellations(query: RefundsQuery): Promise<PzRefundPage> {
    const { splitItems: _split, ...rest } = query;
    return this.call({ method: "POST", path: "/order/api/cancel/items", json: rest, idempotent: true });
  }

  getOrdersV2(query: OrdersQuery): Promise<PzOrder[]> {
    return this.call({ method: "POST", path: "/order/getOrdersForApiV2", json: query, idempotent: true });
  }

  // ---- order writes (3.14–3.16, 3.19, 3.26, 3.28, 3.33) ----
  updateItemStatus(
    orderNumber: number,
    item: { orderItemId: string; status: number; deliveryType?: number; shippingTrackingNumber?: string; trackingUrl?: string; cargoCompanyId?: string },
  ) {
    return this.call<null>({ method: "PUT", path: "/order/updateOrderStatus", json: { orderNumber, item } });
  }
  updateOrderStatus(orderNumber: number, status: number) {
    return this.call<null>({ method: "PUT", path: "/order/updateOrderStatusList", json: { orderNumber, status } });
  }
  bulkItemStatus(body: {
    orderNumber: number;
    orderItemIds: string[];
    updateShipmentDto: {
      cargoCompanyId: string | null;
      deliveryType: number | null;
      shipmentNumber: string | null;
      shippingTrackingNumber: string | null;
      status: number;
      subStatus: number | null;
      trackingUrl: string | null;
    };
  }) {
    return this.call<string>({ method: "POST", path: "/order/api/bulk-status-update", json: body });
  }
  invoiceLink(body: { invoiceLink: string; orderId: string; deliveryCompanyId: string | null; trackingNumber: string | null; orderItemId?: string }) {
    return this.call<null>({ method: "POST", path: "/order/invoice-link", json: body, idempotent: true });
  }
  splitPackage(body: { orderId: string; shipmentCode: string; sellerAddressId: string; cargoCompanyId: string; items: Array<{ orderItemId: string; quantity: number }> }) {
    return this.call<{ shipmentCode?: string } | null>({ method: "PUT", path: "/order/api/delivery/split", json: body });
  }
  undoPackageSplit(orderId: string, shipmentCode: string) {
    return this.call<null>({ method: "PUT", path: "/order/api/delivery/cancel", json: { orderId, shipmentCode } });
  }
  setLaborCosts(orderId: string, items: Array<{ orderItemId: string; laborCost: number; processCount: number }>) {
    return this.call<null>({ method: "PUT", path: `/order/api/${encodeURIComponent(orderId)}/items/labor-costs`, json: { items }, idempotent: true });
  }

  // ---- refunds and cancellations (3.18, 3.23, 3.29, 3.31) ----
  updateRefund(body: {
    refundId: string;
    status: 2 | 3 | 9;
    quantity?: number;
    refundRejectType?: number;
    documentObjects?: Array<{ name: string; bytes: string }>;
    refundReviewType?: number;
    description?: string;
  }) {
    return this.call<PzRefundUpdate>({ method: "POST", path: "/order/updateRefund", json: body });
  }
  answerRefundRevision(body: { refundId: string; documentObjects: Array<{ name: string; bytes: string }>; description: string }) {
    return this.call<null>({ method: "POST", path: "/order/api/refund/revision", json: body });
  }
  /** 3.23: the request is answered with its refundId and its quantity. */
  updateCancellation(refundId: string, status: 2 | 3, quantity: number | null | undefined) {
    return this.call<PzRefundUpdate>({ method: "PUT", path: "/order/api/cancel", json: { refundId, status, ...(quantity != null ? { quantity } : {}) } });
  }

  // ---- products (create, batch result, price/stock v2, VAT, sale limit, open/close, catalogue, commercials) ----
  createProducts(products: PzCreateProduct[]) {
    return this.call<{ batchRequestId: string; creationDate: string }>({ method: "POST", path: "/product/create", json: { products } });
  }
  getProductBatchResult(batchRequestId: string) {
    return this.call<PzProductBatchResult>({ method: "GET", path: "/product/getProductBatchResult", query: { BatchRequestId: batchRequestId } });
  }
  updatePrices(items: Array<{ code: string; listPrice: number; salePrice: number }>) {
    return this.call<string>({ method: "POST", path: "/product/updatePrice-v2", json: { items } });
  }
  updateStocks(items: Array<{ code: string; stockCount: number }>) {
    return this.call<string>({ method: "POST", path: "/product/updateStock-v2", json: { items } });
  }
  getListingResult(dataId: string, page: number, pageSize: number) {
    return this.call<PzListingResult>({ method: "GET", path: `/listing-state/batch-id/${encodeURIComponent(dataId)}/lake-projections`, query: { page, pageSize } });
  }
  updateVatRates(listingVatRates: Array<{ productCode: string; vatRate: number }>) {
    return this.call<boolean>({ method: "PUT", path: "/product/vatRate/bulk", json: { listingVatRates }, idempotent: true });
  }
  setSaleLimit(code: string, quantity: number) {
    return this.call<boolean>({ method: "POST", path: "/product/upsertSellerProductSaleLimit", json: { code, Quantity: quantity }, idempotent: true });
  }
  setExternalStatus(code: string, productStatus: 1 | 10) {
    return this.call<{ result: Array<{ success: boolean; message: string | null; code: string; productStatus: number }> }>({
      method: "POST",
      path: "/product/external-status",
      json: { productItem: { code, productStatus } },
      idempotent: true,
    });
  }
  searchCatalog(query: { code?: string; name?: string; size: number; page: number; sellerId?: string }) {
    return this.call<{ products: PzCatalogProduct[]; pageResponse: { pageIndex: number; pageSize: number; totalCount: number; totalPages: number } }>({
      method: "POST",
      path: "/product/getProductTitleCodeSearch",
      json: { code: query.code ?? "", name: query.name ?? "", size: query.size, page: query.page, sellerId: query.sellerId },
      idempotent: true,
    });
  }
  quickAddProduct(product: {
    productId: string;
    code: string;
    stockCode: string;
    listPrice: number;
    stockCount: number;
    salePrice: number;
    installmentCount: number;
    brandId?: string;
  }) {
    return this.call<Record<string, unknown>>({ method: "POST", path: "/product/addProductsWithBarcodes", json: { product } });
  }
  listCommercials() {
    return this.call<{ productCommercialList: PzCommercial[] }>({ method: "GET", path: "/product-commercials" });
  }
  createCommercial(body: Omit<PzCommercial, "commercialId">) {
    return this.call<{ productCommercialList: PzCommercial[] }>({ method: "POST", path: "/product-commercials", json: body });
  }
  updateCommercial(id: string, body: Omit<PzCommercial, "commercialId">) {
    return this.call<{ productCommercialList: PzCommercial[] }>({
      method: "PUT",
      path: `/product-commercials/id/${encodeURIComponent(id)}/product-commercial`,
      json: body,
      idempotent: true,
    });
  }
  deleteCommercial(id: string) {
    return this.call<boolean>({ method: "DELETE", path: `/product-commercials/id/${encodeURIComponent(id)}/product-commercial` });
  }
  setProductCommercials(code: string, securityDescription: string | null, commercialIds: string[]) {
    return this.call<boolean>({ method: "POST", path: "/product/upsertSellerProductCommercial", json: { code, securityDescription, commercialIds }, idempotent: true });
  }

  // ---- questions and answers (3.22) ----
  getQuestionStatuses() {
    return this.call<Array<{ id: number; value: string }>>({ method: "GET", path: "/QuestionAnswer/getQuestionStatus" });
  }
  getQuestionTopics() {
    return this.call<Array<{ id: string; topic: string }>>({ method: "POST", path: "/QuestionAnswer/questionTopics", json: {}, idempotent: true });
  }
  getQuestion(questionId: string) {
    return this.call<PzQuestion>({ method: "GET", path: "/QuestionAnswer/getApprovalAnswerById", query: { questionId } });
  }
  searchQuestions(query: {
    barcode?: string | null;
    topicId?: string | null;
    questionStartDate?: string | null;
    questionEndDate?: string | null;
    questionStatus?: number | null;
    pageIndex: number;
    pageSize: number;
  }) {
    return this.call<{ approvalAnswersByMerchantSearchs: PzQuestion[]; pageResponse: { totalCount: number } }>({
      method: "POST",
      path: "/QuestionAnswer/getApprovalAnswersByMerchantSearch",
      json: query,
      idempotent: true,
    });
  }
  answerQuestion(questionId: string, text: string) {
    return this.call<boolean>({ method: "PUT", path: "/QuestionAnswer/sellerAnswer", json: { questionId, text } });
  }

  // ---- finance (3.20) ----
  getPaymentAgreement(query: { startDate: string; endDate: string; orderId?: number | null }) {
    return this.call<PzPaymentAgreement>({
      method: "POST",
      path: "/order/paymentAgreement",
      json: { ...query, allowanceDate: null, orderId: query.orderId ?? null },
      idempotent: true,
    });
  }

  async close(): Promise<void> {
    await Promise.all([this.rest.close(), this.auth.close()]);
  }
}
