// The Store entity as seen by every subgraph that does not own it (Federation v1: @extends + @external).
// The stores subgraph owns the full type; others return `{ id }` references that the gateway resolves.
import { Directive, Field, ID, ObjectType } from "type-graphql";

@ObjectType("Store")
@Directive("@extends")
@Directive('@key(fields: "id")')
export class StoreRef {
  @Field(() => ID)
  @Directive("@external")
  id!: string;
}
