// Order as the Pazarama subgraph sees it: an entity owned by the orders subgraph (the order hub), which
// this subgraph extends with the one thing only Pazarama has, the v2 listing's unit lines (3.25).
// Live reads and writes record their orders in the hub first and return `{ id }` references.
import { createConnection, OrderLine } from "@pazargraph/schema";
import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from "type-graphql";
import type { PazaramaContext } from "../context.ts";

@ObjectType("Order")
@Directive("@extends")
@Directive('@key(fields: "id")')
export class PazaramaOrderRef {
  @Field(() => ID)
  @Directive("@external")
  id!: string;
}

export const PazaramaOrderConnection = createConnection(PazaramaOrderRef, "Order");

const PAZARAMA_ORDER_ID = /^pazarama:([^:]{1,100}):(\d{1,20})$/;

@Resolver(() => PazaramaOrderRef)
export class PazaramaOrderResolver {
  @FieldResolver(() => [OrderLine], {
    nullable: true,
    description:
      "Pazarama only: the order's lines one per unit, each with its own id, from Pazarama's v2 listing (3.25), to act on units one by one. Null for other marketplaces. Kept from a recent `pazarama { orders(splitItems: true) }`, else read for this order.",
  })
  async pazaramaUnitLines(@Root() ref: PazaramaOrderRef, @Ctx() ctx: PazaramaContext): Promise<OrderLine[] | null> {
    const m = PAZARAMA_ORDER_ID.exec(ref.id);
    if (!m) return null;
    // The caller's own store only (NOT_FOUND otherwise, as for a store that does not exist).
    const store = ctx.service.store(m[1], ctx.identity?.tenantId);
    return (await ctx.service.unitLines(store, m[2])) as OrderLine[] | null;
  }
}
