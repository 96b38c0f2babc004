// Pazarama order (getOrdersForApi) → unified Order. Money comes from `valueInt` (kuruş) where the
// API gives it; times are Istanbul local; lines sharing a shipmentCode form one package.

import { currencyCode, fromMinorUnits, parseLocalTime, toMinorUnits } from "@pazargraph/runtime";
import { type Address, type BillingInfo, deriveOrderStatus, InvoiceType, Marketplace, type Order, type OrderLine, type OrderStatus, type Package } from "@pazargraph/schema";
import type { PzAddress, PzBillingAddress, PzMoney, PzOrder, PzOrderItem } from "../rest/types.ts";
import { ITEM_STATUS, mapItemStatus, PAYMENT_TYPE } from "./status.ts";

export function mapMoney(m: PzMoney | null | undefined, fallbackCurrency = "TL") {
  if (!m) return null;
  const minor = Number.isInteger(m.valueInt) ? m.valueInt : toMinorUnits(m.value);
  return { amount: fromMinorUnits(minor), currency: currencyCode(m.currency ?? fallbackCurrency) };
}

function minor(m: PzMoney | null | undefined): number {
  if (!m) return 0;
  return Number.isInteger(m.valueInt) ? m.valueInt : toMinorUnits(m.value);
}

export function mapAddress(a: PzAddress | null | undefined): Address | null {
  if (!a) return null;
  return {
    name: a.nameSurname,
    phone: a.phoneNumber,
    email: a.customerEmail,
    city: a.cityName,
    district: a.districtName,
    neighborhood: a.neighborhoodName,
    line: a.addressDetail,
    fullText: a.displayAddressText,
  };
}

function mapBilling(a: PzBillingAddress | null | undefined): BillingInfo | null {
  const address = mapAddress(a);
  if (!a || !address) return null;
  return {
    address,
    invoiceType: a.invoiceType === 2 ? InvoiceType.CORPORATE : a.invoiceType === 1 ? InvoiceType.INDIVIDUAL : null,
    companyName: a.companyName,
    taxNumber: a.taxNumber,
    taxOffice: a.taxOffice,
    identityNumber: a.identityNumber,
    eInvoiceObliged: a.isEInvoiceObliged,
  };
}

export function mapLine(storeId: string, item: PzOrderItem, currency: string): OrderLine {
  const { status, marketplaceStatus } = mapItemStatus(item.orderItemStatus);
  const zero = { amount: "0.00", currency: currencyCode(currency) };
  return {
    id: `pazarama:${storeId}:${item.orderItemId}`,
    status,
    marketplaceStatus,
    quantity: item.quantity,
    productName: item.product.name,
    productCode: item.product.code,
    stockCode: item.product.stockCode,
    variant: item.product.variantOptionDisplay,
    imageUrl: item.product.imageURL,
    vatRate: item.product.vatRate,
    listPrice: mapMoney(item.listPrice, currency) ?? zero,
    salePrice: mapMoney(item.salePrice, currency) ?? zero,
    discount: mapMoney(item.discountAmount, currency),
    tax: mapMoney(item.taxAmount, currency),
    total: mapMoney(item.totalPrice, currency) ?? zero,
    packageCode: item.shipmentCode || null,
  };
}

/** Lines that share a shipmentCode form a package; lines without one yet form one pending package. */
export function mapPackages(storeId: string, orderNumber: number, items: PzOrderItem[], lines: OrderLine[]): Package[] {
  const groups = new Map<string, number[]>();
  items.forEach((item, i) => {
    const key = item.shipmentCode || "";
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  });
  return [...groups].map(([code, idx]) => {
    const cargo = items[idx[0]].cargo;
    const pkgLines = idx.map((i) => lines[i]);
    return {
      id: `pazarama:${storeId}:${orderNumber}:${code || "pending"}`,
      code: code || null,
      status: deriveOrderStatus(pkgLines.map((l) => l.status)),
      cargoCompany: cargo?.companyName ?? null,
      trackingNumber: cargo?.trackingNumber ?? null,
      trackingUrl: cargo?.trackingUrl ?? null,
      lines: pkgLines,
    };
  });
}

/**
 * The unified status of a raw order: Pazarama's order-level status where it sends a documented code,
 * else derived from the lines by the shared rule. Cheap: the poller calls it on every order it reads.
 */
export function orderStatusOf(o: PzOrder): OrderStatus {
  const orderLevel = o.orderStatus != null ? ITEM_STATUS[o.orderStatus] : undefined;
  return orderLevel?.status ?? deriveOrderStatus(o.items.map((i) => mapItemStatus(i.orderItemStatus).status));
}

export function mapOrder(storeId: string, o: PzOrder): Order {
  const currency = currencyCode(o.currency);
  const lines = o.items.map((item) => mapLine(storeId, item, o.currency));
  const orderLevel = o.orderStatus != null ? ITEM_STATUS[o.orderStatus] : undefined;
  const status = orderStatusOf(o);
  const gross = o.items.reduce((s, i) => s + minor(i.listPrice) * i.quantity, 0);
  const createdAt = parseLocalTime(o.orderDate);
  if (!createdAt) throw new Error(`Pazarama order ${o.orderNumber} has no orderDate`);
  return {
    id: `pazarama:${storeId}:${o.orderNumber}`,
    marketplace: Marketplace.PAZARAMA,
    store: { id: storeId },
    number: String(o.orderNumber),
    createdAt,
    status,
    marketplaceStatus: orderLevel ? { code: String(o.orderStatus), label: orderLevel.label } : { code: String(o.orderStatus ?? ""), label: null },
    paymentMethod: PAYMENT_TYPE[o.paymentType] ?? null,
    customer: { id: o.customerId, name: o.customerName, email: o.customerEmail, phone: o.shipmentAddress?.phoneNumber ?? null },
    shippingAddress: mapAddress(o.shipmentAddress),
    billing: mapBilling(o.billingAddress),
    lines,
    packages: mapPackages(storeId, o.orderNumber, o.items, lines),
    totals: {
      gross: { amount: fromMinorUnits(gross), currency },
      discount: { amount: fromMinorUnits(toMinorUnits(o.discountAmount ?? 0)), currency },
      shipping: { amount: fromMinorUnits(toMinorUnits(o.shipmentAmount ?? 0)), currency },
      total: { amount: fromMinorUnits(toMinorUnits(o.orderAmount)), currency },
    },
  };
}
