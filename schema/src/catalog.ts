// Category tree, category attributes and brands: the slowly changing reference data.
import { Field, ID, Int, ObjectType } from "type-graphql";
import { createConnection } from "./common.ts";

@ObjectType({ description: "A node of a marketplace's category tree." })
export class Category {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Field(() => Boolean, { description: "Products can only be created in leaf categories." })
  leaf!: boolean;

  @Field(() => Int, { description: "0 for a root." })
  depth!: number;

  @Field(() => [String], { description: "Names from the root down to this node." })
  path!: string[];

  @Field(() => [Category])
  children!: Category[];
}

@ObjectType()
export class CategoryAttributeValue {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  value!: string;
}

@ObjectType({ description: "An attribute a product in a category has or must have." })
export class CategoryAttribute {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Boolean)
  required!: boolean;

  @Field(() => Boolean, { description: "Whether products vary by this attribute." })
  variant!: boolean;

  @Field(() => Boolean, { description: "Whether a free value is allowed instead of one of `values`." })
  allowCustom!: boolean;

  @Field(() => [CategoryAttributeValue])
  values!: CategoryAttributeValue[];
}

@ObjectType()
export class Brand {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  logoUrl?: string | null;
}

export const BrandConnection = createConnection(Brand, "Brand");
