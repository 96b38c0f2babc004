// The unified enums of ARCHITECTURE.md ("The unified vocabulary"). Registered once, shared by every
// subgraph so that the composed schema has exactly one definition of each.
import { registerEnumType } from "type-graphql";

export enum Marketplace {
  PAZARAMA = "PAZARAMA",
  BEYMEN = "BEYMEN",
  TRENDYOL = "TRENDYOL",
}

export enum OrderStatus {
  CREATED = "CREATED",
  PREPARING = "PREPARING",
  SHIPPED = "SHIPPED",
  AT_PICKUP_POINT = "AT_PICKUP_POINT",
  DELIVERED = "DELIVERED",
  UNDELIVERED = "UNDELIVERED",
  CANCELLATION_REQUESTED = "CANCELLATION_REQUESTED",
  CANCELLED = "CANCELLED",
  UNSUPPLIED = "UNSUPPLIED",
  RETURN_REQUESTED = "RETURN_REQUESTED",
  RETURN_APPROVED = "RETURN_APPROVED",
  RETURN_REJECTED = "RETURN_REJECTED",
  RETURNED = "RETURNED",
  SPLIT = "SPLIT",
  /** A status code the marketplace sent that PazarGraph does not know yet: `marketplaceStatus` has its code. */
  UNKNOWN = "UNKNOWN",
}

export enum RefundStatus {
  PENDING = "PENDING",
  ACTION_NEEDED = "ACTION_NEEDED",
  UNDER_REVIEW = "UNDER_REVIEW",
  APPROVED = "APPROVED",
  REJECTED = "REJECTED",
  IN_DISPUTE = "IN_DISPUTE",
  CANCELLED = "CANCELLED",
  /** A status code the marketplace sent that PazarGraph does not know yet: `marketplaceStatus` has its code. */
  UNKNOWN = "UNKNOWN",
}

export enum RefundKind {
  RETURN = "RETURN",
  CANCELLATION = "CANCELLATION",
}

export enum DecidedBy {
  SELLER = "SELLER",
  MARKETPLACE = "MARKETPLACE",
  SYSTEM = "SYSTEM",
  CUSTOMER = "CUSTOMER",
}

export enum ApiStatus {
  VALID = "VALID",
  INVALID = "INVALID",
  UNKNOWN = "UNKNOWN",
}

export enum InvoiceType {
  INDIVIDUAL = "INDIVIDUAL",
  CORPORATE = "CORPORATE",
}

export enum OrderEventKind {
  CREATED = "CREATED",
  STATUS_CHANGED = "STATUS_CHANGED",
  /** A line changed (shipped, cancelled, split, returned) while the order's own status stayed. */
  LINES_CHANGED = "LINES_CHANGED",
}

registerEnumType(Marketplace, { name: "Marketplace", description: "A marketplace PazarGraph connects to." });
registerEnumType(OrderStatus, {
  name: "OrderStatus",
  description: "Unified status of an order or an order line; the raw one is in `marketplaceStatus`.",
});
registerEnumType(RefundStatus, { name: "RefundStatus", description: "Unified status of a return or cancellation request." });
registerEnumType(RefundKind, { name: "RefundKind", description: "Whether a refund is a return or a cancellation request." });
registerEnumType(DecidedBy, { name: "DecidedBy", description: "Who decided a refund's current status." });
registerEnumType(ApiStatus, { name: "ApiStatus", description: "Whether a store's marketplace credentials work." });
registerEnumType(InvoiceType, { name: "InvoiceType" });
registerEnumType(OrderEventKind, {
  name: "OrderEventKind",
  description: "What happened to an order.",
  valuesConfig: { LINES_CHANGED: { description: "A line changed (shipped, cancelled, split, returned) while the order's own status stayed." } },
});
