// Beymen shipment packages → unified Orders. Beymen lists packages; the packages that share an
// orderNumber form one Order. A divided package stays visible with status SPLIT, but its lines are
// not counted again: the packages made from it carry them. Naive times are Istanbul time; Beymen's
// doubles are rounded to 2 places once, here.
import { currencyCode, fromMinorUnits, noteUnknownCode, parseLocalTime, toMinorUnits } from "@pazargraph/runtime";
import { type Address, type BillingInfo, deriveOrderStatus, InvoiceType, Marketplace, type Order, type OrderLine, OrderStatus, type Package } from "@pazargraph/schema";
import type { BmAddress, BmPackage, BmShipmentLine } from "../rest/types.ts";
import { CANCEL_REASON_LABEL, LINE_STATUS, lineStatusCode, SHIPMENT_STATUS } from "./status.ts";

const DIVIDED = 32;
const minor = (v: number | null | undefined) => toMinorUnits(v ?? 0);
const nullish = (v: string | null | undefined) => (v && v !== "null" ? v : null);

export function mapAddress(a: BmAddress | null | undefined): Address | null {
  if (!a) return null;
  const parts = [a.address, a.neighborhood, a.district, a.city].filter(Boolean);
  return {
    name: nullish(a.customerName),
    phone: nullish(a.phone),
    email: nullish(a.email),
    city: nullish(a.city),
    district: nullish(a.district),
    neighborhood: nullish(a.neighborhood),
    line: nullish(a.address),
    fullText: parts.length ? parts.join(", ") : null,
  };
}

function mapBilling(a: BmAddress | null | undefined): BillingInfo | null {
  const address = mapAddress(a);
  if (!a || !address) return null;
  const taxNumber = nullish(a.taxNumber);
  return {
    address,
    invoiceType: taxNumber ? InvoiceType.CORPORATE : InvoiceType.INDIVIDUAL,
    companyName: taxNumber ? nullish(a.company) : null,
    taxNumber,
    taxOffice: nullish(a.taxHouse),
    identityNumber: nullish(a.tcIdentityNumber),
    eInvoiceObliged: null,
  };
}

/** The unified status of one line, given the package it is in. */
export function lineStatusOf(pkg: Pick<BmPackage, "shipmentStatus" | "isReturnedShipment">, line: Pick<BmShipmentLine, "status">): OrderStatus {
  if (pkg.shipmentStatus === DIVIDED) return OrderStatus.SPLIT;
  const code = lineStatusCode(line.status);
  const s = code !== null ? LINE_STATUS[code]?.status : undefined;
  // A line status the document does not list is UNKNOWN (counted), never silently another status.
  if (!s && line.status !== null && line.status !== undefined && line.status !== "") {
    noteUnknownCode("beymen", "line", String(line.status));
    return OrderStatus.UNKNOWN;
  }
  if (s === OrderStatus.CANCELLED && pkg.isReturnedShipment) return OrderStatus.UNDELIVERED;
  return s ?? shipmentStatusOf(pkg.shipmentStatus);
}

function shipmentStatusOf(code: number): OrderStatus {
  const s = SHIPMENT_STATUS[code]?.status;
  if (s) return s;
  noteUnknownCode("beymen", "package", String(code));
  return OrderStatus.UNKNOWN;
}

export function packageStatusOf(pkg: Pick<BmPackage, "shipmentStatus" | "isReturnedShipment">): OrderStatus {
  if (pkg.shipmentStatus === 16 && pkg.isReturnedShipment) return OrderStatus.UNDELIVERED;
  return shipmentStatusOf(pkg.shipmentStatus);
}

export function lineId(storeId: string, pkg: Pick<BmPackage, "shipmentNumber">, line: Pick<BmShipmentLine, "orderLineId">) {
  return `beymen:${storeId}:${pkg.shipmentNumber}:${line.orderLineId}`;
}

export function mapLine(storeId: string, pkg: BmPackage, line: BmShipmentLine): OrderLine {
  const currency = currencyCode(line.currencyCode ?? pkg.currencyCode);
  const unit = minor(line.price) + minor(line.vatAmount);
  const coupon = minor(line.couponPrice);
  const m = (v: number) => ({ amount: fromMinorUnits(v), currency });
  const code = lineStatusCode(line.status);
  const raw = code !== null ? LINE_STATUS[code] : undefined;
  const reason = line.cancelReasonStatus ? CANCEL_REASON_LABEL[line.cancelReasonStatus] : undefined;
  const p = line.product;
  return {
    id: lineId(storeId, pkg, line),
    status: lineStatusOf(pkg, line),
    marketplaceStatus: { code: code !== null ? String(code) : String(line.status), label: raw ? `${raw.label}${reason ? ` (${reason})` : ""}` : String(line.status) },
    quantity: line.quantity,
    productName: p?.name ?? "",
    productCode: p?.barcode ?? null,
    stockCode: nullish(p?.stockCode) || null,
    variant: [p?.color ?? p?.platformColor?.name, p?.size?.name].filter(Boolean).join(" / ") || null,
    imageUrl: p?.images?.[0] ?? null,
    vatRate: line.vatRate ?? null,
    listPrice: m(unit),
    salePrice: m(unit),
    discount: coupon ? m(coupon * line.quantity) : null,
    tax: m(minor(line.vatAmount) * line.quantity),
    total: m((unit - coupon) * line.quantity),
    packageCode: pkg.shipmentNumber,
  };
}

export function mapPackage(storeId: string, pkg: BmPackage): Package {
  return {
    id: `beymen:${storeId}:${pkg.id}`,
    code: pkg.shipmentNumber,
    status: packageStatusOf(pkg),
    cargoCompany: pkg.shipmentProvider,
    trackingNumber: pkg.shipmentTrackingNumber,
    trackingUrl: pkg.shipmentTrackingUrl ?? null,
    lines: pkg.shipmentLines.map((l) => mapLine(storeId, pkg, l)),
  };
}

/** Packages that still carry lines: every package but divided ones (unless all were divided). */
function livePackages(packages: BmPackage[]): BmPackage[] {
  const live = packages.filter((p) => p.shipmentStatus !== DIVIDED);
  return live.length ? live : packages;
}

/** The unified status of a group of packages of one order (cheap: the poller calls it often). */
export function orderStatusOfPackages(packages: BmPackage[]): OrderStatus {
  return deriveOrderStatus(livePackages(packages).flatMap((p) => p.shipmentLines.map((l) => lineStatusOf(p, l))));
}

/** Groups packages by orderNumber, keeping the order in which each number first appears. */
export function groupPackages(packages: BmPackage[]): BmPackage[][] {
  const groups = new Map<string, BmPackage[]>();
  for (const p of packages) {
    const g = groups.get(p.orderNumber);
    if (g) g.push(p);
    else groups.set(p.orderNumber, [p]);
  }
  return [...groups.values()];
}

/**
 * One Order from all packages of one order number. Totals count the lines of live packages that are
 * not cancelled: gross = unit price with VAT × quantity, discount = coupons, total = gross − discount.
 * Beymen charges no shipping to the customer in its order data.
 */
export function mapOrder(storeId: string, packages: BmPackage[]): Order {
  if (!packages.length) throw new Error("an order needs at least one package");
  const sorted = [...packages].sort((a, b) => a.shipmentNumber.localeCompare(b.shipmentNumber));
  const first = sorted[0];
  const mapped = sorted.map((p) => mapPackage(storeId, p));
  const liveIds = new Set(livePackages(sorted).map((p) => p.id));
  const lines = mapped.filter((_, i) => liveIds.has(sorted[i].id)).flatMap((p) => p.lines);
  const status = deriveOrderStatus(lines.map((l) => l.status));
  const currency = currencyCode(first.currencyCode);
  let gross = 0;
  let discount = 0;
  for (const p of sorted.filter((x) => liveIds.has(x.id)))
    for (const l of p.shipmentLines) {
      if (lineStatusOf(p, l) === OrderStatus.CANCELLED || lineStatusOf(p, l) === OrderStatus.UNDELIVERED) continue;
      gross += (minor(l.price) + minor(l.vatAmount)) * l.quantity;
      discount += minor(l.couponPrice) * l.quantity;
    }
  const createdAt = parseLocalTime(first.orderDate);
  if (!createdAt) throw new Error(`Beymen order ${first.orderNumber} has no orderDate`);
  const statusPackage = mapped.find((p) => p.status === status) ?? mapped[0];
  const raw = sorted[mapped.indexOf(statusPackage)];
  const withAddress = sorted.find((p) => p.shipmentAddress) ?? first;
  return {
    id: `beymen:${storeId}:${first.orderNumber}`,
    marketplace: Marketplace.BEYMEN,
    store: { id: storeId },
    number: first.orderNumber,
    createdAt,
    status,
    marketplaceStatus: { code: String(raw.shipmentStatus), label: withFraudCheck(SHIPMENT_STATUS[raw.shipmentStatus]?.label ?? null, sorted) },
    paymentMethod: null,
    customer: {
      id: null,
      name: first.customerName,
      email: nullish(withAddress.shipmentAddress?.email),
      phone: nullish(first.customerPhoneNumber) ?? nullish(withAddress.shipmentAddress?.phone),
    },
    shippingAddress: mapAddress(withAddress.shipmentAddress),
    billing: mapBilling(withAddress.invoiceAddress),
    lines,
    packages: mapped,
    totals: {
      gross: { amount: fromMinorUnits(gross), currency },
      discount: { amount: fromMinorUnits(discount), currency },
      shipping: { amount: "0.00", currency },
      total: { amount: fromMinorUnits(gross - discount), currency },
    },
  };
}

/** "fraudCheck: Fraud kontrolü (Ödeme Bekleniyor)": while a package waits for it, the order's label says so (it cannot be picked yet). */
function withFraudCheck(label: string | null, packages: BmPackage[]): string | null {
  return packages.some((p) => p.fraudCheck === true) ? `${label ?? "?"} (Ödeme Bekleniyor)` : label;
}
