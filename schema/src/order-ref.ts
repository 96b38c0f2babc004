// The Order entity as the marketplace subgraphs see it (Federation v1: @extends + @external). The
// orders subgraph owns every field of Order and answers them from the order hub; a marketplace
// subgraph writes what it read or wrote into the hub first, then returns `{ id }` references that the
// gateway resolves there. So a live read, a write's result, the feed and an event show one Order, and
// later subgraphs (accounting, catalogue) add fields to it through federation.
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { createConnection } from "./common.ts";

@ObjectType("Order")
@Directive("@extends")
@Directive('@key(fields: "id")')
export class OrderRef {
  @Field(() => ID)
  @Directive("@external")
  id!: string;
}

export const OrderRefConnection = createConnection(OrderRef, "Order");
