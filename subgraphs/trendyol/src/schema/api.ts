// The Trendyol namespace: `trendyol(storeId: ID): TrendyolAPI` with the unified fields (orders, order,
// products, product, refunds, categoryTree, categoryAttributes, brands) and what is Trendyol-only
// (cargo providers, reasons, batch results). The store is resolved once, on the namespace object;
// each field resolves on its own, so one failing Trendyol call nulls that field with a typed error.
import { requireScope } from "@pazargraph/runtime";
import {
  BrandConnection,
  Category,
  CategoryAttribute,
  OrderFilter,
  OrderRef,
  OrderRefConnection,
  Product,
  ProductConnection,
  RefundConnection,
  RefundFilter,
} from "@pazargraph/schema";
import { Arg, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { TrendyolContext } from "../context.ts";
import { CARGO_PROVIDERS, UNSUPPLIED_REASONS } from "../map/status.ts";
import type { TrendyolStore } from "../service.ts";
import { TrendyolBatch, TrendyolCargoProvider, TrendyolReason } from "./types.ts";

@ObjectType({ description: "One Trendyol store's data. Fields that fail return null with a typed error; the others still answer." })
export class TrendyolAPI {
  @Field(() => ID)
  storeId!: string;
  /** The store, resolved once for every field under it. */
  store!: TrendyolStore;
}

const first = () => ({ nullable: true, description: "@default 20" });

@Resolver(() => TrendyolAPI)
export class TrendyolApiResolver {
  @Query(() => TrendyolAPI, {
    nullable: true,
    description:
      "A Trendyol store. storeId may be left out when exactly one Trendyol store is connected. Null (with a coded error) when it cannot be served, so the rest of a query still answers.",
  })
  trendyol(@Arg("storeId", () => ID, { nullable: true }) storeId: string | undefined, @Ctx() ctx: TrendyolContext): TrendyolAPI {
    if (ctx.identity) requireScope(ctx.identity, "read");
    const store = ctx.service.store(storeId, ctx.identity?.tenantId);
    return { storeId: store.config.id, store };
  }

  @FieldResolver(() => OrderRefConnection, {
    nullable: true,
    description: "Shipment packages created in a window (the last 30 days when open, at most three months back), newest first; each is one Order.",
  })
  orders(
    @Root() api: TrendyolAPI,
    @Ctx() ctx: TrendyolContext,
    @Arg("filter", () => OrderFilter, { nullable: true }) filter?: OrderFilter,
    @Arg("first", () => Int, { nullable: true, description: "At most 200. @default 20" }) n?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ) {
    return ctx.service.orders(api.store, filter, n, after);
  }

  @FieldResolver(() => OrderRef, { nullable: true, description: "The newest package of a customer's order number." })
  order(@Root() api: TrendyolAPI, @Ctx() ctx: TrendyolContext, @Arg("number", () => String) number: string) {
    return ctx.service.order(api.store, number);
  }

  @FieldResolver(() => ProductConnection, { nullable: true })
  products(
    @Root() api: TrendyolAPI,
    @Ctx() ctx: TrendyolContext,
    @Arg("code", () => String, { nullable: true, description: "Barcode." }) code?: string,
    @Arg("approved", () => Boolean, { nullable: true }) approved?: boolean,
    @Arg("first", () => Int, { nullable: true, description: "At most 200. @default 20" }) n?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ) {
    return ctx.service.products(api.store, code, approved, n, after);
  }

  @FieldResolver(() => Product, { nullable: true, description: "One product by barcode." })
  product(@Root() api: TrendyolAPI, @Ctx() ctx: TrendyolContext, @Arg("code", () => String) code: string) {
    return ctx.service.product(api.store, code);
  }

  @FieldResolver(() => RefundConnection, { nullable: true, description: "Returns (Trendyol claims): one Refund per returned unit (claim item), newest first." })
  refunds(
    @Root() api: TrendyolAPI,
    @Ctx() ctx: TrendyolContext,
    @Arg("filter", () => RefundFilter, { nullable: true }) filter?: RefundFilter,
    @Arg("first", () => Int, first()) n?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ) {
    return ctx.service.refunds(api.store, filter, n, after);
  }

  @FieldResolver(() => [Category], { nullable: true, description: "Trendyol's category tree; products go in leaves only." })
  categoryTree(@Root() api: TrendyolAPI, @Ctx() ctx: TrendyolContext) {
    return ctx.service.categoryTree(api.store);
  }

  @FieldResolver(() => [CategoryAttribute], { nullable: true, description: "A leaf category's attributes." })
  categoryAttributes(@Root() api: TrendyolAPI, @Ctx() ctx: TrendyolContext, @Arg("categoryId", () => ID) categoryId: string) {
    return ctx.service.categoryAttributes(api.store, categoryId);
  }

  @FieldResolver(() => BrandConnection, { nullable: true, description: "Trendyol's brands, searched Turkish-aware by name." })
  brands(
    @Root() api: TrendyolAPI,
    @Ctx() ctx: TrendyolContext,
    @Arg("search", () => String, { nullable: true }) search?: string,
    @Arg("first", () => Int, { nullable: true, description: "At most 100. @default 20" }) n?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ) {
    return ctx.service.brands(api.store, search, n, after);
  }

  @FieldResolver(() => [TrendyolCargoProvider], { description: "Cargo providers a package can be moved to." })
  cargoProviders(): TrendyolCargoProvider[] {
    return Object.entries(CARGO_PROVIDERS).map(([code, name]) => ({ code, name }));
  }

  @FieldResolver(() => [TrendyolReason], { description: "Reasons for lines the seller cannot supply." })
  unsuppliedReasons(): TrendyolReason[] {
    return Object.entries(UNSUPPLIED_REASONS).map(([id, name]) => ({ id: Number(id), name }));
  }

  @FieldResolver(() => [TrendyolReason], { nullable: true, description: "Reasons the seller can object to a return with." })
  claimIssueReasons(@Root() api: TrendyolAPI, @Ctx() ctx: TrendyolContext) {
    return ctx.service.claimIssueReasons(api.store);
  }

  @FieldResolver(() => TrendyolBatch, { nullable: true, description: "A batch request's result (product create, price and stock update)." })
  batch(@Root() api: TrendyolAPI, @Ctx() ctx: TrendyolContext, @Arg("batchRequestId", () => ID) id: string): Promise<TrendyolBatch> {
    return ctx.service.batch(api.store, id);
  }
}
