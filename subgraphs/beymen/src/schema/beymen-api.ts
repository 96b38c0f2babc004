// The Beymen namespace: `beymen(storeId: ID): BeymenAPI` with the unified fields (orders, order,
// products, product, refunds, cancellations, categoryTree, categoryAttributes, brands) and what is
// Beymen-only (genders, sizes, colours, cargo companies, finance, batch results). Each field resolves
// on its own, so one failing Beymen call nulls that field with a typed error and the rest answers.

import { requireScope } from "@pazargraph/runtime";
import {
  BrandConnection,
  Category,
  CategoryAttribute,
  DateTimeScalar,
  OrderFilter,
  OrderRef,
  OrderRefConnection,
  Product,
  ProductConnection,
  RefundConnection,
  RefundFilter,
} from "@pazargraph/schema";
import { Arg, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { BeymenContext } from "../context.ts";
import { type BeymenStore, CARGO_COMPANIES } from "../service.ts";
import {
  BeymenAttributeValue,
  BeymenBatch,
  BeymenBatchItemResult,
  BeymenCargoCompany,
  BeymenFuturePayments,
  BeymenInvoiceConnection,
  BeymenInvoiceLine,
  BeymenInvoiceType,
  BeymenPackageFilter,
  BeymenProductStatus,
  BeymenProductSubStatus,
  BeymenStatementLine,
  BeymenTransactionConnection,
} from "./types.ts";

@ObjectType({ description: "One Beymen store's data. Fields that fail return null with a typed error; the others still answer." })
export class BeymenAPI {
  @Field(() => ID)
  storeId!: string;
  /** The store, resolved once for every field under it. */
  store!: BeymenStore;
}

@Resolver(() => BeymenAPI)
export class BeymenApiResolver {
  @Query(() => BeymenAPI, {
    nullable: true,
    description:
      "A Beymen store. storeId may be left out when exactly one Beymen store is connected. Null (with a coded error) when the Beymen service cannot answer, so the rest of a query still does.",
  })
  beymen(@Arg("storeId", () => ID, { nullable: true }) storeId: string | undefined, @Ctx() ctx: BeymenContext): BeymenAPI {
    if (ctx.identity) requireScope(ctx.identity, "read");
    const store = ctx.service.store(storeId, ctx.identity?.tenantId);
    return { storeId: store.config.id, store };
  }

  @FieldResolver(() => OrderRefConnection, {
    nullable: true,
    description: "Orders placed in a window (the last 30 days when open); each groups the packages that share an order number.",
  })
  orders(
    @Root() api: BeymenAPI,
    @Ctx() ctx: BeymenContext,
    @Arg("filter", () => OrderFilter, { nullable: true }) filter?: OrderFilter,
    @Arg("first", () => Int, { nullable: true, description: "At most 100. @default 20" }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("packages", () => BeymenPackageFilter, { nullable: true }) packages?: BeymenPackageFilter,
  ) {
    return ctx.service.orders(api.store, filter, first, after, packages);
  }

  @FieldResolver(() => OrderRef, { nullable: true, description: 'One order by its number, e.g. "BEY-20220913-000000", with all its packages.' })
  order(@Root() api: BeymenAPI, @Ctx() ctx: BeymenContext, @Arg("number", () => String) number: string) {
    return ctx.service.order(api.store, number);
  }

  @FieldResolver(() => ProductConnection, { nullable: true })
  products(
    @Root() api: BeymenAPI,
    @Ctx() ctx: BeymenContext,
    @Arg("code", () => String, { nullable: true, description: "Barcode." }) code?: string,
    @Arg("status", () => BeymenProductStatus, { nullable: true }) status?: BeymenProductStatus,
    @Arg("subStatus", () => BeymenProductSubStatus, { nullable: true }) subStatus?: BeymenProductSubStatus,
    @Arg("brandId", () => ID, { nullable: true }) brandId?: string,
    @Arg("first", () => Int, { nullable: true, description: "At most 100. @default 20" }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ) {
    // Beymen's list filter names the on-sale status "OnSales" (its products say "OnSale").
    const s = status === BeymenProductStatus.ON_SALE ? "OnSales" : status;
    return ctx.service.products(api.store, { code, status: s, subStatus, brandId }, first, after);
  }

  @FieldResolver(() => Product, { nullable: true, description: "One product by Product.id or by code (barcode)." })
  product(@Root() api: BeymenAPI, @Ctx() ctx: BeymenContext, @Arg("id", () => ID, { nullable: true }) id?: string, @Arg("code", () => String, { nullable: true }) code?: string) {
    return ctx.service.product(api.store, id, code);
  }

  @FieldResolver(() => RefundConnection, { nullable: true, description: "Returns (Beymen claims), one per claim line; the last 30 days when open." })
  refunds(
    @Root() api: BeymenAPI,
    @Ctx() ctx: BeymenContext,
    @Arg("filter", () => RefundFilter, { nullable: true }) filter?: RefundFilter,
    @Arg("first", () => Int, { nullable: true, description: "At most 100. @default 20" }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ) {
    return ctx.service.refunds(api.store, filter, first, after);
  }

  @FieldResolver(() => RefundConnection, { nullable: true, description: "Cancelled lines (by Beymen, the seller or the customer), by cancellation time." })
  cancellations(
    @Root() api: BeymenAPI,
    @Ctx() ctx: BeymenContext,
    @Arg("filter", () => RefundFilter, { nullable: true }) filter?: RefundFilter,
    @Arg("first", () => Int, { nullable: true, description: "At most 100. @default 20" }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ) {
    return ctx.service.cancellations(api.store, filter, first, after);
  }

  @FieldResolver(() => [Category], { nullable: true, description: "The complete category tree (root categories with their children)." })
  categoryTree(@Root() api: BeymenAPI, @Ctx() ctx: BeymenContext) {
    return ctx.service.categoryTree(api.store);
  }

  @FieldResolver(() => [CategoryAttribute], { nullable: true, description: "Attributes of a leaf category; `required` ones must be given when creating a product there." })
  categoryAttributes(@Root() api: BeymenAPI, @Ctx() ctx: BeymenContext, @Arg("categoryId", () => ID) categoryId: string) {
    return ctx.service.categoryAttributes(api.store, categoryId);
  }

  @FieldResolver(() => BrandConnection, { nullable: true, description: "Brands; search is case-insensitive and Turkish-aware." })
  brands(
    @Root() api: BeymenAPI,
    @Ctx() ctx: BeymenContext,
    @Arg("search", () => String, { nullable: true }) search?: string,
    @Arg("first", () => Int, { nullable: true, description: "At most 100. @default 20" }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ) {
    return ctx.service.brands(api.store, search, first, after);
  }

  @FieldResolver(() => [BeymenAttributeValue], { nullable: true })
  async genders(@Root() api: BeymenAPI, @Ctx() ctx: BeymenContext) {
    return ctx.service.attributeValues(api.store, "Gender");
  }

  @FieldResolver(() => [BeymenAttributeValue], { nullable: true })
  async sizes(@Root() api: BeymenAPI, @Ctx() ctx: BeymenContext) {
    return ctx.service.attributeValues(api.store, "Size");
  }

  @FieldResolver(() => [BeymenAttributeValue], { nullable: true, description: "Beymen's platform colours." })
  async colors(@Root() api: BeymenAPI, @Ctx() ctx: BeymenContext) {
    return ctx.service.attributeValues(api.store, "Color");
  }

  @FieldResolver(() => [BeymenCargoCompany], { description: "Cargo company codes for shipping and alternative delivery." })
  cargoCompanies() {
    return CARGO_COMPANIES;
  }

  @FieldResolver(() => BeymenTransactionConnection, { nullable: true, description: "Daily financial records, one per order line." })
  async transactions(
    @Root() api: BeymenAPI,
    @Ctx() ctx: BeymenContext,
    @Arg("orderNumber", () => String, { nullable: true }) orderNumber?: string,
    @Arg("orderedFrom", () => DateTimeScalar, { nullable: true }) orderedFrom?: string,
    @Arg("orderedTo", () => DateTimeScalar, { nullable: true }) orderedTo?: string,
    @Arg("first", () => Int, { nullable: true, description: "At most 100. @default 20" }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ) {
    return ctx.service.transactions(api.store, { orderNumber, orderedFrom, orderedTo }, first, after);
  }

  @FieldResolver(() => BeymenInvoiceConnection, { nullable: true, description: "Invoices Beymen issued to the seller." })
  async invoices(
    @Root() api: BeymenAPI,
    @Ctx() ctx: BeymenContext,
    @Arg("types", () => [BeymenInvoiceType], { nullable: true }) types?: BeymenInvoiceType[],
    @Arg("from", () => DateTimeScalar, { nullable: true }) from?: string,
    @Arg("to", () => DateTimeScalar, { nullable: true }) to?: string,
    @Arg("first", () => Int, { nullable: true, description: "At most 100. @default 20" }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ) {
    return ctx.service.invoices(api.store, { types, from, to }, first, after);
  }

  @FieldResolver(() => [BeymenInvoiceLine], { nullable: true, description: "The lines of one invoice (by BeymenInvoice.number)." })
  async invoiceDetail(@Root() api: BeymenAPI, @Ctx() ctx: BeymenContext, @Arg("invoiceNumber", () => String) invoiceNumber: string) {
    return ctx.service.invoiceDetail(api.store, invoiceNumber);
  }

  @FieldResolver(() => BeymenFuturePayments, { nullable: true })
  async futurePayments(@Root() api: BeymenAPI, @Ctx() ctx: BeymenContext) {
    return ctx.service.futurePayments(api.store);
  }

  @FieldResolver(() => [BeymenStatementLine], { nullable: true, description: "Account statement between two dates (YYYY-MM-DD) 30 to 90 days apart." })
  async statements(@Root() api: BeymenAPI, @Ctx() ctx: BeymenContext, @Arg("from", () => String) from: string, @Arg("to", () => String) to: string) {
    return ctx.service.statements(api.store, from, to);
  }

  @FieldResolver(() => BeymenBatch, { nullable: true, description: "A batch product create or update, by the process id its mutation returned." })
  batch(@Root() api: BeymenAPI, @Ctx() ctx: BeymenContext, @Arg("processId", () => ID) processId: string) {
    return ctx.service.batch(api.store, processId);
  }
}

@Resolver(() => BeymenBatch)
export class BeymenBatchResolver {
  @FieldResolver(() => Boolean, { nullable: true })
  async done(@Root() b: BeymenBatch, @Ctx() ctx: BeymenContext) {
    return b.done ?? (await ctx.service.batch(ctx.service.store(b.storeId), b.processId)).done;
  }

  @FieldResolver(() => [BeymenBatchItemResult], { nullable: true })
  async results(@Root() b: BeymenBatch, @Ctx() ctx: BeymenContext) {
    return b.results ?? (await ctx.service.batch(ctx.service.store(b.storeId), b.processId)).results;
  }
}
