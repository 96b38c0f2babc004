// The Penta sandbox's state: a distributor catalogue of hardware (ProductType 1) and licences
// (ProductType 2), each with a Penta code, EAN, VAT, dealer, end-user and special prices, stock per
// storage place (2011 is the external warehouse, "dış depo"), the category (material group) and brand
// (ex material group), and when it last changed; the shared products (../common/shared-products.ts)
// are among them with the barcodes the marketplaces list. Dealer orders (not in any public source)
// are kept here too.
import { createRandom, type Random } from "../common/random.ts";
import { SHARED_PRODUCTS } from "../common/shared-products.ts";

/** Storage places: code → name. 2011 is the external warehouse. */
export const STORAGE_PLACES: Readonly<Record<string, string>> = { "2001": "İstanbul Merkez Depo", "2002": "Ankara Depo", "2011": "Dış Depo" };
/** Stock above this is written as "200+". */
export const STOCK_CAP = 200;

export const CATEGORIES = [
  { id: "0101", name: "Mouse ve Klavye", l1: "Bilgisayar Bileşenleri", l2: "Çevre Birimleri" },
  { id: "0102", name: "Depolama", l1: "Bilgisayar Bileşenleri", l2: "Disk ve SSD" },
  { id: "0103", name: "Ağ Ürünleri", l1: "Ağ ve İletişim", l2: "Router ve Modem" },
  { id: "0104", name: "Monitör", l1: "Görüntüleme", l2: "Monitörler" },
  { id: "0105", name: "Yazıcı ve Sarf", l1: "Yazıcılar", l2: "Mürekkep ve Toner" },
  { id: "0106", name: "Dizüstü Bilgisayar", l1: "Bilgisayarlar", l2: "Notebook" },
  { id: "0107", name: "Ses ve Aksesuar", l1: "Tüketici Elektroniği", l2: "Ses Sistemleri" },
  { id: "0201", name: "İşletim Sistemi Lisansı", l1: "Yazılım", l2: "Lisans" },
] as const;

export const BRANDS = [
  "Logitech",
  "Kingston",
  "TP-Link",
  "Samsung",
  "Western Digital",
  "Philips",
  "HP",
  "Lenovo",
  "Xiaomi",
  "Anker",
  "JBL",
  "Asus",
  "Sandisk",
  "Canon",
  "Trust",
  "Everest",
  "Microsoft",
  "Kaspersky",
];
const brandId = (name: string) => String(5000 + BRANDS.indexOf(name));

export interface PentaProduct {
  productID: string;
  description: string;
  ean: string | null;
  vatRate: number;
  /** 1 hardware (XML), 2 licence. */
  type: 1 | 2;
  categoryId: string;
  brand: string;
  customerPrice: number;
  endUserPrice: number;
  specialPrice: number | null;
  /** Units per storage place. */
  stocks: Record<string, number>;
  updatedAtMs: number;
}

export type PentaOrderStatus = "RECEIVED" | "PREPARING" | "SHIPPED" | "DELIVERED" | "CANCELLED";
export const ORDER_STATUSES: readonly PentaOrderStatus[] = ["RECEIVED", "PREPARING", "SHIPPED", "DELIVERED", "CANCELLED"];

export interface PentaOrder {
  orderID: string;
  /** The dealer's own reference; one order per reference (a repeated POST returns the first). */
  reference: string;
  storagePlace: string;
  status: PentaOrderStatus;
  lines: Array<{ productID: string; quantity: number; unitPrice: number }>;
  cargo: { company: string; trackingNumber: string } | null;
  createdAtMs: number;
  updatedAtMs: number;
}

export interface PentaData {
  products: PentaProduct[];
  orders: PentaOrder[];
  nextOrder: number;
  rng: Random;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function generatePentaData(options: { seed: number; anchorMs: number; productCount?: number }): PentaData {
  const r = createRandom(options.seed ^ 0x9e47);
  const products: PentaProduct[] = [];
  const day = 86_400_000;
  const count = options.productCount ?? 300;
  for (let i = 0; i < count; i++) {
    const licence = i % 15 === 14;
    const cat = licence ? CATEGORIES[7] : CATEGORIES[i % 7];
    const brand = licence ? r.pick(["Microsoft", "Kaspersky"]) : r.pick(BRANDS.slice(0, 16));
    const endUser = r.int(150, 30_000) + r.pick([0, 0.5, 0.9, 0.99]);
    products.push({
      productID: `PNT-${String(100_000 + i * 7)}`,
      description: `${brand} ${cat.name} ${licence ? "Elektronik Lisans" : `Model ${1000 + i}`}`,
      ean: licence ? null : `869${String(10_000_000 + i * 13).padStart(9, "0")}${i % 10}`,
      vatRate: 20,
      type: licence ? 2 : 1,
      categoryId: cat.id,
      brand,
      customerPrice: round2(endUser * 0.82),
      endUserPrice: endUser,
      specialPrice: i % 6 === 0 ? round2(endUser * 0.78) : null,
      stocks: licence ? {} : { "2001": r.chance(0.15) ? 0 : r.int(0, 400), "2002": r.int(0, 40), "2011": r.chance(0.5) ? r.int(0, 600) : 0 },
      updatedAtMs: options.anchorMs - r.int(1, 60) * day - r.int(0, day - 1),
    });
  }
  for (const [i, s] of SHARED_PRODUCTS.entries()) {
    products.push({
      productID: s.pentaCode,
      description: s.name,
      ean: s.barcode,
      vatRate: s.vatRate,
      type: 1,
      categoryId: CATEGORIES[i % 7].id,
      brand: s.brand,
      customerPrice: round2(s.price * 0.8),
      endUserPrice: s.price,
      specialPrice: null,
      // The first few run low in the central warehouse and are plentiful outside (the "200+" case).
      stocks: { "2001": i < 4 ? 3 : 40 + i, "2002": i % 3, "2011": i < 4 ? 250 : 0 },
      updatedAtMs: options.anchorMs - (i + 2) * day,
    });
  }
  return { products, orders: [], nextOrder: 7_700_000, rng: r };
}

/** Stock as Penta writes it: the number, or "200+" above the cap. */
export function stockText(n: number): string {
  return n > STOCK_CAP ? `${STOCK_CAP}+` : String(n);
}

/** A product as the products endpoint returns it, cut to the requested fields. */
export function productView(p: PentaProduct, fields: "all-fields" | "only-price" | "only-stock") {
  const total = Object.values(p.stocks).reduce((s, n) => s + n, 0);
  const stock = {
    qty: p.type === 2 ? `${STOCK_CAP}+` : stockText(total),
    storageStocks: Object.entries(p.stocks).map(([storagePlace, n]) => ({ storagePlace, storagePlaceName: STORAGE_PLACES[storagePlace], stock: stockText(n) })),
  };
  const price = {
    price: {
      customerPrice: p.customerPrice,
      customerPriceCurrency: "TL",
      endUserPrice: p.endUserPrice,
      endUserPriceCurrency: "TL",
      specialPrice: p.specialPrice,
      specialPriceCurrency: p.specialPrice == null ? null : "TL",
    },
  };
  const cat = CATEGORIES.find((c) => c.id === p.categoryId) ?? CATEGORIES[0];
  const base = { productID: p.productID, updateDate: new Date(p.updatedAtMs).toISOString() };
  if (fields === "only-price") return { ...base, ...price };
  if (fields === "only-stock") return { ...base, ...stock };
  return {
    ...base,
    description: p.description,
    ean: p.ean,
    vatRate: p.vatRate,
    productType: p.type,
    materialGroupID: cat.id,
    materialGroupValue: cat.name,
    exMaterialGroupID: brandId(p.brand),
    exMaterialGroupValue: p.brand,
    categoryLevel1Name: cat.l1,
    categoryLevel2Name: cat.l2,
    categoryLevel4Name: cat.name,
    ...price,
    ...stock,
  };
}

export function brandList() {
  return BRANDS.map((b) => ({ brandID: brandId(b), brandName: b }));
}
