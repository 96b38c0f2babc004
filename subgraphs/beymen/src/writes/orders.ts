// Beymen's order writes: each validates against the document's rules and the package's state before
// any call, makes the call, reads the order back and hands it to the order hub (write-through).
import { badInput, notFound } from "@pazargraph/runtime";
import type { Order } from "@pazargraph/schema";
import { CANCEL_REASON_LABEL } from "../map/status.ts";
import type { BmPackage } from "../rest/types.ts";
import { type BeymenService, type BeymenStore, CARGO_CODES, HTTP_URL, INVOICE_URL, orderLineIdOf } from "../service.ts";

export class BeymenOrderWrites {
  /** @param onOrderWritten called with the order a write left (read back from Beymen): the order hub's write-through. */
  constructor(
    private readonly service: BeymenService,
    private readonly onOrderWritten?: (store: BeymenStore, order: Order) => Promise<void>,
  ) {}

  /**
   * The package a write is for: the one with that code, or the only package of the order in one of
   * `openStatuses` when no code is given.
   */
  private async packageFor(store: BeymenStore, orderNumber: string, packageCode: string | undefined, openStatuses: number[]) {
    const packages = await this.service.orderPackages(store, orderNumber);
    if (!packages.length) throw notFound(`no Beymen order ${orderNumber}`);
    if (packageCode) {
      const p = packages.find((x) => x.shipmentNumber === packageCode);
      if (!p) throw badInput(`order ${orderNumber} has no package ${packageCode}; it has ${packages.map((x) => x.shipmentNumber).join(", ")}`, "input.packageCode");
      return p;
    }
    const open = packages.filter((p) => openStatuses.includes(p.shipmentStatus));
    if (open.length === 1) return open[0];
    if (packages.length === 1) return packages[0];
    throw badInput(
      `order ${orderNumber} has ${open.length || packages.length} packages: pass packageCode (${(open.length ? open : packages).map((x) => x.shipmentNumber).join(", ")})`,
      "input.packageCode",
    );
  }

  private async orderAfter(store: BeymenStore, orderNumber: string): Promise<Order> {
    const order = await this.service.readOrder(store, orderNumber);
    if (!order) throw notFound(`no Beymen order ${orderNumber}`);
    await this.onOrderWritten?.(store, order);
    return order;
  }

  /** Takes new packages into picking (NewOrder → ReadyToShip). */
  async acceptOrder(store: BeymenStore, input: { orderNumber: string; packageCode?: string }): Promise<Order> {
    if (input.packageCode) {
      const p = await this.packageFor(store, input.orderNumber, input.packageCode, [1]);
      await store.client.pick(p.id);
    } else {
      const packages = (await this.service.orderPackages(store, input.orderNumber)).filter((p) => p.shipmentStatus === 1);
      if (!packages.length) throw badInput(`order ${input.orderNumber} has no new package to accept`, "input.orderNumber");
      for (const p of packages) await store.client.pick(p.id);
    }
    return this.orderAfter(store, input.orderNumber);
  }

  private checkCargo(code: string, argument: string) {
    if (!CARGO_CODES.has(code)) throw badInput(`"${code}" is not a Beymen cargo company code (see beymen { cargoCompanies })`, argument);
  }
  private checkTracking(trackingNumber: string, trackingUrl: string | undefined) {
    if (!trackingNumber.trim() || trackingNumber.length > 100) throw badInput("trackingNumber must be 1 to 100 characters", "input.trackingNumber");
    if (trackingUrl && !HTTP_URL.test(trackingUrl)) throw badInput("trackingUrl must be an http(s) URL", "input.trackingUrl");
  }

  /** Manual shipment status: Shipped with tracking, then Delivered or Undeliverable. */
  async updateShipmentStatus(
    store: BeymenStore,
    input: { orderNumber: string; packageCode?: string; status: 4 | 8 | 16; cargoCompany?: string; trackingNumber?: string; trackingUrl?: string },
  ): Promise<Order> {
    if (input.cargoCompany) this.checkCargo(input.cargoCompany, "input.cargoCompany");
    if (input.trackingNumber !== undefined || input.status === 4) this.checkTracking(input.trackingNumber ?? "", input.trackingUrl);
    const pkg = await this.packageFor(store, input.orderNumber, input.packageCode, input.status === 4 ? [1, 2] : [4]);
    const trackingNumber = input.trackingNumber ?? pkg.shipmentTrackingNumber;
    if (!trackingNumber) throw badInput("trackingNumber is required: the package has none yet", "input.trackingNumber");
    // Named here, else the store's default (store settings), else the package's own.
    const cargoCompanyCode = input.cargoCompany ?? store.config.settings.defaultCargoCompany ?? pkg.shipmentProvider;
    if (!cargoCompanyCode || !CARGO_CODES.has(cargoCompanyCode)) throw badInput("cargoCompany is required: the package names no known one", "input.cargoCompany");
    await store.client.updateShipmentStatus(pkg.id, {
      trackingNumber,
      trackingUrl: input.trackingUrl ?? pkg.shipmentTrackingUrl ?? undefined,
      cargoCompanyCode,
      status: input.status,
    });
    return this.orderAfter(store, input.orderNumber);
  }

  shipPackage(store: BeymenStore, input: { orderNumber: string; packageCode?: string; cargoCompany?: string; trackingNumber: string; trackingUrl?: string }) {
    return this.updateShipmentStatus(store, { ...input, status: 4 });
  }

  /** Resolves line quantities to Beymen product quantities, checked against the package. */
  private productQuantities(storeId: string, pkg: BmPackage, lines: Array<{ lineId: string; quantity: number }>, argument: string) {
    if (!lines.length) throw badInput("lines must not be empty", argument);
    const byProduct = new Map<string, number>();
    lines.forEach((l, i) => {
      const id = orderLineIdOf(storeId, l.lineId);
      const line = pkg.shipmentLines.find((x) => x.orderLineId === id);
      if (!line) throw badInput(`line ${l.lineId} is not in package ${pkg.shipmentNumber}`, `${argument}[${i}].lineId`);
      if (!Number.isInteger(l.quantity) || l.quantity < 1) throw badInput("quantity must be 1 or more", `${argument}[${i}].quantity`);
      if (l.quantity > line.quantity) throw badInput(`quantity ${l.quantity} is more than the line's ${line.quantity}`, `${argument}[${i}].quantity`);
      byProduct.set(line.productId, (byProduct.get(line.productId) ?? 0) + l.quantity);
    });
    for (const [productId, q] of byProduct) {
      const inPackage = pkg.shipmentLines.filter((x) => x.productId === productId).reduce((s, x) => s + x.quantity, 0);
      if (q > inPackage) throw badInput(`${q} units of one product asked, the package has ${inPackage}`, argument);
    }
    return [...byProduct].map(([productId, quantity]) => ({ productId, quantity }));
  }

  async cancelLines(store: BeymenStore, input: { orderNumber: string; packageCode?: string; lines: Array<{ lineId: string; quantity: number }>; reason: number }): Promise<Order> {
    if (!input.lines.length) throw badInput("lines must not be empty", "input.lines");
    if (!CANCEL_REASON_LABEL[input.reason]) throw badInput("unknown cancel reason", "input.reason");
    const pkg = await this.packageFor(store, input.orderNumber, input.packageCode, [1, 2]);
    const products = this.productQuantities(store.config.id, pkg, input.lines, "input.lines");
    await store.client.cancel(
      pkg.id,
      products.map((p) => ({ ...p, cancelReasonStatus: input.reason, shipmentLineStatus: 32 as const })),
    );
    return this.orderAfter(store, input.orderNumber);
  }

  async dividePackage(store: BeymenStore, input: { orderNumber: string; packageCode?: string; lines: Array<{ lineId: string; quantity: number }> }): Promise<Order> {
    if (!input.lines.length) throw badInput("lines must not be empty", "input.lines");
    const pkg = await this.packageFor(store, input.orderNumber, input.packageCode, [1, 2]);
    const products = this.productQuantities(store.config.id, pkg, input.lines, "input.lines");
    const units = pkg.shipmentLines.reduce((s, l) => s + l.quantity, 0);
    if (products.reduce((s, p) => s + p.quantity, 0) >= units) throw badInput("a division must leave at least one unit for another package", "input.lines");
    await store.client.divide(pkg.id, products);
    return this.orderAfter(store, input.orderNumber);
  }

  async dividePackageByLines(store: BeymenStore, input: { orderNumber: string; packageCode?: string; groups: string[][] }): Promise<Order> {
    if (!input.groups.length || input.groups.some((g) => !g.length)) throw badInput("groups must be non-empty lists of line ids", "input.groups");
    const ids = input.groups.flat().map((l) => orderLineIdOf(store.config.id, l));
    if (new Set(ids).size !== ids.length) throw badInput("a line may be in one group only", "input.groups");
    const pkg = await this.packageFor(store, input.orderNumber, input.packageCode, [1, 2]);
    for (const id of ids) if (!pkg.shipmentLines.some((l) => l.orderLineId === id)) throw badInput(`line ${id} is not in package ${pkg.shipmentNumber}`, "input.groups");
    const leftover = pkg.shipmentLines.some((l) => !ids.includes(l.orderLineId));
    if (input.groups.length + (leftover ? 1 : 0) < 2) throw badInput("a division must make at least two packages", "input.groups");
    await store.client.divideMultiple(
      pkg.id,
      input.groups.map((g) => g.map((l) => orderLineIdOf(store.config.id, l))),
    );
    return this.orderAfter(store, input.orderNumber);
  }

  async alternativeDelivery(
    store: BeymenStore,
    input: { orderNumber: string; packageCode?: string; deliveryType: 0 | 1; cargoCompany?: string; trackingNumber: string; trackingUrl?: string },
  ): Promise<Order> {
    this.checkTracking(input.trackingNumber, input.trackingUrl);
    if (input.deliveryType === 0) {
      if (!input.cargoCompany) throw badInput("cargoCompany is required for ALTERNATIVE_CARGO_COMPANY", "input.cargoCompany");
      this.checkCargo(input.cargoCompany, "input.cargoCompany");
    }
    const pkg = await this.packageFor(store, input.orderNumber, input.packageCode, [1, 2]);
    await store.client.alternativeDelivery(pkg.id, {
      ShipmentTrackingUrl: input.trackingUrl,
      DeliveryType: input.deliveryType,
      ShipmentTrackingNumber: input.trackingNumber,
      CargoCompanyCode: input.cargoCompany,
    });
    return this.orderAfter(store, input.orderNumber);
  }

  async alternativeDeliveryOutcome(store: BeymenStore, input: { orderNumber: string; packageCode?: string }, delivered: boolean): Promise<Order> {
    const pkg = await this.packageFor(store, input.orderNumber, input.packageCode, [4]);
    if (delivered) await store.client.alternativeDelivered(pkg.id);
    else await store.client.alternativeUndeliverable(pkg.id);
    return this.orderAfter(store, input.orderNumber);
  }

  async attachInvoice(store: BeymenStore, input: { orderNumber: string; packageCode?: string; invoiceNumber: string; invoiceUrl: string }): Promise<Order> {
    if (!input.invoiceNumber.trim() || input.invoiceNumber.length > 50) throw badInput("invoiceNumber must be 1 to 50 characters", "input.invoiceNumber");
    if (!INVOICE_URL.test(input.invoiceUrl)) throw badInput("invoiceUrl must be an http(s) URL of a pdf, jpeg, jpg or png file", "input.invoiceUrl");
    const pkg = await this.packageFor(store, input.orderNumber, input.packageCode, [1, 2, 4, 8]);
    await store.client.uploadInvoice(pkg.id, input.invoiceNumber.trim(), input.invoiceUrl);
    return this.orderAfter(store, input.orderNumber);
  }

  async deleteInvoice(store: BeymenStore, input: { orderNumber: string; packageCode?: string }): Promise<Order> {
    const pkg = await this.packageFor(store, input.orderNumber, input.packageCode, [1, 2, 4, 8]);
    await store.client.deleteInvoice(pkg.id);
    return this.orderAfter(store, input.orderNumber);
  }
}
