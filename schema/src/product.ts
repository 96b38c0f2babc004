// Product: a seller's listing on a marketplace.
import { Field, ID, Int, ObjectType } from "type-graphql";
import { createConnection, MarketplaceStatus, Money } from "./common.ts";
import { Marketplace } from "./enums.ts";

@ObjectType()
export class ProductAttribute {
  @Field(() => String, { nullable: true })
  id?: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  valueId?: string | null;

  @Field(() => String, { nullable: true })
  value?: string | null;
}

@ObjectType({ description: "A product the seller lists on a marketplace." })
export class Product {
  @Field(() => ID)
  id!: string;

  @Field(() => Marketplace)
  marketplace!: Marketplace;

  @Field(() => String, { description: "The seller's product code (barcode)." })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  groupCode?: string | null;

  @Field(() => String, { nullable: true })
  stockCode?: string | null;

  @Field(() => Int)
  stock!: number;

  @Field(() => Money)
  listPrice!: Money;

  @Field(() => Money)
  salePrice!: Money;

  @Field(() => Int, { nullable: true })
  vatRate?: number | null;

  @Field(() => String, { nullable: true })
  brandId?: string | null;

  @Field(() => String, { nullable: true })
  brandName?: string | null;

  @Field(() => String, { nullable: true })
  categoryId?: string | null;

  @Field(() => String, { nullable: true })
  categoryName?: string | null;

  @Field(() => Boolean, { description: "Approved and on sale as far as the marketplace says." })
  approved!: boolean;

  @Field(() => MarketplaceStatus, { description: "The marketplace's approval state." })
  marketplaceStatus!: MarketplaceStatus;

  @Field(() => [String])
  images!: string[];

  @Field(() => [ProductAttribute])
  attributes!: ProductAttribute[];
}

export const ProductConnection = createConnection(Product, "Product");
