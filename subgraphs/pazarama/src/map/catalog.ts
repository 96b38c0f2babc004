// Pazarama catalogue data → unified: the flat category list becomes a tree; products, refunds, brands.

import { currencyCode, fromDouble, parseTurkishDate } from "@pazargraph/runtime";
import { type Brand, type Category, type CategoryAttribute, Marketplace, type Product, type Refund, RefundKind } from "@pazargraph/schema";
import type { PzBrand, PzCategory, PzCategoryWithAttributes, PzProductDetail, PzProductListItem, PzRefund } from "../rest/types.ts";
import { mapMoney } from "./order.ts";
import { mapRefundStatus, PRODUCT_STATE } from "./status.ts";

/**
 * Builds the tree from getCategoryTree's flat list. Children keep the marketplace's displayOrder;
 * a node whose parent is missing from the list becomes a root rather than being dropped.
 */
export function buildCategoryTree(flat: PzCategory[]): Category[] {
  const nodes = new Map<string, Category & { order: number }>();
  for (const c of flat) {
    nodes.set(c.id, {
      id: c.id,
      name: c.name,
      displayName: c.displayName,
      parentId: c.parentId,
      leaf: c.leaf,
      depth: 0,
      path: c.parentCategories?.map((p) => p.trim()) ?? [c.name],
      children: [],
      order: c.displayOrder ?? 0,
    });
  }
  const roots: Array<Category & { order: number }> = [];
  for (const n of nodes.values()) {
    const parent = n.parentId ? nodes.get(n.parentId) : undefined;
    if (parent) parent.children.push(n);
    else roots.push(n);
  }
  const finish = (list: Array<Category & { order: number }>, depth: number): Category[] =>
    list
      .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, "tr"))
      .map(({ order: _order, ...n }) => ({ ...n, depth, children: finish(n.children as Array<Category & { order: number }>, depth + 1) }));
  return finish(roots, 0);
}

export function countCategories(tree: Category[]): number {
  return tree.reduce((s, c) => s + 1 + countCategories(c.children), 0);
}

export function mapCategoryAttributes(c: PzCategoryWithAttributes): CategoryAttribute[] {
  return (c.attributes ?? []).map((a) => ({
    id: a.id,
    name: a.displayName || a.name,
    required: a.isRequired,
    variant: a.isVariantable,
    allowCustom: false,
    values: (a.attributeValues ?? []).map((v) => ({ id: v.id, value: v.value })),
  }));
}

export function mapBrand(b: PzBrand): Brand {
  return { id: b.id, name: b.name.trim(), logoUrl: b.logoUrl || null };
}

const money = (v: number) => ({ amount: fromDouble(v), currency: currencyCode("TL") });

type ProductCommon = Pick<
  PzProductListItem,
  "name" | "displayName" | "description" | "code" | "groupCode" | "stockCount" | "stockCode" | "listPrice" | "salePrice" | "vatRate" | "state" | "images" | "brandName"
>;

function baseProduct(storeId: string, p: ProductCommon, stateLabel: string | null) {
  return {
    id: `pazarama:${storeId}:${p.code}`,
    marketplace: Marketplace.PAZARAMA,
    code: p.code,
    name: p.name,
    displayName: p.displayName,
    description: p.description,
    groupCode: p.groupCode || null,
    stockCode: p.stockCode,
    stock: p.stockCount,
    listPrice: money(p.listPrice),
    salePrice: money(p.salePrice),
    vatRate: p.vatRate,
    brandName: p.brandName,
    approved: p.state === 3,
    marketplaceStatus: { code: String(p.state), label: stateLabel ?? PRODUCT_STATE[p.state] ?? null },
    images: (p.images ?? []).map((i) => i.imageUrl),
  };
}

/** product/products: names of attributes and values, no ids. */
export function mapProductListItem(storeId: string, p: PzProductListItem): Product {
  return {
    ...baseProduct(storeId, p, p.status),
    brandId: null,
    categoryId: null,
    categoryName: p.categoryName,
    attributes: (p.attributes ?? []).map((a) => ({ id: null, name: a.attributeName, valueId: null, value: a.attributeValue })),
  };
}

/** product/getProductDetail: ids of brand, category, attributes and values, no names. */
export function mapProductDetail(storeId: string, p: PzProductDetail): Product {
  return {
    ...baseProduct(storeId, p, p.stateDescription),
    brandId: p.brandId,
    categoryId: p.categoryId,
    categoryName: null,
    attributes: (p.attributes ?? []).map((a) => ({ id: a.attributeId, name: a.attributeId, valueId: a.attributeValueId, value: null })),
  };
}

/** `pazarama:<store>:<return|cancellation>:<orderNumber>:<refundId>`: enough to find and act on it again. */
export function refundId(storeId: string, kind: RefundKind, orderNumber: number, id: string) {
  return `pazarama:${storeId}:${kind === RefundKind.RETURN ? "return" : "cancellation"}:${orderNumber}:${id}`;
}

export function parseRefundId(id: string): { storeId: string; kind: RefundKind; orderNumber: number; refundId: string } | null {
  const m = /^pazarama:([^:]+):(return|cancellation):(\d{1,18}):([0-9a-f-]{36})$/i.exec(id);
  return m ? { storeId: m[1], kind: m[2] === "return" ? RefundKind.RETURN : RefundKind.CANCELLATION, orderNumber: Number(m[3]), refundId: m[4] } : null;
}

export function mapRefund(storeId: string, r: PzRefund, kind: RefundKind): Refund {
  const s = mapRefundStatus(r.refundStatus, r.refundStatusName);
  return {
    id: refundId(storeId, kind, r.orderNumber, r.refundId),
    marketplace: Marketplace.PAZARAMA,
    kind,
    status: s.status,
    decidedBy: s.decidedBy,
    marketplaceStatus: s.marketplaceStatus,
    number: r.refundNumber != null ? String(r.refundNumber) : null,
    orderNumber: String(r.orderNumber),
    orderedAt: parseTurkishDate(r.orderDate),
    requestedAt: parseTurkishDate(r.refundDate),
    reason: r.refundType,
    description: r.description,
    customer: { id: r.customerId?.trim() ?? null, name: r.customerName, email: r.customerEmail, phone: r.customerPhoneNumber?.replace(/\s/g, "") ?? null },
    productName: r.productName,
    productCode: r.productCode?.replace(/\s/g, "") ?? null,
    quantity: r.quantity ?? null,
    amount: mapMoney(r.refundAmount),
    orderTotal: mapMoney(r.totalAmount),
    cargoCompany: r.shipmentCompanyName,
    shipmentCode: r.shipmentCode != null ? String(r.shipmentCode) : null,
  };
}

export { RefundKind };
