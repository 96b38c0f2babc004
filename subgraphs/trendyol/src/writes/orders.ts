// The seller's acts on a Trendyol shipment package and on returns: each validated against the package
// as Trendyol has it (state, lines, quantities, reasons) before the call, so bad input costs no
// Trendyol call; then the call; then the package read back and written through to the order hub.
import { badInput, notFound } from "@pazargraph/runtime";
import type { Order, Refund } from "@pazargraph/schema";
import { mapClaim, parseRefundId } from "../map/catalog.ts";
import { mapOrder, parseOrderId } from "../map/order.ts";
import { CARGO_PROVIDERS, UNSUPPLIED_REASONS } from "../map/status.ts";
import type { TyLineRef, TyPackage } from "../rest/types.ts";
import type { TrendyolService, TrendyolStore } from "../service.ts";

export type OrderWritten = (store: TrendyolStore, order: Order) => Promise<void>;

const INVOICE_NUMBER = /^[A-Za-z0-9]{1,30}$/;
const OPEN = ["Created", "Picking", "Invoiced"];

export class TrendyolOrderWrites {
  constructor(
    private readonly service: TrendyolService,
    private readonly written: OrderWritten,
  ) {}

  /** The package an Order.id names, in this store, as Trendyol has it now. */
  private async packageOf(store: TrendyolStore, orderId: string): Promise<TyPackage> {
    const ref = parseOrderId(orderId);
    if (!ref || ref.storeId !== store.config.id) throw badInput(`"${orderId}" is not an order of this Trendyol store`, "orderId");
    const pkg = await this.service.rawPackage(store, ref.packageId);
    if (!pkg) throw notFound(`no Trendyol package ${ref.packageId} in the last three months`);
    return pkg;
  }

  private async after(store: TrendyolStore, packageId: number): Promise<Order> {
    const pkg = await this.service.rawPackage(store, packageId);
    if (!pkg) throw notFound(`Trendyol package ${packageId} is gone`);
    const order = mapOrder(store.config.id, pkg);
    await this.written(store, order);
    return order;
  }

  private static wholeLines(pkg: TyPackage): TyLineRef[] {
    return pkg.lines.filter((l) => !["Cancelled", "UnSupplied"].includes(l.orderLineItemStatusName)).map((l) => ({ lineId: l.id, quantity: l.quantity }));
  }

  /** Created → Picking: the seller starts preparing the package (every line, whole). */
  async pick(store: TrendyolStore, orderId: string): Promise<Order> {
    const pkg = await this.packageOf(store, orderId);
    if (pkg.status !== "Created") throw badInput(`a ${pkg.status} package cannot be taken into picking (only Created)`, "orderId");
    await store.client.updatePackage(pkg.id, "Picking", TrendyolOrderWrites.wholeLines(pkg));
    return this.after(store, pkg.id);
  }

  /** Created or Picking → Invoiced, with the invoice number. */
  async invoice(store: TrendyolStore, orderId: string, invoiceNumber: string): Promise<Order> {
    const number = invoiceNumber.trim();
    if (!INVOICE_NUMBER.test(number)) throw badInput("invoiceNumber: 1 to 30 letters and digits", "invoiceNumber");
    const pkg = await this.packageOf(store, orderId);
    if (pkg.status !== "Created" && pkg.status !== "Picking") throw badInput(`a ${pkg.status} package cannot be invoiced (only Created or Picking)`, "orderId");
    await store.client.updatePackage(pkg.id, "Invoiced", TrendyolOrderWrites.wholeLines(pkg), number);
    return this.after(store, pkg.id);
  }

  /** Lines the seller cannot supply (all or part of their units), with Trendyol's reason code. */
  async markUnsupplied(store: TrendyolStore, orderId: string, lines: Array<{ lineId: string; quantity: number }>, reasonId: number): Promise<Order> {
    if (!UNSUPPLIED_REASONS[reasonId]) throw badInput(`reasonId must be one of ${Object.keys(UNSUPPLIED_REASONS).join(", ")}`, "reasonId");
    if (!lines.length || lines.length > 100) throw badInput("lines: 1 to 100 lines", "lines");
    const pkg = await this.packageOf(store, orderId);
    if (!OPEN.includes(pkg.status)) throw badInput(`lines of a ${pkg.status} package cannot be marked unsupplied`, "orderId");
    const refs: TyLineRef[] = [];
    for (const [i, l] of lines.entries()) {
      const id = Number(/:(\d{1,15})$/.exec(l.lineId)?.[1]);
      const line = pkg.lines.find((x) => x.id === id && l.lineId === `trendyol:${store.config.id}:${pkg.id}:${x.id}`);
      if (!line) throw badInput(`"${l.lineId}" is not a line of this package`, `lines.${i}.lineId`);
      if (line.orderLineItemStatusName === "UnSupplied" || line.orderLineItemStatusName === "Cancelled")
        throw badInput(`line ${l.lineId} is already ${line.orderLineItemStatusName}`, `lines.${i}.lineId`);
      if (!Number.isInteger(l.quantity) || l.quantity < 1 || l.quantity > line.quantity) throw badInput(`quantity must be 1 to ${line.quantity}`, `lines.${i}.quantity`);
      if (refs.some((r) => r.lineId === id)) throw badInput(`line ${l.lineId} is named twice`, `lines.${i}.lineId`);
      refs.push({ lineId: id, quantity: l.quantity });
    }
    await store.client.updateUnsupplied(pkg.id, refs, reasonId);
    return this.after(store, pkg.id);
  }

  /** Moves an open package to another contracted cargo provider (a new tracking number follows). */
  async changeCargoProvider(store: TrendyolStore, orderId: string, provider: string): Promise<Order> {
    if (!CARGO_PROVIDERS[provider]) throw badInput(`provider must be one of ${Object.keys(CARGO_PROVIDERS).join(", ")}`, "provider");
    const pkg = await this.packageOf(store, orderId);
    if (!OPEN.includes(pkg.status)) throw badInput(`the cargo provider of a ${pkg.status} package cannot change`, "orderId");
    if (pkg.cargoProviderName === CARGO_PROVIDERS[provider]) throw badInput(`the package already travels with ${CARGO_PROVIDERS[provider]}`, "provider");
    await store.client.changeCargoProvider(pkg.id, provider);
    return this.after(store, pkg.id);
  }

  private async claimItem(store: TrendyolStore, refundId: string) {
    const ref = parseRefundId(refundId);
    if (!ref || ref.storeId !== store.config.id) throw badInput(`"${refundId}" is not a return of this Trendyol store`, "refundId");
    const claim = await this.service.claimOf(store, ref.claimId);
    const item = claim?.items.flatMap((i) => i.claimItems).find((x) => x.id === ref.itemId);
    if (!claim || !item) throw notFound(`no Trendyol claim item ${ref.itemId}`);
    if (item.claimItemStatus.name !== "WaitingInAction")
      throw badInput(`only returns waiting for the seller (ACTION_NEEDED) can be answered; this one is ${item.claimItemStatus.name}`, "refundId");
    return { claim, item, ref };
  }

  private async refundAfter(store: TrendyolStore, claimId: string, refundId: string): Promise<Refund> {
    const claim = await this.service.claimOf(store, claimId);
    const r = claim ? mapClaim(store.config.id, claim).find((x) => x.id === refundId) : undefined;
    if (!r) throw notFound("the return is gone");
    return r;
  }

  /** Approves a returned unit (the claim item must be WaitingInAction). */
  async approveRefund(store: TrendyolStore, refundId: string): Promise<Refund> {
    const { claim, item } = await this.claimItem(store, refundId);
    await store.client.approveClaimItems(claim.id, [item.id]);
    return this.refundAfter(store, claim.id, refundId);
  }

  /** Objects to a return (Trendyol's claim issue): it goes to Trendyol's analysis (UNDER_REVIEW). */
  async objectToRefund(store: TrendyolStore, refundId: string, reasonId: number, description: string): Promise<Refund> {
    const text = description.trim();
    if (!text || text.length > 500) throw badInput("description: 1 to 500 characters", "description");
    const reasons = await this.service.claimIssueReasons(store);
    if (!reasons.some((r) => r.id === reasonId)) throw badInput(`reasonId must be one of ${reasons.map((r) => r.id).join(", ")} (trendyol { claimIssueReasons })`, "reasonId");
    const { claim, item } = await this.claimItem(store, refundId);
    await store.client.createClaimIssue(claim.id, reasonId, [item.id], text);
    return this.refundAfter(store, claim.id, refundId);
  }
}
