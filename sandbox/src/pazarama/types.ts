// The Pazarama sandbox's shapes, as the API sends them (see 001_2030ddbdbe2ac23e.txt), its code tables
// (item, refund and payment statuses), its date formats and the state the routes share; data.ts makes
// and changes that state.
import { TR_MONTH_NAMES } from "../common/names.ts";
import type { Random } from "../common/random.ts";

export interface PzMoney {
  currency: string;
  value: number;
  valueInt: number;
  valueString: string;
  wholePartString: string;
  fractionPartString: string;
  decimalSeparator: string;
}

export function pzMoney(kurus: number): PzMoney {
  const whole = Math.floor(kurus / 100);
  const frac = String(kurus % 100).padStart(2, "0");
  return {
    currency: "TL",
    value: kurus / 100,
    valueInt: kurus,
    valueString: `${whole.toLocaleString("tr-TR")},${frac} TL`,
    wholePartString: String(whole),
    fractionPartString: frac,
    decimalSeparator: ",",
  };
}

export interface PzBrand {
  id: string;
  name: string;
  logoUrl: string;
  website: string;
  status: boolean;
  seoName: string | null;
}

export interface PzCategory {
  id: string;
  parentId: string | null;
  code: string | null;
  parentCategories: string[];
  name: string;
  displayName: string;
  displayOrder: number;
  description: string | null;
  leaf: boolean;
}

export interface PzAttribute {
  id: string;
  name: string;
  displayName: string;
  isVariantable: boolean;
  isRequired: boolean;
  description: string | null;
  attributeValues: Array<{ id: string; value: string }>;
}

export interface PzProduct {
  name: string;
  displayName: string;
  description: string;
  brandId: string;
  brandName: string;
  code: string;
  groupCode: string;
  stockCount: number;
  stockCode: string;
  priorityRank: number;
  listPrice: number;
  salePrice: number;
  vatRate: number;
  categoryId: string;
  categoryName: string;
  state: number;
  images: Array<{ imageUrl: string }>;
  attributes: Array<{ attributeId: string; attributeValueId: string; attributeName: string; attributeValue: string }>;
  productId: string;
}

export interface PzItem {
  orderItemId: string;
  orderItemStatus: number;
  shipmentCode: string;
  /** 3.26: the seller address (getSellerDelivery's sellerShipmentAddresses) the item's package leaves from. */
  sellerAddressId: string;
  shipmentCost: PzMoney;
  deliveryType: number;
  deliveryDetail: { phoneNumber: string | null; email: string | null };
  quantity: number;
  listPrice: PzMoney;
  salePrice: PzMoney;
  taxAmount: PzMoney;
  shipmentAmount: PzMoney;
  totalPrice: PzMoney;
  discountAmount: PzMoney;
  discountDescription: string | null;
  taxIncluded: boolean;
  cargo: { companyName: string | null; trackingNumber: string | null; trackingUrl: string | null };
  product: {
    productId: string;
    name: string;
    title: string | null;
    url: string;
    imageURL: string;
    variantOptionDisplay: string | null;
    stockCode: string | null;
    code: string;
    vatRate: number;
  };
}

export interface PzAddress {
  addressId: string;
  title: string;
  nameSurname: string;
  customerEmail: string;
  cityName: string;
  districtName: string;
  neighborhoodName: string;
  addressDetail: string;
  displayAddressText: string;
  phoneNumber: string;
}

export interface PzOrder {
  orderId: string;
  orderNumber: number;
  orderDate: string;
  orderAmount: number;
  shipmentAmount: number;
  discountAmount: number;
  discountDescription: string | null;
  currency: string;
  paymentType: number;
  orderStatus: number;
  customerId: string;
  customerName: string;
  customerEmail: string;
  shipmentAddress: PzAddress;
  billingAddress: PzAddress & {
    identityNumber: string | null;
    invoiceType: number;
    companyName: string | null;
    taxNumber: string | null;
    taxOffice: string | null;
    isEInvoiceObliged: boolean;
  };
  items: PzItem[];
}

export interface StoredOrder {
  raw: PzOrder;
  createdAtMs: number;
}

export interface PzRefund {
  id: number;
  refundId: string;
  orderNumber: number;
  orderDate: string;
  refundNumber: number;
  refundType: string;
  refundStatus: number;
  refundStatusName: string;
  paymentType: string;
  refundDate: string;
  totalAmount: PzMoney;
  refundAmount: PzMoney;
  customerId: string;
  customerName: string;
  customerEmail: string;
  customerPhoneNumber: string;
  customerAddress: string;
  productName: string;
  productCode: string;
  productStockCode: string | null;
  shipmentCompanyName: string | null;
  shipmentCode: number | null;
  description: string | null;
  boDescription: string | null;
  quantity: number;
  orderItemId: string;
}

export interface StoredRefund {
  raw: PzRefund;
  requestedAtMs: number;
  kind: "return" | "cancel";
}

export const REFUND_STATUS_NAMES: Record<number, string> = {
  1: "Onay Bekliyor",
  2: "Tedarikçi Tarafından Onaylandı",
  3: "Tedarikçi Tarafından Reddedildi",
  4: "Backoffice Tarafından Onaylandı",
  5: "Backoffice Tarafından Reddedildi",
  6: "Auto Approved",
  7: "Talep İptal Edildi",
  8: "Direkt Onay",
};

export const PAYMENT_TYPES: Record<number, string> = { 1: "Banka/Kredi Kartı", 5: "Cüzdan", 8: "Visa-Tek Tıkla Öde", 11: "Taksitli Ek Hesap" };

/** Item statuses the API documents (getOrdersForApi, OrderItemStatus). */
export const ITEM_STATUSES = [3, 6, 12, 18, 13, 5, 16, 19, 11, 14, 7, 8, 9, 10] as const;

/** Order-level status: the item status that most needs the seller's attention. */
const ATTENTION = [18, 7, 3, 12, 5, 16, 19, 14, 11, 9, 8, 10, 13, 6];
export function orderLevelStatus(items: PzItem[]): number {
  return ATTENTION.find((s) => items.some((i) => i.orderItemStatus === s)) ?? items[0].orderItemStatus;
}

const pad = (n: number) => String(n).padStart(2, "0");
const ISTANBUL_MS = 3 * 3600_000;

/** "2023-01-25 15:22" in Istanbul time, as getOrdersForApi sends it. */
export function pzOrderDate(ms: number): string {
  const d = new Date(ms + ISTANBUL_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** "1 Mart 2024 10:21", as getRefund and cancel/items send it. */
export function pzTurkishDate(ms: number): string {
  const d = new Date(ms + ISTANBUL_MS);
  return `${d.getUTCDate()} ${TR_MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

export interface PazaramaData {
  sellerId: string;
  brands: PzBrand[];
  categories: PzCategory[];
  attributes: Map<string, PzAttribute[]>;
  products: PzProduct[];
  orders: StoredOrder[];
  refunds: StoredRefund[];
  cities: Array<{ id: string; code: string; name: string }>;
  nextOrderNumber: number;
  nextRefundNumber: number;
  random: Random;
  /** When each item entered its status (items not in it: since the sandbox started), for the time-based rules. */
  statusSince: Map<string, number>;
  /** When the time-based rules next have something to do (0: look now). */
  timeRulesDueMs: number;
}

/** The seller's shipment addresses (getSellerDelivery); an order's packages leave from the first until split elsewhere (3.26). */
export const SELLER_ADDRESSES = [
  { id: "41883dc0-03c5-402a-3b09-08dcde201845", title: "Merkez Depo", cityName: "İstanbul", districtName: "Esenyurt" },
  { id: "5b2e1c0a-7d44-4f0e-9a51-08dcde201999", title: "Ankara Depo", cityName: "Ankara", districtName: "Sincan" },
];
