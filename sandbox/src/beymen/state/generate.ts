// Deterministic Beymen data: every state above, reached through the same writes the API makes.

import { createRandom } from "../../common/random.ts";
import { sharedId, sharedProductsFor } from "../../common/shared-products.ts";
import { generateAttributes, generateCategories, generateProducts } from "./catalog.ts";
import { generateFinance } from "./finance.ts";
import { cancelLines, createClaim, createOrder, divide, pick, shipmentUpdate } from "./orders.ts";
import { BeymenData, CLAIM_STATUS, SHIPMENT_STATUS, StoredPackage } from "./types.ts";

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
      if (pkg.raw.shipmentLines.length > 1 || l.quantity > 1) divide(data, pkg, [{ productId: l.productId, quantity: 1 }], later(10));
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
  // The products the seller also sells elsewhere (same barcodes as the other sandboxes and the supplier
  // feed), added after the generated orders so that the generated data stays as it was.
  const onSale = data.products.find((p) => p.stock.count > 0 && p.status === data.products[0].status) ?? data.products[0];
  for (const [k, s] of sharedProductsFor("beymen").entries()) {
    data.products.push({
      ...structuredClone(onSale),
      id: sharedId("beymen", s.barcode),
      externalId: `S${s.barcode}`,
      name: s.name,
      barcode: s.barcode,
      modelCode: `MDL-S${k}`,
      stockCode: s.pentaCode,
      description: s.name,
      salesPrice: { value: s.price, currency: "TRY" },
      platformSalesPrice: { value: s.price, currency: "TRY" },
      vatRate: s.vatRate,
      stock: { count: 20 + k * 3 },
    });
  }
  return data;
}

/** Index helpers. */
export function findPackage(data: BeymenData, id: string): StoredPackage | undefined {
  return data.packages.find((p) => p.raw.id === id || p.raw.mpOrderId === id);
}
