// Pazarama status codes → unified statuses (ARCHITECTURE.md tables), with the document's labels.
import { noteUnknownCode } from "@pazargraph/runtime";
import { DecidedBy, OrderStatus, RefundStatus } from "@pazargraph/schema";

export const ITEM_STATUS: Record<number, { status: OrderStatus; label: string }> = {
  3: { status: OrderStatus.CREATED, label: "Siparişiniz Alındı" },
  12: { status: OrderStatus.PREPARING, label: "Siparişiniz Hazırlanıyor" },
  5: { status: OrderStatus.SHIPPED, label: "Siparişiniz Kargoya Verildi" },
  16: { status: OrderStatus.AT_PICKUP_POINT, label: "Siparişiniz Mağazada" },
  19: { status: OrderStatus.AT_PICKUP_POINT, label: "Siparişiniz Teslimat Noktasında" },
  11: { status: OrderStatus.DELIVERED, label: "Teslim Edildi" },
  14: { status: OrderStatus.UNDELIVERED, label: "Teslim Edilemedi" },
  18: { status: OrderStatus.CANCELLATION_REQUESTED, label: "İptal Süreci Başlatıldı" },
  6: { status: OrderStatus.CANCELLED, label: "Siparişiniz İptal Edildi" },
  13: { status: OrderStatus.UNSUPPLIED, label: "Tedarik Edilemedi" },
  7: { status: OrderStatus.RETURN_REQUESTED, label: "İade Süreci Başlatıldı" },
  8: { status: OrderStatus.RETURN_APPROVED, label: "İade Onaylandı" },
  9: { status: OrderStatus.RETURN_REJECTED, label: "İade Reddedildi" },
  10: { status: OrderStatus.RETURNED, label: "İade Edildi" },
};

/** A code the document does not list is UNKNOWN (with the code), never an error that loses the whole list. */
export function mapItemStatus(code: number) {
  const m = ITEM_STATUS[code];
  if (!m) {
    noteUnknownCode("pazarama", "item", String(code));
    return { status: OrderStatus.UNKNOWN, marketplaceStatus: { code: String(code), label: null } };
  }
  return { status: m.status, marketplaceStatus: { code: String(code), label: m.label } };
}

/** The Pazarama item status codes that map to each unified status (for filtering). */
export function itemCodesFor(statuses: readonly OrderStatus[]): number[] {
  return Object.entries(ITEM_STATUS)
    .filter(([, v]) => statuses.includes(v.status))
    .map(([k]) => Number(k));
}

export const REFUND_STATUS: Record<number, { status: RefundStatus; decidedBy: DecidedBy | null; label: string }> = {
  1: { status: RefundStatus.PENDING, decidedBy: null, label: "Onay Bekliyor" },
  2: { status: RefundStatus.APPROVED, decidedBy: DecidedBy.SELLER, label: "Tedarikçi Tarafından Onaylandı" },
  3: { status: RefundStatus.REJECTED, decidedBy: DecidedBy.SELLER, label: "Tedarikçi Tarafından Reddedildi" },
  4: { status: RefundStatus.APPROVED, decidedBy: DecidedBy.MARKETPLACE, label: "Backoffice Tarafından Onaylandı" },
  5: { status: RefundStatus.REJECTED, decidedBy: DecidedBy.MARKETPLACE, label: "Backoffice Tarafından Reddedildi" },
  6: { status: RefundStatus.APPROVED, decidedBy: DecidedBy.SYSTEM, label: "Auto Approved" },
  7: { status: RefundStatus.CANCELLED, decidedBy: DecidedBy.CUSTOMER, label: "Talep İptal Edildi" },
  8: { status: RefundStatus.APPROVED, decidedBy: DecidedBy.MARKETPLACE, label: "Direkt Onay" },
};

/** "İncelemeye Gönderme Talep Edildi" comes as a name, not in the documented code table. */
const UNDER_REVIEW = /incelemeye/i;

export function mapRefundStatus(code: number, name: string | null | undefined) {
  if (name && UNDER_REVIEW.test(name.toLocaleLowerCase("tr-TR"))) {
    return { status: RefundStatus.UNDER_REVIEW, decidedBy: DecidedBy.SELLER, marketplaceStatus: { code: String(code), label: name } };
  }
  const m = REFUND_STATUS[code];
  if (!m) {
    noteUnknownCode("pazarama", "refund", String(code));
    return { status: RefundStatus.UNKNOWN, decidedBy: null, marketplaceStatus: { code: String(code), label: name ?? null } };
  }
  return { status: m.status, decidedBy: m.decidedBy, marketplaceStatus: { code: String(code), label: name ?? m.label } };
}

export function refundCodesFor(statuses: readonly RefundStatus[]): number[] {
  return Object.entries(REFUND_STATUS)
    .filter(([, v]) => statuses.includes(v.status))
    .map(([k]) => Number(k));
}

export const PAYMENT_TYPE: Record<number, string> = { 1: "Banka/Kredi Kartı", 5: "Cüzdan", 8: "Visa-Tek Tıkla Öde", 11: "Taksitli Ek Hesap" };

export const PRODUCT_STATE: Record<number, string> = {
  1: "Onay Bekliyor - İlk Onay",
  2: "Onay Bekliyor - Güncelleme",
  3: "Onaylandı",
  6: "Reddedildi - Değişiklik Bekleyen",
  7: "Redden Dönüp Güncellenenler",
};
