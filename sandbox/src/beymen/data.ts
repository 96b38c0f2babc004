// Deterministic Beymen data in the partner API's own shapes (004_07be5bc20730d124.txt): attribute
// lists (8,772 brands, genders, sizes, colours), a lazy category tree with per-leaf attributes,
// products in every status and sub-status, orders as shipment packages in every shipment status
// (divided packages and partial cancellations included), claims in every status, finance records.
// The sandbox keeps its own copy of the shapes: a simulator must not share code with the client it tests.

import { BRAND_SUFFIXES, BRAND_WORDS, CITIES, DISTRICTS, FIRST_NAMES, LAST_NAMES, NEIGHBORHOODS, STREETS } from "../common/names.ts";
import { createRandom, type Random } from "../common/random.ts";

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
export interface BmClaimLine extends Omit<BmShipmentLine, "status" | "cancelReasonStatus"> {
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
  readyAtMs: number;
  results: Array<Record<string, unknown>>;
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
  invoiceDetails: Map<string, BmInvoiceDetailLine[]>;
  statements: Array<BmStatementLine & { dateMs: number }>;
  batches: Map<string, BatchProcess>;
  rng: Random;
  seq: { order: number; shipment: number; line: number; image: number; transaction: number };
}

const pad = (n: number, w: number) => String(n).padStart(w, "0");
const round2 = (n: number) => Math.round(n * 100) / 100;

/** Istanbul local time without offset, as Beymen writes orderDate: "2022-09-13T12:27:32.483". */
export function istanbulNaive(ms: number): string {
  return new Date(ms + 3 * 3600_000).toISOString().replace("Z", "");
}
/** UTC with an explicit offset, as Beymen writes claimDate and canceledDateTime. */
export function utcWithOffset(ms: number): string {
  return `${new Date(ms).toISOString().replace("Z", "")}0000+00:00`;
}
const dateOnly = (ms: number) => istanbulNaive(ms).slice(0, 10);

// ---- attribute lists ----
const DOC_BRANDS: ReadonlyArray<[string, string]> = [
  ["717", "10 Crosby Derek Lam"],
  ["41050", "1017 Alyx 9sm"],
  ["41725", "108 Niyettaşı"],
  ["15412", "111Skin"],
  ["8158", "13R"],
  ["8867", "18 K"],
  ["60163", "Asolo"],
];
export const BRAND_COUNT = 8772;
const GENDERS: ReadonlyArray<[string, string]> = [
  ["31", "Erkek"],
  ["5", "Kadın"],
  ["173", "Unisex"],
  ["4402", "Kız Bebek"],
  ["4379", "Kız Çocuk"],
  ["4377", "Unisex Çocuk"],
  ["4392", "Erkek Bebek"],
  ["4393", "Erkek Çocuk"],
  ["4524", "Unisex Bebek"],
  ["191", "Cinsiyetsiz (Tanımsız)"],
];
const COLOURS: ReadonlyArray<[string, string]> = [
  ["2488", "Altın"],
  ["2474", "Bej"],
  ["2472", "Beyaz"],
  ["2478", "Bordo"],
  ["2486", "Çok Renkli"],
  ["2481", "Kahverengi"],
  ["2471", "Sarı"],
  ["2470", "Siyah"],
  ["2473", "Gri"],
  ["2475", "Kırmızı"],
  ["2476", "Lacivert"],
  ["2477", "Mavi"],
  ["2479", "Mor"],
  ["2480", "Pembe"],
  ["2482", "Turuncu"],
  ["2483", "Yeşil"],
  ["2484", "Gümüş"],
  ["2485", "Ekru"],
];

function generateAttributes(r: Random): BeymenData["attributes"] {
  const names = new Set(DOC_BRANDS.map(([, n]) => n));
  const brands: BmAttributeValue[] = DOC_BRANDS.map(([id, value]) => ({ id, value, type: 3 }));
  const used = new Set(DOC_BRANDS.map(([id]) => id));
  const words = [...BRAND_WORDS, "İstanbul", "Irmak", "Işıltı", "Ilıca", "İpek", "Çiğdem", "Şahin", "Gökçe", "Öykü", "Ümit"];
  const suffixes = [...BRAND_SUFFIXES, " Atelier", " Studio", " Collection", " & Co", " Design", " Lab"];
  outer: for (const a of words)
    for (const b of words)
      for (const s of suffixes) {
        if (brands.length >= BRAND_COUNT) break outer;
        if (a === b) continue;
        const name = `${a} ${b}${s}`;
        if (names.has(name)) continue;
        names.add(name);
        let id: string;
        do id = String(r.int(100, 99_999));
        while (used.has(id));
        used.add(id);
        brands.push({ id, value: name, type: 3 });
      }
  brands.sort((x, y) => x.value.localeCompare(y.value, "tr"));
  const sizeNames = [
    "XXS",
    "XS",
    "S",
    "M",
    "L",
    "XL",
    "XXL",
    "3XL",
    "Standart",
    ...Array.from({ length: 30 }, (_, i) => String(16 + i)),
    ...Array.from({ length: 40 }, (_, i) => `${24 + i}/${28 + (i % 8) * 2}`),
  ];
  const sizes: BmAttributeValue[] = [];
  for (let i = 0; sizes.length < 128; i++) {
    const name = i < sizeNames.length ? sizeNames[i] : `${i - sizeNames.length + 1} Yaş`;
    const id = name === "Standart" ? "13483" : name === "S" ? "63" : name === "M" ? "66" : name === "L" ? "64" : name === "XS" ? "81" : name === "XXS" ? "561" : String(1000 + i);
    sizes.push({ id, value: name, type: 2 });
  }
  return {
    Brand: brands,
    Gender: GENDERS.map(([id, value]) => ({ id, value, type: 6 })),
    // The document's colour example answers with type 1, though the table says Color = 23.
    Color: COLOURS.map(([id, value]) => ({ id, value, type: 1 })),
    Size: sizes,
  };
}

// ---- categories: the document's nine roots, about four levels ----
const TREE: Record<string, Record<string, string[]>> = {
  "Anne & Bebek & Oyuncak": {
    "Bebek Arabaları": ["3 Tekerlekli Bebek Arabası", "Baston Bebek Arabası", "Travel Sistem"],
    Oyuncak: ["Eğitici Oyuncak", "Peluş Oyuncak", "Yapboz"],
    "Bebek Bakım": ["Biberon", "Emzik", "Bebek Bezi"],
  },
  ERKEK: {
    Giyim: ["Tişört", "Gömlek", "Pantolon", "Ceket", "Mont", "Kazak", "Takım Elbise"],
    Ayakkabı: ["Sneaker", "Bot", "Loafer", "Klasik Ayakkabı"],
    Aksesuar: ["Kemer", "Cüzdan", "Kravat", "Saat"],
  },
  Elektronik: {
    Telefon: ["Akıllı Cep Telefonu", "Telefon Kılıfı", "Şarj Aleti"],
    "Oyun & Oyun Konsolu": ["Dijital Oyun", "Oyun Konsolu", "Oyun Kolu"],
    "Ses Sistemleri": ["Kulaklık", "Hoparlör"],
  },
  "Ev & Mobilya": {
    Mutfak: ["Süzgeç", "Tencere", "Tava", "Çaydanlık"],
    "Ev Tekstili": ["Nevresim Takımı", "Havlu", "Battaniye"],
    Dekorasyon: ["Vazo", "Mum", "Çerçeve"],
  },
  KADIN: {
    Giyim: ["Elbise", "Bluz", "Etek", "Pantolon", "Ceket", "Trençkot", "Kazak"],
    Çanta: ["Omuz Çantası", "El Çantası", "Sırt Çantası", "Clutch"],
    Ayakkabı: ["Topuklu Ayakkabı", "Babet", "Çizme", "Sneaker"],
    Aksesuar: ["Şal", "Gözlük", "Takı"],
  },
  KOZMETİK: {
    "Cilt Bakımı": ["Cilt Serumu", "Nemlendirici", "Yüz Temizleyici"],
    Makyaj: ["Ruj", "Fondöten", "Maskara"],
    Parfüm: ["Kadın Parfüm", "Erkek Parfüm"],
  },
  "Spor & Outdoor": {
    "Outdoor Giyim": ["Trekking Botu", "Yağmurluk", "Polar"],
    "Spor Ekipmanları": ["Yoga Matı", "Dambıl"],
  },
  Yaşam: {
    Kırtasiye: ["Defter", "Kalem"],
    "Hobi & Kitap": ["Kitap", "Müzik Aleti"],
  },
  ÇOCUK: {
    "Kız Çocuk": ["Elbise", "Tişört", "Etek"],
    "Erkek Çocuk": ["Tişört", "Şort", "Eşofman"],
    "Bebek Giyim": ["Tulum", "Body"],
  },
};
const ROOT_IDS: Record<string, string> = {
  "Anne & Bebek & Oyuncak": "96583",
  ERKEK: "10004",
  Elektronik: "96794",
  "Ev & Mobilya": "96928",
  KADIN: "10006",
  KOZMETİK: "30894",
  "Spor & Outdoor": "94137",
  Yaşam: "97258",
  ÇOCUK: "31210",
};
/** A few leaves get a fourth level (product types under them). */
const FOURTH: Record<string, string[]> = {
  Sneaker: ["Koşu Ayakkabısı", "Günlük Sneaker"],
  Elbise: ["Midi Elbise", "Mini Elbise", "Maxi Elbise"],
  Tişört: ["Basic Tişört", "Baskılı Tişört"],
  "Akıllı Cep Telefonu": ["Android Telefon", "iOS Telefon"],
  Kulaklık: ["Kulak İçi Kulaklık", "Kulak Üstü Kulaklık"],
};
const ATTRIBUTE_POOL: ReadonlyArray<Omit<BmCategoryAttribute, "required">> = [
  { id: "111", name: "Araba Ağırlığı", isFreeText: false, items: ["0-7 kg", "10-14 kg", "14+ kg", "7-10 kg", "Diğer"].map((value, i) => ({ id: 48363 + i, value })) },
  {
    id: "174",
    name: "Ek Özellik",
    isFreeText: false,
    items: ["Çift Yönlü", "Tek Elle Katlama", "Tek Yönlü", "Yatış Pozisyonlu", "Diğer"].map((value, i) => ({ id: 49158 + i, value })),
  },
  { id: "203", name: "Garanti Süresi (Ay)", isFreeText: true, items: [] },
  { id: "228", name: "Garanti Tipi", isFreeText: false, items: ["Distribütör Garantili", "İthalatçı Garantili", "Resmi Garantili"].map((value, i) => ({ id: 44486 + i, value })) },
  { id: "303", name: "Materyal", isFreeText: false, items: ["Hakiki Deri", "Suni Deri", "Tekstil", "Pamuk", "İpek", "Diğer"].map((value, i) => ({ id: 50524 + i, value })) },
  { id: "411", name: "Kalıp", isFreeText: false, items: ["Slim Fit", "Regular Fit", "Oversize", "Diğer"].map((value, i) => ({ id: 68546 + i, value })) },
  { id: "412", name: "Yaka Tipi", isFreeText: false, items: ["Bisiklet Yaka", "V Yaka", "Polo Yaka", "Dik Yaka"].map((value, i) => ({ id: 51745 + i, value })) },
  { id: "520", name: "Kol Boyu", isFreeText: false, items: ["Kısa Kol", "Uzun Kol", "Kolsuz"].map((value, i) => ({ id: 52001 + i, value })) },
  { id: "610", name: "Hacim (ml)", isFreeText: true, items: [] },
  { id: "715", name: "Desen", isFreeText: false, items: ["Düz", "Çizgili", "Ekose", "Çiçekli", "Baskılı"].map((value, i) => ({ id: 53001 + i, value })) },
];

function generateCategories(r: Random): { categories: Map<string, BmCategory>; roots: string[] } {
  const categories = new Map<string, BmCategory>();
  let next = 95_000;
  const add = (name: string, parent: BmCategory | null, id?: string): BmCategory => {
    const cid = id ?? String(next++);
    const c: BmCategory = {
      id: cid,
      name,
      parentId: parent?.id ?? null,
      level: (parent?.level ?? 0) + 1,
      hierarchy: [...(parent?.hierarchy ?? []), Number(cid)],
      children: [],
      attributes: [],
    };
    categories.set(cid, c);
    parent?.children.push(cid);
    return c;
  };
  const roots: string[] = [];
  for (const [rootName, seconds] of Object.entries(TREE)) {
    const root = add(rootName, null, ROOT_IDS[rootName]);
    roots.push(root.id);
    for (const [secondName, leaves] of Object.entries(seconds)) {
      const second = add(secondName, root);
      for (const leafName of leaves) {
        const leaf = add(leafName, second);
        for (const fourth of FOURTH[leafName] ?? []) add(fourth, leaf);
      }
    }
  }
  // "Not every leaf has attributes": about one in six has none.
  for (const c of categories.values()) {
    if (c.children.length || r.chance(0.17)) continue;
    const count = r.int(2, 5);
    const picked = new Set<number>();
    while (picked.size < count) picked.add(r.int(0, ATTRIBUTE_POOL.length - 1));
    c.attributes = [...picked].sort((a, b) => a - b).map((i, k) => ({ ...ATTRIBUTE_POOL[i], items: [...ATTRIBUTE_POOL[i].items], required: k < 2 }));
  }
  return { categories, roots };
}

export const isLeaf = (c: BmCategory) => c.children.length === 0;

// ---- products ----
const STATUS_PLAN: ReadonlyArray<[ProductStatusName, ProductSubStatusName | null]> = [
  ["OnSale", null],
  ["OnSale", null],
  ["OnSale", null],
  ["NotOnSale", "DeactivatedBySeller"],
  ["NotOnSale", "DeactivatedByBeymen"],
  ["NotOnSale", "PriceMissing"],
  ["NotOnSale", "DeactivatedByCriticalPriceChange"],
  ["NotOnSale", "DeactivatedByStoreClosed"],
  ["OutOfStock", "StockOut"],
  ["WaitingBeymenApproval", "WaitingForSelection"],
  ["WaitingBeymenApproval", "WaitingForImageRevised"],
  ["WaitingBeymenApproval", "WaitingForProductControl"],
  ["WaitingRevised", "SellerActionNeeded"],
  ["NotSelectedBeymen", null],
];

export function statusOf(name: ProductStatusName) {
  return { status: name, localizedDescription: PRODUCT_STATUSES[name] };
}
export function subStatusOf(name: ProductSubStatusName | null) {
  return name ? { status: name, localizedDescription: PRODUCT_SUB_STATUSES[name] } : null;
}

export function imageOf(data: Pick<BeymenData, "merchantId" | "seq" | "rng">, url?: string): BmImage {
  const file = `${data.rng.guid()}.jpg`;
  const original = url ?? `https://img-beymen-marketplace.mncdn.com/${data.merchantId}/${file}`;
  return {
    id: data.seq.image++,
    thumbnailPath: url ?? `https://img-beymen-marketplace.mncdn.com/mnresize/57/93/${data.merchantId}/${file}`,
    originalPath: original,
    isImageRevised: false,
  };
}

const toIdName = (a: BmAttributeValue): BmIdName => ({ id: a.id, name: a.value });

function generateProducts(data: BeymenData, count: number): BmProduct[] {
  const r = data.rng;
  const leaves = [...data.categories.values()].filter(isLeaf);
  const out: BmProduct[] = [];
  for (let i = 0; i < count; i++) {
    const [status, sub] = STATUS_PLAN[i % STATUS_PLAN.length];
    const cat = r.pick(leaves);
    const brand = r.pick(data.attributes.Brand);
    const colour = r.pick(data.attributes.Color);
    const price = round2(r.int(150, 25_000) + r.int(0, 99) / 100);
    const selected = cat.attributes
      .filter((a) => !a.isFreeText)
      .map((a) => {
        const item = r.pick(a.items);
        return { id: a.id, name: a.name, items: { id: item.id, value: item.value } };
      });
    out.push({
      id: r.guid(),
      externalId: `${Array.from({ length: 29 }, () => r.int(0, 9)).join("")}_${r.int(100, 999)}`,
      merchantId: data.merchantId,
      name: `${brand.value} ${colour.value} ${cat.name}`,
      barcode: `BYM${pad(100000 + i, 8)}`,
      modelCode: `MDL-${pad(i + 1, 5)}`,
      stockCode: r.chance(0.7) ? `STK${pad(i + 1, 6)}` : "",
      brand: toIdName(brand),
      category: { id: cat.id, name: cat.name },
      description: `${cat.name} — ${brand.value}. ${colour.value} renk, özenli işçilik.`,
      merchantColorCode: colour.value,
      size: toIdName(r.pick(data.attributes.Size)),
      gender: toIdName(r.pick(data.attributes.Gender)),
      platformColor: toIdName(colour),
      commission: r.pick([12, 12.5, 15, 18, 22, 40]),
      salesPrice: { value: round2(price * 1.2), currency: "TRY" },
      platformSalesPrice: { value: price, currency: "TRY" },
      vatRate: r.pick([0, 1, 10, 20, 20, 20]),
      desi: r.int(0, 6),
      stock: { count: status === "OutOfStock" ? 0 : r.int(1, 250) },
      status: statusOf(status),
      subStatus: subStatusOf(sub),
      images: Array.from({ length: r.int(1, 3) }, () => imageOf(data)),
      revisionText: status === "WaitingRevised" ? "Görseller beyaz fonda olmalıdır." : "",
      selectedAttributes: selected.length ? selected : null,
      customAttributes: null,
      version: Array.from({ length: 32 }, () => "0123456789abcdef"[r.int(0, 15)]).join(""),
      isReturnForbidden: r.chance(0.05),
      translations: {},
    });
  }
  return out;
}

// ---- orders (packages) ----
function address(r: Random, name: string, invoice: boolean): BmAddress {
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

function sellerAddress(): Record<string, string | null> {
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
    fraudCheck: false,
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
  setPackageStatus(pkg, SHIPMENT_STATUS.ReadyToShip, LINE_STATUS.ReadyToShip);
}

function assertDividable(pkg: StoredPackage) {
  if (pkg.raw.shipmentStatus !== SHIPMENT_STATUS.NewOrder && pkg.raw.shipmentStatus !== SHIPMENT_STATUS.ReadyToShip) {
    throw new BusinessRuleError("Sadece Yeni Sipariş ve Gönderime Hazır statüsündeki siparişlerde paket bölünebilir.");
  }
}

/** Splits a package by product quantities: the given units form one package, the rest another. */
export function divide(data: BeymenData, pkg: StoredPackage, products: Array<{ productId: string; quantity: number }>): StoredPackage[] {
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
  return finishDivide(data, pkg, [taken, rest]);
}

/** Splits a package by groups of order lines; lines in no group form one more package. */
export function divideMultiple(data: BeymenData, pkg: StoredPackage, groups: string[][]): StoredPackage[] {
  assertDividable(pkg);
  const ids = groups.flat().map((s) => s.trim());
  if (!groups.length || groups.some((g) => !g.length)) throw new BusinessRuleError("Sipariş kalemi grupları boş olamaz.");
  if (new Set(ids).size !== ids.length) throw new BusinessRuleError("Bir sipariş kalemi birden fazla grupta olamaz.");
  for (const id of ids) if (!pkg.raw.shipmentLines.some((l) => l.orderLineId === id)) throw new BusinessRuleError(`Sipariş kalemi pakette bulunamadı: ${id}`);
  const parts = groups.map((g) => pkg.raw.shipmentLines.filter((l) => g.map((s) => s.trim()).includes(l.orderLineId)).map((l) => ({ ...l })));
  const rest = pkg.raw.shipmentLines.filter((l) => !ids.includes(l.orderLineId)).map((l) => ({ ...l }));
  if (rest.length) parts.push(rest);
  if (parts.length < 2) throw new BusinessRuleError("Bölme işlemi en az iki paket oluşturmalıdır.");
  return finishDivide(data, pkg, parts);
}

function finishDivide(data: BeymenData, pkg: StoredPackage, parts: BmShipmentLine[][]): StoredPackage[] {
  const status = pkg.lineStatus[0];
  // "Bölünen paketler Divided statüsüne alınır ve iptal edilir."
  pkg.raw.shipmentStatus = SHIPMENT_STATUS.Divided;
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
    const { status: _s, cancelReasonStatus: _c, ...rest } = l;
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

// ---- finance ----
function generateFinance(data: BeymenData, anchorMs: number) {
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

export interface GenerateBeymenOptions {
  seed: number;
  /** Generated orders end at this instant. */
  anchorMs: number;
  /** @default 200 */
  orderCount?: number;
  /** @default 140 */
  productCount?: number;
}

export function generateBeymenData(options: GenerateBeymenOptions): BeymenData {
  const r = createRandom(options.seed ^ 0xbe7e);
  const { categories, roots } = generateCategories(r);
  const data: BeymenData = {
    merchantId: r.guid(),
    externalMerchantId: "0009000111",
    merchantName: "Boğaziçi Moda Ltd. Şti.",
    attributes: generateAttributes(r),
    categories,
    roots,
    products: [],
    packages: [],
    claims: [],
    transactions: [],
    invoices: [],
    invoiceDetails: new Map(),
    statements: [],
    batches: new Map(),
    rng: r,
    seq: { order: 19_000, shipment: 1_002_000, line: 34_000, image: 4_000, transaction: 45_000 },
  };
  data.products = generateProducts(data, options.productCount ?? 140);
  const count = options.orderCount ?? 200;
  const span = 75 * 86400_000;
  // Every shipment status, reached through the same writes the API makes.
  for (let i = 0; i < count; i++) {
    const at = options.anchorMs - span + Math.floor(((i + 0.5) / count) * span) - r.int(0, 3_600_000);
    const pkg = createOrder(data, { orderDateMs: at, lineCount: r.int(1, 3) });
    const plan = i % 10;
    const tracking = {
      trackingNumber: String(r.int(100_000_000, 999_999_999)),
      cargoCompanyCode: "YRTICI",
      trackingUrl: "https://www.yurticikargo.com/tr/online-servisler/gonderi-sorgula",
    };
    const later = (h: number) => Math.min(at + h * 3600_000, options.anchorMs);
    if (plan === 0) continue; // NewOrder
    if (plan === 1) pick(pkg);
    else if (plan === 2) shipmentUpdate(pkg, 4, tracking, later(20));
    else if (plan === 3 || plan === 4 || plan === 5) {
      shipmentUpdate(pkg, 4, tracking, later(20));
      shipmentUpdate(pkg, 8, tracking, later(60));
      if (plan === 5) createClaim(data, pkg, later(120), i % 5 === 0 ? CLAIM_STATUS.New : ((i / 10) | 0) % 5);
    } else if (plan === 6) {
      const all = pkg.raw.shipmentLines;
      cancelLines(data, pkg, [{ productId: all[0].productId, quantity: all[0].quantity, cancelReasonStatus: r.pick([2, 4, 8]), shipmentLineStatus: 32 }], later(5));
    } else if (plan === 7) {
      pick(pkg);
      const l = pkg.raw.shipmentLines[0];
      if (pkg.raw.shipmentLines.length > 1 || l.quantity > 1) divide(data, pkg, [{ productId: l.productId, quantity: 1 }]);
    } else if (plan === 8) {
      shipmentUpdate(pkg, 4, tracking, later(20));
      shipmentUpdate(pkg, 16, tracking, later(80));
    } else if (plan === 9) {
      pkg.raw.isAlternativeDelivery = true;
      pkg.raw.deliveryType = 1;
      shipmentUpdate(pkg, 4, { ...tracking, cargoCompanyCode: "Horoz" }, later(20));
    }
  }
  // Claims in every status, at least a few of each.
  const delivered = data.packages.filter((p) => p.raw.shipmentStatus === SHIPMENT_STATUS.DeliveredToCustomer);
  for (const status of Object.values(CLAIM_STATUS))
    for (let k = 0; k < 3; k++) createClaim(data, delivered[(status * 3 + k) % delivered.length], options.anchorMs - (status * 3 + k + 1) * 86400_000, status);
  data.claims.sort((a, b) => b.claimedAtMs - a.claimedAtMs);
  generateFinance(data, options.anchorMs);
  return data;
}

/** Index helpers. */
export function findPackage(data: BeymenData, id: string): StoredPackage | undefined {
  return data.packages.find((p) => p.raw.id === id || p.raw.mpOrderId === id);
}
