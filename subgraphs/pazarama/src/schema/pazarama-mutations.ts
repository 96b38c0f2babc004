// Pazarama writes: `mutation { pazarama(storeId) { … } }`. The acts Pazarama shares with other
// marketplaces take the unified inputs and return the unified types (acceptOrder, shipPackage,
// cancelLines, attachInvoice, approveRefund, rejectRefund); Pazarama-only acts take inputs named
// Pazarama…. Inputs are checked against the document's rules before Pazarama is called; a refusal
// by Pazarama comes back as MARKETPLACE_REJECTED with its userMessage. Send one act per request.

import { requireScope } from "@pazargraph/runtime";
import {
  AcceptOrderInput,
  ApproveRefundInput,
  AttachInvoiceInput,
  CancelLinesInput,
  LineQuantityInput,
  Refund,
  RefundDocumentInput,
  RejectRefundInput,
  ShipPackageInput,
} from "@pazargraph/schema";
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Resolver, Root, registerEnumType } from "type-graphql";
import type { PazaramaContext } from "../context.ts";
import type { PazaramaStore } from "../service.ts";
import { PazaramaOrderRef } from "./pazarama-order.ts";

export enum PazaramaItemStatusUpdate {
  PREPARING = 12,
  SHIPPED = 5,
  DELIVERED = 11,
  UNDELIVERED = 14,
  UNSUPPLIED = 13,
}
registerEnumType(PazaramaItemStatusUpdate, {
  name: "PazaramaItemStatusUpdate",
  description: "Statuses a seller may set: 3 → PREPARING first, then SHIPPED, then DELIVERED or UNDELIVERED; UNSUPPLIED before shipping.",
});

export enum PazaramaRefundReviewType {
  MANUFACTURER_REVIEW = 1,
  AUTHORIZED_SERVICE_REVIEW = 2,
  OTHER = 3,
}
registerEnumType(PazaramaRefundReviewType, { name: "PazaramaRefundReviewType" });

@InputType()
export class PazaramaItemStatusInput {
  @Field(() => String)
  orderNumber!: string;
  @Field(() => ID, { description: "OrderLine.id" })
  lineId!: string;
  @Field(() => PazaramaItemStatusUpdate)
  status!: PazaramaItemStatusUpdate;
  @Field(() => String, { nullable: true, description: "For SHIPPED: a cargo company's name or Pazarama id; the line's own when left out." })
  cargoCompany?: string;
  @Field(() => String, { nullable: true, description: "Required for SHIPPED." })
  trackingNumber?: string;
  @Field(() => String, { nullable: true })
  trackingUrl?: string;
}

@InputType()
export class PazaramaItemsStatusInput {
  @Field(() => String)
  orderNumber!: string;
  @Field(() => [ID], { description: "OrderLine ids that share the shipment data." })
  lineIds!: string[];
  @Field(() => PazaramaItemStatusUpdate)
  status!: PazaramaItemStatusUpdate;
  @Field(() => String, { nullable: true })
  packageCode?: string;
  @Field(() => String, { nullable: true })
  cargoCompany?: string;
  @Field(() => String, { nullable: true, description: "Required for SHIPPED." })
  trackingNumber?: string;
  @Field(() => String, { nullable: true })
  trackingUrl?: string;
}

@InputType()
export class PazaramaOrderStatusInput {
  @Field(() => String)
  orderNumber!: string;
  @Field(() => PazaramaItemStatusUpdate, { description: "Every line goes to this status (not SHIPPED: use shipPackage)." })
  status!: PazaramaItemStatusUpdate;
}

@InputType()
export class PazaramaSplitPackageInput {
  @Field(() => String)
  orderNumber!: string;
  @Field(() => String, { description: "Package.code (PZ…)" })
  packageCode!: string;
  @Field(() => ID, { description: "One of pazarama { sellerAddresses }." })
  sellerAddressId!: string;
  @Field(() => String, { nullable: true })
  cargoCompany?: string;
  @Field(() => [LineQuantityInput], { description: "The units that move to the new package." })
  lines!: LineQuantityInput[];
}

@InputType()
export class PazaramaPackageInput {
  @Field(() => String)
  orderNumber!: string;
  @Field(() => String)
  packageCode!: string;
}

@InputType()
export class PazaramaLaborCostInput {
  @Field(() => ID)
  lineId!: string;
  @Field(() => Int, { description: "Labour cost (whole lira)." })
  laborCost!: number;
  @Field(() => Int, { nullable: true, description: "How many of the line's units it applies to. @default 0" })
  processCount?: number;
}

@InputType()
export class PazaramaLaborCostsInput {
  @Field(() => String)
  orderNumber!: string;
  @Field(() => [PazaramaLaborCostInput])
  items!: PazaramaLaborCostInput[];
}

@InputType()
export class PazaramaRefundReviewInput {
  @Field(() => ID)
  refundId!: string;
  @Field(() => PazaramaRefundReviewType)
  reviewType!: PazaramaRefundReviewType;
  @Field(() => String, { nullable: true, description: "Required for OTHER." })
  description?: string;
  @Field(() => [RefundDocumentInput], { nullable: true, description: "At most 3 files of 5 MB." })
  documents?: RefundDocumentInput[];
}

@InputType()
export class PazaramaRefundRevisionInput {
  @Field(() => ID)
  refundId!: string;
  @Field(() => String)
  description!: string;
  @Field(() => [RefundDocumentInput], { nullable: true })
  documents?: RefundDocumentInput[];
}

@ObjectType({ description: "Writes to one Pazarama store." })
export class PazaramaMutations {
  @Field(() => ID)
  storeId!: string;
  /** The store, resolved once for every field under it. */
  store!: PazaramaStore;
}

@Resolver(() => PazaramaMutations)
export class PazaramaMutationsResolver {
  @Mutation(() => PazaramaMutations, { nullable: true, description: "Writes to a Pazarama store. storeId may be left out when exactly one Pazarama store is connected." })
  pazarama(@Arg("storeId", () => ID, { nullable: true }) storeId: string | undefined, @Ctx() ctx: PazaramaContext): PazaramaMutations {
    if (ctx.identity) requireScope(ctx.identity, "write");
    const store = ctx.service.store(storeId, ctx.identity?.tenantId);
    return { storeId: store.config.id, store };
  }

  @FieldResolver(() => PazaramaOrderRef, { description: "Received → preparing (3 → 12) for the order or one package." })
  acceptOrder(@Root() m: PazaramaMutations, @Ctx() ctx: PazaramaContext, @Arg("input", () => AcceptOrderInput) input: AcceptOrderInput) {
    return ctx.writes.acceptOrder(m.store, input);
  }

  @FieldResolver(() => PazaramaOrderRef, { description: "Preparing → shipped (12 → 5) with cargo tracking, for one package's lines in one call." })
  shipPackage(@Root() m: PazaramaMutations, @Ctx() ctx: PazaramaContext, @Arg("input", () => ShipPackageInput) input: ShipPackageInput) {
    return ctx.writes.shipPackage(m.store, input);
  }

  @FieldResolver(() => PazaramaOrderRef, { description: "Marks whole lines unsupplied (13); Pazarama refunds the customer." })
  cancelLines(@Root() m: PazaramaMutations, @Ctx() ctx: PazaramaContext, @Arg("input", () => CancelLinesInput) input: CancelLinesInput) {
    return ctx.writes.cancelLines(m.store, input);
  }

  @FieldResolver(() => PazaramaOrderRef, {
    description: "Invoice link for the order, one package (after shipping) or one line. invoiceNumber is not sent: Pazarama takes the link only.",
  })
  attachInvoice(@Root() m: PazaramaMutations, @Ctx() ctx: PazaramaContext, @Arg("input", () => AttachInvoiceInput) input: AttachInvoiceInput) {
    return ctx.writes.attachInvoice(m.store, input);
  }

  @FieldResolver(() => Refund, { description: "Approves a return or a cancellation request waiting for the seller." })
  approveRefund(@Root() m: PazaramaMutations, @Ctx() ctx: PazaramaContext, @Arg("input", () => ApproveRefundInput) input: ApproveRefundInput) {
    return ctx.writes.approveRefund(m.store, input);
  }

  @FieldResolver(() => Refund, { description: "Rejects a return (reason, description and, but for an empty or missing package, photos) or a cancellation request." })
  rejectRefund(@Root() m: PazaramaMutations, @Ctx() ctx: PazaramaContext, @Arg("input", () => RejectRefundInput) input: RejectRefundInput) {
    return ctx.writes.rejectRefund(m.store, input);
  }

  @FieldResolver(() => PazaramaOrderRef, { description: "One line's status (3.14/3.15)." })
  updateItemStatus(@Root() m: PazaramaMutations, @Ctx() ctx: PazaramaContext, @Arg("input", () => PazaramaItemStatusInput) input: PazaramaItemStatusInput) {
    return ctx.writes.updateItemStatus(m.store, { ...input, status: input.status as number });
  }

  @FieldResolver(() => PazaramaOrderRef, { description: "Several lines with the same shipment data in one call (3.33)." })
  updateItemsStatus(@Root() m: PazaramaMutations, @Ctx() ctx: PazaramaContext, @Arg("input", () => PazaramaItemsStatusInput) input: PazaramaItemsStatusInput) {
    return ctx.writes.updateItemsStatus(m.store, { ...input, status: input.status as number });
  }

  @FieldResolver(() => PazaramaOrderRef, { description: "Every line of the order to one status (3.16)." })
  updateOrderStatus(@Root() m: PazaramaMutations, @Ctx() ctx: PazaramaContext, @Arg("input", () => PazaramaOrderStatusInput) input: PazaramaOrderStatusInput) {
    return ctx.writes.updateOrderStatus(m.store, { ...input, status: input.status as number });
  }

  @FieldResolver(() => PazaramaOrderRef, { description: "Moves units to a new package sent from another address (3.26)." })
  splitPackage(@Root() m: PazaramaMutations, @Ctx() ctx: PazaramaContext, @Arg("input", () => PazaramaSplitPackageInput) input: PazaramaSplitPackageInput) {
    return ctx.writes.splitPackage(m.store, input);
  }

  @FieldResolver(() => PazaramaOrderRef, { description: "Puts a split-off package back into the package it came from (3.26)." })
  undoPackageSplit(@Root() m: PazaramaMutations, @Ctx() ctx: PazaramaContext, @Arg("input", () => PazaramaPackageInput) input: PazaramaPackageInput) {
    return ctx.writes.undoPackageSplit(m.store, input);
  }

  @FieldResolver(() => PazaramaOrderRef, { description: "Labour cost of gold items, while received, preparing or shipped (3.28)." })
  setLaborCosts(@Root() m: PazaramaMutations, @Ctx() ctx: PazaramaContext, @Arg("input", () => PazaramaLaborCostsInput) input: PazaramaLaborCostsInput) {
    return ctx.writes.setLaborCosts(m.store, input);
  }

  @FieldResolver(() => Refund, { description: "Sends a return to review (3.29)." })
  sendRefundToReview(@Root() m: PazaramaMutations, @Ctx() ctx: PazaramaContext, @Arg("input", () => PazaramaRefundReviewInput) input: PazaramaRefundReviewInput) {
    return ctx.writes.sendRefundToReview(m.store, { ...input, reviewType: input.reviewType as number });
  }

  @FieldResolver(() => Refund, { description: "Answers Pazarama's request for more information on a return (3.31)." })
  answerRefundRevision(@Root() m: PazaramaMutations, @Ctx() ctx: PazaramaContext, @Arg("input", () => PazaramaRefundRevisionInput) input: PazaramaRefundRevisionInput) {
    return ctx.writes.answerRefundRevision(m.store, input);
  }
}
