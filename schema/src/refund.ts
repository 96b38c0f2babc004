// Refund: a return or a cancellation request, with who decided it.
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { Customer, createConnection, MarketplaceStatus, Money } from "./common.ts";
import { DecidedBy, Marketplace, RefundKind, RefundStatus } from "./enums.ts";
import { DateTimeScalar } from "./scalars.ts";

@ObjectType({ description: "A return or cancellation request on an order." })
export class Refund {
  @Field(() => ID)
  id!: string;

  @Field(() => Marketplace)
  marketplace!: Marketplace;

  @Field(() => RefundKind)
  kind!: RefundKind;

  @Field(() => RefundStatus)
  status!: RefundStatus;

  @Field(() => DecidedBy, { nullable: true })
  decidedBy?: DecidedBy | null;

  @Field(() => MarketplaceStatus)
  marketplaceStatus!: MarketplaceStatus;

  @Field(() => String, { nullable: true, description: "The marketplace's refund number." })
  number?: string | null;

  @Field(() => String)
  orderNumber!: string;

  @Field(() => DateTimeScalar, { nullable: true })
  orderedAt?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  requestedAt?: string | null;

  @Field(() => String, { nullable: true, description: "The customer's reason." })
  reason?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Customer)
  customer!: Customer;

  @Field(() => String, { nullable: true })
  productName?: string | null;

  @Field(() => String, { nullable: true })
  productCode?: string | null;

  @Field(() => Int, { nullable: true })
  quantity?: number | null;

  @Field(() => Money, { nullable: true })
  amount?: Money | null;

  @Field(() => Money, { nullable: true, description: "Total of the order the refund belongs to." })
  orderTotal?: Money | null;

  @Field(() => String, { nullable: true })
  cargoCompany?: string | null;

  @Field(() => String, { nullable: true, description: "Return shipment code, where the marketplace issues one." })
  shipmentCode?: string | null;

  @Field(() => String, { nullable: true, description: "The seller's reason, when the seller disputed or rejected the request." })
  sellerReason?: string | null;

  @Field(() => [String], { nullable: true, description: "Images attached to the request or to the seller's answer." })
  images?: string[] | null;
}

export const RefundConnection = createConnection(Refund, "Refund");

@InputType({ description: "Which refunds to list. Dates are inclusive at the start and exclusive at the end." })
export class RefundFilter {
  @Field(() => DateTimeScalar, { nullable: true })
  requestedFrom?: string;

  @Field(() => DateTimeScalar, { nullable: true })
  requestedTo?: string;

  @Field(() => [RefundStatus], { nullable: true })
  statuses?: RefundStatus[];

  @Field(() => String, { nullable: true })
  orderNumber?: string;
}
