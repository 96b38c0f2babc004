// Deterministic Pazarama data (see 001_2030ddbdbe2ac23e.txt): brands, a category tree with
// attributes, cities, products in every approval state, orders spread over item statuses, returns and
// cancellation requests, and the state changes the routes and the admin API make. The shapes, code
// tables and date formats are in types.ts.

import {
  BRAND_SUFFIXES,
  BRAND_WORDS,
  CARGO,
  CATEGORY_TREE,
  CITIES,
  COLORS,
  DISTRICTS,
  FIRST_NAMES,
  FOURTH_LEVEL,
  LAST_NAMES,
  NEIGHBORHOODS,
  SIZES,
  STREETS,
} from "../common/names.ts";
import { createRandom, type Random } from "../common/random.ts";
import { sharedId, sharedProductsFor } from "../common/shared-products.ts";
import {
  orderLevelStatus,
  PAYMENT_TYPES,
  type PazaramaData,
  type PzAddress,
  type PzAttribute,
  type PzCategory,
  type PzItem,
  type PzOrder,
  type PzProduct,
  pzMoney,
  pzOrderDate,
  pzTurkishDate,
  REFUND_STATUS_NAMES,
  SELLER_ADDRESSES,
  type StoredOrder,
  type StoredRefund,
} from "./types.ts";

export * from "./types.ts";

export interface GenerateOptions {
  seed: number;
  /** Orders are spread over the 60 days before this instant. */
  anchorMs: number;
  /** @default 240 */
  orderCount?: number;
}

function buildCategories(r: Random) {
  const categories: PzCategory[] = [];
  const add = (name: string, parent: PzCategory | null, order: number, leaf: boolean) => {
    const c: PzCategory = {
      id: r.guid(),
      parentId: parent?.id ?? null,
      code: null,
      parentCategories: [...(parent?.parentCategories ?? []), name],
      name,
      displayName: name,
      displayOrder: order,
      description: null,
      leaf,
    };
    categories.push(c);
    return c;
  };
  let i = 0;
  for (const [root, children] of Object.entries(CATEGORY_TREE)) {
    const rc = add(root, null, ++i, false);
    let j = 0;
    for (const [child, leaves] of Object.entries(children)) {
      const cc = add(child, rc, ++j, false);
      leaves.forEach((leaf, k) => {
        const fourth = FOURTH_LEVEL[leaf];
        const lc = add(leaf, cc, k + 1, !fourth);
        fourth?.forEach((name, m) => {
          add(name, lc, m + 1, true);
        });
      });
    }
  }
  return categories;
}

function buildAttributes(r: Random, categories: PzCategory[]) {
  const colour = { id: "08b2020b-e519-405f-85e2-1fd712104097", values: COLORS.map((value) => ({ id: r.guid(), value })) };
  const size = { id: "f2a74f71-5cc2-4ed7-a9d9-3874a9e94cb6", values: SIZES.map((value) => ({ id: r.guid(), value })) };
  const yesNo = [
    { id: "03ab4fb0-eee1-4ef7-bfc2-7e8a6cf1e234", value: "Yok" },
    { id: "0a4c2b61-79fa-4460-9f40-e04a17773c37", value: "Var" },
  ];
  const extra = ["Garanti", "Su Geçirmezlik", "Menşei", "Materyal", "Desen"].map((name) => ({ id: r.guid(), name }));
  const map = new Map<string, PzAttribute[]>();
  for (const c of categories.filter((x) => x.leaf)) {
    const attrs: PzAttribute[] = [{ id: colour.id, name: "Renk", displayName: "Renk", isVariantable: true, isRequired: true, description: null, attributeValues: colour.values }];
    if (c.parentCategories[0] === "Moda" || c.parentCategories.includes("Spor Giyim")) {
      attrs.push({ id: size.id, name: "Beden", displayName: "Beden", isVariantable: true, isRequired: true, description: null, attributeValues: size.values });
    }
    const n = r.int(1, 3);
    for (let k = 0; k < n; k++) {
      const e = extra[(k + c.displayOrder) % extra.length];
      attrs.push({ id: e.id, name: e.name, displayName: e.name, isVariantable: false, isRequired: r.chance(0.3), description: null, attributeValues: yesNo });
    }
    map.set(c.id, attrs);
  }
  return map;
}

export function generatePazaramaData(options: GenerateOptions): PazaramaData {
  const r = createRandom(options.seed);
  const sellerId = r.guid();
  const brandNames = new Set<string>(["Tat-bi Makarna", "Mavi", "TANLABUTİK", "Goodyear", "Mona Kitap"]);
  for (const w of BRAND_WORDS) for (const s of BRAND_SUFFIXES) if (r.chance(0.45)) brandNames.add(`${w}${s}`);
  const brands = [...brandNames].map((name) => ({ id: r.guid(), name, logoUrl: "", website: "", status: r.chance(0.9), seoName: null }));
  const categories = buildCategories(r);
  const attributes = buildAttributes(r, categories);
  const leaves = categories.filter((c) => c.leaf);
  const cities = CITIES.map(([code, name]) => ({ id: r.guid(), code, name }));

  const states = [3, 3, 3, 3, 1, 2, 6, 7];
  const products: PzProduct[] = [];
  for (let i = 0; i < 150; i++) {
    const cat = r.pick(leaves);
    const brand = r.pick(brands);
    const colour = r.pick(COLORS);
    const listKurus = r.int(20, 5000) * 100 + r.pick([0, 50, 90, 99]);
    const sale = r.chance(0.5) ? Math.round(listKurus * r.pick([0.8, 0.85, 0.9])) : listKurus;
    const code = `PZ${String(8680000000000 + r.int(0, 9_999_999)).slice(0, 13)}${i}`;
    const attrs = (attributes.get(cat.id) ?? []).map((a) => {
      const v = a.name === "Renk" ? (a.attributeValues.find((x) => x.value === colour) ?? a.attributeValues[0]) : r.pick(a.attributeValues);
      return { attributeId: a.id, attributeValueId: v.id, attributeName: a.name, attributeValue: v.value };
    });
    products.push({
      productId: r.guid(),
      name: `${brand.name} ${colour} ${cat.name}`,
      displayName: `${brand.name} ${colour} ${cat.name}`,
      description: `<p>${cat.name} — ${brand.name}. Günlük kullanım için ${colour.toLocaleLowerCase("tr-TR")} renk.</p>`,
      brandId: brand.id,
      brandName: brand.name,
      code,
      groupCode: `GRP${i % 40}`,
      stockCount: r.int(0, 250),
      stockCode: `SK-${1000 + i}`,
      priorityRank: 0,
      listPrice: listKurus / 100,
      salePrice: sale / 100,
      // Products listed before Turkey's rates changed on 10 July 2023 (8 → 10, 18 → 20) still carry the
      // old rate, as the document's detail and refund examples (vatRate 18) do: one in 25 here.
      vatRate: legacyVat(i, r.pick([0, 1, 10, 20, 20, 20])),
      categoryId: cat.id,
      categoryName: cat.name,
      state: r.pick(states),
      images: [{ imageUrl: `https://cdn.pazarama.com/asset/${code}/images/${i}-1.jpg` }],
      attributes: attrs,
    });
  }

  const data: PazaramaData = {
    sellerId,
    brands,
    categories,
    attributes,
    products,
    orders: [],
    refunds: [],
    cities,
    nextOrderNumber: 735_000_000,
    nextRefundNumber: 564_000,
    statusSince: new Map(),
    timeRulesDueMs: 0,
    random: r,
  };
  const statusPool = [3, 3, 3, 12, 12, 5, 5, 5, 11, 11, 11, 11, 6, 18, 13, 16, 19, 14, 7, 8, 9, 10];
  const count = options.orderCount ?? 240;
  for (let i = 0; i < count; i++) {
    const createdAtMs = options.anchorMs - Math.floor(r.next() * 60 * 86400_000);
    const order = createOrder(data, { createdAtMs, itemCount: r.int(1, 3) });
    const status = r.pick(statusPool);
    for (const item of order.raw.items) setItemStatus(data, order, item, r.chance(0.8) ? status : r.pick(statusPool), createdAtMs + 3600_000);
  }
  data.orders.sort((a, b) => a.createdAtMs - b.createdAtMs);
  // The products the seller also sells elsewhere (same barcodes as the other sandboxes and the supplier
  // feed), added after the generated orders so that the generated data stays as it was.
  for (const [i, s] of sharedProductsFor("pazarama").entries()) {
    const base = products[i];
    products.push({
      ...structuredClone(base),
      productId: sharedId("pazarama", s.barcode),
      name: s.name,
      displayName: s.name,
      description: `<p>${s.name}</p>`,
      brandName: s.brand,
      code: s.barcode,
      groupCode: `GRP-S${i}`,
      stockCount: 20 + i * 3,
      stockCode: s.pentaCode,
      listPrice: s.price,
      salePrice: s.price,
      vatRate: s.vatRate,
      state: 3,
      images: [{ imageUrl: `https://cdn.pazarama.com/asset/${s.barcode}/images/1.jpg` }],
    });
  }
  // The seeded history does not start the time-based rules: every seeded item's clock starts with the sandbox.
  data.statusSince.clear();
  return data;
}

export interface NewOrderInput {
  createdAtMs: number;
  itemCount?: number;
  productCodes?: string[];
  customerName?: string;
  /** A corporate invoice to this tax number (VKN); else 15 % of orders are corporate, at random. */
  taxNumber?: string;
  /** 4: digital delivery — a code sent to the customer's phone, no cargo; it goes 12 → 11 or 14. @default 1 (cargo) */
  deliveryType?: 1 | 4;
}

/** Creates an order with items in status 3 (Siparişiniz Alındı), as a customer's purchase would. */
export function createOrder(data: PazaramaData, input: NewOrderInput): StoredOrder {
  const r = data.random;
  const name = input.customerName ?? `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`;
  const email = `${name
    .toLocaleLowerCase("tr-TR")
    .replace(/\s+/g, ".")
    .normalize("NFD")
    .replace(/[^\w.]/g, "")}@example.com`;
  const [, city] = r.pick(CITIES);
  const district = r.pick(DISTRICTS);
  const hood = r.pick(NEIGHBORHOODS);
  const street = `${r.pick(STREETS)} NO: ${r.int(1, 120)}`;
  const phone = `05${r.int(30, 55)}${r.int(1_000_000, 9_999_999)}`;
  const address: PzAddress = {
    addressId: r.guid(),
    title: "Ev Adresim",
    nameSurname: name,
    customerEmail: email,
    cityName: city,
    districtName: district,
    neighborhoodName: hood,
    addressDetail: street,
    displayAddressText: `${hood} ${street}/ ${district} /${city}`,
    phoneNumber: phone,
  };
  const drawn = r.chance(0.15); // drawn either way, so that the generated data stays the same
  const corporate = input.taxNumber ? true : drawn;
  const sellable = data.products.filter((p) => p.state === 3);
  const chosen = input.productCodes?.length
    ? input.productCodes.map((code) => {
        const p = data.products.find((x) => x.code === code);
        if (!p) throw new Error(`no product with code ${code}`);
        return p;
      })
    : Array.from({ length: input.itemCount ?? 1 }, () => r.pick(sellable));
  const cargo = r.pick(CARGO);
  const digital = input.deliveryType === 4;
  const items: PzItem[] = chosen.map((p) => {
    const quantity = r.chance(0.8) ? 1 : r.int(2, 3);
    const list = Math.round(p.listPrice * 100);
    const sale = Math.round(p.salePrice * 100);
    const discount = r.chance(0.2) ? Math.round(sale * 0.1) : 0;
    const total = sale * quantity - discount;
    const tax = Math.round((total * p.vatRate) / (100 + p.vatRate));
    const colour = p.attributes.find((a) => a.attributeName === "Renk")?.attributeValue ?? null;
    const size = p.attributes.find((a) => a.attributeName === "Beden")?.attributeValue;
    return {
      orderItemId: r.guid(),
      orderItemStatus: 3,
      shipmentCode: "",
      sellerAddressId: SELLER_ADDRESSES[0].id,
      shipmentCost: pzMoney(0),
      deliveryType: digital ? 4 : 1,
      // "Dijital teslimatta iletilecek kod deliveryDetail alanında yer alan phoneNumber bilgisine olmalıdır."
      deliveryDetail: digital ? { phoneNumber: phone, email } : { phoneNumber: null, email: null },
      quantity,
      listPrice: pzMoney(list),
      salePrice: pzMoney(sale),
      taxAmount: pzMoney(tax),
      shipmentAmount: pzMoney(0),
      totalPrice: pzMoney(total),
      discountAmount: pzMoney(discount),
      discountDescription: discount ? "Moda100" : null,
      taxIncluded: true,
      cargo: digital ? { companyName: null, trackingNumber: null, trackingUrl: null } : { companyName: cargo.name, trackingNumber: null, trackingUrl: cargo.url },
      product: {
        productId: p.productId,
        name: p.name,
        title: null,
        url: p.code.toLowerCase(),
        imageURL: p.images[0].imageUrl,
        variantOptionDisplay: size && colour ? `${colour}/${size}` : colour,
        stockCode: p.stockCode,
        code: p.code,
        vatRate: p.vatRate,
      },
    };
  });
  const itemsTotal = items.reduce((s, i) => s + i.totalPrice.valueInt, 0);
  const shipping = itemsTotal >= 50000 ? 0 : 2990;
  const discount = items.reduce((s, i) => s + i.discountAmount.valueInt, 0);
  const raw: PzOrder = {
    orderId: r.guid(),
    orderNumber: data.nextOrderNumber++,
    orderDate: pzOrderDate(input.createdAtMs),
    orderAmount: (itemsTotal + shipping) / 100,
    shipmentAmount: shipping / 100,
    discountAmount: discount / 100,
    discountDescription: discount ? "Moda100" : null,
    currency: "TL",
    paymentType: r.pick([1, 1, 1, 5, 8, 11]),
    orderStatus: 3,
    customerId: r.guid(),
    customerName: name,
    customerEmail: email,
    shipmentAddress: address,
    billingAddress: {
      ...address,
      addressId: r.guid(),
      identityNumber: corporate ? null : `1${r.int(1_000_000_000, 9_999_999_999)}`,
      invoiceType: corporate ? 2 : 1,
      companyName: corporate ? `${r.pick(LAST_NAMES)} Ticaret A.Ş.` : null,
      taxNumber: corporate ? (input.taxNumber ?? String(r.int(1_000_000_000, 9_999_999_999))) : null,
      taxOffice: corporate ? `${city} Vergi Dairesi` : null,
      isEInvoiceObliged: corporate,
    },
    items,
  };
  const stored = { raw, createdAtMs: input.createdAtMs };
  data.orders.push(stored);
  return stored;
}

const RETURN_REASONS = ["Ürünün parçası eksik", "Beden uymadı", "Ürün hasarlı geldi", "Yanlış ürün gönderildi", "Vazgeçtim"];
const CANCEL_REASONS = ["Yanlış adres seçtim", "Daha ucuzunu buldum", "Teslimat süresi uzun", "Vazgeçtim"];

function addRefund(data: PazaramaData, order: StoredOrder, item: PzItem, kind: "return" | "cancel", status: number, atMs: number) {
  const r = data.random;
  const o = order.raw;
  data.refunds.push({
    kind,
    requestedAtMs: atMs,
    raw: {
      id: data.refunds.length + 1,
      refundId: r.guid(),
      orderNumber: o.orderNumber,
      orderDate: pzTurkishDate(order.createdAtMs),
      refundNumber: data.nextRefundNumber++,
      refundType: r.pick(kind === "return" ? RETURN_REASONS : CANCEL_REASONS),
      refundStatus: status,
      refundStatusName: REFUND_STATUS_NAMES[status],
      paymentType: PAYMENT_TYPES[o.paymentType] ?? "Banka/Kredi Kartı",
      refundDate: pzTurkishDate(atMs),
      totalAmount: pzMoney(Math.round(o.orderAmount * 100)),
      refundAmount: item.totalPrice,
      customerId: o.customerId,
      customerName: o.customerName,
      customerEmail: o.customerEmail,
      customerPhoneNumber: o.shipmentAddress.phoneNumber.replace(/^0/, ""),
      customerAddress: `${o.shipmentAddress.districtName}/${o.shipmentAddress.cityName}`,
      productName: item.product.name,
      productCode: item.product.code,
      productStockCode: item.product.stockCode,
      shipmentCompanyName: kind === "return" ? item.cargo.companyName : null,
      // A number in the getRefund example (the return's cargo code), null on a cancellation.
      shipmentCode: kind === "return" ? 54_895_647_000_000 + r.int(0, 999_999) : null,
      description: kind === "return" ? "Müşteri açıklaması" : null,
      boDescription: null,
      quantity: item.quantity,
      orderItemId: item.orderItemId,
    },
  });
}

const REFUND_FOR_ITEM_STATUS: Record<number, number[]> = { 7: [1], 8: [2, 4, 6, 8], 9: [3, 5], 10: [2] };

/**
 * Moves an item to a status and applies what the marketplace does alongside: a package code when it
 * is prepared, a tracking number when shipped, a return request (getRefund) when a return starts and
 * a cancellation request (cancel/items) when a cancellation starts.
 */
export function setItemStatus(data: PazaramaData, order: StoredOrder, item: PzItem, status: number, atMs: number): void {
  const r = data.random;
  const previous = item.orderItemStatus;
  item.orderItemStatus = status;
  if ([12, 5, 16, 19, 11, 14, 7, 8, 9, 10].includes(status) && !item.shipmentCode) {
    const sibling = order.raw.items.find((i) => i !== item && i.shipmentCode && i.orderItemStatus === status);
    item.shipmentCode = sibling?.shipmentCode ?? `PZ${r.int(10_000_000_000, 99_999_999_999)}`;
  }
  data.statusSince.set(item.orderItemId, atMs);
  data.timeRulesDueMs = 0; // a new status may bring a deadline nearer
  if ([5, 16, 19, 11, 14, 7, 8, 9, 10].includes(status) && !item.cargo.trackingNumber && item.deliveryType !== 4) {
    item.cargo.trackingNumber = String(r.int(100_000_000_000, 999_999_999_999));
  }
  const refundStatuses = REFUND_FOR_ITEM_STATUS[status];
  if (refundStatuses) {
    const existing = data.refunds.find((x) => x.kind === "return" && x.raw.orderItemId === item.orderItemId);
    if (existing) {
      existing.raw.refundStatus = refundStatuses[0];
      existing.raw.refundStatusName = REFUND_STATUS_NAMES[refundStatuses[0]];
    } else addRefund(data, order, item, "return", r.pick(refundStatuses), atMs);
  }
  if (status === 18) addRefund(data, order, item, "cancel", 1, atMs);
  if (status === 6 && previous === 18) {
    const c = data.refunds.find((x) => x.kind === "cancel" && x.raw.orderItemId === item.orderItemId && x.raw.refundStatus === 1);
    if (c) {
      c.raw.refundStatus = 2;
      c.raw.refundStatusName = REFUND_STATUS_NAMES[2];
    }
  }
  order.raw.orderStatus = orderLevelStatus(order.raw.items);
}

/** The rate a seeded product carries: its drawn rate, or 18 for one in 25 (listed before July 2023). */
const legacyVat = (i: number, drawn: number) => (i % 25 === 7 ? 18 : drawn);

/** How long the marketplace waits before it acts on its own (the document names the rules, not the times). */
export interface TimeRules {
  /** An item in 12 not shipped by then starts the automatic refund ("otomatik iade süreci"): cancelled (6). */
  shipDeadlineMs: number;
  /** A return (7) or a cancellation request (18) the seller has not answered by then is approved: refundStatus 6, Auto Approved. */
  autoApproveAfterMs: number;
}

/**
 * Applies the time-based rules to every item whose time has come. An item's clock starts when it
 * entered its status, or when the sandbox started for the seeded ones. A return Pazarama is reviewing
 * (sent to review) waits for Pazarama, not the clock; a digital item in 12 is delivered by code, not shipped.
 */
export function applyTimeRules(data: PazaramaData, nowMs: number, startedMs: number, rules: TimeRules, underReview: (refundId: string) => boolean): void {
  const since = (item: PzItem) => data.statusSince.get(item.orderItemId) ?? startedMs;
  const waiting = (kind: "return" | "cancel", item: PzItem) => data.refunds.find((x) => x.kind === kind && x.raw.orderItemId === item.orderItemId && x.raw.refundStatus === 1);
  const autoApproved = (refund: StoredRefund) => {
    refund.raw.refundStatus = 6;
    refund.raw.refundStatusName = REFUND_STATUS_NAMES[6];
  };
  // Called before every API request: nothing to look at until the earliest deadline (a status change resets it).
  if (nowMs < data.timeRulesDueMs) return;
  let next = Number.POSITIVE_INFINITY;
  for (const order of data.orders)
    for (const item of order.raw.items) {
      const s = item.orderItemStatus;
      if (s === 12 && item.deliveryType !== 4) {
        const due = since(item) + rules.shipDeadlineMs;
        if (nowMs < due) next = Math.min(next, due);
        else {
          setItemStatus(data, order, item, 6, nowMs);
          addRefund(data, order, item, "cancel", 6, nowMs);
          data.refunds[data.refunds.length - 1].raw.refundType = "Satıcı zamanında kargoya vermedi";
        }
      } else if (s === 7 || s === 18) {
        const due = since(item) + rules.autoApproveAfterMs;
        if (nowMs < due) next = Math.min(next, due);
        else {
          const refund = waiting(s === 7 ? "return" : "cancel", item);
          if (!refund || underReview(refund.raw.refundId)) continue;
          setItemStatus(data, order, item, s === 7 ? 8 : 6, nowMs);
          autoApproved(refund);
        }
      }
    }
  data.timeRulesDueMs = next;
}
