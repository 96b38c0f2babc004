// The Beymen sandbox's shapes (the partner API's own, 004_07be5bc20730d124.txt), its code tables and
// time helpers. The sandbox keeps its own copy of the shapes: a simulator must not share code with the client it tests.
import { type Random } from "../../common/random.ts";

export interface BmIdName {
  id: string;
  name: string;
}
export interface BmAttributeValue {
  id: string;
  value: string;
  type: number;
}
export const ATTRIBUTE_TYPES = { Brand: 3, Gender: 6, Color: 23, Size: 2 } as const;
export type AttributeTypeName = keyof typeof ATTRIBUTE_TYPES;

export interface BmCategoryAttribute {
  id: string;
  name: string;
  isFreeText: boolean;
  required: boolean;
  items: Array<{ id: number; value: string }>;
}
export interface BmCategory {
  id: string;
  name: string;
  parentId: string | null;
  level: number;
  hierarchy: number[];
  children: string[];
  attributes: BmCategoryAttribute[];
}

export const PRODUCT_STATUSES = {
  OnSale: "Satışta",
  NotOnSale: "Satışta Değil",
  OutOfStock: "Stoğu Tükendi",
  WaitingBeymenApproval: "Beymen Onayı Bekleniyor",
  WaitingRevised: "Beymen Tarafından Revizeniz Bekleniyor",
  NotSelectedBeymen: "Beymen Tarafından Reddedilen",
} as const;
export type ProductStatusName = keyof typeof PRODUCT_STATUSES;
export const PRODUCT_SUB_STATUSES = {
  DeactivatedByBeymen: "Beymen tarafından ürün satışa kapatıldı",
  PriceMissing: "Eksik fiyat",
  DeactivatedBySeller: "Satıcı tarafından ürün satışa kapatıldı",
  DeactivatedByCriticalPriceChange: "Kritik fiyat değişikliği nedeniyle ürün satışa kapatıldı",
  SellerActionNeeded: "Satıcının aksiyonu beklenmektedir",
  WaitingForSelection: "Beymen tarafından ürün seçki sürecindedir",
  WaitingForImageRevised: "Beymen tarafından ürün görsel kontrol sürecindedir",
  WaitingForProductControl: "Beymen tarafından ürün bilgileri kontrol ediliyor",
  StockOut: "Stoğu Tükendi",
  DeactivatedByStoreClosed: "Ürün mağaza kapatıldığı için satışa kapatılmıştır.",
} as const;
export type ProductSubStatusName = keyof typeof PRODUCT_SUB_STATUSES;

export interface BmPrice {
  value: number;
  currency: string;
}
export interface BmImage {
  id: number;
  thumbnailPath: string;
  originalPath: string;
  isImageRevised: boolean;
}
export interface BmProduct {
  id: string;
  externalId: string;
  merchantId: string;
  name: string;
  barcode: string;
  modelCode: string;
  stockCode: string;
  brand: BmIdName;
  category: BmIdName;
  description: string;
  merchantColorCode: string;
  size: BmIdName;
  gender: BmIdName;
  platformColor: BmIdName;
  commission: number;
  salesPrice: BmPrice;
  platformSalesPrice: BmPrice;
  vatRate: number;
  desi: number;
  stock: { count: number };
  status: { status: ProductStatusName; localizedDescription: string };
  subStatus: { status: ProductSubStatusName; localizedDescription: string } | null;
  images: BmImage[];
  revisionText: string;
  selectedAttributes: Array<{ id: string; name: string; items: { id: number; value: string } }> | null;
  customAttributes: Array<{ id: string; name: string; value: string }> | null;
  version: string;
  isReturnForbidden: boolean;
  /** Not in the API's answer: texts per language code from language-definition. */
  translations: Record<string, { name: string; description: string; merchantColor: string }>;
}

export const SHIPMENT_STATUS = { NewOrder: 1, ReadyToShip: 2, Shipped: 4, DeliveredToCustomer: 8, Cancelled: 16, Divided: 32 } as const;
export const SHIPMENT_STATUS_BY_CODE: Record<number, string> = Object.fromEntries(Object.entries(SHIPMENT_STATUS).map(([k, v]) => [v, k]));
export const LINE_STATUS = {
  NewOrder: 1,
  ReadyToShip: 2,
  Shipped: 4,
  DeliveredToCustomer: 8,
  CancelledByBeymen: 16,
  CancelledBySeller: 32,
  CancelledByCustomer: 64,
  Reorder: 128,
} as const;
export const LINE_STATUS_LABEL: Record<number, string> = {
  1: "Yeni Sipariş",
  2: "Gönderime Hazır",
  4: "Gönderildi",
  8: "Teslim Edildi",
  16: "Beymen İptali",
  32: "Satıcı İptali",
  64: "Müşteri İptali",
  128: "Yeniden Sipariş",
};
export const CANCEL_REASONS = { IntegrationFailed: 1, StockOut: 2, WrongPrice: 4, DefectiveOrFaultyProduct: 8, WrongImageOrBarcode: 16, ForceMajor: 32, Returned: 64 } as const;
export const CARGO_COMPANIES: ReadonlyArray<[string, string]> = [
  ["BexVizyon", "VİZYON KURYE HİZMETLERİ ULUSLARARASI TAŞIMACILIK BİLGİ SİSTEMLERİ TURİZM SAN.TİC.LTD.ŞTİ."],
  ["Mng", "MNG KARGO YURTİÇİ VE YURTDIŞI TAŞ. A.Ş"],
  ["AKN", "AKIN NAKLİYAT TURZ İNŞ.SAN.TİC.LTD.ŞTİ"],
  ["UD", "EKOL LOJİSTİK A.Ş"],
  ["YRTICI", "YURTICI KARGO SERVISI A.S"],
  ["BYMExprANK", "BİR GÜNDE KARGO LOJİSTİK DAĞITIM NAKLİYAT ORMAN ÜRÜNLERİ GIDA SANAYİ VE TİCARET LİMİTED ŞİRKET"],
  ["BYMExprIZM", "BİR GÜNDE KARGO LOJİSTİK DAĞITIM NAKLİYAT ORMAN ÜRÜNLERİ GIDA SANAYİ VE TİCARET LİMİTED ŞİRKET"],
  ["YRTICIPartner", "YURTICI KARGO SERVISI A.S"],
  ["BexTaskin", "TAŞKIN LOJİSTİK HİZMETLERİ TİCARET LİMİTED ŞİRKETİ"],
  ["BexBirgun", "BİR GÜNDE KARGO LOJİSTİK DAĞITIM NAKLİYAT ORMAN ÜRÜNLERİ GIDA SANAYİ VE TİCARET LİMİTED ŞİRKET"],
  ["HepsiJet", "D FAST DAGITIM HIZMETLERI VE LOJISTIK ANONIM SIRKETI"],
  ["BYMExpress", "TAŞKIN LOJİSTİK HİZMETLERİ TİCARET LİMİTED ŞİRKETİ"],
  ["KolGel", "Ekol Ekspres Kargo A.Ş."],
  ["ups", "UPS KARGO"],
  ["Aras", "Aras Kargo"],
  ["ptt", "PTT Kargo"],
  ["kolaygelsin", "Kolay Gelsin"],
  ["Sürat", "Sürat Kargo"],
  ["Borusan", "Borusan Lojistik"],
  ["ty", "Trendyol Express"],
  ["Ceva", "Ceva Lojistik"],
  ["Kargoist", "Kargo İst"],
  ["Horoz", "Horoz Lojistik"],
  ["Ekol", "Ekol Lojistik"],
  ["DHL", "DHL"],
  ["tnt", "TNT"],
  ["Nettrack", "Nettrack"],
  ["Scotty", "Scotty"],
  ["Kargom Sende", "Kargom Sende"],
  ["Jetizz", "Jetizz"],
  ["BoltKargo", "Bolt Kargo"],
  ["AGT", "AGT Kurye"],
];

export interface BmAddress {
  id: string | null;
  externalId: string | null;
  customerName: string;
  company: string;
  address: string;
  cityCode: string;
  city: string;
  districtCode: string | null;
  district: string;
  neighborhood: string;
  neighborhoodCode: string | null;
  postcode: string | null;
  phone: string | null;
  email: string | null;
  tcIdentityNumber?: string | null;
  taxNumber?: string | null;
  taxHouse?: string | null;
}
export interface BmLineProduct {
  id: string;
  name: string;
  barcode: string;
  modelCode: string;
  stockCode: string;
  color: string;
  size: BmIdName;
  brand: BmIdName;
  category: BmIdName;
  merchantColorCode: string;
  description: string;
  gender: BmIdName;
  platformColor: BmIdName;
  images: string[];
}
export interface BmShipmentLine {
  status: string;
  id: string | null;
  productId: string;
  quantity: number;
  orderLineId: string;
  currencyCode: string;
  price: number;
  couponPrice: number;
  vatAmount: number;
  commission: number;
  desi: number;
  vatRate: number;
  gift: boolean;
  giftNote: string | null;
  product: BmLineProduct;
  cancelReasonStatus: number | null;
}
export interface BmPackage {
  id: string;
  merchantId: string;
  externalMerchantId: string;
  orderId: string;
  mpOrderId: string;
  orderNumber: string;
  orderDate: string;
  customerDeliveryDate: string | null;
  shipmentNumber: string;
  shipmentProvider: string | null;
  shipmentTrackingNumber: string | null;
  customerName: string;
  totalAmount: number;
  totalVatAmount: number;
  totalCouponAmount: number;
  currencyCode: string;
  maxPermittedShippingTime: string;
  shipmentStatus: number;
  shipmentLines: BmShipmentLine[];
  shipmentAddress: BmAddress;
  invoiceAddress: BmAddress;
  sellerAddress: Record<string, string | null>;
  canceledDateTime: string | null;
  merchantName: string;
  companyName: string;
  paymentPeriod: number;
  shipmentTrackingUrl: string | null;
  fraudCheck: boolean;
  fraudDate: string | null;
  isAlternativeDelivery: boolean;
  customerPhoneNumber: string | null;
  deliveryType: number | null;
  isReturnedShipment: boolean;
}
/** A package with what the API does not show: its line statuses (numeric) and its invoice. */
export interface StoredPackage {
  raw: BmPackage;
  orderDateMs: number;
  canceledAtMs: number | null;
  lineStatus: number[];
  invoice: { number: string; url: string } | null;
}

export const CLAIM_STATUS = { New: 0, ActionNeeded: 1, Approved: 2, Reject: 3, Dispute: 4 } as const;
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
export const CUSTOMER_REASONS: ReadonlyArray<[string, string]> = [
  ["1", "Cayma Hakkımı Kullanmak İstiyorum"],
  ["2", "Ürün Beklediğim Gibi Değil"],
  ["3", "Beden/Ölçü Uymadı"],
  ["4", "Ürün Kusurlu/Hasarlı Geldi"],
  ["5", "Yanlış Ürün Gönderildi"],
];
export interface BmClaimLine extends Omit<BmShipmentLine, "status" | "cancelReasonStatus" | "couponPrice"> {
  status: number;
  confirmType: number | null;
  customerReason: { code: string; description: string };
  sellerReason: { type: number; description: string | null; images: string[] } | null;
  shipmentNumber: string | null;
}
export interface BmClaim {
  id: string;
  merchantId: string;
  externalMerchantId: string;
  orderId: string;
  orderNumber: string;
  orderDate: string;
  customerDeliveryDate: string | null;
  shipmentNumber: string;
  shipmentProvider: string | null;
  shipmentTrackingNumber: string | null;
  customerName: string;
  totalAmount: number;
  totalVatAmount: number;
  currencyCode: string;
  maxPermittedShippingTime: string;
  shipmentLines: BmClaimLine[];
  shipmentAddress: BmAddress;
  invoiceAddress: BmAddress;
  merchantName: string;
  companyName: string;
  paymentPeriod: number;
  shipmentTrackingUrl: string | null;
  claimDate: string;
  /** Not in the answer: the claim's own status (list filter `Status`). */
  status: number;
}
export interface StoredClaim {
  raw: BmClaim;
  claimedAtMs: number;
}

export interface BmTransaction {
  id: string;
  merchantId: string;
  transactionNumber: string;
  transactionType: string;
  orderNo: string;
  orderDate: string;
  transactionDate: string;
  amount: number;
  paymentPeriod: number;
}
export interface BmInvoice {
  id: string;
  merchantId: string;
  invoiceNumber: string;
  invoiceTypeDescription: string;
  invoiceType: number;
  invoiceDate: string;
  paymentDate: string;
  amount: number;
  couponPrice: number | null;
  eInvoiceUrl: string | null;
  eInvoiceNumber: string | null;
}
export interface BmInvoiceDetailLine {
  transactionNumber: string;
  commissionType: string;
  orderNo: string;
  orderDate: string;
  transactionDate: string;
  productName: string;
  barcode: string;
  amount: number;
  couponPrice: number | null;
  commission: number;
  platformPayment: number;
  sellerPayment: number;
  paymentPeriod: number;
  paymentDate: string;
  merchantName: string;
  companyName: string;
  mpOrderId: string;
}
/**
 * A cargo invoice's line: the detail table's fields (shipmentType, shipmentNumber, quantity,
 * shipmentCost, desi), which the document's example — a commission invoice's lines — does not show.
 * The table types every field "String"; amounts are numbers here as in every example of this API.
 */
export interface BmCargoInvoiceLine {
  orderNo: string;
  shipmentType: string;
  orderDate: string;
  transactionDate: string;
  shipmentNumber: string;
  quantity: number;
  amount: number;
  shipmentCost: number;
  desi: number;
  merchantName: string;
  mpOrderId: string;
}
export interface BmStatementLine {
  sellerCode: string;
  documentDate: string;
  documentDueDate: string;
  documentAmount: number;
  currencyLoc: string;
  orderNo: string;
  description: string;
  itemText: string;
}
export const INVOICE_TYPES: Record<number, string> = { 0: "Komisyon", 1: "Kargo", 2: "Tedarik Edememe", 3: "Gecikme", 4: "Eksik / Kusurlu Ürün", 5: "Reklam" };

export interface BatchProcess {
  id: string;
  update: boolean;
  /** The products as sent, checked and applied when the batch runs. */
  items: unknown[];
  readyAtMs: number;
  /** Null until the batch has run. */
  results: Array<Record<string, unknown>> | null;
}

export interface BeymenData {
  merchantId: string;
  externalMerchantId: string;
  merchantName: string;
  attributes: Record<AttributeTypeName, BmAttributeValue[]>;
  categories: Map<string, BmCategory>;
  roots: string[];
  products: BmProduct[];
  packages: StoredPackage[];
  claims: StoredClaim[];
  transactions: BmTransaction[];
  invoices: BmInvoice[];
  invoiceDetails: Map<string, Array<BmInvoiceDetailLine | BmCargoInvoiceLine>>;
  statements: Array<BmStatementLine & { dateMs: number }>;
  batches: Map<string, BatchProcess>;
  rng: Random;
  seq: { order: number; shipment: number; line: number; image: number; transaction: number };
}

export const pad = (n: number, w: number) => String(n).padStart(w, "0");
export const round2 = (n: number) => Math.round(n * 100) / 100;

/** Istanbul local time without offset, as Beymen writes orderDate: "2022-09-13T12:27:32.483". */
export function istanbulNaive(ms: number): string {
  return new Date(ms + 3 * 3600_000).toISOString().replace("Z", "");
}
/** UTC with an explicit offset, as Beymen writes claimDate and canceledDateTime. */
export function utcWithOffset(ms: number): string {
  return `${new Date(ms).toISOString().replace("Z", "")}0000+00:00`;
}
export const dateOnly = (ms: number) => istanbulNaive(ms).slice(0, 10);
