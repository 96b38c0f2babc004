// Writes to a Trendyol store, under `mutation { trendyol(storeId) { … } }`: thin — each field hands
// its arguments to the writes, which validate before any call.
import { requireScope } from "@pazargraph/runtime";
import { LineQuantityInput, OrderRef, Refund } from "@pazargraph/schema";
import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Resolver, Root } from "type-graphql";
import type { TrendyolContext } from "../context.ts";
import type { TrendyolStore } from "../service.ts";
import { TrendyolBatch, TrendyolPriceInventoryInput, TrendyolProductInput } from "./types.ts";

@ObjectType({ description: "Writes to one Trendyol store." })
export class TrendyolMutations {
  @Field(() => ID)
  storeId!: string;
  store!: TrendyolStore;
}

const batch = (r: { batchRequestId: string }): TrendyolBatch => ({ batchRequestId: r.batchRequestId, status: null, items: [] });

@Resolver(() => TrendyolMutations)
export class TrendyolMutationsResolver {
  @Mutation(() => TrendyolMutations, { nullable: true, description: "Writes to a Trendyol store. storeId may be left out when exactly one Trendyol store is connected." })
  trendyol(@Arg("storeId", () => ID, { nullable: true }) storeId: string | undefined, @Ctx() ctx: TrendyolContext): TrendyolMutations {
    if (ctx.identity) requireScope(ctx.identity, "write");
    const store = ctx.service.store(storeId, ctx.identity?.tenantId);
    return { storeId: store.config.id, store };
  }

  @FieldResolver(() => OrderRef, { description: "Starts preparing a package: Created → Picking (every line, whole)." })
  pick(@Root() m: TrendyolMutations, @Ctx() ctx: TrendyolContext, @Arg("orderId", () => ID) orderId: string) {
    return ctx.orders.pick(m.store, orderId);
  }

  @FieldResolver(() => OrderRef, { description: "Created or Picking → Invoiced, with the invoice number." })
  invoice(@Root() m: TrendyolMutations, @Ctx() ctx: TrendyolContext, @Arg("orderId", () => ID) orderId: string, @Arg("invoiceNumber", () => String) invoiceNumber: string) {
    return ctx.orders.invoice(m.store, orderId, invoiceNumber);
  }

  @FieldResolver(() => OrderRef, { description: "Lines the seller cannot supply (all or some units), with a reason of trendyol { unsuppliedReasons }." })
  markUnsupplied(
    @Root() m: TrendyolMutations,
    @Ctx() ctx: TrendyolContext,
    @Arg("orderId", () => ID) orderId: string,
    @Arg("lines", () => [LineQuantityInput]) lines: LineQuantityInput[],
    @Arg("reasonId", () => Int) reasonId: number,
  ) {
    return ctx.orders.markUnsupplied(m.store, orderId, lines, reasonId);
  }

  @FieldResolver(() => OrderRef, { description: "Moves an open package to another cargo provider (a code of trendyol { cargoProviders })." })
  changeCargoProvider(@Root() m: TrendyolMutations, @Ctx() ctx: TrendyolContext, @Arg("orderId", () => ID) orderId: string, @Arg("provider", () => String) provider: string) {
    return ctx.orders.changeCargoProvider(m.store, orderId, provider);
  }

  @FieldResolver(() => Refund, { description: "Approves a returned unit (the return must be ACTION_NEEDED)." })
  approveRefund(@Root() m: TrendyolMutations, @Ctx() ctx: TrendyolContext, @Arg("refundId", () => ID) refundId: string) {
    return ctx.orders.approveRefund(m.store, refundId);
  }

  @FieldResolver(() => Refund, { description: "Objects to a return (Trendyol's claim issue), with a reason of trendyol { claimIssueReasons }: it goes to Trendyol's review." })
  objectToRefund(
    @Root() m: TrendyolMutations,
    @Ctx() ctx: TrendyolContext,
    @Arg("refundId", () => ID) refundId: string,
    @Arg("reasonId", () => Int) reasonId: number,
    @Arg("description", () => String) description: string,
  ) {
    return ctx.orders.objectToRefund(m.store, refundId, reasonId, description);
  }

  @FieldResolver(() => TrendyolBatch, { description: "Creates up to 1,000 products in one batch; read its result with trendyol { batch(batchRequestId) }." })
  async createProducts(@Root() m: TrendyolMutations, @Ctx() ctx: TrendyolContext, @Arg("products", () => [TrendyolProductInput]) products: TrendyolProductInput[]) {
    return batch(await ctx.products.create(m.store, products));
  }

  @FieldResolver(() => TrendyolBatch, { description: "Updates stock and prices of up to 1,000 barcodes; Trendyol refuses an identical request within 15 minutes." })
  async updatePriceAndInventory(
    @Root() m: TrendyolMutations,
    @Ctx() ctx: TrendyolContext,
    @Arg("items", () => [TrendyolPriceInventoryInput]) items: TrendyolPriceInventoryInput[],
  ) {
    return batch(await ctx.products.updatePriceAndInventory(m.store, items));
  }
}
