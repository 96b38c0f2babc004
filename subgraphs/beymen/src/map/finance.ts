// Beymen finance records → the Beymen-only finance types (amounts exact, naive times as Istanbul).
import { fromDouble, parseLocalTime } from "@pazargraph/runtime";
import type { BmFuture, BmInvoice, BmInvoiceDetailLine, BmStatementLine, BmTransaction } from "../rest/types.ts";
import { INVOICE_TYPE_NAMES } from "./status.ts";

const tl = (v: number | null | undefined) => (v == null ? null : { amount: fromDouble(v), currency: "TRY" });

export function mapTransaction(t: BmTransaction) {
  return {
    id: t.id,
    number: t.transactionNumber,
    type: t.transactionType,
    orderNumber: t.orderNo,
    orderedAt: parseLocalTime(t.orderDate),
    transactedAt: parseLocalTime(t.transactionDate),
    amount: tl(t.amount)!,
    paymentPeriodDays: t.paymentPeriod,
  };
}

export function mapInvoice(i: BmInvoice) {
  return {
    id: i.id,
    number: i.invoiceNumber,
    type: INVOICE_TYPE_NAMES[i.invoiceType] ?? null,
    typeLabel: i.invoiceTypeDescription,
    issuedAt: parseLocalTime(i.invoiceDate),
    payableAt: parseLocalTime(i.paymentDate),
    amount: tl(i.amount)!,
    couponAmount: tl(i.couponPrice),
    eInvoiceUrl: i.eInvoiceUrl,
    eInvoiceNumber: i.eInvoiceNumber,
  };
}

export function mapInvoiceLine(l: BmInvoiceDetailLine) {
  return {
    transactionNumber: l.transactionNumber ?? null,
    type: l.commissionType ?? l.shipmentType ?? null,
    orderNumber: l.orderNo,
    mpOrderId: l.mpOrderId ?? null,
    orderedAt: parseLocalTime(l.orderDate),
    transactedAt: parseLocalTime(l.transactionDate),
    productName: l.productName ?? null,
    barcode: l.barcode || null,
    amount: tl(l.amount)!,
    couponAmount: tl(l.couponPrice),
    commissionRate: l.commission ?? null,
    platformPayment: tl(l.platformPayment),
    sellerPayment: tl(l.sellerPayment),
    paymentPeriodDays: l.paymentPeriod ?? null,
    paidAt: parseLocalTime(l.paymentDate ?? null),
    packageNumber: l.shipmentNumber ?? null,
    quantity: l.quantity ?? null,
    shipmentCost: tl(l.shipmentCost),
    desi: l.desi ?? null,
  };
}

export function mapFuture(f: BmFuture) {
  const week = (a: { date: string; amount: number }) => ({ date: a.date, amount: tl(a.amount)! });
  return {
    totalSales: tl(f.totalSaleAmount)!,
    commissionCut: tl(f.commissionCut)!,
    shipmentCut: tl(f.shipmentCut)!,
    penaltyCut: tl(f.penaltyCut)!,
    advertisingCut: tl(f.adCut)!,
    thisWeek: tl(f.total)!,
    futureTotal: tl(f.futureTotal)!,
    upcomingWeeks: f.futureTransactionActivities.map(week),
    pastWeeks: f.historyTransactionActivities.map(week),
    updatedAt: parseLocalTime(f.lastUpdateDate),
  };
}

export function mapStatementLine(s: BmStatementLine) {
  return {
    sellerCode: s.sellerCode,
    documentDate: parseLocalTime(s.documentDate),
    dueDate: parseLocalTime(s.documentDueDate),
    amount: { amount: fromDouble(s.documentAmount), currency: s.currencyLoc === "TL" ? "TRY" : s.currencyLoc },
    orderNumber: s.orderNo || null,
    description: s.description,
    text: s.itemText,
  };
}
