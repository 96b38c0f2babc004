// Beymen's finance state: transactions, invoices with their lines, and statements.
import { BeymenData, BmCargoInvoiceLine, BmInvoice, BmTransaction, CLAIM_STATUS, dateOnly, INVOICE_TYPES, istanbulNaive, pad, round2, SHIPMENT_STATUS } from "./types.ts";

// ---- finance ----
export function generateFinance(data: BeymenData, anchorMs: number) {
  const r = data.rng;
  const delivered = data.packages.filter((p) => p.raw.shipmentStatus === SHIPMENT_STATUS.DeliveredToCustomer);
  for (const p of delivered) {
    for (const l of p.raw.shipmentLines) {
      const tMs = p.orderDateMs + r.int(2, 10) * 86400_000;
      data.transactions.push({
        id: r.guid(),
        merchantId: data.merchantId,
        transactionNumber: String(data.seq.transaction++),
        transactionType: "Satış",
        orderNo: p.raw.orderNumber,
        orderDate: p.raw.orderDate,
        transactionDate: istanbulNaive(Math.min(tMs, anchorMs)),
        amount: round2((l.price + l.vatAmount) * l.quantity),
        paymentPeriod: p.raw.paymentPeriod,
      });
    }
  }
  for (const c of data.claims.filter((x) => x.raw.status === CLAIM_STATUS.Approved)) {
    for (const l of c.raw.shipmentLines)
      data.transactions.push({
        id: r.guid(),
        merchantId: data.merchantId,
        transactionNumber: String(data.seq.transaction++),
        transactionType: "İade",
        orderNo: c.raw.orderNumber,
        orderDate: c.raw.orderDate,
        transactionDate: istanbulNaive(c.claimedAtMs + 86400_000),
        amount: -round2((l.price + l.vatAmount) * l.quantity),
        paymentPeriod: 0,
      });
  }
  data.transactions.sort((a, b) => b.transactionDate.localeCompare(a.transactionDate));
  // Weekly invoices of each type for the last ~6 months.
  for (let week = 0; week < 26; week++) {
    const dayMs = anchorMs - week * 7 * 86400_000;
    for (const type of [0, 1, 5, week % 4 === 0 ? 3 : -1, week % 6 === 0 ? 2 : -1, week % 9 === 0 ? 4 : -1]) {
      if (type < 0) continue;
      const invoiceNumber = r.guid();
      const inv: BmInvoice = {
        id: r.guid(),
        merchantId: data.merchantId,
        invoiceNumber,
        invoiceTypeDescription: INVOICE_TYPES[type],
        invoiceType: type,
        invoiceDate: istanbulNaive(dayMs - r.int(0, 3) * 86400_000),
        paymentDate: `${dateOnly(dayMs + 86400_000)}T00:00:00`,
        amount: -round2(r.int(10, 3000) + r.int(0, 99) / 100),
        couponPrice: null,
        eInvoiceUrl: r.chance(0.3) ? `https://sites.fitbulut.com/eBelgeGoruntuleyici/ViewDocument.aspx?ID=0124600${r.int(10000, 99999)}&download=PDF` : null,
        eInvoiceNumber: null,
      };
      if (inv.eInvoiceUrl) inv.eInvoiceNumber = String(r.int(100000, 999999));
      data.invoices.push(inv);
      const tx = data.transactions.filter((t) => t.amount > 0).slice(week * 2, week * 2 + 3);
      if (type === 1) {
        data.invoiceDetails.set(invoiceNumber, cargoLines(data, tx, inv));
        continue;
      }
      data.invoiceDetails.set(
        invoiceNumber,
        tx.map((t) => {
          const commission = 22;
          const platform = round2((t.amount * commission) / 100);
          return {
            transactionNumber: t.transactionNumber,
            commissionType: t.transactionType,
            orderNo: t.orderNo,
            orderDate: t.orderDate,
            transactionDate: t.transactionDate,
            productName: "Sipariş ürünü",
            barcode: "",
            amount: t.amount,
            couponPrice: 0,
            commission,
            platformPayment: platform,
            sellerPayment: round2(t.amount - platform),
            paymentPeriod: t.paymentPeriod,
            paymentDate: inv.paymentDate,
            merchantName: data.merchantName,
            companyName: data.merchantName,
            mpOrderId: data.packages.find((p) => p.raw.orderNumber === t.orderNo)?.raw.mpOrderId ?? "",
          };
        }),
      );
    }
  }
  data.invoices.sort((a, b) => b.invoiceDate.localeCompare(a.invoiceDate));
  // Statement lines over the last year: order entries, commission and cargo invoices, payments.
  for (let day = 0; day < 365; day += 3) {
    const ms = anchorMs - day * 86400_000;
    const kind = day % 9;
    data.statements.push({
      dateMs: ms,
      sellerCode: data.externalMerchantId,
      documentDate: `${dateOnly(ms)}T00:00:00`,
      documentDueDate: `${dateOnly(ms + 30 * 86400_000)}T00:00:00`,
      documentAmount: kind === 0 ? round2(r.int(1000, 20000)) : kind < 4 ? -round2(r.int(100, 3000) + 0.9) : round2(r.int(10, 300) + 0.06),
      currencyLoc: "TRY",
      orderNo: kind > 0 && kind < 4 ? String(r.int(4_000_000, 4_999_999)) : "",
      description: kind > 0 && kind < 4 ? "Sipariş" : kind === 0 ? "Ödeme" : `MY1${dateOnly(ms).slice(0, 4)}${pad(r.int(1, 99999), 9)}`,
      itemText: kind === 0 ? data.merchantName.toLocaleUpperCase("tr-TR") : kind < 4 ? "BEYMEN.COM" : kind % 2 ? "MARKETPLACE KOMİSYON BEDELİ" : "MARKETPLACE KARGO BEDELİ",
    });
  }
}

/**
 * A cargo invoice's lines: one per package of its transactions, the package's units and desi, and
 * what its shipment cost (a base of 29.90 plus 5.50 per desi; Beymen's tariff is not published).
 * Derived from the packages, not drawn, so the generated data after it stays the same.
 */
function cargoLines(data: BeymenData, tx: BmTransaction[], inv: BmInvoice): BmCargoInvoiceLine[] {
  return tx.flatMap((t) => {
    const pkg = data.packages.find((p) => p.raw.orderNumber === t.orderNo && p.raw.shipmentStatus >= 4 && p.raw.shipmentStatus !== 32);
    if (!pkg) return [];
    const desi = pkg.raw.shipmentLines.reduce((s, l) => s + l.desi * l.quantity, 0);
    const cost = round2(29.9 + 5.5 * desi);
    return [
      {
        orderNo: t.orderNo,
        shipmentType: pkg.raw.isReturnedShipment ? "İade Gönderisi" : "Gönderi",
        orderDate: t.orderDate,
        transactionDate: inv.invoiceDate,
        shipmentNumber: pkg.raw.shipmentNumber,
        quantity: pkg.raw.shipmentLines.reduce((s, l) => s + l.quantity, 0),
        amount: -cost,
        shipmentCost: cost,
        desi,
        merchantName: data.merchantName,
        mpOrderId: pkg.raw.mpOrderId,
      },
    ];
  });
}
