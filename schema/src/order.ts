// Order, its lines and packages: the customer's order (one order number) as one unified shape.
import { Directive, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { Address, BillingInfo, Customer, createConnection, MarketplaceStatus, Money } from "./common.ts";
import { Marketplace, OrderStatus } from "./enums.ts";
import { DateTimeScalar } from "./scalars.ts";
import { StoreRef } from "./store-ref.ts";

@ObjectType({ description: "One line of an order: a product, a quantity and its prices." })
export class OrderLine {
  @Field(() => ID)
  id!: string;

  @Field(() => OrderStatus)
  status!: OrderStatus;

  @Field(() => MarketplaceStatus)
  marketplaceStatus!: MarketplaceStatus;

  @Field(() => Int)
  quantity!: number;

  @Field(() => String)
  productName!: string;

  @Field(() => String, { nullable: true, description: "The marketplace's product code (barcode)." })
  productCode?: string | null;

  @Field(() => String, { nullable: true })
  stockCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Variant as the marketplace shows it, e.g. "Gece Mavisi - Ekru/S".' })
  variant?: string | null;

  @Field(() => String, { nullable: true })
  imageUrl?: string | null;

  @Field(() => Int, { nullable: true, description: "VAT rate in percent." })
  vatRate?: number | null;

  @Field(() => Money, { description: "List price of one unit." })
  listPrice!: Money;

  @Field(() => Money, { description: "Sale price of one unit." })
  salePrice!: Money;

  @Field(() => Money, { nullable: true })
  discount?: Money | null;

  @Field(() => Money, { nullable: true })
  tax?: Money | null;

  @Field(() => Money, { description: "What the customer pays for this line." })
  total!: Money;

  @Field(() => String, { nullable: true, description: "Code of the package (shipment) this line travels in." })
  packageCode?: string | null;
}

@ObjectType({ description: "One shipment of an order." })
export class Package {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: "The marketplace's shipment code; null while none is assigned." })
  code?: string | null;

  @Field(() => OrderStatus)
  status!: OrderStatus;

  @Field(() => String, { nullable: true })
  cargoCompany?: string | null;

  @Field(() => String, { nullable: true })
  trackingNumber?: string | null;

  @Field(() => String, { nullable: true })
  trackingUrl?: string | null;

  @Field(() => [OrderLine])
  lines!: OrderLine[];
}

@ObjectType()
export class OrderTotals {
  @Field(() => Money, { description: "Sum of line list prices times quantities." })
  gross!: Money;

  @Field(() => Money)
  discount!: Money;

  @Field(() => Money)
  shipping!: Money;

  @Field(() => Money, { description: "What the customer paid for the order." })
  total!: Money;
}

@ObjectType({ description: "A customer's order on one marketplace store." })
@Directive('@key(fields: "id")')
export class Order {
  @Field(() => ID, { description: "`<marketplace>:<storeId>:<marketplace order id>`" })
  id!: string;

  @Field(() => Marketplace)
  marketplace!: Marketplace;

  @Field(() => StoreRef)
  store!: StoreRef;

  @Field(() => String, { description: "The order number the customer sees." })
  number!: string;

  @Field(() => DateTimeScalar)
  createdAt!: string;

  @Field(() => OrderStatus)
  status!: OrderStatus;

  @Field(() => MarketplaceStatus)
  marketplaceStatus!: MarketplaceStatus;

  @Field(() => String, { nullable: true })
  paymentMethod?: string | null;

  @Field(() => Customer)
  customer!: Customer;

  @Field(() => Address, { nullable: true })
  shippingAddress?: Address | null;

  @Field(() => BillingInfo, { nullable: true })
  billing?: BillingInfo | null;

  @Field(() => [OrderLine])
  lines!: OrderLine[];

  @Field(() => [Package])
  packages!: Package[];

  @Field(() => OrderTotals)
  totals!: OrderTotals;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the order hub last saw the order at the marketplace (to within 5 minutes)." })
  syncedAt?: string | null;
}

export const OrderConnection = createConnection(Order, "Order");

@InputType({ description: "Which orders to list. Dates are inclusive at the start and exclusive at the end." })
export class OrderFilter {
  @Field(() => DateTimeScalar, { nullable: true })
  createdFrom?: string;

  @Field(() => DateTimeScalar, { nullable: true })
  createdTo?: string;

  @Field(() => [OrderStatus], { nullable: true })
  statuses?: OrderStatus[];
}
