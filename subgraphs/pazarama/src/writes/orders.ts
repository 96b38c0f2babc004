// Pazarama's order, refund and cancellation writes. Every input is checked against the document's
// rules before the call (the item flow 3 → 12 → 5 → 11/14 with 13 for unsupplied, tracking for 5,
// invoice links, package split quantities, labour cost statuses, reject reasons with a description and
// photos, at most 3 files of 5 MB, review types); Pazarama's own refusal comes back as
// MARKETPLACE_REJECTED with its userMessage. Each write answers with the re-read unified type.
import { badInput, foldTurkish, notFound, ownId } from "@pazargraph/runtime";
import { type CancelReason, type Order, type Refund, RefundKind, RefundRejectReason } from "@pazargraph/schema";
import { mapRefund, parseRefundId } from "../map/catalog.ts";
import { mapOrder } from "../map/order.ts";
import type { PzOrder, PzOrderItem } from "../rest/types.ts";
import type { PazaramaService, PazaramaStore } from "../service.ts";

/** Statuses a seller may set on an item, and from which (001, 3.15–3.16 "Sipariş Akışı"). */
export const SELLER_TRANSITIONS: Record<number, readonly number[]> = { 3: [12, 13], 12: [5, 13], 5: [11, 14] };
/** Digital items skip the cargo: 12 → 11 or 14. */
const DIGITAL_TRANSITIONS: Record<number, readonly number[]> = { 3: [12, 13], 12: [11, 14, 13] };
const DIGITAL = 4;
/** Labour cost may be entered while received, preparing or shipped (3.28). */
const LABOR_COST_STATUSES = [3, 12, 5];

const REJECT_CODE: Record<RefundRejectReason, number | null> = {
  [RefundRejectReason.RECEIVED_PRODUCT_NOT_MINE]: 1,
  [RefundRejectReason.PRODUCT_DEFECTIVE_OR_DAMAGED]: 2,
  [RefundRejectReason.QUANTITY_MISSING]: 3,
  [RefundRejectReason.WRONG_PRODUCT]: 4,
  [RefundRejectReason.PRODUCT_USED]: 5,
  [RefundRejectReason.PRODUCT_FAKE]: 6,
  [RefundRejectReason.PART_MISSING]: 7,
  [RefundRejectReason.PRODUCT_NOT_DEFECTIVE]: 8,
  [RefundRejectReason.PRODUCT_NOT_WRONG]: 9,
  [RefundRejectReason.PACKAGE_EMPTY]: 10,
  [RefundRejectReason.PACKAGE_NOT_RECEIVED]: 11,
  [RefundRejectReason.OTHER]: 12,
  [RefundRejectReason.EXCESS_PRODUCT_RECEIVED]: null,
};
const NO_PHOTO = new Set([RefundRejectReason.PACKAGE_EMPTY, RefundRejectReason.PACKAGE_NOT_RECEIVED]);
const MAX_DOCUMENTS = 3;
const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024; // 5 MB
const HTTP_URL = /^https?:\/\/\S+$/i;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export interface DocumentInput {
  name: string;
  url?: string;
  contentBase64?: string;
}

/** OrderLine.id (`pazarama:<store>:<orderItemId>`) or the raw orderItemId; another store's line is NOT_FOUND. */
const itemIdOf = (storeId: string, lineId: string) => ownId(lineId, "pazarama", storeId, "Pazarama order line");

/** Pazarama takes files as base64 bytes: at most 3, 5 MB each. */
export function pazaramaDocuments(documents: DocumentInput[] | undefined, argument: string): Array<{ name: string; bytes: string }> {
  const list = documents ?? [];
  if (list.length > MAX_DOCUMENTS) throw badInput(`at most ${MAX_DOCUMENTS} files per product`, argument);
  return list.map((d, i) => {
    if (!d.name?.trim()) throw badInput("a file needs a name", `${argument}[${i}].name`);
    if (!d.contentBase64) throw badInput("Pazarama takes the file itself: give contentBase64", `${argument}[${i}].contentBase64`);
    const b64 = d.contentBase64.replace(/\s/g, "");
    if (!BASE64.test(b64)) throw badInput("contentBase64 is not base64", `${argument}[${i}].contentBase64`);
    if (Buffer.byteLength(b64, "base64") > MAX_DOCUMENT_BYTES) throw badInput("a file is at most 5 MB", `${argument}[${i}].contentBase64`);
    return { name: d.name.trim(), bytes: b64 };
  });
}

export class PazaramaWrites {
  /** @param onOrderWritten called with the order a write left (read back from Pazarama): the order hub's write-through. */
  constructor(
    private readonly service: PazaramaService,
    private readonly onOrderWritten?: (store: PazaramaStore, order: Order) => Promise<void>,
  ) {}

  private async order(store: PazaramaStore, orderNumber: string): Promise<PzOrder> {
    const o = await this.service.rawOrder(store, orderNumber);
    if (!o) throw notFound(`no Pazarama order ${orderNumber} in the last three months`);
    return o;
  }

  private async after(store: PazaramaStore, orderNumber: string): Promise<Order> {
    const order = mapOrder(store.config.id, await this.order(store, orderNumber));
    await this.onOrderWritten?.(store, order);
    return order;
  }

  private item(storeId: string, o: PzOrder, lineId: string, argument: string): PzOrderItem {
    const id = itemIdOf(storeId, lineId);
    const item = o.items.find((i) => i.orderItemId === id);
    if (!item) throw badInput(`line ${lineId} is not in order ${o.orderNumber}`, argument);
    return item;
  }

  private checkTransition(item: PzOrderItem, to: number, argument: string) {
    const table = item.deliveryType === DIGITAL ? DIGITAL_TRANSITIONS : SELLER_TRANSITIONS;
    const allowed = table[item.orderItemStatus] ?? [];
    if (!allowed.includes(to)) {
      const first = item.orderItemStatus === 3 && to !== 12 ? " (an item must go to 12, preparing, first)" : "";
      throw badInput(`an item in status ${item.orderItemStatus} cannot go to ${to}${first}`, argument);
    }
  }

  /** A cargo company by Pazarama id or name (Turkish-aware), or the item's own. */
  private async cargoId(store: PazaramaStore, given: string | undefined, fallbackName: string | null | undefined, argument: string): Promise<string> {
    const companies = (await this.service.sellerDelivery(store)).cargoCompany?.cargoCompanies ?? [];
    const wanted = given ?? fallbackName ?? undefined;
    if (!wanted) throw badInput("cargoCompany is required", argument);
    const hit = companies.find((c) => c.cargoCompanyId === wanted || foldTurkish(c.cargoCompanyName) === foldTurkish(wanted));
    if (!hit) throw badInput(`"${wanted}" is not one of the store's cargo companies (${companies.map((c) => c.cargoCompanyName).join(", ")})`, argument);
    return hit.cargoCompanyId;
  }

  private checkTracking(trackingNumber: string | undefined, trackingUrl: string | undefined) {
    if (!trackingNumber?.trim() || trackingNumber.length > 100) throw badInput("trackingNumber must be 1 to 100 characters", "input.trackingNumber");
    if (trackingUrl && !HTTP_URL.test(trackingUrl)) throw badInput("trackingUrl must be an http(s) URL", "input.trackingUrl");
  }

  /** Items of the order in one package (by shipment code), or all of them. */
  private itemsOf(o: PzOrder, packageCode: string | undefined): PzOrderItem[] {
    if (!packageCode) return o.items;
    const items = o.items.filter((i) => i.shipmentCode === packageCode);
    if (!items.length) throw badInput(`order ${o.orderNumber} has no package ${packageCode}`, "input.packageCode");
    return items;
  }

  // ---- unified acts ----

  /** Received → preparing (3 → 12) for the order or one package; one bulk call when it is the whole order. */
  async acceptOrder(store: PazaramaStore, input: { orderNumber: string; packageCode?: string }): Promise<Order> {
    const o = await this.order(store, input.orderNumber);
    const items = this.itemsOf(o, input.packageCode).filter((i) => i.orderItemStatus === 3);
    if (!items.length) throw badInput(`order ${input.orderNumber} has no item in status 3 (received) to accept`, "input.orderNumber");
    if (!input.packageCode && items.length === o.items.length) await store.client.updateOrderStatus(o.orderNumber, 12);
    else for (const i of items) await store.client.updateItemStatus(o.orderNumber, { orderItemId: i.orderItemId, status: 12 });
    return this.after(store, input.orderNumber);
  }

  /** Preparing → shipped (12 → 5) with tracking, in one bulk call for the package's items (3.33). */
  async shipPackage(
    store: PazaramaStore,
    input: { orderNumber: string; packageCode?: string; cargoCompany?: string; trackingNumber: string; trackingUrl?: string },
  ): Promise<Order> {
    this.checkTracking(input.trackingNumber, input.trackingUrl);
    const o = await this.order(store, input.orderNumber);
    const items = this.itemsOf(o, input.packageCode).filter((i) => i.orderItemStatus === 12);
    if (!items.length)
      throw badInput(`no item of ${input.packageCode ? `package ${input.packageCode}` : `order ${input.orderNumber}`} is in status 12 (preparing)`, "input.packageCode");
    const codes = new Set(items.map((i) => i.shipmentCode));
    if (!input.packageCode && codes.size > 1) throw badInput(`order ${input.orderNumber} has several packages: pass packageCode (${[...codes].join(", ")})`, "input.packageCode");
    // Named here, else the store's default (store settings), else the line's own.
    const cargoCompanyId = await this.cargoId(
      store,
      input.cargoCompany ?? store.config.settings.defaultCargoCompany ?? undefined,
      items[0].cargo?.companyName,
      "input.cargoCompany",
    );
    await store.client.bulkItemStatus({
      orderNumber: o.orderNumber,
      orderItemIds: items.map((i) => i.orderItemId),
      updateShipmentDto: {
        cargoCompanyId,
        deliveryType: 1,
        shipmentNumber: items[0].shipmentCode || null,
        shippingTrackingNumber: input.trackingNumber.trim(),
        status: 5,
        subStatus: 0,
        trackingUrl: input.trackingUrl ?? null,
      },
    });
    return this.after(store, input.orderNumber);
  }

  /**
   * The seller cannot cancel on Pazarama; what it can do is mark lines unsupplied (13), which refunds
   * the customer. Pazarama works per line, so a quantity must be the whole line (split the package
   * or list orders with split items for single units). The reason is not sent: Pazarama takes none.
   */
  async cancelLines(store: PazaramaStore, input: { orderNumber: string; lines: Array<{ lineId: string; quantity: number }>; reason: CancelReason }): Promise<Order> {
    if (!input.lines.length) throw badInput("lines must not be empty", "input.lines");
    for (const [i, l] of input.lines.entries()) if (!Number.isInteger(l.quantity) || l.quantity < 1) throw badInput("quantity must be 1 or more", `input.lines[${i}].quantity`);
    const o = await this.order(store, input.orderNumber);
    const items = input.lines.map((l, i) => {
      const item = this.item(store.config.id, o, l.lineId, `input.lines[${i}].lineId`);
      if (l.quantity !== item.quantity) throw badInput(`Pazarama cancels whole lines: quantity must be ${item.quantity}`, `input.lines[${i}].quantity`);
      this.checkTransition(item, 13, `input.lines[${i}].lineId`);
      return item;
    });
    for (const item of items) await store.client.updateItemStatus(o.orderNumber, { orderItemId: item.orderItemId, status: 13 });
    return this.after(store, input.orderNumber);
  }

  /** Invoice link for the order, one package (its cargo company and tracking number) or one line. */
  async attachInvoice(store: PazaramaStore, input: { orderNumber: string; packageCode?: string; lineId?: string; invoiceUrl: string }): Promise<Order> {
    if (!HTTP_URL.test(input.invoiceUrl) || input.invoiceUrl.length > 500) throw badInput("invoiceUrl must be an http(s) URL of at most 500 characters", "input.invoiceUrl");
    const o = await this.order(store, input.orderNumber);
    let deliveryCompanyId: string | null = null;
    let trackingNumber: string | null = null;
    let orderItemId: string | undefined;
    if (input.lineId) orderItemId = this.item(store.config.id, o, input.lineId, "input.lineId").orderItemId;
    if (input.packageCode) {
      const items = this.itemsOf(o, input.packageCode);
      const tracking = items[0].cargo?.trackingNumber;
      if (!tracking) throw badInput(`package ${input.packageCode} has no tracking number yet: attach the invoice to the order or a line`, "input.packageCode");
      trackingNumber = tracking;
      deliveryCompanyId = await this.cargoId(store, undefined, items[0].cargo?.companyName, "input.packageCode");
    }
    await store.client.invoiceLink({ invoiceLink: input.invoiceUrl, orderId: o.orderId, deliveryCompanyId, trackingNumber, ...(orderItemId ? { orderItemId } : {}) });
    return this.after(store, input.orderNumber);
  }

  private async refund(store: PazaramaStore, id: string) {
    const ref = parseRefundId(id);
    if (!ref || ref.storeId !== store.config.id) throw badInput(`"${id}" is not a refund id of this Pazarama store`, "input.refundId");
    const list = ref.kind === RefundKind.RETURN ? store.client.getRefunds.bind(store.client) : store.client.getCancellations.bind(store.client);
    const page = await list({ pageSize: 100, pageNumber: 1, orderNumber: ref.orderNumber });
    let raw = page.refundList.find((r) => r.refundId === ref.refundId);
    // A unit's id from a split listing (3.25) is only in the split listing.
    if (!raw && ref.kind === RefundKind.RETURN)
      raw = (await list({ pageSize: 100, pageNumber: 1, orderNumber: ref.orderNumber, splitItems: true })).refundList.find((r) => r.refundId === ref.refundId);
    if (!raw) throw notFound(`no Pazarama refund ${id}`);
    return { ref, raw };
  }

  private async refundAfter(store: PazaramaStore, kind: RefundKind, orderNumber: number, refundId: string): Promise<Refund> {
    const list = kind === RefundKind.RETURN ? store.client.getRefunds.bind(store.client) : store.client.getCancellations.bind(store.client);
    const raw = (await list({ pageSize: 100, pageNumber: 1, orderNumber })).refundList.find((r) => r.refundId === refundId);
    if (!raw) throw notFound(`no Pazarama refund ${refundId}`);
    return mapRefund(store.config.id, raw, kind);
  }

  private checkQuantity(quantity: number | undefined, whole: number | null | undefined) {
    if (quantity === undefined || quantity === null) return;
    if (!Number.isInteger(quantity) || quantity < 1) throw badInput("quantity must be 1 or more", "input.quantity");
    if (whole != null && quantity !== whole)
      throw badInput(`Pazarama answers a whole request (${whole} units); list refunds with split items to answer one unit`, "input.quantity");
  }

  async approveRefund(store: PazaramaStore, input: { refundId: string; quantity?: number }): Promise<Refund> {
    if (input.quantity !== undefined && input.quantity !== null && (!Number.isInteger(input.quantity) || input.quantity < 1))
      throw badInput("quantity must be 1 or more", "input.quantity");
    const { ref, raw } = await this.refund(store, input.refundId);
    this.checkQuantity(input.quantity, raw.quantity);
    if (ref.kind === RefundKind.RETURN) await store.client.updateRefund({ refundId: raw.refundId, status: 2 });
    else await store.client.updateCancellation(raw.refundId, 2, raw.quantity);
    return this.refundAfter(store, ref.kind, ref.orderNumber, raw.refundId);
  }

  async rejectRefund(
    store: PazaramaStore,
    input: { refundId: string; reason?: RefundRejectReason; description?: string; quantity?: number; documents?: DocumentInput[] },
  ): Promise<Refund> {
    const ref = parseRefundId(input.refundId);
    if (!ref || ref.storeId !== store.config.id) throw badInput(`"${input.refundId}" is not a refund id of this Pazarama store`, "input.refundId");
    if (ref.kind === RefundKind.CANCELLATION) {
      const { raw } = await this.refund(store, input.refundId);
      this.checkQuantity(input.quantity, raw.quantity);
      await store.client.updateCancellation(raw.refundId, 3, raw.quantity);
      return this.refundAfter(store, ref.kind, ref.orderNumber, raw.refundId);
    }
    if (!input.reason) throw badInput("reason is required to reject a return", "input.reason");
    const code = REJECT_CODE[input.reason];
    if (code === null) throw badInput(`${input.reason} is not a Pazarama reject reason`, "input.reason");
    // "Reddetme sürecinde: açıklama alanı her bir seçim için zorunludur."
    if (!input.description?.trim()) throw badInput("description is required when rejecting", "input.description");
    if (input.description.length > 1000) throw badInput("description is at most 1000 characters", "input.description");
    const documents = pazaramaDocuments(input.documents, "input.documents");
    if (!NO_PHOTO.has(input.reason) && !documents.length)
      throw badInput("photos are required for every reject reason but PACKAGE_EMPTY and PACKAGE_NOT_RECEIVED", "input.documents");
    if (input.quantity !== undefined && input.quantity !== null && (!Number.isInteger(input.quantity) || input.quantity < 1))
      throw badInput("quantity must be 1 or more", "input.quantity");
    const { raw } = await this.refund(store, input.refundId);
    this.checkQuantity(input.quantity, raw.quantity);
    await store.client.updateRefund({
      refundId: raw.refundId,
      status: 3,
      quantity: raw.quantity ?? undefined,
      refundRejectType: code,
      documentObjects: documents,
      description: input.description.trim(),
    });
    return this.refundAfter(store, ref.kind, ref.orderNumber, raw.refundId);
  }

  // ---- Pazarama-only acts ----

  /** 3.14/3.15: one line's status, with cargo tracking when shipping. */
  async updateItemStatus(
    store: PazaramaStore,
    input: { orderNumber: string; lineId: string; status: number; cargoCompany?: string; trackingNumber?: string; trackingUrl?: string },
  ): Promise<Order> {
    if (input.status === 5) this.checkTracking(input.trackingNumber, input.trackingUrl);
    const o = await this.order(store, input.orderNumber);
    const item = this.item(store.config.id, o, input.lineId, "input.lineId");
    this.checkTransition(item, input.status, "input.status");
    const extra =
      input.status === 5
        ? {
            deliveryType: item.deliveryType ?? 1,
            shippingTrackingNumber: input.trackingNumber?.trim(),
            trackingUrl: input.trackingUrl,
            cargoCompanyId: await this.cargoId(store, input.cargoCompany, item.cargo?.companyName, "input.cargoCompany"),
          }
        : {};
    await store.client.updateItemStatus(o.orderNumber, { orderItemId: item.orderItemId, status: input.status, ...extra });
    return this.after(store, input.orderNumber);
  }

  /** 3.33: several lines with the same shipment data in one call (DELIVERED/UNDELIVERED send only the status). */
  async updateItemsStatus(
    store: PazaramaStore,
    input: { orderNumber: string; lineIds: string[]; status: number; packageCode?: string; cargoCompany?: string; trackingNumber?: string; trackingUrl?: string },
  ): Promise<Order> {
    if (!input.lineIds.length) throw badInput("lineIds must not be empty", "input.lineIds");
    if (input.status === 5) this.checkTracking(input.trackingNumber, input.trackingUrl);
    const o = await this.order(store, input.orderNumber);
    const items = input.lineIds.map((id, i) => this.item(store.config.id, o, id, `input.lineIds[${i}]`));
    for (const [i, item] of items.entries()) this.checkTransition(item, input.status, `input.lineIds[${i}]`);
    const shipping = input.status === 5;
    await store.client.bulkItemStatus({
      orderNumber: o.orderNumber,
      orderItemIds: items.map((i) => i.orderItemId),
      updateShipmentDto: {
        cargoCompanyId: shipping ? await this.cargoId(store, input.cargoCompany, items[0].cargo?.companyName, "input.cargoCompany") : null,
        deliveryType: shipping ? 1 : null,
        shipmentNumber: shipping ? (input.packageCode ?? (items[0].shipmentCode || null)) : null,
        shippingTrackingNumber: shipping ? (input.trackingNumber?.trim() ?? null) : null,
        status: input.status,
        subStatus: shipping ? 0 : null,
        trackingUrl: shipping ? (input.trackingUrl ?? null) : null,
      },
    });
    return this.after(store, input.orderNumber);
  }

  /** 3.16: every item of the order to one status (not shipping: that needs tracking per package). */
  async updateOrderStatus(store: PazaramaStore, input: { orderNumber: string; status: number }): Promise<Order> {
    if (input.status === 5) throw badInput("shipping needs tracking: use shipPackage", "input.status");
    const o = await this.order(store, input.orderNumber);
    for (const [k, i] of o.items.entries()) this.checkTransition(i, input.status, `input.status (line ${k + 1})`);
    await store.client.updateOrderStatus(o.orderNumber, input.status);
    return this.after(store, input.orderNumber);
  }

  /** 3.26: move units of a package to a new package sent from another address or cargo company. */
  async splitPackage(
    store: PazaramaStore,
    input: { orderNumber: string; packageCode: string; sellerAddressId: string; cargoCompany?: string; lines: Array<{ lineId: string; quantity: number }> },
  ): Promise<Order> {
    if (!input.lines.length) throw badInput("lines must not be empty", "input.lines");
    for (const [i, l] of input.lines.entries()) if (!Number.isInteger(l.quantity) || l.quantity < 1) throw badInput("quantity must be 1 or more", `input.lines[${i}].quantity`);
    const o = await this.order(store, input.orderNumber);
    const inPackage = this.itemsOf(o, input.packageCode);
    const items = input.lines.map((l, i) => {
      const item = this.item(store.config.id, o, l.lineId, `input.lines[${i}].lineId`);
      if (item.shipmentCode !== input.packageCode) throw badInput(`line ${l.lineId} is not in package ${input.packageCode}`, `input.lines[${i}].lineId`);
      if (!Number.isInteger(l.quantity) || l.quantity < 1 || l.quantity > item.quantity) throw badInput(`quantity must be 1 to ${item.quantity}`, `input.lines[${i}].quantity`);
      return { orderItemId: item.orderItemId, quantity: l.quantity };
    });
    const units = inPackage.reduce((s, i) => s + i.quantity, 0);
    if (items.reduce((s, i) => s + i.quantity, 0) >= units) throw badInput("a split must leave at least one unit in the package", "input.lines");
    const delivery = await this.service.sellerDelivery(store);
    if (!(delivery.sellerShipmentAddresses ?? []).some((a) => a.id === input.sellerAddressId)) {
      throw badInput(`"${input.sellerAddressId}" is not one of the store's shipment addresses (pazarama { sellerAddresses })`, "input.sellerAddressId");
    }
    const cargoCompanyId = await this.cargoId(store, input.cargoCompany, inPackage[0].cargo?.companyName, "input.cargoCompany");
    await store.client.splitPackage({ orderId: o.orderId, shipmentCode: input.packageCode, sellerAddressId: input.sellerAddressId, cargoCompanyId, items });
    return this.after(store, input.orderNumber);
  }

  async undoPackageSplit(store: PazaramaStore, input: { orderNumber: string; packageCode: string }): Promise<Order> {
    const o = await this.order(store, input.orderNumber);
    this.itemsOf(o, input.packageCode);
    await store.client.undoPackageSplit(o.orderId, input.packageCode);
    return this.after(store, input.orderNumber);
  }

  /** 3.28: labour cost of gold items, only while received, preparing or shipped. */
  async setLaborCosts(store: PazaramaStore, input: { orderNumber: string; items: Array<{ lineId: string; laborCost: number; processCount?: number }> }): Promise<Order> {
    if (!input.items.length) throw badInput("items must not be empty", "input.items");
    for (const [i, l] of input.items.entries())
      if (!Number.isInteger(l.laborCost) || l.laborCost < 0) throw badInput("laborCost must be a whole amount, 0 or more", `input.items[${i}].laborCost`);
    const o = await this.order(store, input.orderNumber);
    const items = input.items.map((l, i) => {
      const item = this.item(store.config.id, o, l.lineId, `input.items[${i}].lineId`);
      if (!LABOR_COST_STATUSES.includes(item.orderItemStatus))
        throw badInput(`labour cost can be set while an item is 3, 12 or 5; this one is ${item.orderItemStatus}`, `input.items[${i}].lineId`);
      if (!Number.isInteger(l.laborCost) || l.laborCost < 0) throw badInput("laborCost must be a whole amount, 0 or more", `input.items[${i}].laborCost`);
      const count = l.processCount ?? 0;
      if (!Number.isInteger(count) || count < 0 || count > item.quantity) throw badInput(`processCount must be 0 to ${item.quantity}`, `input.items[${i}].processCount`);
      return { orderItemId: item.orderItemId, laborCost: l.laborCost, processCount: count };
    });
    await store.client.setLaborCosts(o.orderId, items);
    return this.after(store, input.orderNumber);
  }

  /** 3.29: send a return to review by the manufacturer, an authorised service or other. */
  async sendRefundToReview(store: PazaramaStore, input: { refundId: string; reviewType: number; description?: string; documents?: DocumentInput[] }): Promise<Refund> {
    const ref = parseRefundId(input.refundId);
    if (!ref || ref.storeId !== store.config.id || ref.kind !== RefundKind.RETURN) throw badInput(`"${input.refundId}" is not a return of this Pazarama store`, "input.refundId");
    if (input.reviewType === 3 && !input.description?.trim()) throw badInput("description (the problem) is required for review type OTHER", "input.description");
    const documents = pazaramaDocuments(input.documents, "input.documents");
    const { raw } = await this.refund(store, input.refundId);
    await store.client.updateRefund({
      refundId: raw.refundId,
      status: 9,
      quantity: raw.quantity ?? undefined,
      refundRejectType: 0,
      documentObjects: documents,
      refundReviewType: input.reviewType,
      description: input.description?.trim(),
    });
    return this.refundAfter(store, ref.kind, ref.orderNumber, raw.refundId);
  }

  /** 3.31: answer Pazarama's request for more information on a return. */
  async answerRefundRevision(store: PazaramaStore, input: { refundId: string; description: string; documents?: DocumentInput[] }): Promise<Refund> {
    const ref = parseRefundId(input.refundId);
    if (!ref || ref.storeId !== store.config.id || ref.kind !== RefundKind.RETURN) throw badInput(`"${input.refundId}" is not a return of this Pazarama store`, "input.refundId");
    if (!input.description.trim()) throw badInput("description is required", "input.description");
    const documents = pazaramaDocuments(input.documents, "input.documents");
    const { raw } = await this.refund(store, input.refundId);
    await store.client.answerRefundRevision({ refundId: raw.refundId, documentObjects: documents, description: input.description.trim() });
    return this.refundAfter(store, ref.kind, ref.orderNumber, raw.refundId);
  }
}
