// Deterministic Trendyol seller data in the integration API's own shapes (facts and sources in
// docs/MARKETPLACES-TRENDYOL.md; field names as Trendyol's public developer pages show them):
// a category tree whose leaves carry attributes, a paged brand list, the seller's products, orders
// as shipment packages in every status (reached through the same transitions the API makes), claims
// in every claim-item status, and the batch requests that product and price/stock writes create.
// The sandbox keeps its own copy of the shapes: a simulator must not share code with the client it tests.

import { createHash } from "node:crypto";
import { BRAND_SUFFIXES, BRAND_WORDS, CITIES, COLORS, DISTRICTS, FIRST_NAMES, LAST_NAMES, NEIGHBORHOODS, SIZES, STREETS } from "../common/names.ts";
import { createRandom, type Random } from "../common/random.ts";
import { sharedId, sharedProductsFor } from "../common/shared-products.ts";

/** Shipment package statuses (v3 order pages; UnPacked from the v2 pages: the parent of a split). */
export const PACKAGE_STATUSES = [
  "Awaiting",
  "Created",
  "Picking",
  "Invoiced",
  "Shipped",
  "Cancelled",
  "Delivered",
  "UnDelivered",
  "Returned",
  "Repack",
  "UnSupplied",
  "UnPacked",
] as const;
export type PackageStatus = (typeof PACKAGE_STATUSES)[number];
/** Claim item statuses. */
export const CLAIM_ITEM_STATUSES = ["Created", "WaitingInAction", "Accepted", "Cancelled", "Rejected", "Unresolved", "InAnalysis"] as const;
export type ClaimItemStatus = (typeof CLAIM_ITEM_STATUSES)[number];
/** Unsupplied reasons (updatePackageAsUnsupplied). */
export const UNSUPPLIED_REASONS: Record<number, string> = {
  500: "Stok tükendi",
  501: "Kusurlu/Defolu/Bozuk Ürün",
  502: "Hatalı Fiyat",
  504: "Entegrasyon Hatası",
  505: "Toplu Alım",
  506: "Mücbir Sebep",
};
/** Claim issue (rejection) reasons. */
export const CLAIM_ISSUE_REASONS = [
  { id: 1, name: "İade gelen ürün sahte" },
  { id: 51, name: "İade gelen ürün kullanılmış" },
  { id: 201, name: "İade gelen ürün hasarlı" },
  { id: 251, name: "İade gelen ürün eksik" },
  { id: 401, name: "Yanlış ürün iade geldi" },
];
/** Cargo providers a package can be moved to (changeCargoProvider). */
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
/** VAT rates Trendyol accepts on products. */
export const VAT_RATES = [0, 1, 10, 20];

export interface TyCategory {
  id: number;
  name: string;
  parentId: number | null;
  subCategories: TyCategory[];
}
export interface TyCategoryAttribute {
  allowCustom: boolean;
  attribute: { id: number; name: string };
  attributeValues: Array<{ id: number; name: string }>;
  categoryId: number;
  required: boolean;
  varianter: boolean;
  slicer: boolean;
}
export interface TyBrand {
  id: number;
  name: string;
}
export interface TyProduct {
  id: string;
  approved: boolean;
  archived: boolean;
  barcode: string;
  brand: string;
  brandId: number;
  categoryName: string;
  pimCategoryId: number;
  createDateTime: number;
  lastUpdateDate: number;
  description: string;
  title: string;
  productMainId: string;
  productCode: number;
  stockCode: string;
  quantity: number;
  listPrice: number;
  salePrice: number;
  vatRate: number;
  dimensionalWeight: number;
  stockUnitType: string;
  images: Array<{ url: string }>;
  attributes: Array<{ attributeId: number; attributeName: string; attributeValueId?: number; attributeValue: string }>;
  onSale: boolean;
  locked: boolean;
  rejected: boolean;
  blacklisted: boolean;
}
export interface TyAddress {
  id: number;
  firstName: string;
  lastName: string;
  company: string;
  address1: string;
  address2: string;
  city: string;
  cityCode: number;
  district: string;
  districtId: number;
  neighborhood: string;
  postalCode: string;
  countryCode: string;
  fullName: string;
  fullAddress: string;
  phone: string | null;
}
export interface TyLine {
  id: number;
  quantity: number;
  salesCampaignId: number;
  productSize: string;
  merchantSku: string;
  productName: string;
  productCode: number;
  productOrigin: string;
  merchantId: number;
  /** Unit price before the seller's discount. */
  amount: number;
  /** The line's discount (all units). */
  discount: number;
  /** Unit price the customer pays. */
  price: number;
  currencyCode: string;
  productColor: string;
  sku: string;
  vatBaseAmount: number;
  barcode: string;
  orderLineItemStatusName: string;
}
export interface TyPackage {
  id: number;
  orderNumber: string;
  orderDate: number;
  customerFirstName: string;
  customerLastName: string;
  customerEmail: string;
  customerId: number;
  tcIdentityNumber: string;
  taxNumber: string | null;
  shipmentAddress: TyAddress;
  invoiceAddress: TyAddress;
  grossAmount: number;
  totalDiscount: number;
  totalPrice: number;
  currencyCode: string;
  cargoTrackingNumber: number;
  cargoTrackingLink: string;
  cargoSenderNumber: string;
  cargoProviderName: string;
  lines: TyLine[];
  packageHistories: Array<{ createdDate: number; status: string }>;
  shipmentPackageStatus: string;
  status: string;
  invoiceNumber?: string;
  deliveryType: string;
  estimatedDeliveryStartDate: number;
  estimatedDeliveryEndDate: number;
  agreedDeliveryDate: number;
  fastDelivery: boolean;
  originShipmentDate: number;
  lastModifiedDate: number;
  commercial: boolean;
  deliveredByService: boolean;
  warehouseId: number;
}
export interface TyClaimItem {
  id: string;
  orderLineItemId: number;
  customerClaimItemReason: { id: number; name: string; code: string };
  trendyolClaimItemReason: { id: number; name: string; code: string };
  claimItemStatus: { name: ClaimItemStatus };
  note: string;
  customerNote: string;
  resolved: boolean;
}
export interface TyClaim {
  id: string;
  orderNumber: string;
  orderDate: number;
  customerFirstName: string;
  customerLastName: string;
  claimDate: number;
  cargoTrackingNumber: number;
  cargoProviderName: string;
  orderShipmentPackageId: number;
  items: Array<{
    orderLine: { id: number; productName: string; barcode: string; merchantSku: string; productColor: string; productSize: string; price: number; vatBaseAmount: number };
    claimItems: TyClaimItem[];
  }>;
  lastModifiedDate: number;
}
export interface TyBatchItem {
  requestItem: Record<string, unknown>;
  status: "SUCCESS" | "FAILED";
  failureReasons: string[];
}
export interface TyBatch {
  batchRequestId: string;
  batchRequestType: "ProductV2OnBoarding" | "ProductInventoryUpdate";
  creationDate: number;
  lastModification: number;
  /** When the batch completes (its items are applied then, not before). */
  readyAtMs: number;
  /** Applies the batch and returns its item results (run once, at completion). */
  apply: () => TyBatchItem[];
  items: TyBatchItem[] | null;
}

export interface TrendyolData {
  sellerId: number;
  roots: TyCategory[];
  categories: Map<number, TyCategory>;
  attributes: Map<number, TyCategoryAttribute[]>;
  brands: TyBrand[];
  products: TyProduct[];
  packages: TyPackage[];
  claims: TyClaim[];
  batches: Map<string, TyBatch>;
  /** Hashes of price/stock bodies by when they were accepted (an identical body within 15 minutes is refused). */
  recentInventoryBodies: Map<string, number>;
  rng: Random;
  seq: { package: number; order: number; line: number; product: number; tracking: number };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

const TREE: Record<string, Record<string, string[]>> = {
  Giyim: { Kadın: ["Elbise", "Bluz", "Etek", "Ceket"], Erkek: ["Gömlek", "Pantolon", "Tişört", "Mont"] },
  Ayakkabı: { Kadın: ["Topuklu Ayakkabı", "Sneaker"], Erkek: ["Klasik Ayakkabı", "Bot"] },
  Aksesuar: { Çanta: ["Omuz Çantası", "Sırt Çantası"], Saat: ["Kol Saati"] },
  "Ev & Yaşam": { Mutfak: ["Tencere", "Bardak"], Tekstil: ["Nevresim Takımı", "Havlu"] },
};

function generateCategories(data: TrendyolData) {
  let id = 400;
  for (const [root, subs] of Object.entries(TREE)) {
    const r: TyCategory = { id: id++, name: root, parentId: null, subCategories: [] };
    data.roots.push(r);
    data.categories.set(r.id, r);
    for (const [sub, leaves] of Object.entries(subs)) {
      const s: TyCategory = { id: id++, name: sub, parentId: r.id, subCategories: [] };
      r.subCategories.push(s);
      data.categories.set(s.id, s);
      for (const leaf of leaves) {
        const l: TyCategory = { id: id++, name: leaf, parentId: s.id, subCategories: [] };
        s.subCategories.push(l);
        data.categories.set(l.id, l);
        data.attributes.set(l.id, [
          {
            allowCustom: false,
            attribute: { id: 47, name: "Renk" },
            attributeValues: COLORS.map((c, i) => ({ id: 1000 + i, name: c })),
            categoryId: l.id,
            required: true,
            varianter: false,
            slicer: true,
          },
          {
            allowCustom: false,
            attribute: { id: 338, name: "Beden" },
            attributeValues: SIZES.map((c, i) => ({ id: 2000 + i, name: c })),
            categoryId: l.id,
            required: root === "Giyim",
            varianter: true,
            slicer: false,
          },
          { allowCustom: true, attribute: { id: 14, name: "Materyal" }, attributeValues: [], categoryId: l.id, required: false, varianter: false, slicer: false },
        ]);
      }
    }
  }
}

export const isLeaf = (c: TyCategory | undefined) => !!c && c.subCategories.length === 0;

function address(r: Random, first: string, last: string, id: number): TyAddress {
  const [city, cityCode] = ((c) => [c[0], Number(c[1]) || 34])(r.pick(CITIES));
  const district = r.pick(DISTRICTS);
  const neighborhood = r.pick(NEIGHBORHOODS);
  const line = `${neighborhood} ${r.pick(STREETS)} No:${r.int(1, 120)}`;
  return {
    id,
    firstName: first,
    lastName: last,
    company: "",
    address1: line,
    address2: "",
    city,
    cityCode,
    district,
    districtId: r.int(100, 999),
    neighborhood,
    postalCode: String(r.int(10_000, 81_999)),
    countryCode: "TR",
    fullName: `${first} ${last}`,
    fullAddress: `${line} ${district} ${city}`,
    phone: null,
  };
}

function generateProducts(data: TrendyolData, count: number, now: number) {
  const r = data.rng;
  const leaves = [...data.categories.values()].filter(isLeaf);
  for (let i = 0; i < count; i++) {
    const leaf = leaves[i % leaves.length];
    const brand = data.brands[i % 40];
    const listPrice = round2(r.int(100, 4000) + r.int(0, 99) / 100);
    const salePrice = i % 3 === 0 ? round2(listPrice * 0.85) : listPrice;
    const color = COLORS[i % COLORS.length];
    data.products.push({
      id: createHash("md5").update(`ty-product-${i}`).digest("hex"),
      approved: i % 9 !== 0,
      archived: false,
      barcode: `TY${String(8_680_000_000 + i * 7)}`,
      brand: brand.name,
      brandId: brand.id,
      categoryName: leaf.name,
      pimCategoryId: leaf.id,
      createDateTime: now - (count - i) * 3_600_000,
      lastUpdateDate: now - (count - i) * 1_800_000,
      description: `${brand.name} ${leaf.name.toLocaleLowerCase("tr-TR")}, ${color.toLocaleLowerCase("tr-TR")}.`,
      title: `${brand.name} ${color} ${leaf.name}`,
      productMainId: `MAIN-${1000 + Math.floor(i / 2)}`,
      productCode: data.seq.product++,
      stockCode: `STK-${1000 + i}`,
      quantity: i % 11 === 0 ? 0 : r.int(1, 300),
      listPrice,
      salePrice,
      vatRate: 20,
      dimensionalWeight: r.int(1, 5),
      stockUnitType: "Adet",
      images: [{ url: `https://cdn.dsmcdn.com/sandbox/${i}.jpg` }],
      attributes: [{ attributeId: 47, attributeName: "Renk", attributeValueId: 1000 + (i % COLORS.length), attributeValue: color }],
      onSale: i % 9 !== 0 && i % 11 !== 0,
      locked: false,
      rejected: false,
      blacklisted: false,
    });
  }
}

export interface NewPackageOptions {
  orderDateMs: number;
  lineCount?: number;
  quantity?: number;
  barcodes?: string[];
  customerName?: string;
}

/** A new order's shipment package (Created), as a customer's purchase makes it. */
export function createPackage(data: TrendyolData, o: NewPackageOptions): TyPackage {
  const r = data.rng;
  const [first, last] = o.customerName ? [o.customerName.split(" ")[0], o.customerName.split(" ").slice(1).join(" ") || "Müşteri"] : [r.pick(FIRST_NAMES), r.pick(LAST_NAMES)];
  const sellable = data.products.filter((p) => p.approved);
  const chosen = o.barcodes?.length
    ? o.barcodes.map((b) => {
        const p = data.products.find((x) => x.barcode === b);
        if (!p) throw new Error(`no product with barcode ${b}`);
        return p;
      })
    : Array.from({ length: o.lineCount ?? r.int(1, 3) }, () => r.pick(sellable));
  const lines: TyLine[] = chosen.map((p) => {
    const quantity = o.quantity ?? r.int(1, 2);
    const discountPerUnit = round2(p.listPrice - p.salePrice);
    return {
      id: data.seq.line++,
      quantity,
      salesCampaignId: 0,
      productSize: "",
      merchantSku: p.stockCode,
      productName: p.title,
      productCode: p.productCode,
      productOrigin: "TR",
      merchantId: data.sellerId,
      amount: p.listPrice,
      discount: round2(discountPerUnit * quantity),
      price: p.salePrice,
      currencyCode: "TRY",
      productColor: p.attributes[0]?.attributeValue ?? "",
      sku: p.barcode,
      vatBaseAmount: p.vatRate,
      barcode: p.barcode,
      orderLineItemStatusName: "Created",
    };
  });
  const gross = round2(lines.reduce((s, l) => s + l.amount * l.quantity, 0));
  const discount = round2(lines.reduce((s, l) => s + l.discount, 0));
  const addr = address(r, first, last, data.seq.package);
  const provider = r.pick(["TEXMP", "YKMP", "ARASMP"]);
  const pkg: TyPackage = {
    id: data.seq.package++,
    orderNumber: String(data.seq.order++),
    orderDate: o.orderDateMs,
    customerFirstName: first,
    customerLastName: last,
    customerEmail: `pf+${(first + last).toLocaleLowerCase("tr-TR").replace(/[^a-z]/g, "")}${r.int(10, 99)}@trendyolmail.com`,
    customerId: r.int(1_000_000, 9_999_999),
    tcIdentityNumber: "11111111111",
    taxNumber: null,
    shipmentAddress: addr,
    invoiceAddress: { ...addr, id: addr.id + 1 },
    grossAmount: gross,
    totalDiscount: discount,
    totalPrice: round2(gross - discount),
    currencyCode: "TRY",
    cargoTrackingNumber: data.seq.tracking++,
    cargoTrackingLink: "",
    cargoSenderNumber: "",
    cargoProviderName: CARGO_PROVIDERS[provider],
    lines,
    packageHistories: [{ createdDate: o.orderDateMs, status: "Created" }],
    shipmentPackageStatus: "Created",
    status: "Created",
    deliveryType: "normal",
    estimatedDeliveryStartDate: o.orderDateMs + 2 * 86_400_000,
    estimatedDeliveryEndDate: o.orderDateMs + 4 * 86_400_000,
    agreedDeliveryDate: o.orderDateMs + 2 * 86_400_000,
    fastDelivery: false,
    originShipmentDate: o.orderDateMs,
    lastModifiedDate: o.orderDateMs,
    commercial: false,
    deliveredByService: false,
    warehouseId: 1,
  };
  data.packages.push(pkg);
  return pkg;
}

/** Moves a package (and its lines that are still moving) to a status, recording it in its history. */
export function setPackageStatus(pkg: TyPackage, status: string, atMs: number): void {
  pkg.status = status;
  pkg.shipmentPackageStatus = status;
  for (const l of pkg.lines) if (l.orderLineItemStatusName !== "UnSupplied" && l.orderLineItemStatusName !== "Cancelled") l.orderLineItemStatusName = status;
  pkg.packageHistories.push({ createdDate: atMs, status });
  pkg.lastModifiedDate = Math.max(atMs, pkg.lastModifiedDate + 1);
  if (status === "Shipped") pkg.cargoTrackingLink = `https://kargotakip.trendyol.com/?token=${pkg.cargoTrackingNumber}`;
}

/** A claim (return request) for every line of a delivered package. */
export function createClaim(data: TrendyolData, pkg: TyPackage, atMs: number, status: ClaimItemStatus = "Created"): TyClaim {
  const r = data.rng;
  const reason = r.pick([
    { id: 401, name: "Ürünü beğenmedim", code: "DISLIKE" },
    { id: 101, name: "Beden/Ebat uymadı", code: "SIZE" },
    { id: 201, name: "Ürün hasarlı geldi", code: "DAMAGED" },
  ]);
  const claim: TyClaim = {
    id: r.guid(),
    orderNumber: pkg.orderNumber,
    orderDate: pkg.orderDate,
    customerFirstName: pkg.customerFirstName,
    customerLastName: pkg.customerLastName,
    claimDate: atMs,
    cargoTrackingNumber: data.seq.tracking++,
    cargoProviderName: pkg.cargoProviderName,
    orderShipmentPackageId: pkg.id,
    items: pkg.lines.map((l) => ({
      orderLine: {
        id: l.id,
        productName: l.productName,
        barcode: l.barcode,
        merchantSku: l.merchantSku,
        productColor: l.productColor,
        productSize: l.productSize,
        price: l.price,
        vatBaseAmount: l.vatBaseAmount,
      },
      claimItems: Array.from({ length: l.quantity }, (_, k) => ({
        id: r.guid(),
        orderLineItemId: l.id * 10 + k,
        customerClaimItemReason: reason,
        trendyolClaimItemReason: reason,
        claimItemStatus: { name: status },
        note: "",
        customerNote: "",
        resolved: status === "Accepted" || status === "Rejected" || status === "Cancelled",
      })),
    })),
    lastModifiedDate: atMs,
  };
  data.claims.push(claim);
  return claim;
}

export interface GenerateTrendyolOptions {
  seed: number;
  anchorMs: number;
  orderCount?: number;
  sellerId: number;
}

export function generateTrendyolData(options: GenerateTrendyolOptions): TrendyolData {
  const r = createRandom(options.seed ^ 0x7e4d);
  const data: TrendyolData = {
    sellerId: options.sellerId,
    roots: [],
    categories: new Map(),
    attributes: new Map(),
    brands: [],
    products: [],
    packages: [],
    claims: [],
    batches: new Map(),
    recentInventoryBodies: new Map(),
    rng: r,
    seq: { package: 3_100_000, order: 10_800_000, line: 5_200_000, product: 90_000, tracking: 7_280_000_000 },
  };
  generateCategories(data);
  // 1,500 brands: two pages of 1,000.
  const seen = new Set<string>();
  for (let i = 0; data.brands.length < 1500; i++) {
    const name =
      i < BRAND_WORDS.length
        ? BRAND_WORDS[i]
        : `${BRAND_WORDS[i % BRAND_WORDS.length]} ${BRAND_SUFFIXES[Math.floor(i / BRAND_WORDS.length) % BRAND_SUFFIXES.length]}${i >= BRAND_WORDS.length * BRAND_SUFFIXES.length ? ` ${i}` : ""}`;
    if (seen.has(name)) continue;
    seen.add(name);
    data.brands.push({ id: 100 + data.brands.length, name: name.replace(/\s+/g, " ") });
  }
  generateProducts(data, 80, options.anchorMs);
  const count = options.orderCount ?? 160;
  // Within the documented three-month lookback: the last 80 days.
  const span = 80 * 86_400_000;
  for (let i = 0; i < count; i++) {
    const at = options.anchorMs - span + Math.floor(((i + 0.5) / count) * span) - r.int(0, 3_600_000);
    const pkg = createPackage(data, { orderDateMs: at });
    const later = (h: number) => Math.min(at + h * 3_600_000, options.anchorMs);
    const plan = i % 12;
    if (plan === 0 || plan === 1) continue; // Created
    if (plan === 2) setPackageStatus(pkg, "Picking", later(2));
    else if (plan === 3) {
      setPackageStatus(pkg, "Picking", later(2));
      pkg.invoiceNumber = `TYF${2026000000 + i}`;
      setPackageStatus(pkg, "Invoiced", later(4));
    } else if (plan === 4) setPackageStatus(pkg, "Shipped", later(20));
    else if (plan >= 5 && plan <= 7) {
      setPackageStatus(pkg, "Shipped", later(20));
      setPackageStatus(pkg, "Delivered", later(60));
      if (plan === 7) createClaim(data, pkg, later(100), CLAIM_ITEM_STATUSES[Math.floor(i / 12) % CLAIM_ITEM_STATUSES.length]);
    } else if (plan === 8) setPackageStatus(pkg, "Cancelled", later(3));
    else if (plan === 9) {
      for (const l of pkg.lines) l.orderLineItemStatusName = "UnSupplied";
      setPackageStatus(pkg, "UnSupplied", later(5));
    } else if (plan === 10) {
      setPackageStatus(pkg, "Shipped", later(20));
      setPackageStatus(pkg, i % 24 === 10 ? "UnDelivered" : "Returned", later(90));
    } else if (plan === 11 && i % 24 === 11) {
      // Awaiting comes before Created: the payment or stock is not confirmed yet, and nothing may be done.
      pkg.status = pkg.shipmentPackageStatus = "Awaiting";
      pkg.packageHistories = [{ createdDate: at, status: "Awaiting" }];
      for (const l of pkg.lines) l.orderLineItemStatusName = "Awaiting";
    }
  }
  data.packages.sort((a, b) => a.orderDate - b.orderDate);
  // The products the seller also sells elsewhere (same barcodes as the other sandboxes and the supplier
  // feed), added after the generated orders so that the generated data stays as it was.
  for (const [k, s] of sharedProductsFor("trendyol").entries()) {
    const base = data.products[k];
    data.products.push({
      ...structuredClone(base),
      id: sharedId("trendyol", s.barcode).replace(/-/g, ""),
      approved: true,
      archived: false,
      barcode: s.barcode,
      title: s.name,
      description: s.name,
      brand: s.brand,
      productMainId: `MAIN-S${k}`,
      productCode: data.seq.product++,
      stockCode: s.pentaCode,
      quantity: 20 + k * 3,
      listPrice: s.price,
      salePrice: s.price,
      vatRate: s.vatRate,
    });
  }
  return data;
}
