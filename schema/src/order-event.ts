// OrderEvent: what the pollers append to the event stream and `orderEvents` streams to clients.
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { Marketplace, OrderEventKind, OrderStatus } from "./enums.ts";
import { Order } from "./order.ts";
import { DateTimeScalar } from "./scalars.ts";

@ObjectType({ description: "A change to an order, seen by the store's poller." })
export class OrderEvent {
  @Field(() => ID, { description: "Cursor in the event stream; pass it as `after` to resume after this event." })
  id!: string;

  @Field(() => OrderEventKind)
  kind!: OrderEventKind;

  @Field(() => DateTimeScalar)
  occurredAt!: string;

  @Field(() => Marketplace)
  marketplace!: Marketplace;

  @Field(() => OrderStatus, { nullable: true })
  previousStatus?: OrderStatus | null;

  @Field(() => OrderStatus)
  status!: OrderStatus;

  @Field(() => Order)
  order!: Order;
}

@InputType()
export class OrderEventFilter {
  @Field(() => [Marketplace], { nullable: true })
  marketplaces?: Marketplace[];

  @Field(() => [ID], { nullable: true })
  storeIds?: string[];

  @Field(() => [OrderEventKind], { nullable: true })
  kinds?: OrderEventKind[];

  @Field(() => [OrderStatus], { nullable: true, description: "Only events whose new status is one of these." })
  statuses?: OrderStatus[];
}

/** The event stream every poller appends to and `orderEvents` reads. */
export const ORDER_EVENTS_STREAM = "orders";

/** What the stream carries; the orders subgraph adds the stream id as OrderEvent.id. */
export interface OrderEventPayload {
  kind: OrderEventKind;
  /** The store's tenant: who may see the event (not part of the GraphQL type). */
  tenantId?: string;
  occurredAt: string;
  marketplace: Marketplace;
  storeId: string;
  previousStatus: OrderStatus | null;
  status: OrderStatus;
  order: Order;
}
