// Beymen's order state: shipment packages and their lines, and the writes that move them (picking,
// dividing, cancelling, shipping, claims), shared by the API and the generator so generated history is reachable.
import { CITIES, DISTRICTS, FIRST_NAMES, LAST_NAMES, NEIGHBORHOODS, STREETS } from "../../common/names.ts";
import { type Random } from "../../common/random.ts";
import {
  BeymenData,
  BmAddress,
  BmClaim,
  BmClaimLine,
  BmPackage,
  BmProduct,
  BmShipmentLine,
  CANCEL_REASONS,
  CLAIM_STATUS,
  CUSTOMER_REASONS,
  dateOnly,
  istanbulNaive,
  LINE_STATUS,
  LINE_STATUS_LABEL,
  pad,
  round2,
  SELLER_REASON_TYPES,
  SHIPMENT_STATUS,
  StoredClaim,
  StoredPackage,
  utcWithOffset,
} from "./types.ts";

// ---- orders (packages) ----
export function address(r: Random, name: string, invoice: boolean): BmAddress {
  const [cityCode, city] = r.pick(CITIES);
  const district = r.pick(DISTRICTS);
  const neighborhood = r.pick(NEIGHBORHOODS);
  const base: BmAddress = {
    id: invoice ? r.guid() : "1",
    externalId: invoice ? null : "1",
    customerName: name,
    company: name,
    address: `${neighborhood} ${r.pick(STREETS)} No:${r.int(1, 120)} D:${r.int(1, 20)}`,
    cityCode: String(Number(cityCode)),
    city,
    districtCode: null,
    district,
    neighborhood: neighborhood.replace(/ Mah$/, ""),
    neighborhoodCode: null,
    postcode: null,
    phone: r.chance(0.5) ? `05${r.int(30, 59)}${r.int(1000000, 9999999)}` : null,
    email: null,
  };
  return invoice ? { ...base, tcIdentityNumber: r.chance(0.7) ? `1${pad(r.int(0, 999999999), 9)}0` : null, taxNumber: null, taxHouse: null } : base;
}

export function sellerAddress(): Record<string, string | null> {
  return {
    name: "Boğaziçi Moda Ltd. Şti.",
    email: "operasyon@bogazicimoda.com.tr",
    phone: "02125550101",
    city: "İstanbul",
    country: "TR",
    cityCode: "34",
    district: "Şişli",
    neighborhood: "Mecidiyeköy",
    postCode: null,
    address: "Büyükdere Cd. No:12",
    taxNo: "1234567890",
  };
}

export function lineFrom(data: BeymenData, p: BmProduct, quantity: number, status: number): BmShipmentLine {
  const unit = p.platformSalesPrice.value;
  const net = round2(unit / (1 + p.vatRate / 100));
  return {
    status: LINE_STATUS_LABEL[status],
    id: null,
    productId: p.id,
    quantity,
    orderLineId: String(data.seq.line++),
    currencyCode: "TRY",
    price: net,
    couponPrice: 0,
    vatAmount: round2(unit - net),
    commission: p.commission,
    desi: p.desi,
    vatRate: p.vatRate,
    gift: false,
    giftNote: null,
    product: {
      id: p.id,
      name: p.name,
      barcode: p.barcode,
      modelCode: p.modelCode,
      stockCode: p.stockCode,
      color: p.platformColor.name,
      size: p.size,
      brand: p.brand,
      category: p.category,
      merchantColorCode: p.merchantColorCode,
      description: p.description,
      gender: p.gender,
      platformColor: p.platformColor,
      images: p.images.map((i) => i.originalPath),
    },
    cancelReasonStatus: null,
  };
}

/** Recomputes a package's totals from its lines (cancelled lines included: Beymen totals the shipment). */
export function retotal(pkg: BmPackage) {
  pkg.totalAmount = round2(pkg.shipmentLines.reduce((s, l) => s + (l.price + l.vatAmount) * l.quantity, 0));
  pkg.totalVatAmount = round2(pkg.shipmentLines.reduce((s, l) => s + l.vatAmount * l.quantity, 0));
  pkg.totalCouponAmount = round2(pkg.shipmentLines.reduce((s, l) => s + l.couponPrice * l.quantity, 0));
}

/** Sets every line of a package to a line status and the package to the matching shipment status. */
export function setPackageStatus(pkg: StoredPackage, shipmentStatus: number, lineStatus: number) {
  pkg.raw.shipmentStatus = shipmentStatus;
  pkg.lineStatus = pkg.lineStatus.map(() => lineStatus);
  pkg.raw.shipmentLines.forEach((l) => {
    l.status = LINE_STATUS_LABEL[lineStatus];
  });
}

export function newShipmentNumber(data: BeymenData): string {
  return `MP${pad(data.seq.shipment++, 12)}`;
}

/** A new package of an existing order (divide, partial cancel): same order number, new shipment. */
export function derivePackage(data: BeymenData, from: StoredPackage, lines: BmShipmentLine[], lineStatus: number[]): StoredPackage {
  const shipmentNumber = newShipmentNumber(data);
  const seq = from.raw.orderNumber.slice(-6);
  const raw: BmPackage = {
    ...from.raw,
    id: data.rng.guid(),
    mpOrderId: `${shipmentNumber}-${seq}`,
    shipmentNumber,
    shipmentTrackingNumber: null,
    shipmentTrackingUrl: null,
    shipmentLines: lines,
    shipmentStatus: lineStatus.every((s) => s === LINE_STATUS.ReadyToShip) ? SHIPMENT_STATUS.ReadyToShip : SHIPMENT_STATUS.NewOrder,
    canceledDateTime: null,
    isAlternativeDelivery: false,
    deliveryType: null,
    isReturnedShipment: false,
  };
  retotal(raw);
  const pkg: StoredPackage = { raw, orderDateMs: from.orderDateMs, canceledAtMs: null, lineStatus, invoice: null };
  data.packages.push(pkg);
  return pkg;
}

export interface CreateOrderOptions {
  orderDateMs: number;
  productIds?: string[];
  lineCount?: number;
  quantity?: number;
  customerName?: string;
  /** The order waits for Beymen's fraud check ("Ödeme Bekleniyor") until the admin API clears it. */
  fraudCheck?: boolean;
}

/** A new order of one package in NewOrder (also what the admin API's POST /orders does). */
export function createOrder(data: BeymenData, options: CreateOrderOptions): StoredPackage {
  const r = data.rng;
  const saleable = data.products.filter((p) => p.status.status === "OnSale");
  const products = options.productIds?.length
    ? options.productIds.map((id) => {
        const p = data.products.find((x) => x.id === id || x.barcode === id);
        if (!p) throw new Error(`no product ${id}`);
        return p;
      })
    : Array.from({ length: options.lineCount ?? r.int(1, 3) }, () => r.pick(saleable));
  const name = options.customerName ?? `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`;
  const seqNo = data.seq.order++;
  const orderNumber = `BEY-${dateOnly(options.orderDateMs).replaceAll("-", "")}-${pad(seqNo, 6)}`;
  const shipmentNumber = newShipmentNumber(data);
  const lines = products.map((p) => lineFrom(data, p, options.quantity ?? r.int(1, 3), LINE_STATUS.NewOrder));
  const raw: BmPackage = {
    id: r.guid(),
    merchantId: data.merchantId,
    externalMerchantId: data.externalMerchantId,
    orderId: orderNumber,
    mpOrderId: `${shipmentNumber}-${pad(seqNo, 6)}`,
    orderNumber,
    orderDate: istanbulNaive(options.orderDateMs),
    customerDeliveryDate: null,
    shipmentNumber,
    shipmentProvider: "YRTICI",
    shipmentTrackingNumber: null,
    customerName: name,
    totalAmount: 0,
    totalVatAmount: 0,
    totalCouponAmount: 0,
    currencyCode: "TRY",
    maxPermittedShippingTime: istanbulNaive(options.orderDateMs + 2 * 86400_000),
    shipmentStatus: SHIPMENT_STATUS.NewOrder,
    shipmentLines: lines,
    shipmentAddress: address(r, name, false),
    invoiceAddress: address(r, name, true),
    sellerAddress: sellerAddress(),
    canceledDateTime: null,
    merchantName: data.merchantName,
    companyName: data.merchantName,
    paymentPeriod: r.pick([0, 5, 7, 14]),
    shipmentTrackingUrl: null,
    fraudCheck: options.fraudCheck === true,
    fraudDate: null,
    isAlternativeDelivery: false,
    customerPhoneNumber: null,
    deliveryType: null,
    isReturnedShipment: false,
  };
  if (r.chance(0.15)) {
    for (const l of lines) l.couponPrice = round2(Math.min(l.price * 0.1, 250));
  }
  retotal(raw);
  const pkg: StoredPackage = { raw, orderDateMs: options.orderDateMs, canceledAtMs: null, lineStatus: lines.map(() => LINE_STATUS.NewOrder), invoice: null };
  data.packages.push(pkg);
  return pkg;
}

// ---- order writes, shared by the API and the generator so generated history is reachable ----
export class BusinessRuleError extends Error {}

export function pick(pkg: StoredPackage) {
  if (pkg.raw.shipmentStatus !== SHIPMENT_STATUS.NewOrder) throw new BusinessRuleError("Sadece Yeni Sipariş statüsündeki siparişler işleme alınabilir.");
  // "fraudCheck: Fraud kontrolü (Ödeme Bekleniyor)": the payment is not settled, so the order is not the seller's to prepare yet.
  if (pkg.raw.fraudCheck) throw new BusinessRuleError("Fraud kontrolündeki (Ödeme Bekleniyor) sipariş işleme alınamaz.");
  setPackageStatus(pkg, SHIPMENT_STATUS.ReadyToShip, LINE_STATUS.ReadyToShip);
}

export function assertDividable(pkg: StoredPackage) {
  if (pkg.raw.shipmentStatus !== SHIPMENT_STATUS.NewOrder && pkg.raw.shipmentStatus !== SHIPMENT_STATUS.ReadyToShip) {
    throw new BusinessRuleError("Sadece Yeni Sipariş ve Gönderime Hazır statüsündeki siparişlerde paket bölünebilir.");
  }
}

/** Splits a package by product quantities: the given units form one package, the rest another. */
export function divide(data: BeymenData, pkg: StoredPackage, products: Array<{ productId: string; quantity: number }>, nowMs: number): StoredPackage[] {
  assertDividable(pkg);
  if (!products.length) throw new BusinessRuleError("Bölünecek ürün listesi boş olamaz.");
  const remaining = pkg.raw.shipmentLines.map((l) => ({ ...l }));
  const taken: BmShipmentLine[] = [];
  for (const want of products) {
    if (!Number.isInteger(want.quantity) || want.quantity < 1) throw new BusinessRuleError("Adet 1 veya daha büyük olmalıdır.");
    let left = want.quantity;
    for (const l of remaining) {
      if (l.productId !== want.productId || left === 0 || l.quantity === 0) continue;
      const n = Math.min(left, l.quantity);
      taken.push({ ...l, quantity: n });
      l.quantity -= n;
      left -= n;
    }
    if (left === want.quantity) throw new BusinessRuleError(`Ürün pakette bulunamadı: ${want.productId}`);
    if (left > 0) throw new BusinessRuleError(`Bölünmek istenen adet paketteki adetten fazla olamaz: ${want.productId}`);
  }
  const rest = remaining.filter((l) => l.quantity > 0);
  if (!rest.length) throw new BusinessRuleError("Paketin tamamı tek pakete bölünemez.");
  return finishDivide(data, pkg, [taken, rest], nowMs);
}

/** Splits a package by groups of order lines; lines in no group form one more package. */
export function divideMultiple(data: BeymenData, pkg: StoredPackage, groups: string[][], nowMs: number): StoredPackage[] {
  assertDividable(pkg);
  const ids = groups.flat().map((s) => s.trim());
  if (!groups.length || groups.some((g) => !g.length)) throw new BusinessRuleError("Sipariş kalemi grupları boş olamaz.");
  if (new Set(ids).size !== ids.length) throw new BusinessRuleError("Bir sipariş kalemi birden fazla grupta olamaz.");
  for (const id of ids) if (!pkg.raw.shipmentLines.some((l) => l.orderLineId === id)) throw new BusinessRuleError(`Sipariş kalemi pakette bulunamadı: ${id}`);
  const parts = groups.map((g) => pkg.raw.shipmentLines.filter((l) => g.map((s) => s.trim()).includes(l.orderLineId)).map((l) => ({ ...l })));
  const rest = pkg.raw.shipmentLines.filter((l) => !ids.includes(l.orderLineId)).map((l) => ({ ...l }));
  if (rest.length) parts.push(rest);
  if (parts.length < 2) throw new BusinessRuleError("Bölme işlemi en az iki paket oluşturmalıdır.");
  return finishDivide(data, pkg, parts, nowMs);
}

export function finishDivide(data: BeymenData, pkg: StoredPackage, parts: BmShipmentLine[][], nowMs: number): StoredPackage[] {
  const status = pkg.lineStatus[0];
  // "Bölünen paketler Divided statüsüne alınır ve iptal edilir": the old package is Divided and
  // cancelled — by the platform, so its lines are "Beymen İptali" — at this moment; its units live on in the new packages.
  setPackageStatus(pkg, SHIPMENT_STATUS.Divided, LINE_STATUS.CancelledByBeymen);
  pkg.canceledAtMs = nowMs;
  pkg.raw.canceledDateTime = utcWithOffset(nowMs);
  return parts.map((lines) =>
    derivePackage(
      data,
      pkg,
      lines.map((l) => ({ ...l, status: LINE_STATUS_LABEL[status] })),
      lines.map(() => status),
    ),
  );
}

/**
 * Seller cancel. The whole package cancelled → it becomes Cancelled. Part of it (partial cancel) →
 * the shipment is cancelled and the lines not cancelled move to a new shipment of the same order.
 */
export function cancelLines(
  data: BeymenData,
  pkg: StoredPackage,
  products: Array<{ productId: string; quantity: number; cancelReasonStatus: number; shipmentLineStatus: number }>,
  nowMs: number,
): StoredPackage | null {
  if (pkg.raw.shipmentStatus !== SHIPMENT_STATUS.NewOrder && pkg.raw.shipmentStatus !== SHIPMENT_STATUS.ReadyToShip) {
    throw new BusinessRuleError("Sadece Yeni Sipariş ve Gönderime Hazır statüsündeki siparişler iptal edilebilir.");
  }
  if (!products.length) throw new BusinessRuleError("İptal edilecek ürün listesi boş olamaz.");
  const reasons = Object.values(CANCEL_REASONS) as number[];
  const remaining = pkg.raw.shipmentLines.map((l) => ({ ...l }));
  const cancelled: BmShipmentLine[] = [];
  for (const c of products) {
    if (c.shipmentLineStatus !== LINE_STATUS.CancelledBySeller) throw new BusinessRuleError("Satıcı iptallerinde shipmentLineStatus 32 (CancelledBySeller) olmalıdır.");
    if (!reasons.includes(c.cancelReasonStatus)) throw new BusinessRuleError(`Geçersiz iptal nedeni: ${c.cancelReasonStatus}`);
    if (!Number.isInteger(c.quantity) || c.quantity < 1) throw new BusinessRuleError("Adet 1 veya daha büyük olmalıdır.");
    let left = c.quantity;
    for (const l of remaining) {
      if (l.productId !== c.productId || !left || !l.quantity) continue;
      const n = Math.min(left, l.quantity);
      cancelled.push({ ...l, quantity: n, status: LINE_STATUS_LABEL[32], cancelReasonStatus: c.cancelReasonStatus });
      l.quantity -= n;
      left -= n;
    }
    if (left === c.quantity) throw new BusinessRuleError(`Ürün pakette bulunamadı: ${c.productId}`);
    if (left > 0) throw new BusinessRuleError(`İptal edilmek istenen adet paketteki adetten fazla olamaz: ${c.productId}`);
  }
  const rest = remaining.filter((l) => l.quantity > 0);
  const before = pkg.lineStatus[0];
  pkg.raw.shipmentStatus = SHIPMENT_STATUS.Cancelled;
  pkg.raw.canceledDateTime = utcWithOffset(nowMs);
  pkg.canceledAtMs = nowMs;
  pkg.raw.shipmentLines = cancelled;
  pkg.lineStatus = cancelled.map(() => LINE_STATUS.CancelledBySeller);
  retotal(pkg.raw);
  if (!rest.length) return null;
  return derivePackage(
    data,
    pkg,
    rest.map((l) => ({ ...l, status: LINE_STATUS_LABEL[before] })),
    rest.map(() => before),
  );
}

export function shipmentUpdate(pkg: StoredPackage, status: number, tracking: { trackingNumber: string; trackingUrl?: string | null; cargoCompanyCode: string }, nowMs: number) {
  const s = pkg.raw.shipmentStatus;
  if (status === SHIPMENT_STATUS.Shipped) {
    if (s !== SHIPMENT_STATUS.NewOrder && s !== SHIPMENT_STATUS.ReadyToShip)
      throw new BusinessRuleError("Sadece Yeni Sipariş ve Gönderime Hazır statüsündeki siparişler kargoya verilebilir.");
    setPackageStatus(pkg, SHIPMENT_STATUS.Shipped, LINE_STATUS.Shipped);
  } else if (status === SHIPMENT_STATUS.DeliveredToCustomer) {
    if (s !== SHIPMENT_STATUS.Shipped) throw new BusinessRuleError("Sadece Gönderildi statüsündeki siparişler teslim edildi yapılabilir.");
    setPackageStatus(pkg, SHIPMENT_STATUS.DeliveredToCustomer, LINE_STATUS.DeliveredToCustomer);
    pkg.raw.customerDeliveryDate = istanbulNaive(nowMs);
  } else if (status === 16) {
    if (s !== SHIPMENT_STATUS.Shipped) throw new BusinessRuleError("Sadece Gönderildi statüsündeki siparişler teslim edilemedi yapılabilir.");
    setPackageStatus(pkg, SHIPMENT_STATUS.Cancelled, LINE_STATUS.CancelledByCustomer);
    for (const l of pkg.raw.shipmentLines) l.cancelReasonStatus = CANCEL_REASONS.Returned;
    pkg.raw.isReturnedShipment = true;
    pkg.raw.canceledDateTime = utcWithOffset(nowMs);
    pkg.canceledAtMs = nowMs;
  } else throw new BusinessRuleError(`Geçersiz kargo durumu: ${status}`);
  pkg.raw.shipmentTrackingNumber = tracking.trackingNumber || pkg.raw.shipmentTrackingNumber;
  if (tracking.trackingUrl) pkg.raw.shipmentTrackingUrl = tracking.trackingUrl;
  if (tracking.cargoCompanyCode) pkg.raw.shipmentProvider = tracking.cargoCompanyCode;
}

export function createClaim(data: BeymenData, pkg: StoredPackage, claimedAtMs: number, status: number = CLAIM_STATUS.New): StoredClaim {
  const r = data.rng;
  const lines = pkg.raw.shipmentLines.slice(0, Math.max(1, r.int(1, pkg.raw.shipmentLines.length))).map((l): BmClaimLine => {
    // A claim line is the order line without its status, cancel reason and coupon (the claims example has none of them).
    const { status: _s, cancelReasonStatus: _c, couponPrice: _p, ...rest } = l;
    const [code, description] = r.pick(CUSTOMER_REASONS);
    const dispute = status === CLAIM_STATUS.Dispute;
    const reasonType = r.int(0, SELLER_REASON_TYPES.length - 1);
    return {
      ...rest,
      id: r.guid(),
      status,
      confirmType: null,
      customerReason: { code, description },
      sellerReason: dispute
        ? {
            type: reasonType,
            description: "Ürün kullanılmış olarak geri geldi.",
            images: reasonType === 9 ? [] : [`https://img-beymen-marketplace.mncdn.com/${data.merchantId}/images/claim/${r.guid()}/dispute/${r.guid()}`],
          }
        : null,
      shipmentNumber: null,
    };
  });
  const raw: BmClaim = {
    id: r.guid(),
    merchantId: data.merchantId,
    externalMerchantId: data.externalMerchantId,
    orderId: pkg.raw.orderId,
    orderNumber: pkg.raw.orderNumber,
    orderDate: pkg.raw.orderDate,
    customerDeliveryDate: pkg.raw.customerDeliveryDate ? `${new Date(Date.parse(`${pkg.raw.customerDeliveryDate}+03:00`)).toISOString()}` : null,
    shipmentNumber: `MP${pad(r.int(10_000_000, 99_999_999), 11)}`,
    shipmentProvider: "YRTICI",
    shipmentTrackingNumber: String(r.int(100_000_000, 999_999_999)),
    customerName: pkg.raw.customerName,
    totalAmount: round2(lines.reduce((s, l) => s + (l.price + l.vatAmount) * l.quantity, 0)),
    totalVatAmount: round2(lines.reduce((s, l) => s + l.vatAmount * l.quantity, 0)),
    currencyCode: "TRY",
    maxPermittedShippingTime: utcWithOffset(claimedAtMs + 2 * 86400_000),
    shipmentLines: lines,
    shipmentAddress: pkg.raw.shipmentAddress,
    invoiceAddress: pkg.raw.invoiceAddress,
    merchantName: data.merchantName,
    companyName: data.merchantName,
    paymentPeriod: pkg.raw.paymentPeriod,
    shipmentTrackingUrl: "https://www.yurticikargo.com/tr/online-servisler/gonderi-sorgula",
    claimDate: utcWithOffset(claimedAtMs),
    status,
  };
  const claim = { raw, claimedAtMs };
  data.claims.push(claim);
  return claim;
}

export function setClaimStatus(claim: StoredClaim, status: number) {
  claim.raw.status = status;
  for (const l of claim.raw.shipmentLines) l.status = status;
}

/** Beymen's fraud check is over: the payment is settled and the package can be prepared. */
export function clearFraudCheck(pkg: StoredPackage, nowMs: number) {
  pkg.raw.fraudCheck = false;
  pkg.raw.fraudDate = istanbulNaive(nowMs);
}
