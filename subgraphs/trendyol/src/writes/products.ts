// Product creates and price/stock updates: validated against Trendyol's documented limits (≤1,000
// items, quantity ≤20,000, list price ≥ sale price, VAT 0/1/10/20, a leaf category, its required
// attributes, a known brand) before the call; Trendyol answers a batchRequestId whose result is read
// with `trendyol { batch(id) }` (IN_PROGRESS until it has run).
import { badInput, createError, ErrorCode, pollUntilSettled } from "@pazargraph/runtime";
import type { TyCreateProduct, TyInventoryItem } from "../rest/types.ts";
import { findCategory, LIMITS, type TrendyolService, type TrendyolStore } from "../service.ts";

export const VAT_RATES = [0, 1, 10, 20];

export interface ProductInput {
  barcode: string;
  title: string;
  productMainId: string;
  brandId: string;
  categoryId: string;
  quantity: number;
  stockCode: string;
  description: string;
  listPrice: string;
  salePrice: string;
  vatRate: number;
  dimensionalWeight?: number | null;
  images: string[];
  attributes?: Array<{ attributeId: string; valueId?: string | null; customValue?: string | null }> | null;
}

export interface PriceInventoryInput {
  barcode: string;
  quantity?: number | null;
  listPrice?: string | null;
  salePrice?: string | null;
}

const BARCODE = /^[A-Za-z0-9._-]{1,40}$/;
const money = (v: string, path: string) => {
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(v)) throw badInput(`${path}: a price with at most 2 decimals`, path);
  return Number(v);
};

export class TrendyolProductWrites {
  constructor(
    private readonly service: TrendyolService,
    /** How long `settle` follows a batch, and how often it reads it. */
    private readonly wait: { waitMs?: number; pollMs?: number } = {},
  ) {}

  /**
   * Follows a batch until Trendyol has run it; an item it failed is an error (MARKETPLACE_REJECTED
   * with its reasons), and a batch still running at the deadline a TIMEOUT naming the batch. The
   * catalogue's stock and price pushes use it, so a listing's push result is Trendyol's own.
   */
  async settle(store: TrendyolStore, batchRequestId: string): Promise<void> {
    await pollUntilSettled(
      () => this.service.batch(store, batchRequestId),
      (b) => {
        const failed = b.items.find((i) => i.status === "FAILED");
        if (failed) {
          const message = failed.failureReasons.join("; ") || "the item failed";
          throw createError(ErrorCode.MARKETPLACE_REJECTED, `Trendyol rejected the update: ${message}`, { marketplace: "trendyol", marketplaceMessage: message });
        }
        return b.status !== "IN_PROGRESS";
      },
      {
        waitMs: this.wait.waitMs ?? 30_000,
        pollMs: this.wait.pollMs ?? 500,
        timedOut: () =>
          createError(ErrorCode.TIMEOUT, `Trendyol is still running batch ${batchRequestId}; read trendyol { batch(batchRequestId) } later`, { marketplace: "trendyol" }),
      },
    );
  }

  /** One listing's stock or price, sent and followed until Trendyol has run it. */
  async sendAndSettle(store: TrendyolStore, item: PriceInventoryInput): Promise<void> {
    await this.settle(store, (await this.updatePriceAndInventory(store, [item])).batchRequestId);
  }

  async create(store: TrendyolStore, products: ProductInput[]): Promise<{ batchRequestId: string }> {
    if (!products.length || products.length > LIMITS.batchItems) throw badInput(`products: 1 to ${LIMITS.batchItems} in one batch`, "products");
    const tree = await this.service.categoryTree(store);
    const brands = new Set((await this.service.allBrands(store)).map((b) => b.id));
    const seen = new Set<string>();
    const items: TyCreateProduct[] = [];
    for (const [i, p] of products.entries()) {
      const at = (f: string) => `products.${i}.${f}`;
      if (!BARCODE.test(p.barcode)) throw badInput(`${at("barcode")}: 1 to 40 letters, digits, '.', '_' or '-'`, at("barcode"));
      if (seen.has(p.barcode)) throw badInput(`${at("barcode")}: ${p.barcode} appears twice in the batch`, at("barcode"));
      seen.add(p.barcode);
      if (!p.title.trim() || p.title.length > 100) throw badInput(`${at("title")}: 1 to 100 characters`, at("title"));
      if (!p.productMainId.trim() || p.productMainId.length > 40) throw badInput(`${at("productMainId")}: 1 to 40 characters`, at("productMainId"));
      if (!p.stockCode.trim() || p.stockCode.length > 100) throw badInput(`${at("stockCode")}: 1 to 100 characters`, at("stockCode"));
      if (!p.description.trim() || p.description.length > 30_000) throw badInput(`${at("description")}: 1 to 30,000 characters`, at("description"));
      if (!brands.has(p.brandId)) throw badInput(`${at("brandId")}: ${p.brandId} is not a Trendyol brand (trendyol { brands })`, at("brandId"));
      const category = findCategory(tree, p.categoryId);
      if (!category?.leaf) throw badInput(`${at("categoryId")}: ${p.categoryId} is not a leaf category of Trendyol's tree`, at("categoryId"));
      if (!Number.isInteger(p.quantity) || p.quantity < 0 || p.quantity > LIMITS.maxQuantity) throw badInput(`${at("quantity")}: 0 to ${LIMITS.maxQuantity}`, at("quantity"));
      const list = money(p.listPrice, at("listPrice"));
      const sale = money(p.salePrice, at("salePrice"));
      if (!(sale > 0)) throw badInput(`${at("salePrice")}: greater than 0`, at("salePrice"));
      if (list < sale) throw badInput(`${at("listPrice")}: at least the sale price`, at("listPrice"));
      if (!VAT_RATES.includes(p.vatRate)) throw badInput(`${at("vatRate")}: one of ${VAT_RATES.join(", ")}`, at("vatRate"));
      if (!p.images.length || p.images.length > 8 || p.images.some((u) => !/^https:\/\/[^\s]{1,2000}$/.test(u))) throw badInput(`${at("images")}: 1 to 8 https URLs`, at("images"));
      const attrs = await this.service.categoryAttributes(store, p.categoryId);
      const given = p.attributes ?? [];
      for (const [k, g] of given.entries()) {
        const a = attrs.find((x) => x.id === g.attributeId);
        if (!a) throw badInput(`${at(`attributes.${k}.attributeId`)}: ${g.attributeId} is not an attribute of category ${p.categoryId}`, at(`attributes.${k}.attributeId`));
        if (g.valueId ? !a.values.some((v) => v.id === g.valueId) : !(a.allowCustom && g.customValue?.trim()))
          throw badInput(`${at(`attributes.${k}`)}: ${a.name} needs one of its values${a.allowCustom ? " or a customValue" : ""}`, at(`attributes.${k}`));
      }
      for (const a of attrs.filter((x) => x.required))
        if (!given.some((g) => g.attributeId === a.id)) throw badInput(`${at("attributes")}: ${a.name} (${a.id}) is required in category ${category.name}`, at("attributes"));
      items.push({
        barcode: p.barcode,
        title: p.title.trim(),
        productMainId: p.productMainId.trim(),
        brandId: Number(p.brandId),
        categoryId: Number(p.categoryId),
        quantity: p.quantity,
        stockCode: p.stockCode.trim(),
        dimensionalWeight: p.dimensionalWeight ?? 1,
        description: p.description.trim(),
        currencyType: "TRY",
        listPrice: list,
        salePrice: sale,
        vatRate: p.vatRate,
        images: p.images.map((url) => ({ url })),
        attributes: given.map((g) =>
          g.valueId
            ? { attributeId: Number(g.attributeId), attributeValueId: Number(g.valueId) }
            : { attributeId: Number(g.attributeId), customAttributeValue: g.customValue?.trim() },
        ),
      });
    }
    return store.client.createProducts(items);
  }

  async updatePriceAndInventory(store: TrendyolStore, input: PriceInventoryInput[]): Promise<{ batchRequestId: string }> {
    if (!input.length || input.length > LIMITS.batchItems) throw badInput(`items: 1 to ${LIMITS.batchItems} in one request`, "items");
    const seen = new Set<string>();
    const items: TyInventoryItem[] = input.map((x, i) => {
      const at = (f: string) => `items.${i}.${f}`;
      if (!BARCODE.test(x.barcode)) throw badInput(`${at("barcode")}: 1 to 40 letters, digits, '.', '_' or '-'`, at("barcode"));
      if (seen.has(x.barcode)) throw badInput(`${at("barcode")}: ${x.barcode} appears twice`, at("barcode"));
      seen.add(x.barcode);
      const hasQty = x.quantity !== undefined && x.quantity !== null;
      const hasList = x.listPrice !== undefined && x.listPrice !== null;
      const hasSale = x.salePrice !== undefined && x.salePrice !== null;
      if (!hasQty && !hasList && !hasSale) throw badInput(`items.${i}: give quantity, prices or both`, `items.${i}`);
      if (hasList !== hasSale) throw badInput(`items.${i}: listPrice and salePrice go together`, hasList ? at("salePrice") : at("listPrice"));
      if (hasQty && (!Number.isInteger(x.quantity) || (x.quantity as number) < 0 || (x.quantity as number) > LIMITS.maxQuantity))
        throw badInput(`${at("quantity")}: 0 to ${LIMITS.maxQuantity}`, at("quantity"));
      const item: TyInventoryItem = { barcode: x.barcode };
      if (hasQty) item.quantity = x.quantity as number;
      if (hasList && hasSale) {
        const list = money(x.listPrice as string, at("listPrice"));
        const sale = money(x.salePrice as string, at("salePrice"));
        if (!(sale > 0)) throw badInput(`${at("salePrice")}: greater than 0`, at("salePrice"));
        if (list < sale) throw badInput(`${at("listPrice")}: at least the sale price`, at("listPrice"));
        Object.assign(item, { salePrice: sale, listPrice: list });
      }
      return item;
    });
    return store.client.updatePriceAndInventory(items);
  }
}
