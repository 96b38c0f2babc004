// Beymen catalogue data → unified: the lazily crawled category tree, category attributes, brands,
// products, claim lines as refunds, and the cancelled lines of cancelled packages as cancellations.
import { currencyCode, fromDouble, noteUnknownCode, parseLocalTime } from "@pazargraph/runtime";
import { type Brand, type Category, type CategoryAttribute, DecidedBy, Marketplace, type Product, type Refund, RefundKind, RefundStatus } from "@pazargraph/schema";
import type { BmAttributeValue, BmCategoryAttribute, BmCategoryNode, BmClaim, BmClaimLine, BmPackage, BmPrice, BmProduct } from "../rest/types.ts";
import { CANCEL_REASON_LABEL, CLAIM_STATUS, LINE_STATUS, lineStatusCode, SELLER_REASON_TYPES } from "./status.ts";

export interface CrawledCategory extends BmCategoryNode {
  parentId: string | null;
}

/** Builds the tree from the nodes the crawl found (children keep Beymen's order). */
export function buildCategoryTree(nodes: CrawledCategory[]): Category[] {
  const byParent = new Map<string | null, CrawledCategory[]>();
  for (const n of nodes) {
    const list = byParent.get(n.parentId);
    if (list) list.push(n);
    else byParent.set(n.parentId, [n]);
  }
  const build = (parentId: string | null, depth: number, path: string[]): Category[] =>
    (byParent.get(parentId) ?? []).map((n) => ({
      id: n.id,
      name: n.name,
      displayName: null,
      parentId,
      leaf: !n.hasChild,
      depth,
      path: [...path, n.name],
      children: build(n.id, depth + 1, [...path, n.name]),
    }));
  return build(null, 0, []);
}

export function mapCategoryAttributes(attrs: BmCategoryAttribute[]): CategoryAttribute[] {
  return attrs.map((a) => ({
    id: a.id,
    name: a.name,
    required: a.required,
    variant: false,
    allowCustom: a.isFreeText,
    values: a.items.map((i) => ({ id: String(i.id), value: i.value })),
  }));
}

export const mapBrand = (b: BmAttributeValue): Brand => ({ id: b.id, name: b.value, logoUrl: null });

const money = (p: BmPrice | null | undefined) => ({ amount: fromDouble(p?.value ?? 0), currency: currencyCode(p?.currency ?? "TRY") });

export function mapProduct(storeId: string, p: BmProduct): Product {
  return {
    id: `beymen:${storeId}:${p.id}`,
    marketplace: Marketplace.BEYMEN,
    code: p.barcode,
    name: p.name,
    displayName: null,
    description: p.description,
    groupCode: p.modelCode || null,
    stockCode: p.stockCode || null,
    stock: p.stock?.count ?? 0,
    listPrice: money(p.salesPrice),
    salePrice: money(p.platformSalesPrice ?? p.salesPrice),
    vatRate: p.vatRate,
    brandId: p.brand?.id ?? null,
    brandName: p.brand?.name ?? null,
    categoryId: p.category?.id ?? null,
    categoryName: p.category?.name ?? null,
    approved: p.status?.status === "OnSale" || p.status?.status === "OutOfStock" || p.status?.status === "NotOnSale",
    marketplaceStatus: {
      code: [p.status?.status, p.subStatus?.status].filter(Boolean).join("/") || "",
      label: [p.status?.localizedDescription, p.subStatus?.localizedDescription].filter(Boolean).join(" — ") || null,
    },
    images: (p.images ?? []).map((i) => i.originalPath),
    attributes: [
      ...(p.selectedAttributes ?? []).map((a) => ({ id: a.id, name: a.name, valueId: String(a.items.id), value: a.items.value })),
      ...(p.customAttributes ?? []).map((a) => ({ id: a.id, name: a.name, valueId: null, value: a.value })),
    ],
  };
}

/** `beymen:<store>:<orderNumber>/<claimId>/<productId>`: enough to find the claim line again. */
export function refundId(storeId: string, claim: Pick<BmClaim, "orderNumber" | "id">, line: Pick<BmClaimLine, "productId">) {
  return `beymen:${storeId}:${claim.orderNumber}/${claim.id}/${line.productId}`;
}

export function parseRefundId(id: string): { storeId: string; orderNumber: string; claimId: string; productId: string } | null {
  const m = /^beymen:([^:]+):([^/:]+)\/([^/]+)\/([^/]+)$/.exec(id);
  return m ? { storeId: m[1], orderNumber: m[2], claimId: m[3], productId: m[4] } : null;
}

/** A claim status the document does not list: UNKNOWN (counted), never silently "new". */
function unknownClaim(status: unknown): RefundStatus {
  noteUnknownCode("beymen", "claim", String(status));
  return RefundStatus.UNKNOWN;
}

/** One Refund per claim line (Beymen's claim is a return shipment holding several lines). */
export function mapClaim(storeId: string, claim: BmClaim): Refund[] {
  return claim.shipmentLines.map((line) => {
    const code = typeof line.status === "number" ? line.status : Number(line.status);
    const s = CLAIM_STATUS[code];
    const seller = line.sellerReason;
    const currency = currencyCode(line.currencyCode ?? claim.currencyCode);
    return {
      id: refundId(storeId, claim, line),
      marketplace: Marketplace.BEYMEN,
      kind: RefundKind.RETURN,
      status: s?.status ?? unknownClaim(line.status),
      decidedBy: s?.decidedBy ?? null,
      marketplaceStatus: { code: String(line.status), label: s?.label ?? null },
      number: claim.id,
      orderNumber: claim.orderNumber,
      orderedAt: parseLocalTime(claim.orderDate),
      requestedAt: parseLocalTime(claim.claimDate),
      reason: line.customerReason?.description ?? null,
      description: null,
      customer: { id: null, name: claim.customerName, email: null, phone: null },
      productName: line.product?.name ?? null,
      productCode: line.product?.barcode ?? null,
      quantity: line.quantity,
      amount: { amount: fromDouble((line.price + line.vatAmount) * line.quantity), currency },
      orderTotal: { amount: fromDouble(claim.totalAmount), currency },
      cargoCompany: claim.shipmentProvider,
      shipmentCode: claim.shipmentTrackingNumber,
      sellerReason: seller ? [SELLER_REASON_TYPES[seller.type] ?? String(seller.type), seller.description].filter(Boolean).join(": ") : null,
      images: seller?.images ?? [],
    };
  });
}

/** Each cancelled line of a cancelled package as a cancellation (who cancelled is the line status). */
export function cancellationRefunds(storeId: string, p: BmPackage): Refund[] {
  return p.shipmentLines.map((l) => {
    const code = lineStatusCode(l.status);
    const decidedBy = code === 16 ? DecidedBy.MARKETPLACE : code === 32 ? DecidedBy.SELLER : DecidedBy.CUSTOMER;
    const unit = l.price + l.vatAmount;
    return {
      id: `beymen:${storeId}:${p.shipmentNumber}:${l.orderLineId}`,
      marketplace: Marketplace.BEYMEN,
      kind: RefundKind.CANCELLATION,
      status: RefundStatus.APPROVED,
      decidedBy,
      marketplaceStatus: { code: String(code ?? l.status), label: code !== null ? (LINE_STATUS[code]?.label ?? null) : String(l.status) },
      number: p.shipmentNumber,
      orderNumber: p.orderNumber,
      orderedAt: parseLocalTime(p.orderDate),
      requestedAt: p.canceledDateTime ?? null,
      reason: l.cancelReasonStatus ? (CANCEL_REASON_LABEL[l.cancelReasonStatus] ?? null) : p.isReturnedShipment ? "Teslim Edilemedi" : null,
      description: null,
      customer: { id: null, name: p.customerName, email: null, phone: null },
      productName: l.product?.name ?? null,
      productCode: l.product?.barcode ?? null,
      quantity: l.quantity,
      amount: { amount: fromDouble(unit * l.quantity), currency: currencyCode(p.currencyCode) },
      orderTotal: { amount: fromDouble(p.totalAmount), currency: currencyCode(p.currencyCode) },
      cargoCompany: p.shipmentProvider,
      shipmentCode: p.shipmentTrackingNumber,
      sellerReason: null,
      images: [],
    };
  });
}
