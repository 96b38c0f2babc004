// Beymen statuses → unified (ARCHITECTURE.md, "The unified vocabulary"), keeping the raw ones.
import { DecidedBy, OrderStatus, RefundStatus } from "@pazargraph/schema";

export const SHIPMENT_STATUS: Record<number, { name: string; label: string; status: OrderStatus }> = {
  1: { name: "NewOrder", label: "Yeni Sipariş", status: OrderStatus.CREATED },
  2: { name: "ReadyToShip", label: "Gönderime Hazır", status: OrderStatus.PREPARING },
  4: { name: "Shipped", label: "Gönderildi", status: OrderStatus.SHIPPED },
  8: { name: "DeliveredToCustomer", label: "Müşteriye Teslim Edildi", status: OrderStatus.DELIVERED },
  16: { name: "Cancelled", label: "İptal", status: OrderStatus.CANCELLED },
  32: { name: "Divided", label: "Bölünmüş Paket", status: OrderStatus.SPLIT },
};

export const LINE_STATUS: Record<number, { name: string; label: string; status: OrderStatus }> = {
  1: { name: "NewOrder", label: "Yeni Sipariş", status: OrderStatus.CREATED },
  2: { name: "ReadyToShip", label: "Gönderime Hazır", status: OrderStatus.PREPARING },
  4: { name: "Shipped", label: "Gönderildi", status: OrderStatus.SHIPPED },
  8: { name: "DeliveredToCustomer", label: "Teslim Edildi", status: OrderStatus.DELIVERED },
  16: { name: "CancelledByBeymen", label: "Beymen İptali", status: OrderStatus.CANCELLED },
  32: { name: "CancelledBySeller", label: "Satıcı İptali", status: OrderStatus.CANCELLED },
  64: { name: "CancelledByCustomer", label: "Müşteri İptali", status: OrderStatus.CANCELLED },
  128: { name: "Reorder", label: "Yeniden Sipariş", status: OrderStatus.CREATED },
};

/** Order lists send a line's status as its Turkish label; claim lists as the number. */
const LINE_CODE_BY_LABEL = new Map(Object.entries(LINE_STATUS).map(([code, s]) => [s.label.toLocaleLowerCase("tr-TR"), Number(code)]));

export function lineStatusCode(status: string | number | null | undefined): number | null {
  if (typeof status === "number") return status;
  if (!status) return null;
  if (/^\d+$/.test(status)) return Number(status);
  return LINE_CODE_BY_LABEL.get(status.trim().toLocaleLowerCase("tr-TR")) ?? null;
}

export const CLAIM_STATUS: Record<number, { name: string; label: string; status: RefundStatus; decidedBy: DecidedBy | null }> = {
  0: { name: "New", label: "Yeni İade", status: RefundStatus.PENDING, decidedBy: null },
  1: { name: "ActionNeeded", label: "Aksiyon Bekliyor", status: RefundStatus.ACTION_NEEDED, decidedBy: null },
  2: { name: "Approved", label: "Onaylandı", status: RefundStatus.APPROVED, decidedBy: DecidedBy.SELLER },
  3: { name: "Reject", label: "Reddedildi", status: RefundStatus.REJECTED, decidedBy: DecidedBy.MARKETPLACE },
  4: { name: "Dispute", label: "İhtilaflı İade", status: RefundStatus.IN_DISPUTE, decidedBy: DecidedBy.SELLER },
};

/** Beymen claim codes for unified refund statuses (UNDER_REVIEW and CANCELLED have none). */
export function claimCodesFor(statuses: readonly RefundStatus[]): number[] {
  return Object.entries(CLAIM_STATUS)
    .filter(([, s]) => statuses.includes(s.status))
    .map(([code]) => Number(code));
}

/** Beymen shipment statuses for unified order statuses (the order-list filter takes one name). */
export function shipmentCodesFor(statuses: readonly OrderStatus[]): number[] {
  return Object.entries(SHIPMENT_STATUS)
    .filter(([, s]) => statuses.includes(s.status) || (s.status === OrderStatus.CANCELLED && statuses.includes(OrderStatus.UNDELIVERED)))
    .map(([code]) => Number(code));
}

export const SELLER_REASON_TYPES = [
  "ReceivedProductNotMine",
  "ProductIsDefectiveOrDamaged",
  "ProductQuantityIsMissing",
  "ProductIsWrong",
  "ProductUsedOrOpenedPacking",
  "ProductIsFake",
  "ProductPartIsMissing",
  "ProductIsNotDefective",
  "ProductIsNotWrong",
  "PackageIsEmpty",
  "PackageNotFound",
  "ExcessProductReceived",
] as const;

export const CANCEL_REASON_LABEL: Record<number, string> = {
  1: "Entegrasyon hatası",
  2: "Stok tükendi",
  4: "Hatalı fiyat",
  8: "Kusurlu/defolu/bozuk ürün",
  16: "Hatalı görsel/barkod",
  32: "Mücbir sebep",
  64: "Teslim Edilemedi",
};

export const INVOICE_TYPE_NAMES = ["COMMISSION", "SHIPMENT", "INSUFFICIENT_SUPPLY", "DELAY", "MISSING_PRODUCT", "ADVERTISING"] as const;
