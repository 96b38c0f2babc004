// Trendyol shipment packages → unified Orders. Trendyol's order list is a list of shipment packages;
// each is one Order (id `trendyol:<store>:<packageId>`, number = the customer's order number) with
// one Package. Money arrives as doubles and is rounded to minor units once, here; dates are epoch ms.
import { currencyCode, fromMinorUnits, toMinorUnits } from "@pazargraph/runtime";
import { type Address, type BillingInfo, deriveOrderStatus, InvoiceType, Marketplace, type Order, type OrderLine, OrderStatus } from "@pazargraph/schema";
import type { TyAddress, TyLine, TyPackage } from "../rest/types.ts";
import { PACKAGE_STATUS, packageStatusOf } from "./status.ts";

const minor = (v: number | null | undefined) => toMinorUnits(v ?? 0);
const text = (v: string | null | undefined) => (v?.trim() ? v.trim() : null);
const iso = (ms: number) => new Date(ms).toISOString();

export const orderId = (storeId: string, packageId: number | string) => `trendyol:${storeId}:${packageId}`;
export const lineId = (storeId: string, packageId: number, line: number) => `trendyol:${storeId}:${packageId}:${line}`;

/** `trendyol:<store>:<packageId>` → the package id; null for anything else. */
export function parseOrderId(id: string): { storeId: string; packageId: number } | null {
  const m = /^trendyol:([^:]+):(\d{1,15})$/.exec(id);
  return m ? { storeId: m[1], packageId: Number(m[2]) } : null;
}

export function mapAddress(a: TyAddress | null | undefined): Address | null {
  if (!a) return null;
  const line = [text(a.address1), text(a.address2)].filter(Boolean).join(" ") || null;
  return {
    name: text(a.fullName) ?? ([a.firstName, a.lastName].filter(Boolean).join(" ") || null),
    phone: text(a.phone),
    email: null,
    city: text(a.city),
    district: text(a.district),
    neighborhood: text(a.neighborhood),
    line,
    fullText: text(a.fullAddress) ?? line,
  };
}

function mapBilling(p: TyPackage): BillingInfo | null {
  const address = mapAddress(p.invoiceAddress);
  if (!address) return null;
  const taxNumber = text(p.taxNumber);
  return {
    address,
    invoiceType: taxNumber ? InvoiceType.CORPORATE : InvoiceType.INDIVIDUAL,
    companyName: taxNumber ? text(p.invoiceAddress?.company) : null,
    taxNumber,
    taxOffice: null,
    identityNumber: text(p.tcIdentityNumber),
    eInvoiceObliged: null,
  };
}

export function mapLine(storeId: string, p: TyPackage, l: TyLine): OrderLine {
  const currency = currencyCode(l.currencyCode ?? p.currencyCode ?? "TRY");
  const m = (v: number) => ({ amount: fromMinorUnits(v), currency });
  const list = minor(l.amount);
  const sale = minor(l.price);
  const discount = minor(l.discount);
  const vat = l.vatBaseAmount ?? null;
  const total = sale * l.quantity;
  return {
    id: lineId(storeId, p.id, l.id),
    status: packageStatusOf(l.orderLineItemStatusName, "line"),
    marketplaceStatus: { code: l.orderLineItemStatusName, label: PACKAGE_STATUS[l.orderLineItemStatusName]?.label ?? null },
    quantity: l.quantity,
    productName: l.productName,
    productCode: text(l.barcode),
    stockCode: text(l.merchantSku),
    variant: [text(l.productColor), text(l.productSize)].filter(Boolean).join(" / ") || null,
    imageUrl: null,
    vatRate: vat,
    listPrice: m(list),
    salePrice: m(sale),
    discount: discount ? m(discount) : null,
    // Prices include VAT: the tax in a total is total × rate / (100 + rate).
    tax: vat !== null ? m(Math.round((total * vat) / (100 + vat))) : null,
    total: m(total),
    packageCode: String(p.id),
  };
}

/** One Order from one shipment package. */
export function mapOrder(storeId: string, p: TyPackage): Order {
  const currency = currencyCode(p.currencyCode ?? "TRY");
  const lines = p.lines.map((l) => mapLine(storeId, p, l));
  const status = lines.length ? deriveOrderStatus(lines.map((l) => l.status)) : packageStatusOf(p.status);
  const live = p.lines.filter((l) => !["Cancelled", "UnSupplied"].includes(l.orderLineItemStatusName));
  const gross = live.reduce((s, l) => s + minor(l.amount) * l.quantity, 0);
  const discount = live.reduce((s, l) => s + minor(l.discount), 0);
  return {
    id: orderId(storeId, p.id),
    marketplace: Marketplace.TRENDYOL,
    store: { id: storeId },
    number: p.orderNumber,
    createdAt: iso(p.orderDate),
    status,
    marketplaceStatus: { code: p.status, label: PACKAGE_STATUS[p.status]?.label ?? null },
    paymentMethod: null,
    customer: {
      id: p.customerId != null ? String(p.customerId) : null,
      name: [p.customerFirstName, p.customerLastName].filter(Boolean).join(" ") || "",
      email: text(p.customerEmail),
      phone: text(p.shipmentAddress?.phone),
    },
    shippingAddress: mapAddress(p.shipmentAddress),
    billing: mapBilling(p),
    lines,
    packages: [
      {
        id: orderId(storeId, p.id),
        code: String(p.id),
        status: packageStatusOf(p.status),
        cargoCompany: text(p.cargoProviderName),
        trackingNumber: p.cargoTrackingNumber != null ? String(p.cargoTrackingNumber) : null,
        trackingUrl: text(p.cargoTrackingLink),
        lines,
      },
    ],
    totals: {
      gross: { amount: fromMinorUnits(gross), currency },
      discount: { amount: fromMinorUnits(discount), currency },
      shipping: { amount: "0.00", currency },
      total: { amount: fromMinorUnits(gross - discount), currency },
    },
  };
}

export { OrderStatus };
