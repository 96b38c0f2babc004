// The unified contract shared by every subgraph. Import from here, never redefine these types.
import "reflect-metadata";

export * from "./catalog.ts";
export * from "./common.ts";
export * from "./enums.ts";
export * from "./mutations.ts";
export * from "./order.ts";
export * from "./order-event.ts";
export * from "./order-ref.ts";
export * from "./product.ts";
export * from "./refund.ts";
export * from "./scalars.ts";
export * from "./status.ts";
export * from "./store-ref.ts";
