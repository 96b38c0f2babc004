// The Pazarama namespace: `pazarama(storeId: ID): PazaramaAPI` and the unified fields under it.
// Each field resolves on its own, so one failing Pazarama call nulls that field with a typed error
// while the rest of the query still returns.

import { requireScope } from "@pazargraph/runtime";
import {
  BrandConnection,
  Category,
  CategoryAttribute,
  DateTimeScalar,
  OrderFilter,
  Product,
  ProductConnection,
  RefundConnection,
  RefundFilter,
  RefundKind,
} from "@pazargraph/schema";
import { Arg, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { PazaramaContext } from "../context.ts";
import type { PazaramaStore } from "../service.ts";
import { PazaramaOrderConnection, PazaramaOrderRef } from "./pazarama-order.ts";

@ObjectType({ description: "A Turkish province as Pazarama lists it (for delivery settings)." })
export class PazaramaCity {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Plate code, e.g. "34".' })
  code!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType({ description: "A place the seller ships from (sellerShipmentAddresses), for splitting packages." })
export class PazaramaSellerAddress {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  cityName?: string | null;

  @Field(() => String, { nullable: true })
  districtName?: string | null;
}

@ObjectType({ description: "A cargo company the store ships with on Pazarama." })
export class PazaramaCargoCompany {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType({ description: "One Pazarama store's data. Fields that fail return null with a typed error; the others still answer." })
export class PazaramaAPI {
  @Field(() => ID)
  storeId!: string;
  /** The store, resolved once for every field under it. */
  store!: PazaramaStore;
}

@Resolver(() => PazaramaAPI)
export class PazaramaApiResolver {
  @Query(() => PazaramaAPI, {
    nullable: true,
    description:
      "A Pazarama store. storeId may be left out when exactly one Pazarama store is connected. Null (with a coded error) when the Pazarama service cannot answer, so the rest of a query still does.",
  })
  pazarama(@Arg("storeId", () => ID, { nullable: true }) storeId: string | undefined, @Ctx() ctx: PazaramaContext): PazaramaAPI {
    if (ctx.identity) requireScope(ctx.identity, "read");
    const store = ctx.service.store(storeId, ctx.identity?.tenantId);
    return { storeId: store.config.id, store };
  }

  @FieldResolver(() => PazaramaOrderConnection, { nullable: true, description: "Orders created in a window of at most one month (Pazarama's limit); the last month when open." })
  orders(
    @Root() api: PazaramaAPI,
    @Ctx() ctx: PazaramaContext,
    @Arg("filter", () => OrderFilter, { nullable: true }) filter?: OrderFilter,
    @Arg("first", () => Int, { nullable: true, description: "At most 500. @default 20" }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("splitItems", () => Boolean, {
      nullable: true,
      description: "Also read the page from Pazarama's v2 listing (3.25), so that `pazaramaUnitLines` (one line per unit) is answered without a call per order.",
    })
    splitItems?: boolean,
  ) {
    return ctx.service.orders(api.store, filter, first, after, splitItems ?? false);
  }

  @FieldResolver(() => PazaramaOrderRef, { nullable: true, description: "One order by its number; looks in the last three months unless placedAt is given." })
  order(
    @Root() api: PazaramaAPI,
    @Ctx() ctx: PazaramaContext,
    @Arg("number", () => String) number: string,
    @Arg("placedAt", () => DateTimeScalar, { nullable: true }) placedAt?: string,
  ) {
    return ctx.service.order(api.store, number, placedAt);
  }

  @FieldResolver(() => ProductConnection, { nullable: true })
  products(
    @Root() api: PazaramaAPI,
    @Ctx() ctx: PazaramaContext,
    @Arg("approved", () => Boolean, { nullable: true, description: "true: approved only; false: not yet approved; null: both." }) approved?: boolean,
    @Arg("code", () => String, { nullable: true }) code?: string,
    @Arg("first", () => Int, { nullable: true, description: "At most 250. @default 20" }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ) {
    return ctx.service.products(api.store, approved ?? undefined, code, first, after);
  }

  @FieldResolver(() => Product, { nullable: true, description: "One product by its code (barcode)." })
  product(@Root() api: PazaramaAPI, @Ctx() ctx: PazaramaContext, @Arg("code", () => String) code: string) {
    return ctx.service.product(api.store, code);
  }

  @FieldResolver(() => RefundConnection, { nullable: true, description: "Return requests." })
  refunds(
    @Root() api: PazaramaAPI,
    @Ctx() ctx: PazaramaContext,
    @Arg("filter", () => RefundFilter, { nullable: true }) filter?: RefundFilter,
    @Arg("first", () => Int, { nullable: true, description: "At most 100. @default 20" }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("splitItems", () => Boolean, { nullable: true, description: "One refund per unit, each with its own id (3.25), to answer units one by one." }) splitItems?: boolean,
  ) {
    return ctx.service.refunds(api.store, RefundKind.RETURN, filter, first, after, splitItems ?? false);
  }

  @FieldResolver(() => RefundConnection, { nullable: true, description: "Cancellation requests." })
  cancellations(
    @Root() api: PazaramaAPI,
    @Ctx() ctx: PazaramaContext,
    @Arg("filter", () => RefundFilter, { nullable: true }) filter?: RefundFilter,
    @Arg("first", () => Int, { nullable: true, description: "At most 100. @default 20" }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ) {
    return ctx.service.refunds(api.store, RefundKind.CANCELLATION, filter, first, after);
  }

  @FieldResolver(() => [Category], { nullable: true, description: "The root categories, each with its children." })
  categoryTree(@Root() api: PazaramaAPI, @Ctx() ctx: PazaramaContext) {
    return ctx.service.categoryTree(api.store);
  }

  @FieldResolver(() => [CategoryAttribute], { nullable: true, description: "Attributes of a (leaf) category." })
  categoryAttributes(@Root() api: PazaramaAPI, @Ctx() ctx: PazaramaContext, @Arg("categoryId", () => ID) categoryId: string) {
    return ctx.service.categoryAttributes(api.store, categoryId);
  }

  @FieldResolver(() => BrandConnection, { nullable: true, description: "Brands; search is case-insensitive and Turkish-aware." })
  brands(
    @Root() api: PazaramaAPI,
    @Ctx() ctx: PazaramaContext,
    @Arg("search", () => String, { nullable: true }) search?: string,
    @Arg("first", () => Int, { nullable: true, description: "At most 100. @default 20" }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ) {
    return ctx.service.brands(api.store, search, first, after);
  }

  @FieldResolver(() => [PazaramaSellerAddress], { nullable: true })
  async sellerAddresses(@Root() api: PazaramaAPI, @Ctx() ctx: PazaramaContext) {
    return (await ctx.service.sellerDelivery(api.store)).sellerShipmentAddresses ?? [];
  }

  @FieldResolver(() => [PazaramaCargoCompany], { nullable: true })
  async cargoCompanies(@Root() api: PazaramaAPI, @Ctx() ctx: PazaramaContext) {
    const d = await ctx.service.sellerDelivery(api.store);
    return (d.cargoCompany?.cargoCompanies ?? []).map((c) => ({ id: c.cargoCompanyId, name: c.cargoCompanyName }));
  }

  @FieldResolver(() => [PazaramaCity], { nullable: true })
  cities(@Root() api: PazaramaAPI, @Ctx() ctx: PazaramaContext) {
    return ctx.service.cities(api.store);
  }
}
