// The one documented rule for an order's status when the marketplace sends none at order level:
// the order shows the status of the line that most needs the seller's attention. Lines are ranked
// by ORDER_STATUS_ATTENTION (first wins); so an order with one line to ship and one cancelled shows
// PREPARING, and one with a pending return request shows RETURN_REQUESTED whatever its other lines.
import { OrderStatus } from "./enums.ts";

export const ORDER_STATUS_ATTENTION: readonly OrderStatus[] = [
  OrderStatus.CANCELLATION_REQUESTED,
  OrderStatus.RETURN_REQUESTED,
  // A code nobody mapped yet: shown rather than hidden behind the order's other lines.
  OrderStatus.UNKNOWN,
  OrderStatus.CREATED,
  OrderStatus.PREPARING,
  OrderStatus.SPLIT,
  OrderStatus.SHIPPED,
  OrderStatus.AT_PICKUP_POINT,
  OrderStatus.UNDELIVERED,
  OrderStatus.DELIVERED,
  OrderStatus.RETURN_REJECTED,
  OrderStatus.RETURN_APPROVED,
  OrderStatus.RETURNED,
  OrderStatus.UNSUPPLIED,
  OrderStatus.CANCELLED,
];

/** Derives an order's status from its lines' statuses (see the module header). */
export function deriveOrderStatus(lineStatuses: readonly OrderStatus[]): OrderStatus {
  if (lineStatuses.length === 0) throw new Error("an order without lines has no status");
  let best = ORDER_STATUS_ATTENTION.length;
  for (const s of lineStatuses) best = Math.min(best, ORDER_STATUS_ATTENTION.indexOf(s));
  return ORDER_STATUS_ATTENTION[best];
}
