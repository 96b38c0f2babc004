// Products that the sandboxes have in common, as a real seller's catalogue does: the same EAN-13
// barcode on the distributor's feed (Penta) and on the seller's listings at every marketplace. They
// make the walk-through real: import the supplier feed into the catalogue, auto-match each store's
// listings by barcode, and one product's stock and price then move on every channel.
//
// Which marketplace lists which: Pazarama the first 16, Beymen 4 to 19, Trendyol the first 10 and 12
// to 19 — so most are on two or three stores and a few only on one.

import { createHash } from "node:crypto";

export interface SharedProduct {
  /** EAN-13 (869, one of Turkey's GS1 prefixes), with its check digit. */
  barcode: string;
  name: string;
  brand: string;
  /** Penta's product code for it. */
  pentaCode: string;
  /** End-user price in lira. */
  price: number;
  vatRate: number;
}

const ITEMS: Array<[string, string, number]> = [
  ["Logitech", "MX Master 3S Kablosuz Mouse", 3899],
  ["Logitech", "K380 Çoklu Cihaz Bluetooth Klavye", 1499],
  ["Kingston", 'A400 480GB 2.5" SATA SSD', 1349],
  ["Kingston", "DataTraveler Exodia 64GB USB Bellek", 229],
  ["TP-Link", "Archer C6 AC1200 Kablosuz Router", 1299],
  ["TP-Link", "Tapo C200 Wi-Fi Güvenlik Kamerası", 999],
  ["Samsung", "T7 Shield 1TB Taşınabilir SSD", 4199],
  ["Samsung", "EVO Plus 128GB microSD Kart", 449],
  ["Western Digital", "Elements 2TB Taşınabilir Disk", 2799],
  ["Philips", '27" 271V8L Full HD Monitör', 4699],
  ["HP", "Deskjet 2710 Çok Fonksiyonlu Yazıcı", 2299],
  ["Lenovo", 'IdeaPad Slim 3 15" Dizüstü Bilgisayar', 21999],
  ["Xiaomi", "Redmi Buds 4 Lite Kablosuz Kulaklık", 699],
  ["Anker", "PowerCore 20000mAh Taşınabilir Şarj Cihazı", 1199],
  ["JBL", "Go 3 Bluetooth Hoparlör", 1399],
  ["Asus", "TUF Gaming M3 Oyuncu Mouse", 799],
  ["Sandisk", "Ultra Dual Drive 128GB USB-C Bellek", 399],
  ["Canon", "PG-560 Siyah Mürekkep Kartuşu", 649],
  ["Trust", "Ozaa Kablosuz Şarj Standı", 899],
  ["Everest", "SMART-110 Çanta Tipi Notebook Çantası", 549],
];

/** The EAN-13 check digit of 12 digits. */
export function ean13(twelve: string): string {
  const sum = [...twelve].reduce((s, d, i) => s + Number(d) * (i % 2 ? 3 : 1), 0);
  return `${twelve}${(10 - (sum % 10)) % 10}`;
}

export const SHARED_PRODUCTS: readonly SharedProduct[] = ITEMS.map(([brand, name, price], i) => ({
  barcode: ean13(`8690000${String(41_000 + i).padStart(5, "0")}`),
  name: `${brand} ${name}`,
  brand,
  pentaCode: `PNT-${String(900_100 + i)}`,
  price,
  vatRate: 20,
}));

/** The shared products a marketplace's sandbox lists. */
export function sharedProductsFor(marketplace: "pazarama" | "beymen" | "trendyol"): SharedProduct[] {
  const at = (from: number, to: number) => SHARED_PRODUCTS.slice(from, to);
  if (marketplace === "pazarama") return at(0, 16);
  if (marketplace === "beymen") return at(4, 20);
  return [...at(0, 10), ...at(12, 20)];
}

/** A stable GUID-shaped id for a shared product at a marketplace (generated data keeps its random sequence). */
export function sharedId(marketplace: string, barcode: string): string {
  const h = createHash("md5").update(`${marketplace}:${barcode}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
