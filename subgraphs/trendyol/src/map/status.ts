// Trendyol statuses → unified (ARCHITECTURE.md, "The unified vocabulary"), keeping the raw ones. A
// status Trendyol adds is UNKNOWN (counted), never a list's or a poll's failure.
import { noteUnknownCode } from "@pazargraph/runtime";
import { DecidedBy, OrderStatus, RefundStatus } from "@pazargraph/schema";

/** Shipment package (and line) statuses; UnPacked is the parent a split leaves behind (v2 pages). */
export const PACKAGE_STATUS: Record<string, { label: string; status: OrderStatus }> = {
  Awaiting: { label: "Ödeme/stok onayı bekleniyor", status: OrderStatus.CREATED },
  Created: { label: "Yeni", status: OrderStatus.CREATED },
  Picking: { label: "Toplanıyor", status: OrderStatus.PREPARING },
  Invoiced: { label: "Faturalandı", status: OrderStatus.PREPARING },
  Repack: { label: "Yeniden paketleniyor", status: OrderStatus.PREPARING },
  Shipped: { label: "Kargoda", status: OrderStatus.SHIPPED },
  Delivered: { label: "Teslim edildi", status: OrderStatus.DELIVERED },
  UnDelivered: { label: "Teslim edilemedi", status: OrderStatus.UNDELIVERED },
  Returned: { label: "İade edildi", status: OrderStatus.RETURNED },
  Cancelled: { label: "İptal", status: OrderStatus.CANCELLED },
  UnSupplied: { label: "Tedarik edilemedi", status: OrderStatus.UNSUPPLIED },
  UnPacked: { label: "Paket bölündü", status: OrderStatus.SPLIT },
};

export function packageStatusOf(code: string, kind: "package" | "line" = "package"): OrderStatus {
  const s = PACKAGE_STATUS[code]?.status;
  if (s) return s;
  noteUnknownCode("trendyol", kind, code);
  return OrderStatus.UNKNOWN;
}

/** The Trendyol status names behind unified statuses (the order list filters by one name). */
export function packageCodesFor(statuses: readonly OrderStatus[]): string[] {
  return Object.entries(PACKAGE_STATUS)
    .filter(([, s]) => statuses.includes(s.status))
    .map(([code]) => code);
}

export const CLAIM_STATUS: Record<string, { label: string; status: RefundStatus; decidedBy: DecidedBy | null }> = {
  Created: { label: "Oluşturuldu", status: RefundStatus.PENDING, decidedBy: null },
  WaitingInAction: { label: "Aksiyon bekliyor", status: RefundStatus.ACTION_NEEDED, decidedBy: null },
  InAnalysis: { label: "Analizde", status: RefundStatus.UNDER_REVIEW, decidedBy: null },
  Unresolved: { label: "İhtilaflı", status: RefundStatus.IN_DISPUTE, decidedBy: DecidedBy.SELLER },
  Accepted: { label: "Onaylandı", status: RefundStatus.APPROVED, decidedBy: DecidedBy.SELLER },
  Rejected: { label: "Reddedildi", status: RefundStatus.REJECTED, decidedBy: DecidedBy.MARKETPLACE },
  Cancelled: { label: "İptal edildi", status: RefundStatus.CANCELLED, decidedBy: DecidedBy.CUSTOMER },
};

export function claimStatusOf(code: string): { status: RefundStatus; decidedBy: DecidedBy | null; label: string | null } {
  const s = CLAIM_STATUS[code];
  if (s) return s;
  noteUnknownCode("trendyol", "refund", code);
  return { status: RefundStatus.UNKNOWN, decidedBy: null, label: null };
}

export function claimCodesFor(statuses: readonly RefundStatus[]): string[] {
  return Object.entries(CLAIM_STATUS)
    .filter(([, s]) => statuses.includes(s.status))
    .map(([code]) => code);
}

/** Cargo providers a package can be moved to, by Trendyol's code. */
export const CARGO_PROVIDERS: Record<string, string> = {
  TEXMP: "Trendyol Express Marketplace",
  YKMP: "Yurtiçi Kargo Marketplace",
  ARASMP: "Aras Kargo Marketplace",
  MNGMP: "MNG Kargo Marketplace",
  PTTMP: "PTT Kargo Marketplace",
  SURATMP: "Sürat Kargo Marketplace",
  HOROZMP: "Horoz Kargo Marketplace",
  CEVAMP: "CEVA Marketplace",
};

/** Reasons for lines the seller cannot supply. */
export const UNSUPPLIED_REASONS: Record<number, string> = {
  500: "Stok tükendi",
  501: "Kusurlu/Defolu/Bozuk Ürün",
  502: "Hatalı Fiyat",
  504: "Entegrasyon Hatası",
  505: "Toplu Alım",
  506: "Mücbir Sebep",
};
