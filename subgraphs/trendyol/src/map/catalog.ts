// Trendyol reference data, products and claims → unified shapes. Pure: nothing else maps.
import { currencyCode, fromDouble } from "@pazargraph/runtime";
import { type Brand, type Category, type CategoryAttribute, Marketplace, type Product, type Refund, RefundKind } from "@pazargraph/schema";
import type { TyBatchResult, TyBrand, TyCategory, TyCategoryAttributes, TyClaim, TyClaimItem, TyProduct } from "../rest/types.ts";
import { claimStatusOf } from "./status.ts";

const money = (v: number) => ({ amount: fromDouble(v), currency: currencyCode("TRY") });

export function mapCategoryTree(list: TyCategory[], depth = 0, path: string[] = []): Category[] {
  return list.map((c) => ({
    id: String(c.id),
    name: c.name,
    displayName: null,
    parentId: c.parentId != null ? String(c.parentId) : null,
    leaf: !c.subCategories?.length,
    depth,
    path: [...path, c.name],
    children: mapCategoryTree(c.subCategories ?? [], depth + 1, [...path, c.name]),
  }));
}

export function mapCategoryAttributes(c: TyCategoryAttributes): CategoryAttribute[] {
  return c.categoryAttributes.map((a) => ({
    id: String(a.attribute.id),
    name: a.attribute.name,
    required: a.required,
    variant: a.varianter,
    allowCustom: a.allowCustom,
    values: a.attributeValues.map((v) => ({ id: String(v.id), value: v.name })),
  }));
}

export const mapBrand = (b: TyBrand): Brand => ({ id: String(b.id), name: b.name.trim(), logoUrl: null });

export function productStateOf(p: Pick<TyProduct, "approved" | "rejected" | "blacklisted" | "archived" | "locked" | "onSale">): { code: string; label: string } {
  if (p.blacklisted) return { code: "BLACKLISTED", label: "Kara listede" };
  if (p.rejected) return { code: "REJECTED", label: "Reddedildi" };
  if (p.archived) return { code: "ARCHIVED", label: "Arşivde" };
  if (p.locked) return { code: "LOCKED", label: "Kilitli" };
  if (!p.approved) return { code: "PENDING_APPROVAL", label: "Onay bekliyor" };
  return p.onSale ? { code: "ON_SALE", label: "Satışta" } : { code: "NOT_ON_SALE", label: "Satışta değil" };
}

export function mapProduct(storeId: string, p: TyProduct): Product {
  const state = productStateOf(p);
  return {
    id: `trendyol:${storeId}:${p.barcode}`,
    marketplace: Marketplace.TRENDYOL,
    code: p.barcode,
    name: p.title,
    displayName: null,
    description: p.description || null,
    groupCode: p.productMainId || null,
    stockCode: p.stockCode || null,
    stock: p.quantity,
    listPrice: money(p.listPrice),
    salePrice: money(p.salePrice),
    vatRate: p.vatRate,
    brandId: String(p.brandId),
    brandName: p.brand,
    categoryId: String(p.pimCategoryId),
    categoryName: p.categoryName,
    approved: p.approved && p.onSale && !p.rejected && !p.blacklisted,
    marketplaceStatus: state,
    images: p.images.map((i) => i.url),
    attributes: p.attributes.map((a) => ({
      id: String(a.attributeId),
      name: a.attributeName,
      valueId: a.attributeValueId != null ? String(a.attributeValueId) : null,
      value: a.attributeValue,
    })),
  };
}

/** `trendyol:<store>:claim:<claimId>:<claimItemId>`: enough to act on the item again. */
export const refundId = (storeId: string, claimId: string, itemId: string) => `trendyol:${storeId}:claim:${claimId}:${itemId}`;

export function parseRefundId(id: string): { storeId: string; claimId: string; itemId: string } | null {
  const m = /^trendyol:([^:]+):claim:([0-9a-f-]{36}):([0-9a-f-]{36})$/i.exec(id);
  return m ? { storeId: m[1], claimId: m[2], itemId: m[3] } : null;
}

/** One Refund per claim item (one unit of a returned line). */
export function mapClaim(storeId: string, c: TyClaim): Refund[] {
  return c.items.flatMap((line) =>
    line.claimItems.map((item: TyClaimItem) => {
      const s = claimStatusOf(item.claimItemStatus.name);
      return {
        id: refundId(storeId, c.id, item.id),
        marketplace: Marketplace.TRENDYOL,
        kind: RefundKind.RETURN,
        status: s.status,
        decidedBy: s.decidedBy,
        marketplaceStatus: { code: item.claimItemStatus.name, label: s.label },
        number: c.id,
        orderNumber: c.orderNumber,
        orderedAt: new Date(c.orderDate).toISOString(),
        requestedAt: new Date(c.claimDate).toISOString(),
        reason: item.customerClaimItemReason?.name ?? null,
        description: item.customerNote || null,
        customer: { id: null, name: [c.customerFirstName, c.customerLastName].filter(Boolean).join(" "), email: null, phone: null },
        productName: line.orderLine.productName,
        productCode: line.orderLine.barcode ?? null,
        quantity: 1,
        amount: money(line.orderLine.price),
        orderTotal: null,
        cargoCompany: c.cargoProviderName ?? null,
        shipmentCode: c.cargoTrackingNumber != null ? String(c.cargoTrackingNumber) : null,
        sellerReason: item.note || null,
        images: null,
      };
    }),
  );
}

/** A batch request's result; each item named by its barcode (create: `{ product }`; price/stock: the item). */
export function mapBatch(b: TyBatchResult) {
  return {
    batchRequestId: b.batchRequestId,
    status: b.status ?? null,
    type: b.batchRequestType ?? null,
    itemCount: b.itemCount ?? null,
    failedItemCount: b.failedItemCount ?? null,
    createdAt: new Date(b.creationDate).toISOString(),
    items: b.items.map((i) => ({ barcode: barcodeOf(i.requestItem), status: i.status, failureReasons: i.failureReasons ?? [] })),
  };
}

function barcodeOf(item: unknown): string | null {
  if (!item || typeof item !== "object") return null;
  const o = item as { barcode?: unknown; product?: { barcode?: unknown } };
  const b = o.barcode ?? o.product?.barcode;
  return typeof b === "string" ? b : null;
}
