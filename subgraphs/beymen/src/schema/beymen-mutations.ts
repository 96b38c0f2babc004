// Beymen writes: `mutation { beymen(storeId) { … } }`. The acts Beymen shares with other
// marketplaces take the unified inputs and return the unified types (acceptOrder, shipPackage,
// cancelLines, attachInvoice, approveRefund, updatePriceAndStock); Beymen-only acts take inputs
// named Beymen…. Every input is checked against the document's rules before Beymen is called; a
// rejection by Beymen comes back as MARKETPLACE_REJECTED with Beymen's own message. Send one act per
// request: fields under the namespace run in parallel, as GraphQL runs nested fields.

import { badInput, requireScope } from "@pazargraph/runtime";
import {
  AcceptOrderInput,
  ApproveRefundInput,
  AttachInvoiceInput,
  CancelLinesInput,
  CancelReason,
  LineQuantityInput,
  OrderRef,
  Product,
  Refund,
  RefundRejectReason,
  RejectRefundInput,
  ShipPackageInput,
  UpdatePriceAndStockInput,
} from "@pazargraph/schema";
import { Arg, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Resolver, Root } from "type-graphql";
import type { BeymenContext } from "../context.ts";
import type { BeymenStore } from "../service.ts";
import type { ProductDraft } from "../writes/products.ts";
import { BeymenBatch, BeymenDeliveryType, BeymenDisputeReason, BeymenShipmentUpdate } from "./types.ts";

/** Unified reject reasons → Beymen's SellerReasonType (Beymen has no OTHER). */
const DISPUTE_REASON: Record<RefundRejectReason, number | null> = {
  [RefundRejectReason.RECEIVED_PRODUCT_NOT_MINE]: 0,
  [RefundRejectReason.PRODUCT_DEFECTIVE_OR_DAMAGED]: 1,
  [RefundRejectReason.QUANTITY_MISSING]: 2,
  [RefundRejectReason.WRONG_PRODUCT]: 3,
  [RefundRejectReason.PRODUCT_USED]: 4,
  [RefundRejectReason.PRODUCT_FAKE]: 5,
  [RefundRejectReason.PART_MISSING]: 6,
  [RefundRejectReason.PRODUCT_NOT_DEFECTIVE]: 7,
  [RefundRejectReason.PRODUCT_NOT_WRONG]: 8,
  [RefundRejectReason.PACKAGE_EMPTY]: 9,
  [RefundRejectReason.PACKAGE_NOT_RECEIVED]: 10,
  [RefundRejectReason.EXCESS_PRODUCT_RECEIVED]: 11,
  [RefundRejectReason.OTHER]: null,
};

/** Unified cancel reasons → Beymen's CancelReasonStatus. */
const CANCEL_REASON_CODE: Record<CancelReason, number> = {
  [CancelReason.INTEGRATION_FAILED]: 1,
  [CancelReason.OUT_OF_STOCK]: 2,
  [CancelReason.WRONG_PRICE]: 4,
  [CancelReason.DEFECTIVE_PRODUCT]: 8,
  [CancelReason.WRONG_IMAGE_OR_BARCODE]: 16,
  [CancelReason.FORCE_MAJEURE]: 32,
};

@InputType({ description: "Which package of an order." })
export class BeymenPackageInput {
  @Field(() => String)
  orderNumber!: string;
  @Field(() => String, { nullable: true, description: "Package.code; required when the order has several packages the act could apply to." })
  packageCode?: string;
}

@InputType()
export class BeymenDividePackageInput extends BeymenPackageInput {
  @Field(() => [LineQuantityInput], { description: "The units that form the new package; the rest form another." })
  lines!: LineQuantityInput[];
}

@InputType()
export class BeymenDivideByLinesInput extends BeymenPackageInput {
  @Field(() => [[ID]], { description: "Each group of OrderLine ids becomes one package; lines in no group form one more." })
  groups!: string[][];
}

@InputType()
export class BeymenAlternativeDeliveryInput extends BeymenPackageInput {
  @Field(() => BeymenDeliveryType)
  deliveryType!: BeymenDeliveryType;
  @Field(() => String, { nullable: true, description: "A cargo company code; required for ALTERNATIVE_CARGO_COMPANY." })
  cargoCompany?: string;
  @Field(() => String)
  trackingNumber!: string;
  @Field(() => String, { nullable: true })
  trackingUrl?: string;
}

@InputType()
export class BeymenShipmentStatusInput extends BeymenPackageInput {
  @Field(() => BeymenShipmentUpdate)
  status!: BeymenShipmentUpdate;
  @Field(() => String, { nullable: true, description: "Defaults to the package's cargo company." })
  cargoCompany?: string;
  @Field(() => String, { nullable: true, description: "Defaults to the package's tracking number (required for SHIPPED)." })
  trackingNumber?: string;
  @Field(() => String, { nullable: true })
  trackingUrl?: string;
}

@InputType()
export class BeymenDisputeRefundInput {
  @Field(() => ID, { description: "Refund.id" })
  refundId!: string;
  @Field(() => BeymenDisputeReason)
  reason!: BeymenDisputeReason;
  @Field(() => Int, { nullable: true, description: "All of the line when left out." })
  quantity?: number;
  @Field(() => [String], { nullable: true, description: "Image URLs; required for every reason but PACKAGE_IS_EMPTY." })
  images?: string[];
  @Field(() => String, { nullable: true })
  description?: string;
}

@InputType()
export class BeymenAttributeInput {
  @Field(() => ID)
  attributeId!: string;
  @Field(() => String, { description: "The value's id, or free text for free-text attributes." })
  value!: string;
}

@InputType({ description: "A product for Beymen. On create, every field but id, salePrice, desi, attributes, merchantColor and stockCode is required." })
export class BeymenProductInput {
  @Field(() => ID, { nullable: true, description: "Product.id; only for updates." })
  id?: string;
  @Field(() => String)
  name!: string;
  @Field(() => String, { nullable: true })
  barcode?: string;
  @Field(() => String, { nullable: true })
  modelCode?: string;
  @Field(() => String)
  description!: string;
  @Field(() => ID, { nullable: true, description: "The store's default brand (store settings) when left out." })
  brandId?: string;
  @Field(() => ID, { nullable: true, description: "A leaf category; the store's default category when left out." })
  categoryId?: string;
  @Field(() => ID, { nullable: true, description: "A Beymen colour id (beymen { colors })." })
  platformColor?: string;
  @Field(() => ID, { nullable: true, description: "A Beymen size id (beymen { sizes })." })
  size?: string;
  @Field(() => ID, { nullable: true, description: "A Beymen gender id (beymen { genders })." })
  gender?: string;
  @Field(() => Int, { nullable: true })
  stock?: number;
  @Field(() => String, { nullable: true, description: "Price before discount (Beymen's salesPrice), TRY." })
  listPrice?: string;
  @Field(() => String, { nullable: true, description: "Price on Beymen (platformPrice); listPrice when left out." })
  salePrice?: string;
  @Field(() => Int, { nullable: true, description: "0, 1, 10 or 20." })
  vatRate?: number;
  @Field(() => [String], { nullable: true, description: "Image URLs; on update, ids of existing images keep them." })
  images?: string[];
  @Field(() => Float, { nullable: true })
  desi?: number;
  @Field(() => [BeymenAttributeInput], { nullable: true })
  attributes?: BeymenAttributeInput[];
  @Field(() => String, { nullable: true, description: "The seller's colour name, at most 30 characters." })
  merchantColor?: string;
  @Field(() => String, { nullable: true })
  stockCode?: string;
}

@InputType()
export class BeymenTranslationInput {
  @Field(() => ID)
  productId!: string;
  @Field(() => String, { description: 'Two-letter language code, e.g. "en".' })
  language!: string;
  @Field(() => String)
  name!: string;
  @Field(() => String)
  description!: string;
  @Field(() => String)
  merchantColor!: string;
}

@ObjectType({ description: "Writes to one Beymen store." })
export class BeymenMutations {
  @Field(() => ID)
  storeId!: string;
  /** The store, resolved once for every write under it. */
  store!: BeymenStore;
}

const draft = (p: BeymenProductInput): ProductDraft => ({ ...p, attributes: p.attributes?.map((a) => ({ attributeId: a.attributeId, value: a.value })) });

@Resolver(() => BeymenMutations)
export class BeymenMutationsResolver {
  @Mutation(() => BeymenMutations, { nullable: true, description: "Writes to a Beymen store. storeId may be left out when exactly one Beymen store is connected." })
  beymen(@Arg("storeId", () => ID, { nullable: true }) storeId: string | undefined, @Ctx() ctx: BeymenContext): BeymenMutations {
    if (ctx.identity) requireScope(ctx.identity, "write");
    const store = ctx.service.store(storeId, ctx.identity?.tenantId);
    return { storeId: store.config.id, store };
  }

  @FieldResolver(() => OrderRef, { description: "Takes new packages into picking (Beymen: NewOrder → ReadyToShip)." })
  acceptOrder(@Root() m: BeymenMutations, @Ctx() ctx: BeymenContext, @Arg("input", () => AcceptOrderInput) input: AcceptOrderInput) {
    return ctx.writes.acceptOrder(m.store, input);
  }

  @FieldResolver(() => OrderRef, { description: "Hands a package to the cargo company with its tracking number." })
  shipPackage(@Root() m: BeymenMutations, @Ctx() ctx: BeymenContext, @Arg("input", () => ShipPackageInput) input: ShipPackageInput) {
    return ctx.writes.shipPackage(m.store, input);
  }

  @FieldResolver(() => OrderRef, { description: "Seller cancel. A partial cancel moves the remaining lines to a new package of the same order." })
  cancelLines(@Root() m: BeymenMutations, @Ctx() ctx: BeymenContext, @Arg("input", () => CancelLinesInput) input: CancelLinesInput) {
    return ctx.writes.cancelLines(m.store, { ...input, reason: CANCEL_REASON_CODE[input.reason] });
  }

  @FieldResolver(() => OrderRef, { description: "Uploads the invoice of a package (a pdf, jpeg, jpg or png URL)." })
  attachInvoice(@Root() m: BeymenMutations, @Ctx() ctx: BeymenContext, @Arg("input", () => AttachInvoiceInput) input: AttachInvoiceInput) {
    if (input.lineId) throw badInput("Beymen attaches invoices to packages, not lines: leave lineId out", "input.lineId");
    return ctx.writes.attachInvoice(m.store, input);
  }

  @FieldResolver(() => Refund, { description: "Approves a return (the claim must be ACTION_NEEDED)." })
  approveRefund(@Root() m: BeymenMutations, @Ctx() ctx: BeymenContext, @Arg("input", () => ApproveRefundInput) input: ApproveRefundInput) {
    return ctx.refundWrites.approveRefund(m.store, input.refundId, input.quantity);
  }

  @FieldResolver(() => Refund, { description: "Rejects a return: on Beymen, a dispute (İhtilaflı İade) with the reason and image URLs." })
  rejectRefund(@Root() m: BeymenMutations, @Ctx() ctx: BeymenContext, @Arg("input", () => RejectRefundInput) input: RejectRefundInput) {
    if (!input.reason) throw badInput("reason is required to reject a return", "input.reason");
    const reason = DISPUTE_REASON[input.reason];
    if (reason === null) throw badInput(`${input.reason} is not a Beymen dispute reason`, "input.reason");
    const images = (input.documents ?? []).map((d, i) => {
      if (!d.url) throw badInput("Beymen takes image URLs: give url", `input.documents[${i}].url`);
      return d.url;
    });
    return ctx.refundWrites.disputeRefund(m.store, { refundId: input.refundId, reason, quantity: input.quantity, images, description: input.description });
  }

  @FieldResolver(() => Product)
  updatePriceAndStock(@Root() m: BeymenMutations, @Ctx() ctx: BeymenContext, @Arg("input", () => UpdatePriceAndStockInput) input: UpdatePriceAndStockInput) {
    return ctx.productWrites.updatePriceAndStock(m.store, input);
  }

  @FieldResolver(() => OrderRef, { description: "Removes a wrongly uploaded invoice so that another can be attached." })
  deleteInvoice(@Root() m: BeymenMutations, @Ctx() ctx: BeymenContext, @Arg("input", () => BeymenPackageInput) input: BeymenPackageInput) {
    return ctx.writes.deleteInvoice(m.store, input);
  }

  @FieldResolver(() => OrderRef, { description: "Splits a package by units; the divided package stays with status SPLIT." })
  dividePackage(@Root() m: BeymenMutations, @Ctx() ctx: BeymenContext, @Arg("input", () => BeymenDividePackageInput) input: BeymenDividePackageInput) {
    return ctx.writes.dividePackage(m.store, input);
  }

  @FieldResolver(() => OrderRef, { description: "Splits a package by groups of lines." })
  dividePackageByLines(@Root() m: BeymenMutations, @Ctx() ctx: BeymenContext, @Arg("input", () => BeymenDivideByLinesInput) input: BeymenDivideByLinesInput) {
    return ctx.writes.dividePackageByLines(m.store, input);
  }

  @FieldResolver(() => OrderRef, { description: "Ships a new or ready package outside Beymen's contracted cargo." })
  alternativeDelivery(@Root() m: BeymenMutations, @Ctx() ctx: BeymenContext, @Arg("input", () => BeymenAlternativeDeliveryInput) input: BeymenAlternativeDeliveryInput) {
    return ctx.writes.alternativeDelivery(m.store, input);
  }

  @FieldResolver(() => OrderRef, { description: "An alternatively delivered package reached the customer." })
  alternativeDeliveryDelivered(@Root() m: BeymenMutations, @Ctx() ctx: BeymenContext, @Arg("input", () => BeymenPackageInput) input: BeymenPackageInput) {
    return ctx.writes.alternativeDeliveryOutcome(m.store, input, true);
  }

  @FieldResolver(() => OrderRef, { description: "An alternatively delivered package came back undelivered (Beymen treats it as a customer cancel)." })
  alternativeDeliveryUndeliverable(@Root() m: BeymenMutations, @Ctx() ctx: BeymenContext, @Arg("input", () => BeymenPackageInput) input: BeymenPackageInput) {
    return ctx.writes.alternativeDeliveryOutcome(m.store, input, false);
  }

  @FieldResolver(() => OrderRef, { description: "Moves a package's cargo status by hand: SHIPPED, then DELIVERED or UNDELIVERABLE." })
  updateShipmentStatus(@Root() m: BeymenMutations, @Ctx() ctx: BeymenContext, @Arg("input", () => BeymenShipmentStatusInput) input: BeymenShipmentStatusInput) {
    return ctx.writes.updateShipmentStatus(m.store, { ...input, status: input.status as unknown as 4 | 8 | 16 });
  }

  @FieldResolver(() => Refund, { description: 'Marks a return as received when the cargo did not ("Teslim Aldım"): NEW → ACTION_NEEDED.' })
  receiveRefund(@Root() m: BeymenMutations, @Ctx() ctx: BeymenContext, @Arg("refundId", () => ID) refundId: string) {
    return ctx.refundWrites.receiveRefund(m.store, refundId);
  }

  @FieldResolver(() => Refund, { description: "Disputes a return (İhtilaflı İade)." })
  disputeRefund(@Root() m: BeymenMutations, @Ctx() ctx: BeymenContext, @Arg("input", () => BeymenDisputeRefundInput) input: BeymenDisputeRefundInput) {
    return ctx.refundWrites.disputeRefund(m.store, { ...input, reason: input.reason as number });
  }

  @FieldResolver(() => BeymenBatch, { description: "Creates products in one batch; read the results with beymen { batch(processId) }." })
  createProducts(@Root() m: BeymenMutations, @Ctx() ctx: BeymenContext, @Arg("products", () => [BeymenProductInput]) products: BeymenProductInput[]) {
    return ctx.productWrites.createProducts(m.store, products.map(draft));
  }

  @FieldResolver(() => BeymenBatch, { description: "Updates products in one batch (by Product.id)." })
  updateProducts(@Root() m: BeymenMutations, @Ctx() ctx: BeymenContext, @Arg("products", () => [BeymenProductInput]) products: BeymenProductInput[]) {
    return ctx.productWrites.updateProducts(m.store, products.map(draft));
  }

  @FieldResolver(() => Product, { description: "Opens (true) or closes (false) a product for sale." })
  setProductOnSale(@Root() m: BeymenMutations, @Ctx() ctx: BeymenContext, @Arg("productId", () => ID) productId: string, @Arg("onSale", () => Boolean) onSale: boolean) {
    return ctx.productWrites.setOnSale(m.store, productId, onSale);
  }

  @FieldResolver(() => Product, { description: "Adds or changes a product's texts in another language (English on beymen.com)." })
  setProductTranslation(@Root() m: BeymenMutations, @Ctx() ctx: BeymenContext, @Arg("input", () => BeymenTranslationInput) input: BeymenTranslationInput) {
    return ctx.productWrites.setTranslation(m.store, input);
  }
}
