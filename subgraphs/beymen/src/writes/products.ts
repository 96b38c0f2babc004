// Beymen product writes: price and stock, on/off sale, translations, and batch creates and updates,
// each validated against the category tree, its attributes and the attribute lists before the call.
import { badInput, ownId } from "@pazargraph/runtime";
import type { Category, Product } from "@pazargraph/schema";
import { mapProduct } from "../map/catalog.ts";
import type { BmAttributeValue } from "../rest/types.ts";
import { type BeymenService, type BeymenStore, GUID, HTTP_URL, LIMITS, NUMERIC_ID, rawId, VAT_RATES } from "../service.ts";

/** A product to create or change, as the mutations take it. */
export interface ProductDraft {
  id?: string;
  name?: string;
  barcode?: string;
  modelCode?: string;
  description?: string;
  brandId?: string;
  categoryId?: string;
  platformColor?: string;
  size?: string;
  gender?: string;
  stock?: number;
  listPrice?: string;
  salePrice?: string;
  vatRate?: number;
  images?: string[];
  desi?: number;
  attributes?: Array<{ attributeId: string; value: string }>;
  merchantColor?: string;
  stockCode?: string;
}

export class BeymenProductWrites {
  constructor(private readonly service: BeymenService) {}

  private productIdOf(store: BeymenStore, id: string, argument: string): string {
    const raw = ownId(id, "beymen", store.config.id, "Beymen product");
    if (!GUID.test(raw)) throw badInput(`"${id}" is not a Beymen product id`, argument);
    return raw;
  }

  private async productAfter(store: BeymenStore, id: string): Promise<Product> {
    return mapProduct(store.config.id, await store.client.getProduct(id));
  }

  async updatePriceAndStock(store: BeymenStore, input: { productId: string; listPrice?: string; salePrice?: string; stock?: number }): Promise<Product> {
    const id = this.productIdOf(store, input.productId, "input.productId");
    if (input.listPrice == null && input.salePrice == null && input.stock == null) throw badInput("give listPrice, salePrice or stock", "input");
    const price = (v: string | undefined, arg: string) => {
      if (v == null) return undefined;
      const n = Number(v);
      if (!/^\d+(\.\d{1,2})?$/.test(v) || n <= 0) throw badInput(`${arg} must be a positive amount with at most 2 decimals`, `input.${arg}`);
      return { value: n, currency: "TRY" };
    };
    const list = price(input.listPrice, "listPrice");
    const sale = price(input.salePrice, "salePrice");
    if (list && sale && sale.value > list.value) throw badInput("salePrice must not be above listPrice", "input.salePrice");
    if (input.stock != null && (!Number.isInteger(input.stock) || input.stock < 0)) throw badInput("stock must be 0 or more", "input.stock");
    // Beymen: salesPrice is the price before discount, platformPrice the price on Beymen.
    await store.client.updatePriceStock(id, {
      priceRequest: list || sale ? { salesPrice: list, platformPrice: sale } : undefined,
      stockRequest: input.stock != null ? { stock: { count: input.stock } } : undefined,
    });
    return this.productAfter(store, id);
  }

  async setOnSale(store: BeymenStore, productId: string, onSale: boolean): Promise<Product> {
    const id = this.productIdOf(store, productId, "productId");
    await store.client.setOnSale(id, onSale);
    return this.productAfter(store, id);
  }

  async setTranslation(store: BeymenStore, input: { productId: string; language: string; name: string; description: string; merchantColor: string }): Promise<Product> {
    const id = this.productIdOf(store, input.productId, "input.productId");
    if (!/^[a-z]{2}$/.test(input.language)) throw badInput('language must be a two-letter code such as "en"', "input.language");
    for (const k of ["name", "description", "merchantColor"] as const) if (!input[k].trim()) throw badInput(`${k} is required`, `input.${k}`);
    if (input.merchantColor.length > LIMITS.merchantColorMax) throw badInput(`merchantColor is at most ${LIMITS.merchantColorMax} characters`, "input.merchantColor");
    await store.client.setLanguageDefinition(id, { code: input.language, name: input.name, description: input.description, merchantColor: input.merchantColor });
    return this.productAfter(store, id);
  }

  /** Checks new or changed products against the category tree, attributes and attribute lists. */
  async validateProducts(store: BeymenStore, items: ProductDraft[], update: boolean): Promise<void> {
    if (!items.length || items.length > LIMITS.maxBatch) throw badInput(`send 1 to ${LIMITS.maxBatch} products`, "products");
    // First what needs no reference data, so that such mistakes cost no Beymen call at all.
    const barcodes = new Set<string>();
    for (const [i, p] of items.entries()) {
      const arg = (k: string) => `products[${i}].${k}`;
      if (update) {
        this.productIdOf(store, p.id ?? "", arg("id"));
      } else {
        for (const k of ["barcode", "modelCode", "brandId", "categoryId", "platformColor", "size", "gender"] as const)
          if (!p[k]?.trim()) throw badInput(`${k} is required`, arg(k));
        if (barcodes.has(p.barcode!)) throw badInput(`barcode ${p.barcode} appears twice`, arg("barcode"));
        barcodes.add(p.barcode!);
        if (p.vatRate == null) throw badInput("vatRate is required", arg("vatRate"));
        if (!p.images?.length) throw badInput("at least one image is required", arg("images"));
        if (p.stock == null) throw badInput("stock is required", arg("stock"));
        if (p.listPrice == null) throw badInput("listPrice is required", arg("listPrice"));
      }
      if (!p.name?.trim() || p.name.length > 250) throw badInput("name must be 1 to 250 characters", arg("name"));
      if (!p.description?.trim()) throw badInput("description is required", arg("description"));
      if (p.vatRate != null && !(VAT_RATES as readonly number[]).includes(p.vatRate)) throw badInput("vatRate must be 0, 1, 10 or 20", arg("vatRate"));
      if (p.merchantColor && p.merchantColor.length > LIMITS.merchantColorMax)
        throw badInput(`merchantColor is at most ${LIMITS.merchantColorMax} characters`, arg("merchantColor"));
      (p.images ?? []).forEach((u, j) => {
        if (!HTTP_URL.test(u) && !(update && /^\d+$/.test(u))) throw badInput("images are http(s) URLs (or, on update, ids of existing images)", `${arg("images")}[${j}]`);
      });
      if (p.stock != null && (!Number.isInteger(p.stock) || p.stock < 0)) throw badInput("stock must be 0 or more", arg("stock"));
      for (const k of ["listPrice", "salePrice"] as const) {
        const v = p[k];
        if (v != null && (!/^\d+(\.\d{1,2})?$/.test(v) || Number(v) <= 0)) throw badInput(`${k} must be a positive amount with at most 2 decimals`, arg(k));
      }
      if (p.listPrice && p.salePrice && Number(p.salePrice) > Number(p.listPrice)) throw badInput("salePrice must not be above listPrice", arg("salePrice"));
      if (p.desi != null && (p.desi < 0 || !Number.isFinite(p.desi))) throw badInput("desi must be 0 or more", arg("desi"));
      if (p.categoryId && !NUMERIC_ID.test(p.categoryId)) throw badInput(`"${p.categoryId}" is not a Beymen category id`, arg("categoryId"));
    }
    // Then against Beymen's lists, tree and category attributes (from L2; read once per TTL).
    const [tree, brands, genders, sizes, colors] = await Promise.all([
      this.service.categoryTree(store),
      this.service.attributeList(store, "Brand"),
      this.service.attributeList(store, "Gender"),
      this.service.attributeList(store, "Size"),
      this.service.attributeList(store, "Color"),
    ]);
    const categories = new Map<string, Category>();
    const walk = (list: Category[]) => {
      for (const c of list) {
        categories.set(c.id, c);
        walk(c.children);
      }
    };
    walk(tree);
    const ids = (list: BmAttributeValue[]) => new Set(list.map((a) => a.id));
    const known = { brandId: ids(brands), gender: ids(genders), size: ids(sizes), platformColor: ids(colors) };
    for (const [i, p] of items.entries()) {
      const arg = (k: string) => `products[${i}].${k}`;
      for (const k of ["brandId", "gender", "size", "platformColor"] as const) if (p[k] && !known[k].has(p[k]!)) throw badInput(`${k} ${p[k]} is not in Beymen's list`, arg(k));
      if (p.categoryId) {
        const c = categories.get(p.categoryId);
        if (!c) throw badInput(`category ${p.categoryId} is not in Beymen's tree`, arg("categoryId"));
        if (!c.leaf) throw badInput(`category ${p.categoryId} (${c.name}) has subcategories: products go in leaf categories`, arg("categoryId"));
        const attrs = await this.service.rawCategoryAttributes(store, p.categoryId);
        const given = new Map((p.attributes ?? []).map((a) => [a.attributeId, a.value]));
        for (const a of attrs) {
          const v = given.get(a.id);
          if (a.required && !v?.trim()) throw badInput(`attribute ${a.id} (${a.name}) is required in category ${c.name}`, arg("attributes"));
          if (v && !a.isFreeText && !a.items.some((it) => String(it.id) === v)) throw badInput(`"${v}" is not a value of attribute ${a.id} (${a.name})`, arg("attributes"));
        }
        for (const id of given.keys()) if (!attrs.some((a) => a.id === id)) throw badInput(`attribute ${id} does not belong to category ${c.name}`, arg("attributes"));
      }
    }
  }

  async createProducts(store: BeymenStore, drafts: ProductDraft[]) {
    // The store's default brand and category (store settings) stand in where a product names none.
    const { defaultBrandId, defaultCategoryId } = store.config.settings;
    const items = drafts.map((p) => ({ ...p, brandId: p.brandId ?? defaultBrandId ?? undefined, categoryId: p.categoryId ?? defaultCategoryId ?? undefined }));
    await this.validateProducts(store, items, false);
    const { processId } = await store.client.createProducts(
      items.map((p) => ({
        name: p.name!,
        barcode: p.barcode!,
        modelCode: p.modelCode!,
        description: p.description!,
        brandId: p.brandId!,
        categoryId: p.categoryId!,
        platformColor: p.platformColor!,
        size: p.size!,
        gender: p.gender!,
        stockRequest: { stock: { count: p.stock! } },
        priceRequest: { salesPrice: { value: Number(p.listPrice), currency: "TRY" }, platformPrice: { value: Number(p.salePrice ?? p.listPrice), currency: "TRY" } },
        vatRate: p.vatRate!,
        images: p.images!,
        desi: p.desi ?? undefined,
        attributes: (p.attributes ?? []).map((a) => ({ attributeId: a.attributeId, attributeOptionValue: a.value })),
        merchantColorCode: p.merchantColor ?? undefined,
        stockCode: p.stockCode ?? undefined,
      })),
    );
    return { storeId: store.config.id, processId };
  }

  async updateProducts(store: BeymenStore, items: ProductDraft[]) {
    await this.validateProducts(store, items, true);
    const { processId } = await store.client.updateProducts(
      items.map((p) => ({
        id: rawId(p.id!),
        name: p.name!,
        description: p.description!,
        modelCode: p.modelCode ?? undefined,
        brandId: p.brandId ?? undefined,
        categoryId: p.categoryId ?? undefined,
        platformColor: p.platformColor ?? undefined,
        size: p.size ?? undefined,
        gender: p.gender ?? undefined,
        vatRate: p.vatRate ?? undefined,
        images: p.images ?? undefined,
        desi: p.desi ?? undefined,
        attributes: p.attributes?.map((a) => ({ attributeId: a.attributeId, attributeOptionValue: a.value })),
        merchantColor: p.merchantColor ?? undefined,
        stockCode: p.stockCode ?? undefined,
      })),
    );
    return { storeId: store.config.id, processId };
  }
}
