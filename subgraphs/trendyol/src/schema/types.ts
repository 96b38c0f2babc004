// What is Trendyol-only, under Trendyol… names: batch results, cargo providers, unsupplied and claim
// issue reasons, and the inputs of its writes.
import { DateTimeScalar, DecimalScalar } from "@pazargraph/schema";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "One item of a Trendyol batch request." })
export class TrendyolBatchItem {
  @Field(() => String, { nullable: true, description: "The item's barcode." })
  barcode?: string | null;
  @Field(() => String, { description: "SUCCESS or FAILED." })
  status!: string;
  @Field(() => [String])
  failureReasons!: string[];
}

@ObjectType({ description: "A Trendyol batch request (product create, price and stock update): IN_PROGRESS until it has run." })
export class TrendyolBatch {
  @Field(() => ID)
  batchRequestId!: string;
  @Field(() => String, { nullable: true, description: "IN_PROGRESS or COMPLETED; null right after the request." })
  status?: string | null;
  @Field(() => String, { nullable: true })
  type?: string | null;
  @Field(() => Int, { nullable: true })
  itemCount?: number | null;
  @Field(() => Int, { nullable: true })
  failedItemCount?: number | null;
  @Field(() => DateTimeScalar, { nullable: true })
  createdAt?: string | null;
  @Field(() => [TrendyolBatchItem])
  items!: TrendyolBatchItem[];
}

@ObjectType({ description: "A cargo provider a Trendyol package can be moved to." })
export class TrendyolCargoProvider {
  @Field(() => String, { description: "Trendyol's code, e.g. YKMP." })
  code!: string;
  @Field(() => String)
  name!: string;
}

@ObjectType({ description: "A reason code: unsupplied lines, or the seller's objection to a return." })
export class TrendyolReason {
  @Field(() => Int)
  id!: number;
  @Field(() => String)
  name!: string;
}

@InputType()
export class TrendyolAttributeInput {
  @Field(() => ID, { description: "CategoryAttribute.id" })
  attributeId!: string;
  @Field(() => ID, { nullable: true, description: "One of the attribute's values." })
  valueId?: string | null;
  @Field(() => String, { nullable: true, description: "A free value, where the attribute allows one." })
  customValue?: string | null;
}

@InputType({ description: "A product to create on Trendyol (createProducts v2)." })
export class TrendyolProductInput {
  @Field(() => String)
  barcode!: string;
  @Field(() => String)
  title!: string;
  @Field(() => String, { description: "Groups the variants of one product." })
  productMainId!: string;
  @Field(() => ID)
  brandId!: string;
  @Field(() => ID, { description: "A leaf of trendyol { categoryTree }." })
  categoryId!: string;
  @Field(() => Int)
  quantity!: number;
  @Field(() => String)
  stockCode!: string;
  @Field(() => String)
  description!: string;
  @Field(() => DecimalScalar)
  listPrice!: string;
  @Field(() => DecimalScalar)
  salePrice!: string;
  @Field(() => Int, { description: "0, 1, 10 or 20." })
  vatRate!: number;
  @Field(() => Int, { nullable: true, description: "Desi. @default 1" })
  dimensionalWeight?: number | null;
  @Field(() => [String], { description: "1 to 8 https image URLs." })
  images!: string[];
  @Field(() => [TrendyolAttributeInput], { nullable: true })
  attributes?: TrendyolAttributeInput[] | null;
}

@InputType({ description: "New stock and/or prices for one barcode." })
export class TrendyolPriceInventoryInput {
  @Field(() => String)
  barcode!: string;
  @Field(() => Int, { nullable: true, description: "0 to 20,000." })
  quantity?: number | null;
  @Field(() => DecimalScalar, { nullable: true, description: "With salePrice; at least salePrice." })
  listPrice?: string | null;
  @Field(() => DecimalScalar, { nullable: true })
  salePrice?: string | null;
}
