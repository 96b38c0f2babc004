// @pazargraph/runtime: what every subgraph shares (server, federation, errors, REST client, ports).

export { type Database, openDatabase } from "@pazargraph/db";
export * from "./api-keys.ts";
export * from "./boot.ts";
export * from "./config.ts";
export * from "./data-lock.ts";
export * from "./deadline.ts";
export * from "./errors.ts";
export * from "./federation.ts";
export * from "./identity.ts";
export * from "./logger.ts";
export * from "./marketplace.ts";
export * from "./marketplaces.ts";
export * from "./metrics.ts";
export * from "./money.ts";
export * from "./order-events.ts";
export * from "./order-hub.ts";
export * from "./order-poller.ts";
export * from "./paging.ts";
export * from "./ports/index.ts";
export * from "./rest-client.ts";
export * from "./secrets.ts";
export * from "./store-registry.ts";
export * from "./store-set.ts";
export * from "./subgraph-server.ts";
export * from "./swr-cache.ts";
export * from "./time.ts";
export * from "./trace.ts";
