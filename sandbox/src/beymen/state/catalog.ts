// Beymen's catalogue state: attribute lists (8,772 brands, genders, sizes, colours), a lazy category
// tree with per-leaf attributes, and products in every status and sub-status.
import { BRAND_SUFFIXES, BRAND_WORDS } from "../../common/names.ts";
import { type Random } from "../../common/random.ts";
import {
  BeymenData,
  BmAttributeValue,
  BmCategory,
  BmCategoryAttribute,
  BmIdName,
  BmImage,
  BmProduct,
  PRODUCT_STATUSES,
  PRODUCT_SUB_STATUSES,
  ProductStatusName,
  ProductSubStatusName,
  pad,
  round2,
} from "./types.ts";

// ---- attribute lists ----
export const DOC_BRANDS: ReadonlyArray<[string, string]> = [
  ["717", "10 Crosby Derek Lam"],
  ["41050", "1017 Alyx 9sm"],
  ["41725", "108 Niyettaşı"],
  ["15412", "111Skin"],
  ["8158", "13R"],
  ["8867", "18 K"],
  ["60163", "Asolo"],
];
export const BRAND_COUNT = 8772;
export const GENDERS: ReadonlyArray<[string, string]> = [
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
export const COLOURS: ReadonlyArray<[string, string]> = [
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

export function generateAttributes(r: Random): BeymenData["attributes"] {
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
export const TREE: Record<string, Record<string, string[]>> = {
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
export const ROOT_IDS: Record<string, string> = {
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
export const FOURTH: Record<string, string[]> = {
  Sneaker: ["Koşu Ayakkabısı", "Günlük Sneaker"],
  Elbise: ["Midi Elbise", "Mini Elbise", "Maxi Elbise"],
  Tişört: ["Basic Tişört", "Baskılı Tişört"],
  "Akıllı Cep Telefonu": ["Android Telefon", "iOS Telefon"],
  Kulaklık: ["Kulak İçi Kulaklık", "Kulak Üstü Kulaklık"],
};
export const ATTRIBUTE_POOL: ReadonlyArray<Omit<BmCategoryAttribute, "required">> = [
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

export function generateCategories(r: Random): { categories: Map<string, BmCategory>; roots: string[] } {
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
export const STATUS_PLAN: ReadonlyArray<[ProductStatusName, ProductSubStatusName | null]> = [
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

export const toIdName = (a: BmAttributeValue): BmIdName => ({ id: a.id, name: a.value });

export function generateProducts(data: BeymenData, count: number): BmProduct[] {
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
