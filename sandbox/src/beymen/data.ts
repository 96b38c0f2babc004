// Deterministic Beymen data in the partner API's own shapes (004_07be5bc20730d124.txt): attribute
// lists (8,772 brands, genders, sizes, colours), a lazy category tree with per-leaf attributes,
// products in every status and sub-status, orders as shipment packages in every shipment status
// (divided packages and partial cancellations included), claims in every status, finance records.
// The sandbox keeps its own copy of the shapes: a simulator must not share code with the client it tests.

export * from "./state/batches.ts";
export * from "./state/catalog.ts";
export * from "./state/finance.ts";
export * from "./state/generate.ts";
export * from "./state/orders.ts";
export * from "./state/types.ts";
