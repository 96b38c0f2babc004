// The unified write shapes: where marketplaces share an act (accept an order, ship a package, cancel
// lines, attach an invoice, approve a refund, change price and stock) each marketplace's mutation
// namespace takes the same input and returns the same unified type. Marketplace-only acts use
// inputs prefixed with the marketplace's name.
import { Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { DecimalScalar } from "./scalars.ts";

export enum CancelReason {
  OUT_OF_STOCK = "OUT_OF_STOCK",
  WRONG_PRICE = "WRONG_PRICE",
  DEFECTIVE_PRODUCT = "DEFECTIVE_PRODUCT",
  WRONG_IMAGE_OR_BARCODE = "WRONG_IMAGE_OR_BARCODE",
  FORCE_MAJEURE = "FORCE_MAJEURE",
  INTEGRATION_FAILED = "INTEGRATION_FAILED",
}
registerEnumType(CancelReason, { name: "CancelReason", description: "Why the seller cancels order lines." });

@InputType({ description: "A quantity of one order line." })
export class LineQuantityInput {
  @Field(() => ID, { description: "OrderLine.id" })
  lineId!: string;

  @Field(() => Int)
  quantity!: number;
}

@InputType()
export class AcceptOrderInput {
  @Field(() => String)
  orderNumber!: string;

  @Field(() => String, { nullable: true, description: "Package.code; every new package of the order when left out." })
  packageCode?: string;
}

@InputType()
export class ShipPackageInput {
  @Field(() => String)
  orderNumber!: string;

  @Field(() => String, { nullable: true, description: "Package.code; required when the order has several open packages." })
  packageCode?: string;

  @Field(() => String, { nullable: true, description: "The marketplace's cargo company code; the store's default when left out." })
  cargoCompany?: string;

  @Field(() => String)
  trackingNumber!: string;

  @Field(() => String, { nullable: true })
  trackingUrl?: string;
}

@InputType()
export class CancelLinesInput {
  @Field(() => String)
  orderNumber!: string;

  @Field(() => String, { nullable: true, description: "Package.code; required when the order has several open packages." })
  packageCode?: string;

  @Field(() => [LineQuantityInput])
  lines!: LineQuantityInput[];

  @Field(() => CancelReason)
  reason!: CancelReason;
}

@InputType()
export class AttachInvoiceInput {
  @Field(() => String)
  orderNumber!: string;

  @Field(() => String, { nullable: true, description: "Package.code; required when the order has several packages." })
  packageCode?: string;

  @Field(() => String)
  invoiceNumber!: string;

  @Field(() => String, { description: "Public URL of the invoice (pdf, jpeg, jpg or png)." })
  invoiceUrl!: string;

  @Field(() => ID, { nullable: true, description: "OrderLine.id, to attach the invoice to one line only (where the marketplace allows it)." })
  lineId?: string;
}

@InputType()
export class ApproveRefundInput {
  @Field(() => ID, { description: "Refund.id" })
  refundId!: string;

  @Field(() => Int, { nullable: true, description: "Units to approve; all of the line when left out." })
  quantity?: number;
}

export enum RefundRejectReason {
  RECEIVED_PRODUCT_NOT_MINE = "RECEIVED_PRODUCT_NOT_MINE",
  PRODUCT_DEFECTIVE_OR_DAMAGED = "PRODUCT_DEFECTIVE_OR_DAMAGED",
  QUANTITY_MISSING = "QUANTITY_MISSING",
  WRONG_PRODUCT = "WRONG_PRODUCT",
  PRODUCT_USED = "PRODUCT_USED",
  PRODUCT_FAKE = "PRODUCT_FAKE",
  PART_MISSING = "PART_MISSING",
  PRODUCT_NOT_DEFECTIVE = "PRODUCT_NOT_DEFECTIVE",
  PRODUCT_NOT_WRONG = "PRODUCT_NOT_WRONG",
  PACKAGE_EMPTY = "PACKAGE_EMPTY",
  PACKAGE_NOT_RECEIVED = "PACKAGE_NOT_RECEIVED",
  EXCESS_PRODUCT_RECEIVED = "EXCESS_PRODUCT_RECEIVED",
  OTHER = "OTHER",
}
registerEnumType(RefundRejectReason, {
  name: "RefundRejectReason",
  description: "Why the seller rejects (disputes) a return. Every reason but PACKAGE_EMPTY and PACKAGE_NOT_RECEIVED needs photos.",
});

@InputType({ description: "A photo or document sent with a refund answer: a URL (Beymen) or the file itself (Pazarama)." })
export class RefundDocumentInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: "Public http(s) URL of the file." })
  url?: string;

  @Field(() => String, { nullable: true, description: "The file's bytes, base64-encoded." })
  contentBase64?: string;
}

@InputType()
export class RejectRefundInput {
  @Field(() => ID, { description: "Refund.id" })
  refundId!: string;

  @Field(() => RefundRejectReason, { nullable: true, description: "Required for returns; cancellation requests are rejected without one." })
  reason?: RefundRejectReason;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => Int, { nullable: true, description: "Units; all of the refund when left out." })
  quantity?: number;

  @Field(() => [RefundDocumentInput], { nullable: true })
  documents?: RefundDocumentInput[];
}

@InputType({ description: "New price and/or stock of one product. Amounts are in the product's currency." })
export class UpdatePriceAndStockInput {
  @Field(() => ID, { description: "Product.id" })
  productId!: string;

  @Field(() => DecimalScalar, { nullable: true, description: "Price before discount." })
  listPrice?: string;

  @Field(() => DecimalScalar, { nullable: true, description: "Price the customer pays." })
  salePrice?: string;

  @Field(() => Int, { nullable: true })
  stock?: number;
}
