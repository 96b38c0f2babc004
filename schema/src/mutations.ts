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
}

@InputType()
export class ApproveRefundInput {
  @Field(() => ID, { description: "Refund.id" })
  refundId!: string;

  @Field(() => Int, { nullable: true, description: "Units to approve; all of the line when left out." })
  quantity?: number;
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
