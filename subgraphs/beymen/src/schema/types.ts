// Beymen-only GraphQL types: attribute values, cargo companies, finance records, batch results, and
// the enums of Beymen's own vocabulary (English names; Beymen's labels stay in marketplaceStatus).
import { createConnection, DateTimeScalar, Money } from "@pazargraph/schema";
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";

export enum BeymenProductStatus {
  ON_SALE = "OnSale",
  NOT_ON_SALE = "NotOnSale",
  OUT_OF_STOCK = "OutOfStock",
  WAITING_BEYMEN_APPROVAL = "WaitingBeymenApproval",
  WAITING_REVISED = "WaitingRevised",
  NOT_SELECTED_BEYMEN = "NotSelectedBeymen",
}
export enum BeymenProductSubStatus {
  DEACTIVATED_BY_BEYMEN = "DeactivatedByBeymen",
  PRICE_MISSING = "PriceMissing",
  DEACTIVATED_BY_SELLER = "DeactivatedBySeller",
  DEACTIVATED_BY_CRITICAL_PRICE_CHANGE = "DeactivatedByCriticalPriceChange",
  SELLER_ACTION_NEEDED = "SellerActionNeeded",
  WAITING_FOR_SELECTION = "WaitingForSelection",
  WAITING_FOR_IMAGE_REVISED = "WaitingForImageRevised",
  WAITING_FOR_PRODUCT_CONTROL = "WaitingForProductControl",
  STOCK_OUT = "StockOut",
  DEACTIVATED_BY_STORE_CLOSED = "DeactivatedByStoreClosed",
}
export enum BeymenInvoiceType {
  COMMISSION = 0,
  SHIPMENT = 1,
  INSUFFICIENT_SUPPLY = 2,
  DELAY = 3,
  MISSING_PRODUCT = 4,
  ADVERTISING = 5,
}
export enum BeymenDeliveryType {
  ALTERNATIVE_CARGO_COMPANY = 0,
  AUTHORIZED_SERVICE = 1,
}
export enum BeymenShipmentUpdate {
  SHIPPED = 4,
  DELIVERED = 8,
  UNDELIVERABLE = 16,
}
export enum BeymenDisputeReason {
  RECEIVED_PRODUCT_NOT_MINE = 0,
  PRODUCT_IS_DEFECTIVE_OR_DAMAGED = 1,
  PRODUCT_QUANTITY_IS_MISSING = 2,
  PRODUCT_IS_WRONG = 3,
  PRODUCT_USED_OR_OPENED_PACKING = 4,
  PRODUCT_IS_FAKE = 5,
  PRODUCT_PART_IS_MISSING = 6,
  PRODUCT_IS_NOT_DEFECTIVE = 7,
  PRODUCT_IS_NOT_WRONG = 8,
  PACKAGE_IS_EMPTY = 9,
  PACKAGE_NOT_FOUND = 10,
  EXCESS_PRODUCT_RECEIVED = 11,
}
/** Beymen's shipment line statuses (shipmentLineStatus), which its order list filters by as `subStatus`. */
export enum BeymenLineStatus {
  NEW_ORDER = "NewOrder",
  READY_TO_SHIP = "ReadyToShip",
  SHIPPED = "Shipped",
  DELIVERED_TO_CUSTOMER = "DeliveredToCustomer",
  CANCELLED_BY_BEYMEN = "CancelledByBeymen",
  CANCELLED_BY_SELLER = "CancelledBySeller",
  CANCELLED_BY_CUSTOMER = "CancelledByCustomer",
  REORDER = "Reorder",
}
registerEnumType(BeymenLineStatus, { name: "BeymenLineStatus", description: "A Beymen shipment line status (the orders' subStatus)." });

@InputType({ description: "Beymen-only filters, sent to Beymen: an order matches when one of its packages does, and comes back whole." })
export class BeymenPackageFilter {
  @Field(() => Boolean, { nullable: true, description: "true: packages under Beymen's fraud check (payment awaited; they cannot be picked yet); false: cleared." })
  fraudCheck?: boolean;
  @Field(() => BeymenLineStatus, { nullable: true, description: "Packages with a line in this status." })
  lineStatus?: BeymenLineStatus;
  @Field(() => String, { nullable: true, description: 'One package by its number (shipmentNumber), e.g. "MP000001002433".' })
  packageNumber?: string;
}

registerEnumType(BeymenProductStatus, { name: "BeymenProductStatus" });
registerEnumType(BeymenProductSubStatus, { name: "BeymenProductSubStatus" });
registerEnumType(BeymenInvoiceType, { name: "BeymenInvoiceType" });
registerEnumType(BeymenDeliveryType, { name: "BeymenDeliveryType", description: "How an alternative delivery travels." });
registerEnumType(BeymenShipmentUpdate, { name: "BeymenShipmentUpdate" });
registerEnumType(BeymenDisputeReason, { name: "BeymenDisputeReason", description: "Why the seller disputes a return. Every reason but PACKAGE_IS_EMPTY needs images." });

@ObjectType({ description: "A value of one of Beymen's attribute lists (gender, size, colour)." })
export class BeymenAttributeValue {
  @Field(() => ID)
  id!: string;
  @Field(() => String)
  name!: string;
}

@ObjectType()
export class BeymenCargoCompany {
  @Field(() => String, { description: "The code Beymen's calls take." })
  code!: string;
  @Field(() => String)
  name!: string;
}

@ObjectType({ description: "One line of Beymen's daily financial records." })
export class BeymenTransaction {
  @Field(() => ID)
  id!: string;
  @Field(() => String)
  number!: string;
  @Field(() => String, { description: 'Beymen\'s label, e.g. "Satış", "İade".' })
  type!: string;
  @Field(() => String)
  orderNumber!: string;
  @Field(() => DateTimeScalar, { nullable: true })
  orderedAt?: string | null;
  @Field(() => DateTimeScalar, { nullable: true })
  transactedAt?: string | null;
  @Field(() => Money)
  amount!: Money;
  @Field(() => Int)
  paymentPeriodDays!: number;
}
export const BeymenTransactionConnection = createConnection(BeymenTransaction, "BeymenTransaction");

@ObjectType({ description: "An invoice Beymen issued to the seller." })
export class BeymenInvoice {
  @Field(() => ID)
  id!: string;
  @Field(() => String)
  number!: string;
  @Field(() => String, { nullable: true })
  type?: string | null;
  @Field(() => String)
  typeLabel!: string;
  @Field(() => DateTimeScalar, { nullable: true })
  issuedAt?: string | null;
  @Field(() => DateTimeScalar, { nullable: true })
  payableAt?: string | null;
  @Field(() => Money)
  amount!: Money;
  @Field(() => Money, { nullable: true })
  couponAmount?: Money | null;
  @Field(() => String, { nullable: true })
  eInvoiceUrl?: string | null;
  @Field(() => String, { nullable: true })
  eInvoiceNumber?: string | null;
}
export const BeymenInvoiceConnection = createConnection(BeymenInvoice, "BeymenInvoice");

@ObjectType({ description: "One line of a Beymen invoice: a sale or return on a commission invoice, a shipment on a cargo invoice." })
export class BeymenInvoiceLine {
  @Field(() => String, { nullable: true, description: "A commission invoice's transaction; null on a cargo invoice." })
  transactionNumber?: string | null;
  @Field(() => String, { nullable: true, description: "Satış / İade on a commission invoice; the shipment type on a cargo invoice." })
  type?: string | null;
  @Field(() => String)
  orderNumber!: string;
  @Field(() => String, { nullable: true })
  mpOrderId?: string | null;
  @Field(() => DateTimeScalar, { nullable: true })
  orderedAt?: string | null;
  @Field(() => DateTimeScalar, { nullable: true })
  transactedAt?: string | null;
  @Field(() => String, { nullable: true })
  productName?: string | null;
  @Field(() => String, { nullable: true })
  barcode?: string | null;
  @Field(() => Money)
  amount!: Money;
  @Field(() => Money, { nullable: true })
  couponAmount?: Money | null;
  @Field(() => Int, { nullable: true, description: "Commission rate in percent." })
  commissionRate?: number | null;
  @Field(() => Money, { nullable: true })
  platformPayment?: Money | null;
  @Field(() => Money, { nullable: true })
  sellerPayment?: Money | null;
  @Field(() => Int, { nullable: true })
  paymentPeriodDays?: number | null;
  @Field(() => DateTimeScalar, { nullable: true })
  paidAt?: string | null;
  @Field(() => String, { nullable: true, description: "The package (shipmentNumber) a cargo invoice line charges for." })
  packageNumber?: string | null;
  @Field(() => Int, { nullable: true, description: "Units in that package." })
  quantity?: number | null;
  @Field(() => Money, { nullable: true, description: "What the shipment cost." })
  shipmentCost?: Money | null;
  @Field(() => Float, { nullable: true })
  desi?: number | null;
}

@ObjectType()
export class BeymenWeeklyAmount {
  @Field(() => String, { description: "YYYY-MM-DD" })
  date!: string;
  @Field(() => Money)
  amount!: Money;
}

@ObjectType({ description: "This week's settlement and the weeks around it." })
export class BeymenFuturePayments {
  @Field(() => Money)
  totalSales!: Money;
  @Field(() => Money)
  commissionCut!: Money;
  @Field(() => Money)
  shipmentCut!: Money;
  @Field(() => Money)
  penaltyCut!: Money;
  @Field(() => Money)
  advertisingCut!: Money;
  @Field(() => Money, { description: "What the seller gets this week." })
  thisWeek!: Money;
  @Field(() => Money)
  futureTotal!: Money;
  @Field(() => [BeymenWeeklyAmount])
  upcomingWeeks!: BeymenWeeklyAmount[];
  @Field(() => [BeymenWeeklyAmount])
  pastWeeks!: BeymenWeeklyAmount[];
  @Field(() => DateTimeScalar, { nullable: true })
  updatedAt?: string | null;
}

@ObjectType({ description: "A line of the seller's account statement with Beymen." })
export class BeymenStatementLine {
  @Field(() => String)
  sellerCode!: string;
  @Field(() => DateTimeScalar, { nullable: true })
  documentDate?: string | null;
  @Field(() => DateTimeScalar, { nullable: true })
  dueDate?: string | null;
  @Field(() => Money, { description: "Negative for sales owed to the seller, as Beymen writes them." })
  amount!: Money;
  @Field(() => String, { nullable: true })
  orderNumber?: string | null;
  @Field(() => String)
  description!: string;
  @Field(() => String)
  text!: string;
}

@ObjectType()
export class BeymenBatchItemResult {
  @Field(() => ID, { nullable: true, description: "Product.id of the created or updated product." })
  productId?: string | null;
  @Field(() => String, { nullable: true })
  barcode?: string | null;
  @Field(() => String, { nullable: true })
  name?: string | null;
  @Field(() => Boolean)
  success!: boolean;
  @Field(() => String, { description: "Beymen's message for this product." })
  message!: string;
}

@ObjectType({ description: "A batch product create or update. Beymen processes it later: read `results` until `done`." })
export class BeymenBatch {
  @Field(() => ID)
  storeId!: string;
  @Field(() => ID)
  processId!: string;
  @Field(() => Boolean, { nullable: true, description: "Whether Beymen has finished; null until asked (after a create or update)." })
  done?: boolean | null;
  @Field(() => [BeymenBatchItemResult], { nullable: true, description: "Per-product results; empty while Beymen is still working." })
  results?: BeymenBatchItemResult[] | null;
}
